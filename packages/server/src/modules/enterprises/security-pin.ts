import type { Locale } from '@wharf/domain';
import { SECURITY_PIN_POLICY } from '@wharf/domain/enterprises';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { addSeconds } from '../../clock.ts';
import { pinFailures } from '../../db/schema.ts';
import { fieldProblem } from '../../http/problem.ts';
import type { Services } from '../../services.ts';
import type { EnterpriseRow } from './membership.ts';

/**
 * Checks the enterprise's security PIN when it has one (seed 000, Q6 and usage Q6): required to join, and to
 * submit shipments and orders. Five wrong PINs within 15 minutes block PIN entry for that user until the
 * oldest of them is 15 minutes old (423 with `lockedUntil`); each wrong one before says how many tries remain.
 * `path` names the field the PIN was typed in.
 */
export async function checkSecurityPin(
  services: Services,
  request: { enterprise: EnterpriseRow; userId: string; pin: string | undefined; locale: Locale; path?: string },
): Promise<void> {
  const { enterprise, userId, pin, locale } = request;
  const path = request.path ?? 'securityPin';
  if (!enterprise.securityPinHash) return;
  const { db, clock, hasher } = services;
  const now = clock.now();
  const windowStart = addSeconds(now, -SECURITY_PIN_POLICY.blockMinutes * 60);
  // The try is counted before the PIN is compared, one try at a time per user and enterprise: PINs sent at once
  // each take a place in the count, and none is compared once the count is full.
  const { recent, counted } = await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`pin:${enterprise.id}:${userId}`}))`);
    const failures = await tx
      .select({ at: pinFailures.at })
      .from(pinFailures)
      .where(and(eq(pinFailures.enterpriseId, enterprise.id), eq(pinFailures.userId, userId), gt(pinFailures.at, windowStart)))
      .orderBy(asc(pinFailures.at));
    if (failures.length >= SECURITY_PIN_POLICY.maxFailures || !pin) return { recent: failures, counted: false };
    await tx.insert(pinFailures).values({ enterpriseId: enterprise.id, userId, at: now });
    return { recent: [...failures, { at: now }], counted: true };
  });
  const blocked = () => {
    const until = addSeconds(recent[0]?.at ?? now, SECURITY_PIN_POLICY.blockMinutes * 60);
    return fieldProblem(locale, {
      type: 'account-locked',
      path,
      code: 'pin_blocked',
      params: { until: until.toISOString() },
      extra: { lockedUntil: until.toISOString() },
    });
  };
  if (!counted && pin) throw blocked();
  if (!pin) {
    if (recent.length >= SECURITY_PIN_POLICY.maxFailures) throw blocked();
    throw fieldProblem(locale, { path, code: 'pin_required' });
  }
  if (await hasher.verify(enterprise.securityPinHash, pin)) {
    await db.delete(pinFailures).where(and(eq(pinFailures.enterpriseId, enterprise.id), eq(pinFailures.userId, userId)));
    return;
  }
  const remaining = SECURITY_PIN_POLICY.maxFailures - recent.length;
  if (remaining <= 0) throw blocked();
  throw fieldProblem(locale, { path, code: 'pin_wrong', params: { remaining }, extra: { remainingAttempts: remaining } });
}
