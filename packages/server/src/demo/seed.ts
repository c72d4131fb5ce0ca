import { OPERATOR_ROLES } from '@wharf/domain/rules';
import { eq } from 'drizzle-orm';
import { audit } from '../audit.ts';
import { users } from '../db/schema.ts';
import { createOperator } from '../operators.ts';
import type { Services } from '../services.ts';

export const DEMO_USER = { email: 'demo@wharf.local', password: 'Harbour-2026' } as const;

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
  const operators = [];
  for (const role of OPERATOR_ROLES) {
    const { token } = await createOperator(db, { email: `${role}@wharf.local`, name: `Demo ${role}`, roles: [role], now });
    operators.push({ role, email: `${role}@wharf.local`, token });
  }
  return { user: DEMO_USER, operators };
}
