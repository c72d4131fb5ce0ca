import { OPERATOR_ROLES } from '@wharf/domain/auth';
import { eq } from 'drizzle-orm';
import { audit } from '../audit.ts';
import { enterpriseMembers, enterprises, users } from '../db/schema.ts';
import { nextAccountNumber } from '../modules/enterprises/account-numbers.ts';
import { createOperator } from '../operators.ts';
import type { Services } from '../services.ts';

export const DEMO_USER = { email: 'demo@wharf.local', password: 'Harbour-2026' } as const;

/** The demo user's enterprise, and a customer account nobody has joined yet (to try joining with its number). */
export const DEMO_ENTERPRISE = {
  name: 'Harbour Demo Trading Ltd',
  registrationNumber: '91440300MA5DEMO01X',
  tradingCurrency: 'HKD',
  contact: { name: 'Chan Tai Man', phone: '+852 2730 0273', email: 'accounts@harbour-demo.example', address: '1 Container Port Road, Kwai Chung, Hong Kong' },
} as const;
/** What the demo enterprise subscribes to (the products its support tickets can be about), for a year from seeding. */
export const DEMO_SERVICE_PRODUCTS = ['Wharf 保税仓储', 'Wharf 报关申报', '金蝶云·星空 对接'] as const;
export const DEMO_OPEN_ACCOUNT = { name: 'Kowloon Bonded Imports', billingEmail: 'billing@kowloon-imports.example' } as const;

/**
 * Demo data, seeded once: a customer account to sign in with and one operator per role. Returns what to print,
 * or nothing when the data was already there (tokens are stored hashed and cannot be shown again).
 */
export async function seedDemo(services: Services) {
  const { db, clock } = services;
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_USER.email)).limit(1);
  if (existing) return undefined;
  const now = clock.now();
  const userId = crypto.randomUUID();
  await db.insert(users).values({
    id: userId,
    email: DEMO_USER.email,
    name: 'Demo Customer',
    passwordHash: await services.hasher.hash(DEMO_USER.password),
    locale: 'zh-CN',
    createdAt: now,
    updatedAt: now,
  });
  await audit(db, clock, { actor: { kind: 'system' }, entity: 'user', entityId: userId, action: 'seeded' });
  const enterpriseId = crypto.randomUUID();
  await db.insert(enterprises).values({
    id: enterpriseId,
    accountNumber: await nextAccountNumber(db),
    name: DEMO_ENTERPRISE.name,
    registrationNumber: DEMO_ENTERPRISE.registrationNumber,
    tradingCurrency: DEMO_ENTERPRISE.tradingCurrency,
    billingEmail: DEMO_ENTERPRISE.contact.email,
    contact: { ...DEMO_ENTERPRISE.contact },
    serviceProducts: [...DEMO_SERVICE_PRODUCTS],
    serviceExpiresAt: new Date(now.getTime() + 365 * 86_400_000),
    createdAt: now,
    updatedAt: now,
  });
  await db.insert(enterpriseMembers).values({ enterpriseId, userId, role: 'admin', createdAt: now, updatedAt: now });
  await audit(db, clock, { actor: { kind: 'system' }, entity: 'enterprise', entityId: enterpriseId, action: 'seeded' });
  const openAccount = await nextAccountNumber(db);
  const openId = crypto.randomUUID();
  await db.insert(enterprises).values({
    id: openId,
    accountNumber: openAccount,
    name: DEMO_OPEN_ACCOUNT.name,
    billingEmail: DEMO_OPEN_ACCOUNT.billingEmail,
    createdAt: now,
    updatedAt: now,
  });
  await audit(db, clock, { actor: { kind: 'system' }, entity: 'enterprise', entityId: openId, action: 'seeded' });
  const operators = [];
  for (const role of OPERATOR_ROLES) {
    const { token } = await createOperator(db, { email: `${role}@wharf.local`, name: `Demo ${role}`, roles: [role], now });
    operators.push({ role, email: `${role}@wharf.local`, token });
  }
  return { user: DEMO_USER, operators, openAccount: { ...DEMO_OPEN_ACCOUNT, accountNumber: openAccount } };
}

/** The demo's open customer account (to show on the demo page), if it was seeded. */
export async function findDemoOpenAccount(services: Services) {
  const [row] = await services.db
    .select({ accountNumber: enterprises.accountNumber, billingEmail: enterprises.billingEmail })
    .from(enterprises)
    .where(eq(enterprises.billingEmail, DEMO_OPEN_ACCOUNT.billingEmail))
    .limit(1);
  return row;
}
