import { and, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { hashSecret } from '../crypto/random.ts';
import type { Database } from '../db/database.ts';
import { idempotencyKeys } from '../db/schema.ts';
import type { AppEnv } from './env.ts';
import { fieldProblem } from './problem.ts';

/**
 * `Idempotency-Key` on creating POSTs, as Stripe has it: the first answer to a caller's key is kept for a day and
 * replayed (status, body, `location`/`etag`) to a repeat of the same request, marked `Idempotent-Replayed: true`.
 * The same key with another request → 422 naming the header; a repeat while the first is still running waits for
 * it, or gets 409 after `WAIT_MS`. A refusal (the handler threw) keeps nothing: the caller may fix and retry.
 * Keys belong to the caller (`CallerOf`): a user, an embed session, an operator, or else the credential presented;
 * without one (register, login) the header is ignored — an answer with a new session must never reach another caller.
 */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const TTL_MS = 24 * 3600_000;
/** How long a repeat waits for the first request under its key before answering 409. */
const WAIT_MS = 10_000;
/** A key held this long by a request that never finished (its process died) may be taken over. */
const ABANDONED_MS = 120_000;
const KEY = /^[\x21-\x7e]{1,255}$/;
const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];

/** Who is calling, from the variables the route's middleware set; undefined when no one is signed in. */
export type CallerOf = (vars: Record<string, unknown>) => string | undefined;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fingerprintOf(c: Context<AppEnv>) {
  const url = new URL(c.req.url);
  const type = c.req.header('content-type') ?? '';
  // A JSON body is read here (Hono keeps it for the route); an upload is known by its type and length, unread.
  const body = /json/i.test(type) ? await c.req.text() : `${type.split(';')[0]} ${c.req.header('content-length') ?? ''}`;
  return hashSecret(`${c.req.method} ${url.pathname}?${url.searchParams}\n${body}`);
}

async function scopeOf(c: Context<AppEnv>, callerOf: CallerOf) {
  const caller = callerOf(c.var as unknown as Record<string, unknown>);
  if (caller) return caller;
  const credential = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return credential ? `credential:${await hashSecret(credential)}` : undefined;
}

/** A status whose answer has no body (a Response refuses one, even empty). */
const bodiless = (status: number) => status === 204 || status === 205 || status === 304;

function replay(row: typeof idempotencyKeys.$inferSelect) {
  return new Response(bodiless(row.status!) ? null : row.body, { status: row.status!, headers: { ...row.headers, 'idempotent-replayed': 'true' } });
}

/** Claims the key for this request; answers the row already there when another request holds or held it. */
async function claim(db: Database, id: { scope: string; key: string }, fingerprint: string, now: Date) {
  const claimed = await db
    .insert(idempotencyKeys)
    .values({ ...id, fingerprint, lockedAt: now, createdAt: now, expiresAt: new Date(now.getTime() + TTL_MS) })
    .onConflictDoUpdate({
      target: [idempotencyKeys.scope, idempotencyKeys.key],
      // An expired key starts afresh; one abandoned mid-request is taken over.
      set: { fingerprint, status: null, headers: null, body: null, lockedAt: now, createdAt: now, expiresAt: new Date(now.getTime() + TTL_MS) },
      // Through the column operators, so the instants are written as the columns want them on either driver.
      setWhere: or(
        lte(idempotencyKeys.expiresAt, now),
        and(isNull(idempotencyKeys.status), lte(idempotencyKeys.lockedAt, new Date(now.getTime() - ABANDONED_MS)), eq(idempotencyKeys.fingerprint, fingerprint)),
      ),
    })
    .returning({ key: idempotencyKeys.key });
  return claimed.length > 0;
}

/** Runs `handle` at most once per caller and key (see the module's comment). */
export async function idempotent(c: Context<AppEnv>, callerOf: CallerOf, handle: () => Promise<Response>): Promise<Response> {
  const key = c.req.header(IDEMPOTENCY_HEADER);
  if (key === undefined) return handle();
  const { services, locale } = c.var;
  if (!KEY.test(key)) throw fieldProblem(locale, { path: IDEMPOTENCY_HEADER, code: 'invalid_format' });
  const scope = await scopeOf(c, callerOf);
  if (!scope) return handle();
  const fingerprint = await fingerprintOf(c);
  const id = and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key));
  const { db, clock } = services;

  for (const started = Date.now(); ; await pause(25)) {
    if (await claim(db, { scope, key }, fingerprint, clock.now())) break;
    const [held] = await db.select().from(idempotencyKeys).where(id);
    if (!held) continue;
    if (held.fingerprint !== fingerprint) throw fieldProblem(locale, { path: IDEMPOTENCY_HEADER, code: 'idempotency_key_reused' });
    if (held.status !== null) return replay(held);
    if (Date.now() - started > WAIT_MS) throw fieldProblem(locale, { type: 'conflict', path: IDEMPOTENCY_HEADER, code: 'idempotency_key_in_use' });
  }

  let response: Response;
  try {
    response = await handle();
  } catch (error) {
    await db.delete(idempotencyKeys).where(and(id, sql`${idempotencyKeys.status} IS NULL`));
    throw error;
  }
  const body = await response.text();
  const headers = Object.fromEntries(REPLAYED_HEADERS.flatMap((name) => (response.headers.has(name) ? [[name, response.headers.get(name)!]] : [])));
  await db.update(idempotencyKeys).set({ status: response.status, headers, body }).where(id);
  return new Response(bodiless(response.status) ? null : body, { status: response.status, headers: response.headers });
}

/** Forgets the keys past their day (the hourly tidy-up). */
export async function removeExpiredIdempotencyKeys(db: Database, now: Date) {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.expiresAt, now));
}
