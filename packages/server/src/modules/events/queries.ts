import { and, eq, gt } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { sessions } from '../../db/schema.ts';

/** Whether the session is still valid at `now` (a user's stream ends with it). */
export async function sessionAlive(db: Executor, sessionId: string, now: Date) {
  const [row] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now)))
    .limit(1);
  return Boolean(row);
}
