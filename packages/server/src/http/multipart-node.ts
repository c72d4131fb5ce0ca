import busboy from 'busboy';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { MultipartReader } from './multipart.ts';

/**
 * Streams a multipart body through busboy: the `file` part reaches `onFile` as it arrives, so an upload is never
 * held in memory whole. Whatever `onFile` refuses (too large, say) stops reading the request.
 */
export const readMultipartStreaming: MultipartReader = (request, options) =>
  new Promise((resolve, reject) => {
    if (!request.body) {
      resolve({ fields: {}, file: false });
      return;
    }
    const source = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: Object.fromEntries(request.headers), limits: { files: 1, fields: 20, fieldSize: 1024, parts: 30, headerPairs: 50 } });
    } catch (error) {
      reject(error);
      return;
    }
    const fields: Record<string, string> = {};
    let stored: Promise<void> | undefined;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      source.destroy();
      reject(error);
    };
    parser.on('field', (name, value) => {
      fields[name] ??= value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || stored) {
        stream.resume();
        return;
      }
      stored = options.onFile({ name: info.filename ?? '', type: info.mimeType, stream: Readable.toWeb(stream) as ReadableStream<Uint8Array> });
      stored.catch(fail);
    });
    parser.on('error', fail);
    parser.on('close', () => {
      Promise.resolve(stored).then(() => {
        if (settled) return;
        settled = true;
        resolve({ fields, file: !!stored });
      }, fail);
    });
    source.on('error', fail);
    source.pipe(parser);
  });
