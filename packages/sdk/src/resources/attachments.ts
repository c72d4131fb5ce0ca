import type { Attachment } from '@wharf/domain';
import type { RequestOptions, Transport, WharfClientOptions } from '../core/http.ts';
import type { UploadProgress } from '../core/upload.ts';

export interface UploadOptions extends RequestOptions {
  /** Called as the bytes go out (in browsers; elsewhere once, at the end). */
  onProgress?: (progress: UploadProgress) => void;
}

/**
 * Files for tickets: upload first, then name the ids in a ticket, reply or record. Allowed types and the size
 * limit are in `tickets.options()`; a refused file rejects with a ValidationError at `file`.
 */
export function attachmentsResource(send: Transport, client: WharfClientOptions, uploadPath = 'v1/attachments') {
  return {
    upload: async (file: Blob, options: UploadOptions = {}): Promise<Attachment> => {
      const form = new FormData();
      form.append('file', file, 'name' in file && typeof file.name === 'string' ? file.name : 'file');
      const { onProgress, ...rest } = options;
      if (onProgress && typeof XMLHttpRequest !== 'undefined') {
        // Loaded on first use: only pages that upload pay for it.
        const { uploadWithProgress } = await import('../core/upload.ts');
        return uploadWithProgress<Attachment>(client, uploadPath, form, onProgress, rest.signal);
      }
      const stored = await send<Attachment>('post', uploadPath, { body: form, ...rest });
      onProgress?.({ loaded: file.size, total: file.size, fraction: 1 });
      return stored;
    },
    /**
     * The file's bytes. Bearer-token sessions cannot put a file in `<img src>` directly (no header on that
     * request): show `URL.createObjectURL(await download(id))` instead.
     */
    download: (id: string, options: RequestOptions = {}) => send<Blob>('get', `v1/attachments/${encodeURIComponent(id)}`, { ...options, as: 'blob' }),
  };
}
export type AttachmentsResource = ReturnType<typeof attachmentsResource>;
