import type { WharfEvent, WharfEventType } from '@wharf/domain';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Clock } from '../clock.ts';
import type { Connection, Database, Executor } from '../db/database.ts';
import { events } from '../db/schema.ts';

/** The NOTIFY channel that says "enterprise <payload> has new events". */
export const EVENTS_CHANNEL = 'wharf_events';
/** Without LISTEN (a bare `db`), streams look for new events this often. */
const POLL_MS = 1000;
const PAGE = 100;

export type EventData = WharfEvent['data'];

/**
 * What happened in each enterprise, for live updates. Events are rows of the `events` table written in the
 * same transaction as the change they describe, so a stream never shows what was rolled back, and a client
 * resumes after a reconnect from its `Last-Event-ID`. Listeners are woken through PostgreSQL NOTIFY (sent in
 * that transaction, so delivered at commit): on PostgreSQL every server process hears it, on PGlite this one.
 */
export interface EventHub {
  /** Records an event inside the caller's transaction. */
  record(tx: Executor, event: { enterpriseId: string; type: WharfEventType; data: EventData }): Promise<WharfEvent>;
  /**
   * Calls `onWake` with an enterprise id (or `*`) whenever it may have new events, and `onStop` when the hub stops
   * (a stream then ends, so no client is left hanging on a stopped server); returns a function that unsubscribes.
   */
  subscribe(onWake: (enterpriseId: string) => void, onStop?: () => void): () => void;
  /** Events after `afterId`, oldest first: one enterprise's, or everyone's (operators). */
  since(afterId: number, enterpriseId?: string): Promise<WharfEvent[]>;
  /** The newest event id (0 when there is none): where a new stream starts. */
  latestId(): Promise<number>;
  stop(): Promise<void>;
}

type Row = typeof events.$inferSelect;
// A row's type and data were written together by `record`, so they belong to the same kind of event.
const present = (row: Row): WharfEvent =>
  ({
    id: String(row.id),
    type: row.type as WharfEventType,
    enterpriseId: row.enterpriseId,
    at: row.at.toISOString(),
    data: row.data as EventData,
  }) as WharfEvent;

export function createEventHub(options: { db: Database; clock: Clock; listen?: Connection['listen']; log: (message: string, error?: unknown) => void }): EventHub {
  const { db, clock } = options;
  const listeners = new Set<(enterpriseId: string) => void>();
  const stoppers = new Set<() => void>();
  let stopListening: Promise<(() => Promise<void>) | undefined> | undefined;
  let poll: ReturnType<typeof setInterval> | undefined;
  let polledId = 0;

  const wake = (enterpriseId: string) => {
    for (const listener of listeners) listener(enterpriseId);
  };

  async function latestId(): Promise<number> {
    const [row] = await db.select({ id: sql<string | null>`max(${events.id})` }).from(events);
    return Number(row?.id ?? 0);
  }

  function startWaking() {
    if (options.listen) {
      stopListening ??= options.listen(EVENTS_CHANNEL, (payload) => wake(payload || '*')).catch((error: unknown) => {
        options.log('LISTEN failed; live updates fall back to polling', error);
        startPolling();
        return undefined;
      });
    } else startPolling();
  }

  function startPolling() {
    poll ??= setInterval(() => {
      void latestId()
        .then((id) => {
          if (id > polledId) {
            polledId = id;
            wake('*');
          }
        })
        .catch((error: unknown) => options.log('polling for events failed', error));
    }, POLL_MS);
  }

  return {
    async record(tx, event) {
      const [row] = await tx
        .insert(events)
        .values({ enterpriseId: event.enterpriseId, type: event.type, data: event.data, at: clock.now() })
        .returning();
      await tx.execute(sql`SELECT pg_notify(${EVENTS_CHANNEL}, ${event.enterpriseId})`);
      return present(row!);
    },
    subscribe(onWake, onStop) {
      listeners.add(onWake);
      if (onStop) stoppers.add(onStop);
      startWaking();
      return () => {
        listeners.delete(onWake);
        if (onStop) stoppers.delete(onStop);
      };
    },
    async since(afterId, enterpriseId) {
      const rows = await db
        .select()
        .from(events)
        .where(and(gt(events.id, afterId), enterpriseId ? eq(events.enterpriseId, enterpriseId) : undefined))
        .orderBy(asc(events.id))
        .limit(PAGE);
      return rows.map(present);
    },
    latestId,
    async stop() {
      const stopping = [...stoppers];
      stoppers.clear();
      listeners.clear();
      for (const onStop of stopping) onStop();
      if (poll) clearInterval(poll);
      poll = undefined;
      const unlisten = await stopListening;
      stopListening = undefined;
      await unlisten?.().catch(() => {});
    },
  };
}
