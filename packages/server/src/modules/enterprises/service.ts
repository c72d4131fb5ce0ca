import type { CreateEnterpriseRequest, Locale, OperatorCreateEnterpriseRequest, OperatorUpdateEnterpriseRequest, UpdateEnterpriseRequest } from '@wharf/domain';
import type { MemberRole } from '@wharf/domain/enterprises';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../audit.ts';
import { hashSecret, randomToken } from '../../crypto/random.ts';
import type { Executor } from '../../db/database.ts';
import { apiKeys, enterpriseMembers, enterprises, pinFailures, sessions } from '../../db/schema.ts';
import { refuseDuplicate } from '../../http/conflicts.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import type { Services } from '../../services.ts';
import { nextAccountNumber } from './account-numbers.ts';
import { hasFees } from './ledger-state.ts';
import { isUuid, type EnterpriseRow } from './membership.ts';
import { anotherAdmin, findEnterprise, findMemberForUpdate, insertEnterprise, type MemberRow } from './queries.ts';

/** The differences between two flat records, as `{ field: { from, to } }` for the enterprise log. */
function changes(before: Record<string, unknown>, after: Record<string, unknown>) {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) out[key] = { from: before[key] ?? null, to: after[key] };
  }
  return out;
}

/** PRODUCT §1.4: a new enterprise with the next account number; the user who registers it is its admin. */
export async function registerEnterprise(services: Services, locale: Locale, userId: string, body: z.output<typeof CreateEnterpriseRequest>): Promise<EnterpriseRow> {
  const now = services.clock.now();
  return refuseDuplicate(
    () =>
      services.db.transaction(async (tx) => {
        const created = await insertEnterprise(tx, now, {
          accountNumber: await nextAccountNumber(tx),
          name: body.name,
          registrationNumber: body.registrationNumber,
          tradingCurrency: body.tradingCurrency,
          billingEmail: body.contact.email,
          contact: body.contact,
        });
        await tx.insert(enterpriseMembers).values({ enterpriseId: created.id, userId, role: 'admin', createdAt: now, updatedAt: now });
        await audit(tx, services.clock, {
          actor: { kind: 'user', id: userId },
          entity: 'enterprise',
          entityId: created.id,
          action: 'created',
          data: { name: body.name, accountNumber: created.accountNumber, tradingCurrency: body.tradingCurrency },
        });
        return created;
      }),
    () => fieldProblem(locale, { type: 'conflict', path: 'registrationNumber', code: 'registration_number_taken' }),
  );
}

/**
 * PRODUCT §1.9: an admin changes the contact, policies, allowed origins, or the currency until a fee exists; every
 * change is logged. `refuseStale` is the caller's If-Match check, run on the locked row.
 */
export async function changeEnterprise(
  services: Services,
  locale: Locale,
  change: { enterprise: EnterpriseRow; userId: string; refuseStale: (version: number) => void },
  body: z.output<typeof UpdateEnterpriseRequest>,
): Promise<EnterpriseRow> {
  const { enterprise, userId } = change;
  const updated = await services.db.transaction(async (tx) => {
    const [current] = await tx.select().from(enterprises).where(eq(enterprises.id, enterprise.id)).for('update');
    change.refuseStale(current!.version);
    if (body.tradingCurrency && body.tradingCurrency !== current!.tradingCurrency && (await hasFees(tx, enterprise.id))) {
      throw fieldProblem(locale, { type: 'conflict', path: 'tradingCurrency', code: 'currency_locked' });
    }
    const next = {
      contact: body.contact ? { ...(current!.contact ?? {}), ...body.contact } : current!.contact,
      tradingCurrency: body.tradingCurrency ?? current!.tradingCurrency,
      passwordResetCodesTo: body.passwordResetCodesTo ?? current!.passwordResetCodesTo,
      allowedOrigins: body.allowedOrigins ? [...new Set(body.allowedOrigins)] : current!.allowedOrigins,
    };
    const flat = (state: typeof next) => ({
      ...Object.fromEntries(Object.entries(state.contact ?? {}).map(([key, value]) => [`contact.${key}`, value])),
      tradingCurrency: state.tradingCurrency,
      passwordResetCodesTo: state.passwordResetCodesTo,
      allowedOrigins: state.allowedOrigins,
    });
    const changed = changes(flat(current!), flat(next));
    if (Object.keys(changed).length === 0) return current!;
    const [row] = await tx
      .update(enterprises)
      .set({ ...next, version: sql`${enterprises.version} + 1`, updatedAt: services.clock.now() })
      .where(eq(enterprises.id, enterprise.id))
      .returning();
    await audit(tx, services.clock, { actor: { kind: 'user', id: userId }, entity: 'enterprise', entityId: enterprise.id, action: 'updated', data: changed });
    return row!;
  });
  if (body.allowedOrigins) services.origins.forget();
  return updated;
}

