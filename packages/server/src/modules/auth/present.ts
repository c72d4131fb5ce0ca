import { maskEmail } from '@wharf/domain/enterprises';
import type { ActingMembership } from '../enterprises/membership.ts';
import { publicUser, type UserRow } from './sessions.ts';

/** Where a code went and when it may be sent again (the billing email masked, when it went there). */
export function presentCodeSent(email: string, sent: { expiresAt: Date; resendAt: Date }, sendTo: string | undefined) {
  return { email, expiresAt: sent.expiresAt.toISOString(), resendAt: sent.resendAt.toISOString(), ...(sendTo ? { sentTo: maskEmail(sendTo) } : {}) };
}

/** A signed-in user with their session's token. */
export function presentAuthResult(user: UserRow, session: { token: string; expiresAt: Date }) {
  return { user: publicUser(user), token: session.token, expiresAt: session.expiresAt.toISOString() };
}

/** Who is signed in, and the enterprises they belong to (or wait for). */
export function presentMe(user: UserRow, memberships: readonly ActingMembership[]) {
  return {
    user: publicUser(user),
    memberships: memberships.map(({ enterprise, role }) => ({
      enterpriseId: enterprise.id,
      role,
      enterpriseName: enterprise.name,
      accountNumber: enterprise.accountNumber,
    })),
  };
}
