import type { Locale } from '@wharf/domain';
import { CODE_POLICY, type MailedCodePurpose } from '@wharf/domain/auth';
import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import { addSeconds } from '../../clock.ts';
import { hashSecret, randomDigits, timingSafeEqual } from '../../crypto/random.ts';
import type { Executor } from '../../db/database.ts';
import { emailCodes } from '../../db/schema.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import type { Services } from '../../services.ts';

/**
 * Emailed one-time codes (PRODUCT §1.3): 6 digits, single use, 10 minutes, 5 tries, one per minute. Only the
 * newest code of an email and purpose is good; asking again replaces it.
 *
 * `email` is whose code it is; the mail goes to `sendTo` when that differs (a join code goes to the account's
 * billing email, and an enterprise may send its members' reset codes there too).
 */
export async function sendEmailCode(
  services: Services,
  request: { email: string; purpose: MailedCodePurpose; locale: Locale; sendTo?: string },
): Promise<{ expiresAt: Date; resendAt: Date }> {
  const { db, clock, outbox } = services;
  const messages = services.messages(request.locale);
  const code = randomDigits(CODE_POLICY.length);
  const result = await db.transaction(async (tx) => {
    // One request at a time per address, so the resend throttle cannot be raced.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`code:${request.email}`}))`);
    const now = clock.now();
    const [last] = await tx
      .select({ createdAt: emailCodes.createdAt })
      .from(emailCodes)
      .where(and(eq(emailCodes.email, request.email), eq(emailCodes.purpose, request.purpose)))
      .orderBy(desc(emailCodes.createdAt))
      .limit(1);
    const resendAt = last ? addSeconds(last.createdAt, CODE_POLICY.resendAfterSeconds) : now;
    if (resendAt > now) {
      const seconds = Math.ceil((resendAt.getTime() - now.getTime()) / 1000);
      throw new ProblemError({
        type: 'rate-limited',
        detail: messages.detail.codeResendTooSoon({ seconds }),
        extra: { retryAfter: seconds, resendAt: resendAt.toISOString() },
        headers: { 'Retry-After': String(seconds) },
      });
    }
    await tx
      .update(emailCodes)
      .set({ consumedAt: now })
      .where(and(eq(emailCodes.email, request.email), eq(emailCodes.purpose, request.purpose), isNull(emailCodes.consumedAt)));
    const expiresAt = addSeconds(now, CODE_POLICY.ttlSeconds);
    await tx.insert(emailCodes).values({
      id: crypto.randomUUID(),
      email: request.email,
      purpose: request.purpose,
      codeHash: await hashSecret(code),
      createdAt: now,
      expiresAt,
    });
    const purpose = messages.mail.purpose[request.purpose] ?? request.purpose;
    await outbox.enqueue(tx, 'mail', {
      to: request.sendTo ?? request.email,
      subject: messages.mail.codeSubject(purpose),
      text: messages.mail.codeBody({ code, purpose, minutes: CODE_POLICY.ttlSeconds / 60 }),
      code,
    });
    return { expiresAt, resendAt: addSeconds(now, CODE_POLICY.resendAfterSeconds) };
  });
  outbox.kick();
  return result;
}

/**
 * Checks a code and returns its id. The try is counted before the code is compared, in one statement that only
 * counts while tries remain, so guesses sent at once are each counted and none is compared once 5 have been; a
 * right code gives its try back (a refusal must not roll the count back, so it is counted outside any transaction).
 * Call it before opening the transaction that spends the code with `spendEmailCode`.
 */
export async function verifyEmailCode(
  services: Services,
  request: { email: string; purpose: MailedCodePurpose; code: string; locale: Locale },
): Promise<string> {
  const { db, clock } = services;
  const [current] = await db
    .select({ id: emailCodes.id, expiresAt: emailCodes.expiresAt })
    .from(emailCodes)
    .where(and(eq(emailCodes.email, request.email), eq(emailCodes.purpose, request.purpose), isNull(emailCodes.consumedAt)))
    .orderBy(desc(emailCodes.createdAt))
    .limit(1);
  const refuse = (code: string, params = {}) => fieldProblem(request.locale, { path: 'code', code, params });
  if (!current || current.expiresAt <= clock.now()) throw refuse('code_expired');
  const [counted] = await db
    .update(emailCodes)
    .set({ attempts: sql`${emailCodes.attempts} + 1` })
    .where(and(eq(emailCodes.id, current.id), lt(emailCodes.attempts, CODE_POLICY.maxAttempts)))
    .returning({ attempts: emailCodes.attempts, codeHash: emailCodes.codeHash });
  if (!counted) throw refuse('code_attempts_exceeded');
  if (timingSafeEqual(counted.codeHash, await hashSecret(request.code))) {
    await db
      .update(emailCodes)
      .set({ attempts: sql`${emailCodes.attempts} - 1` })
      .where(eq(emailCodes.id, current.id));
    return current.id;
  }
  const remaining = CODE_POLICY.maxAttempts - counted.attempts;
  throw remaining > 0 ? refuse('code_wrong', { remaining }) : refuse('code_attempts_exceeded');
}

/** Spends a verified code inside the caller's transaction, so two requests can never both use it. */
export async function spendEmailCode(tx: Executor, services: Services, codeId: string, locale: Locale): Promise<void> {
  const spent = await tx
    .update(emailCodes)
    .set({ consumedAt: services.clock.now() })
    .where(and(eq(emailCodes.id, codeId), isNull(emailCodes.consumedAt)))
    .returning({ id: emailCodes.id });
  if (spent.length === 0) throw fieldProblem(locale, { path: 'code', code: 'code_expired' });
}