/** PRODUCT §1.5: the security PIN set or changed (stored hashed), wrong-PIN blocks lifted. */
export async function setSecurityPin(services: Services, admin: { enterprise: EnterpriseRow; userId: string }, pin: string) {
  const { enterprise } = admin;
  const hash = await services.hasher.hash(pin);
  await services.db.transaction(async (tx) => {
    await tx.update(enterprises).set({ securityPinHash: hash, updatedAt: services.clock.now() }).where(eq(enterprises.id, enterprise.id));
    await tx.delete(pinFailures).where(eq(pinFailures.enterpriseId, enterprise.id));
    await audit(tx, services.clock, {
      actor: { kind: 'user', id: admin.userId },
      entity: 'enterprise',
      entityId: enterprise.id,
      action: enterprise.securityPinHash ? 'security-pin-changed' : 'security-pin-set',
    });
  });
}

/** The security PIN switched off (nothing happens when it was not set). */
export async function removeSecurityPin(services: Services, admin: { enterprise: EnterpriseRow; userId: string }) {
  const { enterprise } = admin;
  if (!enterprise.securityPinHash) return;
  await services.db.transaction(async (tx) => {
    await tx.update(enterprises).set({ securityPinHash: null, updatedAt: services.clock.now() }).where(eq(enterprises.id, enterprise.id));
    await audit(tx, services.clock, { actor: { kind: 'user', id: admin.userId }, entity: 'enterprise', entityId: enterprise.id, action: 'security-pin-removed' });
  });
}

/** The provider opens an existing customer account with no members yet (its account number given, or the next). */
export async function openEnterprise(services: Services, locale: Locale, operatorId: string, body: z.output<typeof OperatorCreateEnterpriseRequest>): Promise<EnterpriseRow> {
  const now = services.clock.now();
  return refuseDuplicate(
    () =>
      services.db.transaction(async (tx) => {
        const created = await insertEnterprise(tx, now, {
          accountNumber: body.accountNumber ?? (await nextAccountNumber(tx)),
          name: body.name,
          billingEmail: body.billingEmail,
          tradingCurrency: body.tradingCurrency ?? null,
        });
        await audit(tx, services.clock, {
          actor: { kind: 'operator', id: operatorId },
          entity: 'enterprise',
          entityId: created.id,
          action: 'opened-by-operator',
          data: { name: body.name, accountNumber: created.accountNumber, billingEmail: body.billingEmail },
        });
        return created;
      }),
    () => fieldProblem(locale, { type: 'conflict', path: 'accountNumber', code: 'already_member' }),
  );
}

/** The provider changes what the enterprise subscribes to and until when, or its billing email; 404 for no such enterprise. */
export async function changeSubscription(services: Services, operatorId: string, id: string, body: z.output<typeof OperatorUpdateEnterpriseRequest>): Promise<EnterpriseRow> {
  if (!isUuid(id)) throw new ProblemError({ type: 'not-found' });
  return services.db.transaction(async (tx) => {
    const current = await findEnterprise(tx, id, { forUpdate: true });
    if (!current) throw new ProblemError({ type: 'not-found' });
    const next = {
      ...(body.serviceProducts ? { serviceProducts: [...new Set(body.serviceProducts)] } : {}),
      ...(body.serviceExpiresAt !== undefined ? { serviceExpiresAt: body.serviceExpiresAt ? new Date(body.serviceExpiresAt) : null } : {}),
      ...(body.billingEmail ? { billingEmail: body.billingEmail } : {}),
    };
    const [updated] = await tx
      .update(enterprises)
      .set({ ...next, version: sql`${enterprises.version} + 1`, updatedAt: services.clock.now() })
      .where(eq(enterprises.id, id))
      .returning();
    await audit(tx, services.clock, { actor: { kind: 'operator', id: operatorId }, entity: 'enterprise', entityId: id, action: 'updated-by-operator', data: body as Record<string, unknown> });
    return updated!;
  });
}

/** An admin acting on the enterprise's members, or a member on themselves. */
export interface MemberActor {
  enterprise: EnterpriseRow;
  userId: string;
}

/** Runs a change to one member in a transaction; 404 when the user is not a member of the acting enterprise. */
function changeMember<T>(services: Services, enterpriseId: string, userId: string, change: (tx: Executor, member: MemberRow) => Promise<T>): Promise<T> {
  return services.db.transaction(async (tx) => {
    const member = await findMemberForUpdate(tx, enterpriseId, userId);
    if (!member) throw new ProblemError({ type: 'not-found' });
    return change(tx, member);
  });
}

/** PRODUCT §1.4: an admin approves a pending member (now `member`) or rejects them (gone); 409 unless pending. */
export async function decideJoin(services: Services, locale: Locale, admin: MemberActor, userId: string, action: 'approve' | 'reject'): Promise<MemberRow | undefined> {
  const { enterprise } = admin;
  const actor = { kind: 'user' as const, id: admin.userId };
  return changeMember(services, enterprise.id, userId, async (tx, member) => {
    if (member.role !== 'pending') throw fieldProblem(locale, { type: 'conflict', path: 'userId', code: 'not_pending' });
    const data = { userId: member.userId, email: member.email };
    const own = and(eq(enterpriseMembers.enterpriseId, enterprise.id), eq(enterpriseMembers.userId, member.userId));
    if (action === 'reject') {
      await tx.delete(enterpriseMembers).where(own);
      await audit(tx, services.clock, { actor, entity: 'enterprise', entityId: enterprise.id, action: 'member-rejected', data });
      return undefined;
    }
    await tx.update(enterpriseMembers).set({ role: 'member', updatedAt: services.clock.now() }).where(own);
    await audit(tx, services.clock, { actor, entity: 'enterprise', entityId: enterprise.id, action: 'member-approved', data });
    return { ...member, role: 'member' };
  });
}

