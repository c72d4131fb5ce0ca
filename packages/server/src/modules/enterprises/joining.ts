import type { EmbedSessionRequest, Locale } from '@wharf/domain';
import { EMBED_SESSION_POLICY, maskEmail } from '@wharf/domain/enterprises';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../audit.ts';
import { hashSecret } from '../../crypto/random.ts';
import type { Executor } from '../../db/database.ts';
import { apiKeys, enterpriseMembers, enterprises, users } from '../../db/schema.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import type { Services } from '../../services.ts';
import { sendEmailCode, spendEmailCode, verifyEmailCode } from '../auth/email-codes.ts';
import { openSession } from '../auth/sessions.ts';
import { accountByEmail, adminsOf, apiKeyByHash, existingRole, findByAccountNumber, hasMembers, linkedAccount, membershipOf } from './queries.ts';
import { checkSecurityPin } from './security-pin.ts';

// How someone comes into an enterprise: by joining a customer account with its billing email's code (PRODUCT
// §1.4), or through the host's server, which vouches for its own users with an API key (PRODUCT §1.10).

/** Join codes belong to one user and one account: two colleagues joining at once never replace each other's. */
const codeKey = (enterpriseId: string, userId: string) => `join:${enterpriseId}:${userId}`;

/** Who joins, in their language. */
interface Joiner {
  userId: string;
  email: string;
  locale: Locale;
}

/** The enterprise with this account number; 422 at `accountNumber` for none. */
async function accountOf(services: Services, locale: Locale, accountNumber: string) {
  const enterprise = await findByAccountNumber(services.db, accountNumber);
  if (!enterprise) throw fieldProblem(locale, { path: 'accountNumber', code: 'account_number_unknown' });
  return enterprise;
}

/**
 * Tells the admins someone waits for them (the approval itself happens in the portal, never by mail link), and
 * returns their addresses masked, so the joiner knows whom to ask.
 */
async function notifyAdmins(tx: Executor, services: Services, enterprise: { id: string; name: string }, email: string) {
  const admins = await adminsOf(tx, enterprise.id);
  for (const admin of admins) {
    const mail = services.messages(admin.locale as 'en').mail;
    await services.outbox.enqueue(tx, 'mail', {
      to: admin.email,
      subject: mail.joinRequestSubject({ enterprise: enterprise.name }),
      text: mail.joinRequestBody({ email, enterprise: enterprise.name }),
    });
  }
  return admins.map((admin) => maskEmail(admin.email));
}

/** The first step of joining: a code to the account's billing email; 409 for someone already in it or waiting. */
export async function startJoining(services: Services, joiner: Joiner, accountNumber: string) {
  const { locale } = joiner;
  const enterprise = await accountOf(services, locale, accountNumber);
  const role = await existingRole(services.db, enterprise.id, joiner.userId);
  if (role) throw fieldProblem(locale, { type: 'conflict', path: 'accountNumber', code: role === 'pending' ? 'join_pending' : 'already_member' });
  const sent = await sendEmailCode(services, { email: codeKey(enterprise.id, joiner.userId), sendTo: enterprise.billingEmail, purpose: 'join-enterprise', locale });
  return { enterprise, sent };
}

/**
 * Joining finished with the code (and the PIN when set): the first joiner becomes admin, later ones wait
 * (`pending`) and the admins are told.
 */
export async function finishJoining(services: Services, joiner: Joiner, body: { accountNumber: string; code: string; securityPin?: string }) {
  const { locale, userId } = joiner;
  const enterprise = await accountOf(services, locale, body.accountNumber);
  const codeId = await verifyEmailCode(services, { email: codeKey(enterprise.id, userId), purpose: 'join-enterprise', code: body.code, locale });
  await checkSecurityPin(services, { enterprise, userId, pin: body.securityPin, locale });
  const now = services.clock.now();
  const { role, approvers } = await services.db.transaction(async (tx) => {
    await spendEmailCode(tx, services, codeId, locale);
    // One joiner at a time per enterprise, so two first joiners cannot both become admin.
    await tx.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.id, enterprise.id)).for('update');
    if (await existingRole(tx, enterprise.id, userId)) {
      throw fieldProblem(locale, { type: 'conflict', path: 'accountNumber', code: 'already_member' });
    }
    const role = (await hasMembers(tx, enterprise.id)) ? 'pending' : 'admin';
    await tx.insert(enterpriseMembers).values({ enterpriseId: enterprise.id, userId, role, createdAt: now, updatedAt: now });
    await audit(tx, services.clock, {
      actor: { kind: 'user', id: userId },
      entity: 'enterprise',
      entityId: enterprise.id,
      action: role === 'admin' ? 'joined-as-first-admin' : 'join-requested',
      data: { userId, email: joiner.email },
    });
    const approvers = role === 'pending' ? await notifyAdmins(tx, services, enterprise, joiner.email) : [];
    return { role, approvers };
  });
  services.outbox.kick();
  return { enterprise, role, approvers };
}

