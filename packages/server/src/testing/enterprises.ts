import assert from 'node:assert/strict';
import { createOperator } from '../operators.ts';
import { registerUser, type RegisteredUser } from './accounts.ts';
import { createEnterprise as seedEnterprise } from './fixtures/seeding.ts';
import { uniqueEmail } from './fixtures/unique.ts';
import { type TestServer } from './harness.ts';

export interface EnterpriseAdmin extends RegisteredUser {
  enterprise: { id: string; accountNumber: string; version: number };
}

/** Registers a user and has them create an enterprise (they are its admin). */
export async function createEnterprise(server: TestServer, overrides: Record<string, unknown> = {}): Promise<EnterpriseAdmin> {
  const admin = await registerUser(server);
  return { ...admin, enterprise: await seedEnterprise(server.call, admin.token, overrides) };
}

/** An operator's bearer token with the given roles. */
export async function operatorToken(server: TestServer, roles: ('admin' | 'support' | 'warehouse' | 'customs')[] = ['admin']) {
  const { token } = await createOperator(server.connection.db, { email: uniqueEmail('operator'), roles, now: server.clock.now() });
  return token;
}

/** An existing customer account opened by an operator, with nobody in it yet. */
export async function openAccount(server: TestServer, body: Record<string, unknown> = {}) {
  const billingEmail = uniqueEmail('billing');
  const response = await server.call('POST', '/v1/operator/enterprises', {
    token: await operatorToken(server),
    body: { name: 'Kowloon Imports', billingEmail, ...body },
  });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return { ...(response.body as { id: string; accountNumber: string }), billingEmail };
}

/** Asks to join with the account number and returns the code mailed to the billing email. */
export async function joinCode(server: TestServer, token: string, account: { accountNumber: string; billingEmail: string }) {
  const asked = await server.call('POST', '/v1/enterprises/join', { token, body: { accountNumber: account.accountNumber } });
  assert.equal(asked.status, 202, JSON.stringify(asked.body));
  return server.codeFor(account.billingEmail);
}

/** Registers a user and takes them through joining (code, and PIN when given); returns the user and the answer. */
export async function joinAccount(server: TestServer, account: { accountNumber: string; billingEmail: string }, securityPin?: string) {
  const user = await registerUser(server);
  // One code per minute per user and account; a fresh user never waits.
  const code = await joinCode(server, user.token, account);
  const joined = await server.call('POST', '/v1/enterprises/join/verify', {
    token: user.token,
    body: { accountNumber: account.accountNumber, code, ...(securityPin ? { securityPin } : {}) },
  });
  return { user, joined };
}
