/**
 * @wharf/mocks: the real Wharf app running in the browser on in-memory PGlite, answering through msw, so
 * Storybook and component demos never drift from the server. Consumed through Vite (Storybook): the server's
 * SQL migrations are inlined with `import.meta.glob`.
 *
 * ```ts
 * const worker = setupWorker(...handlers);
 * await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
 * await startMockServer();
 * const user = await seed.registeredUser(); // { email, password, token }
 * const customer = await seed.ticketCustomer(); // an admin whose enterprise subscribes to ticket products
 * const ticket = await seed.askedTicket(customer, { files: [await seed.screenshotFile()] });
 * await seed.acceptTicket(ticket.number); // the agent's side, with MOCK_OPERATOR_TOKEN
 * ```
 */
import { accountSeed } from './seed.ts';
import { enterpriseSeed } from './seed-enterprises.ts';
import { sampleFiles } from './sample-files.ts';
import { ticketSeed } from './seed-tickets.ts';
import { productSeed } from './seed-products.ts';

export { startMockServer, useMockClient, mockClient, type MockServer } from './server.ts';
export { MOCK_OPERATOR_TOKEN, prepareMockDatabase } from './database.ts';
export { enterpriseSeed, type EnterpriseAdmin, type SeededEnterprise } from './seed-enterprises.ts';
export {
  ticketSeed,
  TICKET_PRODUCTS,
  type AgentRecord,
  type Question,
  type SubscriptionOptions,
  type TicketCustomer,
} from './seed-tickets.ts';
export { productSeed, CREAM_DECLARATION } from './seed-products.ts';
export { sampleFiles, screenshotFile, pdfFile, oversizedFile, programFile } from './sample-files.ts';
export { handlers, forwardToMockServer } from './handlers.ts';
export { holdRequests, type HeldRequests } from './held-requests.ts';
export {
  accountSeed,
  callApi,
  codeFor,
  codeSent,
  registeredUser,
  lockedUser,
  captchaRequired,
  uniqueEmail,
  DEFAULT_PASSWORD,
  type ApiOptions,
  type ApiResponse,
  type CodePurpose,
  type CodeSent,
  type LockedUser,
  type SeededUser,
  type UserOptions,
} from './seed.ts';
export { migrations } from './migrations.ts';

/** What stories set up, in one place: accounts, enterprises, tickets, and files to attach. */
export const seed = { ...accountSeed, ...enterpriseSeed, ...ticketSeed, ...productSeed, ...sampleFiles };
export { sampleSheets, type SheetValue } from './sample-sheets.ts';