/** PRODUCT §1.11: a member made admin or an admin member; pending members are approved first, the last admin stays. */
export async function changeRole(services: Services, locale: Locale, admin: MemberActor, userId: string, role: MemberRole): Promise<MemberRow> {
  const { enterprise } = admin;
  return changeMember(services, enterprise.id, userId, async (tx, member) => {
    if (member.role === 'pending') throw fieldProblem(locale, { type: 'conflict', path: 'role', code: 'not_pending' });
    if (member.role === role) return member;
    if (member.role === 'admin' && !(await anotherAdmin(tx, enterprise.id, member.userId))) {
      throw fieldProblem(locale, { type: 'conflict', path: 'role', code: 'last_admin' });
    }
    await tx
      .update(enterpriseMembers)
      .set({ role, updatedAt: services.clock.now() })
      .where(and(eq(enterpriseMembers.enterpriseId, enterprise.id), eq(enterpriseMembers.userId, member.userId)));
    await audit(tx, services.clock, {
      actor: { kind: 'user', id: admin.userId },
      entity: 'enterprise',
      entityId: enterprise.id,
      action: 'member-role-changed',
      data: { userId: member.userId, email: member.email, role: { from: member.role, to: role } },
    });
    return { ...member, role };
  });
}

/**
 * A member removed by an admin, or leaving (`actor.userId` is theirs); their sessions in the enterprise end at
 * once. Only admins remove others (403), and the last admin cannot go (409).
 */
export async function removeMember(services: Services, locale: Locale, actor: MemberActor & { role: MemberRole }, userId: string) {
  const { enterprise } = actor;
  const self = userId === actor.userId;
  if (!self && actor.role !== 'admin') throw new ProblemError({ type: 'forbidden', detail: services.messages(locale).detail.adminOnly });
  await changeMember(services, enterprise.id, userId, async (tx, member) => {
    if (member.role === 'admin' && !(await anotherAdmin(tx, enterprise.id, member.userId))) {
      throw fieldProblem(locale, { type: 'conflict', path: 'userId', code: 'last_admin' });
    }
    await tx.delete(enterpriseMembers).where(and(eq(enterpriseMembers.enterpriseId, enterprise.id), eq(enterpriseMembers.userId, member.userId)));
    await tx.delete(sessions).where(and(eq(sessions.userId, member.userId), eq(sessions.enterpriseId, enterprise.id)));
    await audit(tx, services.clock, {
      actor: { kind: 'user', id: actor.userId },
      entity: 'enterprise',
      entityId: enterprise.id,
      action: self ? 'member-left' : 'member-removed',
      data: { userId: member.userId, email: member.email },
    });
  });
}

/** How much of a secret is kept in clear to tell keys apart: the `wak_` prefix and 8 random characters. */
const PREFIX_LENGTH = 12;

/** PRODUCT §1.10: an API key for the host's server, with its secret (kept only hashed: shown once). */
export async function createApiKey(services: Services, admin: MemberActor, name: string) {
  const { enterprise } = admin;
  const secret = randomToken('wak');
  const row = await services.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(apiKeys)
      .values({
        id: crypto.randomUUID(),
        enterpriseId: enterprise.id,
        name,
        prefix: secret.slice(0, PREFIX_LENGTH),
        secretHash: await hashSecret(secret),
        createdBy: admin.userId,
        createdAt: services.clock.now(),
      })
      .returning();
    await audit(tx, services.clock, {
      actor: { kind: 'user', id: admin.userId },
      entity: 'enterprise',
      entityId: enterprise.id,
      action: 'api-key-created',
      data: { keyId: created!.id, name, prefix: created!.prefix },
    });
    return created!;
  });
  return { row, secret };
}

/** An API key revoked, and the sessions it opened ended; 404 for a key not in use in the enterprise. */
export async function revokeApiKey(services: Services, admin: MemberActor, keyId: string) {
  const { enterprise } = admin;
  if (!isUuid(keyId)) throw new ProblemError({ type: 'not-found' });
  await services.db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(apiKeys)
      .set({ revokedAt: services.clock.now() })
      .where(and(eq(apiKeys.id, keyId), eq(apiKeys.enterpriseId, enterprise.id), isNull(apiKeys.revokedAt)))
      .returning();
    if (!revoked) throw new ProblemError({ type: 'not-found' });
    await tx.delete(sessions).where(eq(sessions.apiKeyId, keyId));
    await audit(tx, services.clock, {
      actor: { kind: 'user', id: admin.userId },
      entity: 'enterprise',
      entityId: enterprise.id,
      action: 'api-key-revoked',
      data: { keyId, name: revoked.name, prefix: revoked.prefix },
    });
  });
}
