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
 * ```
 */
import { accountSeed } from './seed.ts';
import { enterpriseSeed } from './seed-enterprises.ts';

export { startMockServer, useMockClient, mockClient, MOCK_OPERATOR_TOKEN, type MockServer } from './server.ts';
export { enterpriseSeed, type EnterpriseAdmin, type SeededEnterprise } from './seed-enterprises.ts';
export { handlers } from './handlers.ts';
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

/** What stories set up, in one place. */
export const seed = { ...accountSeed, ...enterpriseSeed };
