import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { attachments } from '../../db/schema.ts';

/** The attachment `id` (lower-cased), if there is one. */
export async function findAttachment(db: Executor, id: string) {
  const [row] = await db.select().from(attachments).where(eq(attachments.id, id.toLowerCase())).limit(1);
  return row;
}
