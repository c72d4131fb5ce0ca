import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { enterpriseMembers, enterprises, users } from '../../db/schema.ts';

/** The enterprise with this customer account number. */
export async function findByAccountNumber(db: Executor, accountNumber: string) {
  const [row] = await db.select().from(enterprises).where(eq(enterprises.accountNumber, accountNumber)).limit(1);
  return row;
}

/** The user's role in the enterprise (`pending` while they wait), if they are in it. */
export async function existingRole(db: Executor, enterpriseId: string, userId: string) {
  const [row] = await db
    .select({ role: enterpriseMembers.role })
    .from(enterpriseMembers)
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.userId, userId)))
    .limit(1);
  return row?.role;
}

/** The admins of an enterprise, with the language to write to them in. */
export function adminsOf(db: Executor, enterpriseId: string) {
  return db
    .select({ email: users.email, locale: users.locale })
    .from(enterpriseMembers)
    .innerJoin(users, eq(users.id, enterpriseMembers.userId))
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.role, 'admin')));
}
