import type { MemberRole } from '@wharf/domain/enterprises';
import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { apiKeys, enterpriseMembers, enterprises, users } from '../../db/schema.ts';
import { isUuid } from './membership.ts';

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

/** The enterprise with this id; undefined for anything that is not one. */
export async function findEnterprise(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return undefined;
  const query = db.select().from(enterprises).where(eq(enterprises.id, id));
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return row;
}

/** Whether anyone is in the enterprise (an admin or a member, not someone waiting). */
export async function hasMembers(db: Executor, enterpriseId: string) {
  const [someone] = await db
    .select({ userId: enterpriseMembers.userId })
    .from(enterpriseMembers)
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), ne(enterpriseMembers.role, 'pending')))
    .limit(1);
  return !!someone;
}

const memberColumns = {
  userId: enterpriseMembers.userId,
  email: users.email,
  name: users.name,
  role: enterpriseMembers.role,
  externalUserId: enterpriseMembers.externalUserId,
  createdAt: enterpriseMembers.createdAt,
};

/** The enterprise's members (those with `status` as their role, if given), oldest first. */
export function membersOf(db: Executor, enterpriseId: string, status?: MemberRole) {
  return db
    .select(memberColumns)
    .from(enterpriseMembers)
    .innerJoin(users, eq(users.id, enterpriseMembers.userId))
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), status ? eq(enterpriseMembers.role, status) : undefined))
    .orderBy(asc(enterpriseMembers.createdAt), asc(users.email));
}

/** One member of the enterprise, locked for a change; undefined for anyone else. */
export async function findMemberForUpdate(db: Executor, enterpriseId: string, userId: string) {
  if (!isUuid(userId)) return undefined;
  const [row] = await db
    .select(memberColumns)
    .from(enterpriseMembers)
    .innerJoin(users, eq(users.id, enterpriseMembers.userId))
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.userId, userId)))
    .limit(1)
    .for('update', { of: enterpriseMembers });
  return row;
}

export type MemberRow = NonNullable<Awaited<ReturnType<typeof findMemberForUpdate>>>;

/** Whether someone other than `userId` is an admin (an enterprise always keeps one). */
export async function anotherAdmin(db: Executor, enterpriseId: string, userId: string) {
  const [row] = await db
    .select({ userId: enterpriseMembers.userId })
    .from(enterpriseMembers)
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.role, 'admin'), ne(enterpriseMembers.userId, userId)))
    .limit(1);
  return !!row;
}

/** The enterprise's API keys in use, newest first, with who created each. */
export function apiKeysOf(db: Executor, enterpriseId: string) {
  return db
    .select({ key: apiKeys, createdBy: users.email })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .where(and(eq(apiKeys.enterpriseId, enterpriseId), isNull(apiKeys.revokedAt)))
    .orderBy(desc(apiKeys.createdAt));
}

/** The API key in use with this secret's hash. */
export async function apiKeyByHash(db: Executor, secretHash: string) {
  const [key] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.secretHash, secretHash), isNull(apiKeys.revokedAt)))
    .limit(1);
  return key;
}

/** The account the enterprise's host links with `externalUserId`. */
export async function linkedAccount(db: Executor, enterpriseId: string, externalUserId: string) {
  const [linked] = await db
    .select({ user: users })
    .from(enterpriseMembers)
    .innerJoin(users, eq(users.id, enterpriseMembers.userId))
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.externalUserId, externalUserId)))
    .limit(1);
  return linked?.user;
}

/** The account with this email. */
export async function accountByEmail(db: Executor, email: string) {
  const [existing] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return existing;
}

/** A user's membership of the enterprise: role and the host's id for them. */
export async function membershipOf(db: Executor, enterpriseId: string, userId: string) {
  const [membership] = await db
    .select({ role: enterpriseMembers.role, externalUserId: enterpriseMembers.externalUserId })
    .from(enterpriseMembers)
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.userId, userId)))
    .limit(1);
  return membership;
}

/** A new enterprise row, created now. */
export async function insertEnterprise(db: Executor, now: Date, values: Omit<typeof enterprises.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>) {
  const [created] = await db
    .insert(enterprises)
    .values({ id: crypto.randomUUID(), ...values, createdAt: now, updatedAt: now })
    .returning();
  if (!created) throw new Error('The enterprise was not inserted');
  return created;
}