/** The API key in use with this secret; 401 for none. */
async function apiKeyOf(services: Services, locale: Locale, secret: string | undefined) {
  const key = secret ? await apiKeyByHash(services.db, await hashSecret(secret)) : undefined;
  if (!key) throw new ProblemError({ type: 'unauthorized', detail: services.messages(locale).detail.apiKeyInvalid });
  return key;
}

/**
 * The Wharf account for the host's user: the one linked by the host's id, else the member with that email (now
 * linked), else a new account without a password and a membership. An account outside the enterprise is never
 * taken over: the host vouches for its own users, not for everyone's.
 */
async function accountFor(tx: Executor, services: Services, locale: Locale, enterpriseId: string, body: { externalUserId: string; email: string; name: string }) {
  const now = services.clock.now();
  const linked = await linkedAccount(tx, enterpriseId, body.externalUserId);
  if (linked) return { user: linked, created: false };
  const existing = await accountByEmail(tx, body.email);
  if (existing) {
    const membership = await membershipOf(tx, enterpriseId, existing.id);
    if (!membership) throw fieldProblem(locale, { type: 'conflict', path: 'email', code: 'email_in_other_account' });
    if (membership.role === 'pending') throw fieldProblem(locale, { type: 'conflict', path: 'email', code: 'join_pending' });
    if (membership.externalUserId) throw fieldProblem(locale, { type: 'conflict', path: 'email', code: 'email_in_other_account' });
    await tx
      .update(enterpriseMembers)
      .set({ externalUserId: body.externalUserId, updatedAt: now })
      .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.userId, existing.id)));
    return { user: existing, created: false };
  }
  const [user] = await tx
    .insert(users)
    .values({ id: crypto.randomUUID(), email: body.email, passwordHash: null, name: body.name, locale, createdAt: now, updatedAt: now })
    .returning();
  await tx
    .insert(enterpriseMembers)
    .values({ enterpriseId, userId: user!.id, role: 'member', externalUserId: body.externalUserId, createdAt: now, updatedAt: now });
  return { user: user!, created: true };
}

/**
 * A short-lived session the host's server mints, with the enterprise's API key (its `secret`), for one of its
 * users; the account is found or made by `accountFor`.
 */
export async function mintEmbedSession(services: Services, locale: Locale, secret: string | undefined, body: z.output<typeof EmbedSessionRequest>) {
  const key = await apiKeyOf(services, locale, secret);
  const result = await services.db.transaction(async (tx) => {
    const { user, created } = await accountFor(tx, services, locale, key.enterpriseId, body);
    if (!user.passwordHash && user.name !== body.name) {
      // The host owns the names of the accounts it created.
      await tx.update(users).set({ name: body.name, updatedAt: services.clock.now() }).where(eq(users.id, user.id));
      user.name = body.name;
    }
    await tx.update(apiKeys).set({ lastUsedAt: services.clock.now() }).where(eq(apiKeys.id, key.id));
    if (created) {
      await audit(tx, services.clock, {
        actor: { kind: 'system', id: `api-key:${key.id}` },
        entity: 'enterprise',
        entityId: key.enterpriseId,
        action: 'member-added-by-host',
        data: { userId: user.id, email: user.email, externalUserId: body.externalUserId },
      });
    }
    const session = await openSession(tx, services, user.id, { enterpriseId: key.enterpriseId, ttlSeconds: EMBED_SESSION_POLICY.ttlMinutes * 60, apiKeyId: key.id });
    return { user, session };
  });
  return { ...result, enterpriseId: key.enterpriseId };
}
