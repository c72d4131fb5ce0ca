import type { Attachment } from '@wharf/domain';
import { isPreviewable } from '@wharf/domain/tickets';
import type { attachments } from '../../db/schema.ts';

export type AttachmentRow = typeof attachments.$inferSelect;

export function presentAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    name: row.name,
    size: row.size,
    contentType: row.contentType,
    preview: isPreviewable(row.contentType),
    createdAt: row.createdAt.toISOString(),
  };
}

const encodeFilename = (name: string) => `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** How a file is served: images inline, the rest as downloads; never sniffed, never run. */
export function fileHeaders(row: AttachmentRow): Record<string, string> {
  const preview = presentAttachment(row).preview;
  return {
    'content-type': row.contentType,
    'content-length': String(row.size),
    'content-disposition': preview ? encodeFilename(row.name).replace(/^attachment/, 'inline') : encodeFilename(row.name),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, max-age=3600',
    etag: `"${row.sha256}"`,
  };
}
