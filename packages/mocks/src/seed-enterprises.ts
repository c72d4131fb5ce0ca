import { createEnterprise } from '@wharf/server/testing/fixtures';
import { MOCK_OPERATOR_TOKEN } from './database.ts';
import { callApi, codeFor, expectStatus, registeredUser, uniqueEmail, type SeededUser, type UserOptions } from './seed.ts';

// Enterprise set-ups for stories, through the HTTP API like everything in seed.ts.

export interface SeededEnterprise {
  id: string;
  accountNumber: string;
  name: string;
  billingEmail: string;
}

export interface EnterpriseAdmin extends SeededUser {
  enterprise: SeededEnterprise;
}

/** A user who created an enterprise and is its admin. */
export async function enterpriseAdmin(options: UserOptions & { name?: string; tradingCurrency?: string } = {}): Promise<EnterpriseAdmin> {
  const user = await registeredUser(options);
  const billingEmail = uniqueEmail('accounts');
  const created = await createEnterprise(callApi, user.token, {
    name: options.name ?? 'Harbour Trading Ltd',
    tradingCurrency: options.tradingCurrency ?? 'HKD',
    contact: { name: 'Chan Tai Man', phone: '+852 2730 0273', email: billingEmail, address: '1 Container Port Road, Kwai Chung' },
  });
  return { ...user, enterprise: { id: created.id, accountNumber: created.accountNumber, name: created.name, billingEmail } };
}

/** A customer account the provider opened, nobody in it yet: the way into "join an existing account". */
export async function openAccount(name = 'Kowloon Bonded Imports'): Promise<SeededEnterprise> {
  const billingEmail = uniqueEmail('billing');
  const opened = expectStatus(
    await callApi('POST', '/v1/operator/enterprises', { token: MOCK_OPERATOR_TOKEN, body: { name, billingEmail } }),
    201,
    'open a customer account',
  );
  return { id: opened.body.id, accountNumber: opened.body.accountNumber, name, billingEmail };
}

/** A user who joined `enterprise` after its first admin: waiting for approval. */
export async function pendingMember(enterprise: SeededEnterprise, options: UserOptions = {}): Promise<SeededUser & { userId: string }> {
  const user = await registeredUser(options);
  expectStatus(await callApi('POST', '/v1/enterprises/join', { token: user.token, body: { accountNumber: enterprise.accountNumber } }), 202, 'ask to join');
  const code = await codeFor(enterprise.billingEmail);
  expectStatus(
    await callApi('POST', '/v1/enterprises/join/verify', { token: user.token, body: { accountNumber: enterprise.accountNumber, code } }),
    201,
    'join',
  );
  const me = await callApi('GET', '/v1/me', { token: user.token });
  return { ...user, userId: me.body.user.id };
}

/** A user who joined `enterprise` and was approved by `admin`. */
export async function approvedMember(admin: EnterpriseAdmin, options: UserOptions = {}) {
  const member = await pendingMember(admin.enterprise, options);
  expectStatus(
    await callApi('POST', `/v1/enterprises/current/members/${member.userId}/approve`, { token: admin.token }),
    200,
    'approve a member',
  );
  return member;
}

/** Records a ledger entry as the provider (`fee` fixes the trading currency). */
export async function ledgerEntry(enterprise: SeededEnterprise, kind: 'top-up' | 'fee', amount: string, note = '') {
  return expectStatus(
    await callApi('POST', `/v1/operator/enterprises/${enterprise.id}/ledger`, { token: MOCK_OPERATOR_TOKEN, body: { kind, amount, note } }),
    201,
    `record a ${kind}`,
  ).body;
}

export const enterpriseSeed = { enterpriseAdmin, openAccount, pendingMember, approvedMember, ledgerEntry };
