import type { Locale } from '@wharf/domain';
import { ATTACHMENT_POLICY, attachmentName, checkAttachment } from '@wharf/domain/tickets';
import { audit } from '../../audit.ts';
import { sha256, toHex } from '../../crypto/random.ts';
import { attachments } from '../../db/schema.ts';
import { fieldProblem } from '../../http/problem.ts';
import type { Services } from '../../services.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { ActingMembership } from '../enterprises/membership.ts';
import type { ActingOperator } from '../operators/require-operator.ts';
import type { Uploader } from './claim.ts';
import type { AttachmentRow } from './present.ts';

/** Who may fetch an attachment: a support agent, or a signed-in member acting in an enterprise. */
export type Viewer = { operator: ActingOperator } | { auth: SessionUser; membership: ActingMembership };

/** Checks and stores one uploaded file; it stays unattached until a ticket, reply or record names it. */
export async function storeAttachment(services: Services, locale: Locale, uploader: Uploader, file: File): Promise<AttachmentRow> {
  const name = attachmentName(file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkAttachment({ name, size: bytes.length, head: bytes.subarray(0, ATTACHMENT_POLICY.sniffBytes) });
  if (!check.ok) {
    throw fieldProblem(locale, {
      type: check.code === 'attachment_too_large' ? 'payload-too-large' : 'validation',
      path: 'file',
      code: check.code,
      params: { max: ATTACHMENT_POLICY.maxBytes, options: ATTACHMENT_POLICY.extensions },
    });
  }
  const id = crypto.randomUUID();
  const now = services.clock.now();
  const blobKey = `attachments/${now.toISOString().slice(0, 7)}/${id}`;
  await services.blobs.put(blobKey, bytes);
  const [row] = await services.db
    .insert(attachments)
    .values({
      id,
      enterpriseId: 'enterpriseId' in uploader ? uploader.enterpriseId : null,
      uploadedByUser: 'userId' in uploader ? uploader.userId : null,
      uploadedByOperator: 'operatorId' in uploader ? uploader.operatorId : null,
      name,
      contentType: check.contentType,
      size: bytes.length,
      sha256: toHex(await sha256(bytes)),
      blobKey,
      createdAt: now,
    })
    .returning();
  await audit(services.db, services.clock, {
    actor: 'userId' in uploader ? { kind: 'user', id: uploader.userId } : { kind: 'operator', id: uploader.operatorId },
    entity: 'attachment',
    entityId: id,
    action: 'uploaded',
    data: { name, size: bytes.length },
  });
  return row!;
}

/** Whether `viewer` may fetch the file: agents any claimed file or their own upload; members their enterprise's. */
export function maySee(row: AttachmentRow, viewer: Viewer): boolean {
  if ('operator' in viewer) return row.ticketId !== null || row.uploadedByOperator === viewer.operator.id;
  // A claimed file carries its ticket's enterprise; an unclaimed one is only its uploader's.
  if (row.enterpriseId !== viewer.membership.enterprise.id) return false;
  return row.ticketId !== null || row.uploadedByUser === viewer.auth.user.id;
}
