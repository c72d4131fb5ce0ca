// `@wharf/server/testing`: the real app for tests and benchmarks in Node — a test server on PGlite (or PostgreSQL),
// the element tests' backend, HTTP helpers with assertions, sheets — and the pieces benchmarks assemble a server
// from. Browser code imports `@wharf/server/testing/fixtures` instead (no Node APIs there). The fixtures are
// re-exported, except that `createEnterprise` and `createProduct` here take the test server (as server tests do);
// the seeding helpers of the same names over any `Api` are in the fixtures entry.
export * from './fixtures/index.ts';
export { startTestServer, TestClock, uniqueClient, type CallOptions, type TestResponse, type TestServer } from './harness.ts';
export { createTestBackend } from './backend.ts';
export { assertProblem, OTHER_GOOD_PASSWORD, registerUser, requestCode, sha256Digest, solveCaptcha, wrongCode, type FieldRef, type RegisteredUser } from './accounts.ts';
export { createEnterprise, joinAccount, joinCode, openAccount, operatorToken, type EnterpriseAdmin } from './enterprises.ts';
export { createProduct } from './products.ts';
export { createTicket, openEvents, ticketEnterprise, upload as uploadAttachment, type EventReader, type TicketEnterprise } from './tickets.ts';
export { downloadTemplate, fillTemplate, openWorkbook, plainWorkbook, productLine, upload as uploadSheet, type SheetValue } from './imports.ts';
// Pieces benchmarks assemble a server from, beyond the package's main entry.
export { createFilesystemBlobStore } from '../blobs/filesystem-store.ts';
export { readMigrations } from '../db/migrations-dir.ts';
export { openPostgres } from '../db/postgres.ts';
export { readMultipartStreaming } from '../http/multipart-node.ts';
export { createWorkerSheetSource } from '../modules/imports/xlsx/worker-source.ts';
