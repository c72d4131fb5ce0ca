import type { Clock } from '../clock.ts';
import type { Connection, Database } from '../db/database.ts';

/** The NOTIFY channel the database's triggers (migrations/0012_session_cache.sql) say what changed on. */
export const SESSION_CACHE_CHANNEL = 'wharf_session_cache';
/** How long a remembered session, user or membership list is used before it is read again. */
const TTL_MS = 10_000;
/** At most this many entries; the oldest go first. */
const MAX_ENTRIES = 10_000;

/**
 * What each signed-in call needs before its own work — the session, its user, their memberships — remembered for
 * a few seconds in this process, so that a busy client costs no query for it. An entry is forgotten the moment the
 * rows it came from change: the database's triggers say so on {@link SESSION_CACHE_CHANNEL} to every process sharing
 * it. On PostgreSQL the notification reaches this process a moment after the commit, so this process also forgets
 * everything itself once any of its own transactions ends ({@link forgettingAfterTransactions}), and a sign-out
 * forgets its session at once: the next call here never sees what it has just changed. Tags name what an entry
 * depends on: `session:<id>`, `user:<id>`, `enterprise:<id>`.
 *
 * Off — every call loaded — until LISTEN is in place, and always without one (nothing would say what changed).
 */
export interface SessionCache {
  /** What `load` answered for `key` within the last seconds, or its answer now (remembered until a tag changes). */
  remember<T>(key: string, load: () => Promise<{ value: T; tags: readonly string[] } | undefined>): Promise<T | undefined>;
  /** Forgets every entry tagged `tag` (`session:<id>`, `user:<id>`, `enterprise:<id>`). */
  forget(tag: string): void;
  /** Forgets everything. */
  forgetAll(): void;
  stop(): Promise<void>;
}

interface Entry {
  value: unknown;
  tags: readonly string[];
  storedAt: number;
}

export function createSessionCache(options: { clock: Clock; listen?: Connection['listen']; log: (message: string, error?: unknown) => void }): SessionCache {
  const entries = new Map<string, Entry>();
  const byTag = new Map<string, Set<string>>();
  // Bumped by every forget: a load that was under way when something changed is not remembered.
  let generation = 0;
  let listening = false;

  const forget = (tag: string) => {
    generation++;
    const keys = byTag.get(tag);
    if (!keys) return;
    byTag.delete(tag);
    for (const key of keys) drop(key);
  };

  function drop(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    for (const tag of entry.tags) {
      const keys = byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) byTag.delete(tag);
    }
  }

  const unlisten = options.listen
    ? options
        .listen(SESSION_CACHE_CHANNEL, (payload) => forget(payload))
        .then((stop) => {
          listening = true;
          return stop;
        })
        .catch((error: unknown) => {
          options.log('LISTEN for session changes failed; sessions are read on every call', error);
          return undefined;
        })
    : Promise.resolve(undefined);

  return {
    async remember(key, load) {
      const now = options.clock.now().getTime();
      const entry = entries.get(key);
      if (entry && now - entry.storedAt < TTL_MS && now >= entry.storedAt) return entry.value as never;
      if (entry) drop(key);
      const started = generation;
      const loaded = await load();
      if (!loaded) return undefined;
      if (listening && generation === started) {
        if (entries.size >= MAX_ENTRIES) drop(entries.keys().next().value!);
        entries.set(key, { value: loaded.value, tags: loaded.tags, storedAt: now });
        for (const tag of loaded.tags) {
          let keys = byTag.get(tag);
          if (!keys) byTag.set(tag, (keys = new Set()));
          keys.add(key);
        }
      }
      return loaded.value;
    },
    forget,
    forgetAll() {
      generation++;
      entries.clear();
      byTag.clear();
    },
    async stop() {
      listening = false;
      entries.clear();
      byTag.clear();
      const stop = await unlisten;
      await stop?.().catch(() => {});
    },
  };
}

/**
 * The database whose transactions, once ended (committed or not), make `cache` forget everything: what a
 * transaction here changed is never read back from this process's memory, whether or not its notification has
 * arrived yet.
 */
export function forgettingAfterTransactions(db: Database, cache: Pick<SessionCache, 'forgetAll'>): Database {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== 'transaction') return Reflect.get(target, property, receiver);
      return async (...args: Parameters<Database['transaction']>) => {
        try {
          return await target.transaction(...args);
        } finally {
          cache.forgetAll();
        }
      };
    },
  });
}
