import { and, eq, inArray, isNull, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import { addSeconds, type Clock } from '../clock.ts';
import type { Database, Executor } from '../db/database.ts';
import { outbox } from '../db/schema.ts';

/** Delivers one item; throwing schedules a retry. `attempts` counts this one (1 on the first try). */
export type OutboxHandler = (payload: unknown, delivery: { attempts: number }) => Promise<void>;

/**
 * A handler, and how its items are delivered: how many attempts they get before they are given up (default:
 * retried for ever), how many at once (default 1), and the payload field that names whose turn an item is
 * (`endpointId`): items with the same value go one at a time, the oldest due first, so one slow receiver waits its
 * own turn instead of everyone's.
 */
export type OutboxTopic = OutboxHandler | { handle: OutboxHandler; maxAttempts: number; concurrency?: number; turnField?: string };

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

interface Lane {
  topic: string;
  handle: OutboxHandler;
  maxAttempts: number;
  concurrency: number;
  turnField: string | undefined;
  running: Promise<number> | undefined;
  again: boolean;
  /** Wakes a pass that waits on deliveries in flight, so work queued meanwhile is claimed at once. */
  wake: () => void;
}

type Item = typeof outbox.$inferSelect;

/**
 * A durable outbox. Each topic is a lane of its own (mail, webhooks), delivered independently, so a receiver that
 * hangs never delays another lane's items. Items are claimed by leasing them (a short transaction with FOR UPDATE
 * SKIP LOCKED that pushes `available_at` a minute ahead), new items before retries, delivered outside any
 * transaction, then marked delivered or rescheduled with backoff; a process that dies mid-delivery leaves its
 * lease to expire and be retried.
 */
export function createOutbox(options: {
  db: Database;
  clock: Clock;
  handlers: Record<string, OutboxTopic>;
  onError?: (error: unknown, topic: string) => void;
}): Outbox {
  const { db, clock, handlers } = options;
  let timer: ReturnType<typeof setInterval> | undefined;
  const lanes = new Map<string, Lane>();
  for (const [topic, spec] of Object.entries(handlers)) {
    const handler = typeof spec === 'function' ? { handle: spec, maxAttempts: Infinity } : spec;
    if (handler.turnField !== undefined && !/^[A-Za-z_]\w*$/.test(handler.turnField)) throw new Error(`outbox topic ${topic}: turnField must be a plain name`);
    lanes.set(topic, {
      topic,
      handle: handler.handle,
      maxAttempts: handler.maxAttempts,
      concurrency: handler.concurrency ?? 1,
      turnField: handler.turnField,
      running: undefined,
      again: false,
      wake: () => {},
    });
  }

  /** Leases up to `limit` due items of the lane, new ones first; with turns, only the oldest of each turn not busy here. */
  async function claim(lane: Lane, limit: number, busyTurns: string[]): Promise<Item[]> {
    const now = clock.now();
    const retriesLast = sql`${outbox.attempts} > 0`;
    return db.transaction(async (tx) => {
      const conditions: SQL[] = [eq(outbox.topic, lane.topic), isNull(outbox.deliveredAt), isNull(outbox.givenUpAt), lte(outbox.availableAt, now)];
      let due: { id: number }[];
      if (lane.turnField) {
        // Written into the statement (a checked name), so DISTINCT ON and ORDER BY see the same expression.
        const turn = sql`(${outbox.payload} ->> ${sql.raw(`'${lane.turnField}'`)})`;
        if (busyTurns.length) conditions.push(notInArray(turn, busyTurns));
        const heads = tx
          .selectDistinctOn([turn], { id: outbox.id })
          .from(outbox)
          .where(and(...conditions))
          .orderBy(turn, retriesLast, outbox.id);
        due = await tx
          .select({ id: outbox.id })
          .from(outbox)
          .where(and(inArray(outbox.id, heads), isNull(outbox.deliveredAt)))
          .orderBy(retriesLast, outbox.id)
          .limit(limit)
          .for('update', { skipLocked: true });
      } else {
        due = await tx
          .select({ id: outbox.id })
          .from(outbox)
          .where(and(...conditions))
          .orderBy(retriesLast, outbox.id)
          .limit(limit)
          .for('update', { skipLocked: true });
      }
      if (due.length === 0) return [];
      const leased = await tx
        .update(outbox)
        .set({ availableAt: addSeconds(now, LEASE_SECONDS), attempts: sql`${outbox.attempts} + 1` })
        .where(inArray(outbox.id, due.map((row) => row.id)))
        .returning();
      const order = new Map(due.map((row, index) => [row.id, index]));
      return leased.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    });
  }

  async function deliver(lane: Lane, item: Item): Promise<void> {
    try {
      await lane.handle(item.payload, { attempts: item.attempts });
      await db.update(outbox).set({ deliveredAt: clock.now(), lastError: null }).where(eq(outbox.id, item.id));
    } catch (error) {
      options.onError?.(error, item.topic);
      const now = clock.now();
      await db
        .update(outbox)
        .set(
          item.attempts >= lane.maxAttempts
            ? { givenUpAt: now, lastError: String(error) }
            : { availableAt: addSeconds(now, retryDelaySeconds(item.attempts)), lastError: String(error) },
        )
        .where(eq(outbox.id, item.id));
    }
  }

  /** Delivers the lane's due items, up to its concurrency at once and one per turn, until none is due or in flight. */
  async function drain(lane: Lane): Promise<number> {
    let attempted = 0;
    const inFlight = new Set<Promise<void>>();
    const busy = new Set<string>();
    for (;;) {
      const room = lane.concurrency - inFlight.size;
      let claimed = 0;
      if (room > 0) {
        const items = await claim(lane, Math.min(room, BATCH), [...busy]);
        claimed = items.length;
        attempted += claimed;
        for (const item of items) {
          const turn = lane.turnField ? String((item.payload as Record<string, unknown>)?.[lane.turnField] ?? '') : undefined;
          if (turn !== undefined) busy.add(turn);
          const delivery: Promise<void> = deliver(lane, item).finally(() => {
            inFlight.delete(delivery);
            if (turn !== undefined) busy.delete(turn);
          });
          inFlight.add(delivery);
        }
      }
      if (inFlight.size === 0 && claimed === 0) return attempted;
      if (claimed < room || room <= 0) {
        const woken = new Promise<void>((resolve) => (lane.wake = resolve));
        await Promise.race([...inFlight, woken]);
        lane.wake = () => {};
      }
    }
  }

  function run(lane: Lane): Promise<number> {
    if (lane.running) {
      lane.again = true;
      lane.wake();
      return lane.running;
    }
    lane.running = (async () => {
      let total = 0;
      do {
        lane.again = false;
        total += await drain(lane);
      } while (lane.again);
      return total;
    })().finally(() => (lane.running = undefined));
    return lane.running;
  }

  async function deliverDue(): Promise<number> {
    // Every lane at once; items of a topic nothing handles (left by another version) wait for a process that does.
    const counts = await Promise.all([...lanes.values()].map(run));
    return counts.reduce((sum, n) => sum + n, 0);
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
      await Promise.all([...lanes.values()].map((lane) => lane.running));
    },
  };
}
