import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { addSeconds, type Clock } from '../clock.ts';
import type { Database, Executor } from '../db/database.ts';
import { outbox } from '../db/schema.ts';

/** Delivers one item; throwing schedules a retry. `attempts` counts this one (1 on the first try). */
export type OutboxHandler = (payload: unknown, delivery: { attempts: number }) => Promise<void>;

/** A handler, and how many attempts its items get before they are given up (default: retried for ever). */
export type OutboxTopic = OutboxHandler | { handle: OutboxHandler; maxAttempts: number };

export interface Outbox {
  /** Records work inside the caller's transaction; it is delivered only if that transaction commits. */
  enqueue(tx: Executor, topic: string, payload: unknown): Promise<void>;
  /** Asks for a delivery pass soon (call after the enqueuing transaction committed). */
  kick(): void;
  /** Delivers everything due now; returns how many items were attempted. */
  deliverDue(): Promise<number>;
  /** Polls for due work (retries, work left by a stopped process) until stopped. */
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

const LEASE_SECONDS = 60;
const BATCH = 20;

/** Exponential backoff: 2 s, 4 s, 8 s … capped at an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 2 ** Math.min(attempts, 12));
}

/**
 * A durable outbox. Items are claimed by leasing them (a short transaction with FOR UPDATE SKIP LOCKED that
 * pushes `available_at` a minute ahead), delivered outside any transaction, then marked delivered or
 * rescheduled with backoff; a process that dies mid-delivery leaves its lease to expire and be retried.
 */
export function createOutbox(options: {
  db: Database;
  clock: Clock;
  handlers: Record<string, OutboxTopic>;
  onError?: (error: unknown, topic: string) => void;
}): Outbox {
  const { db, clock, handlers } = options;
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<number> | undefined;
  let again = false;

  async function claim() {
    const now = clock.now();
    return db.transaction(async (tx) => {
      const due = await tx
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(isNull(outbox.deliveredAt), isNull(outbox.givenUpAt), lte(outbox.availableAt, now)))
        .orderBy(outbox.id)
        .limit(BATCH)
        .for('update', { skipLocked: true });
      if (due.length === 0) return [];
      return tx
        .update(outbox)
        .set({ availableAt: addSeconds(now, LEASE_SECONDS), attempts: sql`${outbox.attempts} + 1` })
        .where(inArray(outbox.id, due.map((row) => row.id)))
        .returning();
    });
  }

  async function pass(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const items = await claim();
      if (items.length === 0) return attempted;
      attempted += items.length;
      for (const item of items) {
        const topic = handlers[item.topic];
        const handle = typeof topic === 'function' ? topic : topic?.handle;
        const maxAttempts = typeof topic === 'function' ? Infinity : (topic?.maxAttempts ?? Infinity);
        try {
          if (!handle) throw new Error(`no handler for outbox topic ${item.topic}`);
          await handle(item.payload, { attempts: item.attempts });
          await db.update(outbox).set({ deliveredAt: clock.now(), lastError: null }).where(eq(outbox.id, item.id));
        } catch (error) {
          options.onError?.(error, item.topic);
          const now = clock.now();
          await db
            .update(outbox)
            .set(
              item.attempts >= maxAttempts
                ? { givenUpAt: now, lastError: String(error) }
                : { availableAt: addSeconds(now, retryDelaySeconds(item.attempts)), lastError: String(error) },
            )
            .where(eq(outbox.id, item.id));
        }
      }
    }
  }

  async function deliverDue(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        total += await pass();
      } while (again);
      return total;
    })().finally(() => (running = undefined));
    return running;
  }

  return {
    async enqueue(tx, topic, payload) {
      const now = clock.now();
      await tx.insert(outbox).values({ topic, payload, availableAt: now, createdAt: now });
    },
    kick() {
      setTimeout(() => void deliverDue().catch((error) => options.onError?.(error, '*')), 0);
    },
    deliverDue,
    start(intervalMs = 1000) {
      timer ??= setInterval(() => void deliverDue().catch((error) => options.onError?.(error, '*')), intervalMs);
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
