import { and, arrayContains, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { enterpriseMembers, enterprises } from '../../db/schema.ts';

/**
 * Whether any enterprise lets pages on `origin` embed it, remembered for a few seconds so that a page's
 * preflights do not each cost a query. Which enterprise the page may act for is checked per call
 * (`requireMembership`); this only decides whether the browser may talk to Wharf at all.
 */
export function createOriginRegistry(db: Database, now: () => number = Date.now, ttlMs = 10_000) {
  const cache = new Map<string, { allowed: boolean; until: number }>();
  return {
    async isRegistered(origin: string): Promise<boolean> {
      const hit = cache.get(origin);
      if (hit && hit.until > now()) return hit.allowed;
      const [row] = await db
        .select({ id: enterprises.id })
        .from(enterprises)
        .where(arrayContains(enterprises.allowedOrigins, [origin]))
        .limit(1);
      if (cache.size > 1000) cache.clear();
      cache.set(origin, { allowed: !!row, until: now() + ttlMs });
      return !!row;
    },
    async listedForUser(origin: string, userId: string, enterpriseId?: string | null): Promise<boolean> {
      const [row] = await db
        .select({ id: enterprises.id })
        .from(enterpriseMembers)
        .innerJoin(enterprises, eq(enterprises.id, enterpriseMembers.enterpriseId))
        .where(
          and(
            eq(enterpriseMembers.userId, userId),
            arrayContains(enterprises.allowedOrigins, [origin]),
            enterpriseId ? eq(enterprises.id, enterpriseId) : undefined,
          ),
        )
        .limit(1);
      return !!row;
    },
    /** Forget what was remembered (after an enterprise changes its list). */
    forget() {
      cache.clear();
    },
  };
}
export type OriginRegistry = ReturnType<typeof createOriginRegistry>;
