import { ATTACHMENT_POLICY } from '@wharf/domain/tickets';
import { and, isNull, lt } from 'drizzle-orm';
import { attachments } from '../../db/schema.ts';
import type { Services } from '../../services.ts';

/**
 * Removes uploads that nothing claimed within `ATTACHMENT_POLICY.abandonedAfterHours` (files sent up from a form
 * that was never submitted): their rows, then their bytes. A claim racing this either wins (the row is no longer
 * unattached, so it stays) or finds the upload gone and is refused like any unknown id. Returns how many went.
 */
export async function removeAbandonedUploads(services: Pick<Services, 'db' | 'clock' | 'blobs'>): Promise<number> {
  const cutoff = new Date(services.clock.now().getTime() - ATTACHMENT_POLICY.abandonedAfterHours * 3_600_000);
  const removed = await services.db
    .delete(attachments)
    .where(and(isNull(attachments.ticketId), lt(attachments.createdAt, cutoff)))
    .returning({ blobKey: attachments.blobKey });
  for (const { blobKey } of removed) await services.blobs.delete(blobKey);
  return removed.length;
}
