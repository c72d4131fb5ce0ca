import { OPERATOR_ROLES, type OperatorRole } from '@wharf/domain/auth';
import { eq } from 'drizzle-orm';
import { hashSecret, randomToken } from './crypto/random.ts';
import type { Database } from './db/database.ts';
import { operators } from './db/schema.ts';

/** Creates an operator (or gives an existing one a new token); the token is returned once, stored hashed. */
export async function createOperator(
  db: Database,
  options: { email: string; roles: readonly OperatorRole[]; name?: string; token?: string; now: Date },
): Promise<{ id: string; token: string }> {
  const token = options.token ?? randomToken('wop');
  const tokenHash = await hashSecret(token);
  const [row] = await db
    .insert(operators)
    .values({
      id: crypto.randomUUID(),
      email: options.email.toLowerCase(),
      name: options.name ?? null,
      roles: [...options.roles],
      tokenHash,
      createdAt: options.now,
    })
    .onConflictDoUpdate({ target: operators.email, set: { roles: [...options.roles], tokenHash } })
    .returning({ id: operators.id });
  return { id: row!.id, token };
}

/** WHARF_OPERATOR_TOKEN: an operator with every role answering to that secret (scripts, acceptance tests). */
export async function ensureEnvOperator(db: Database, token: string, now: Date) {
  return createOperator(db, { email: 'operator@wharf.local', name: 'Operator (WHARF_OPERATOR_TOKEN)', roles: OPERATOR_ROLES, token, now });
}

export async function findOperatorByToken(db: Database, token: string) {
  const [row] = await db.select().from(operators).where(eq(operators.tokenHash, await hashSecret(token))).limit(1);
  return row;
}
