import { connectionError, errorFromResponse } from '../errors/from-response.ts';
import { identityHeaders, prefixUrl, type WharfClientOptions } from './http.ts';

export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0 to 1. */
  fraction: number;
}

/**
 * POSTs a multipart body through XMLHttpRequest, the one browser API that reports upload progress over
 * HTTP/1.1 (fetch's streaming request bodies need HTTP/2). Same headers and errors as every other call.
 */
export async function uploadWithProgress<T>(
  options: WharfClientOptions,
  path: string,
  body: FormData,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  signal?.throwIfAborted();
  const headers = { ...(await identityHeaders(options)), ...extraHeaders };
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', new URL(path, prefixUrl(options.baseUrl)).href);
    request.withCredentials = options.credentials === 'include';
    request.timeout = Math.max(options.timeout ?? 30_000, 120_000);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : 0;
      onProgress({ loaded: event.loaded, total, fraction: total ? event.loaded / total : 0 });
    };
    const abort = () => request.abort();
    signal?.addEventListener('abort', abort, { once: true });
    request.onloadend = () => signal?.removeEventListener('abort', abort);
    request.onabort = () => reject(signal?.reason ?? new DOMException('The upload was aborted', 'AbortError'));
    request.onerror = () => reject(connectionError(new Error('The upload could not reach the server')));
    request.ontimeout = () => reject(connectionError(new Error('The upload timed out')));
    request.onload = () => {
      const text = request.responseText;
      if (request.status >= 200 && request.status < 300) {
        onProgress({ loaded: 1, total: 1, fraction: 1 });
        resolve((text ? JSON.parse(text) : undefined) as T);
        return;
      }
      const response = new Response(null, { status: request.status, statusText: request.statusText });
      reject(errorFromResponse(response, text));
    };
    request.send(body);
  });
}
