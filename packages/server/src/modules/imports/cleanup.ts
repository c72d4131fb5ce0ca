import { lt } from 'drizzle-orm';
import { imports } from '../../db/schema.ts';
import type { Services } from '../../services.ts';

/**
 * Removes uploads past their `expiresAt` (kept `IMPORT_POLICY.keepDays` to be fixed and committed) with their
 * rows. What committed ones created stays, with its own log. Returns how many went.
 */
export async function removeExpiredImports(services: Pick<Services, 'db' | 'clock'>): Promise<number> {
  const removed = await services.db.delete(imports).where(lt(imports.expiresAt, services.clock.now())).returning({ id: imports.id });
  return removed.length;
}
