import type { Import, ImportKind } from '@wharf/domain';
import type { RequestOptions, Transport, WharfClientOptions } from './http.ts';

/** Where an upload is: its bytes going up, then the server reading its rows. */
export interface ImportProgress {
  phase: 'uploading' | 'checking';
  /** 0 to 1 within the phase (0 when it cannot be told yet). */
  fraction: number;
  /** Checking: rows read so far. */
  rows?: number;
}

export interface UploadImportOptions extends RequestOptions {
  kind: ImportKind;
  /** Declaration elements: the HS code the sheet is for (else the sheet's name says). */
  hsCode?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Called once the server has the file, before its check ends: the upload's id, e.g. to discard it when cancelling. */
  onAccepted?: (accepted: Import) => void;
  /** How often the check is asked about, in milliseconds (default 400). */
  pollInterval?: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/**
 * Sends a sheet with `Prefer: respond-async` (with upload progress where XMLHttpRequest exists), then follows the
 * server's check until it ends; what `client.imports.upload()` runs.
 */
export async function uploadImport(
  send: Transport,
  client: WharfClientOptions,
  get: (id: string, options?: RequestOptions) => Promise<Import>,
  file: Blob,
  options: UploadImportOptions,
): Promise<Import> {
  const { kind, hsCode, onProgress, onAccepted, pollInterval = 400, ...request } = options;
  const form = new FormData();
  form.append('kind', kind);
  if (hsCode) form.append('hsCode', hsCode);
  form.append('file', file, 'name' in file && typeof file.name === 'string' ? file.name : 'upload.xlsx');
  const headers = { ...request.headers, prefer: 'respond-async' };
  let current: Import;
  if (onProgress && typeof XMLHttpRequest !== 'undefined') {
    const { uploadWithProgress } = await import('./upload.ts');
    current = await uploadWithProgress<Import>(client, 'v1/imports', form, (sent) => onProgress({ phase: 'uploading', fraction: sent.fraction }), request.signal, headers);
  } else {
    current = await send<Import>('post', 'v1/imports', { body: form, ...request, headers });
    onProgress?.({ phase: 'uploading', fraction: 1 });
  }
  onAccepted?.(current);
  while (current.status === 'checking') {
    const { progress } = current;
    onProgress?.({ phase: 'checking', fraction: progress?.totalBytes ? Math.min(1, progress.bytesRead / progress.totalBytes) : 0, rows: progress?.rows ?? 0 });
    await sleep(pollInterval, request.signal);
    current = await get(current.id, { signal: request.signal });
  }
  onProgress?.({ phase: 'checking', fraction: 1, rows: current.rows });
  return current;
}
