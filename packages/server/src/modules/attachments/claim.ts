import type { FieldError, Locale } from '@wharf/domain';
import { fieldMessage } from '@wharf/domain/messages';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { attachments } from '../../db/schema.ts';
import { ProblemError } from '../../http/problem.ts';

/** Who uploaded a file: a customer (in their enterprise) or an agent. */
export type Uploader = { userId: string; enterpriseId: string } | { operatorId: string };

/**
 * Attaches uploads to a ticket (and to one of its entries). Each id must be an upload of the same person, not yet
 * attached to anything; otherwise 422 names each bad one (`attachmentIds.2`) and nothing is attached.
 */
export async function claimAttachments(
  tx: Executor,
  locale: Locale,
  ids: readonly string[] | undefined,
  uploader: Uploader,
  target: { ticketId: string; enterpriseId: string; recordId?: string },
): Promise<void> {
  if (!ids?.length) return;
  const owned =
    'operatorId' in uploader
      ? eq(attachments.uploadedByOperator, uploader.operatorId)
      : and(eq(attachments.uploadedByUser, uploader.userId), eq(attachments.enterpriseId, uploader.enterpriseId));
  const claimed = await tx
    .update(attachments)
    .set({ ticketId: target.ticketId, recordId: target.recordId ?? null, enterpriseId: target.enterpriseId })
    .where(and(inArray(attachments.id, [...ids]), isNull(attachments.ticketId), owned))
    .returning({ id: attachments.id });
  if (claimed.length === ids.length) return;
  const found = new Set(claimed.map((row) => row.id));
  const message = fieldMessage(locale, 'attachment_unknown');
  const errors: FieldError[] = ids.flatMap((id, index) => (found.has(id) ? [] : [{ path: `attachmentIds.${index}`, code: 'attachment_unknown', message }]));
  // Thrown inside the transaction: the rows claimed above are rolled back with everything else.
  throw new ProblemError({ type: 'validation', errors });
}
