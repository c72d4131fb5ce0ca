/**
 * Where uploaded files live. The database keeps what a file is and who may see it; the store keeps its bytes
 * under an opaque key. Filesystem by default (`filesystem-store.ts`, Node); memory for tests and the browser mock.
 * Processes sharing one database must share the store (a shared volume, or an object-store implementation).
 */
export interface BlobStore {
  readonly kind: string;
  put(key: string, bytes: Uint8Array): Promise<void>;
  /**
   * Stores a stream without holding it in memory (where the store allows), refusing it with a `BlobTooLargeError`
   * once it passes `maxBytes`; nothing is kept of a refused stream. Resolves with the size stored.
   */
  write(key: string, stream: ReadableStream<Uint8Array>, options: { maxBytes: number }): Promise<number>;
  /** The bytes as a Blob read on demand (random access, e.g. to a zip's directory), or undefined. */
  open(key: string): Promise<Blob | undefined>;
  /** Where a key's file is on this machine, for stores that keep files (a worker thread opens it there). */
  pathOf?(key: string): string;
  /** The bytes as a stream, or undefined when the key holds nothing. */
  get(key: string): Promise<ReadableStream<Uint8Array> | undefined>;
  delete(key: string): Promise<void>;
}

/** A stream was longer than the store was told to accept. */
export class BlobTooLargeError extends Error {
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super(`blob larger than ${maxBytes} bytes`);
    this.name = 'BlobTooLargeError';
    this.maxBytes = maxBytes;
  }
}

/** Passes a stream through, failing it with a `BlobTooLargeError` once more than `maxBytes` went by. */
export function limitStream(stream: ReadableStream<Uint8Array>, maxBytes: number): { stream: ReadableStream<Uint8Array>; size: () => number } {
  let size = 0;
  const limited = stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > maxBytes) controller.error(new BlobTooLargeError(maxBytes));
        else controller.enqueue(chunk);
      },
    }),
  );
  return { stream: limited, size: () => size };
}

/** Keeps blobs in this process's memory: gone when it stops. */
export function createMemoryBlobStore(): BlobStore {
  const blobs = new Map<string, Uint8Array>();
  return {
    kind: 'memory',
    async put(key, bytes) {
      blobs.set(key, bytes.slice());
    },
    async write(key, stream, options) {
      const limited = limitStream(stream, options.maxBytes);
      const bytes = new Uint8Array(await new Response(limited.stream).arrayBuffer());
      blobs.set(key, bytes);
      return bytes.byteLength;
    },
    async open(key) {
      const bytes = blobs.get(key);
      return bytes ? new Blob([bytes as Uint8Array<ArrayBuffer>]) : undefined;
    },
    async get(key) {
      const bytes = blobs.get(key);
      if (!bytes) return undefined;
      return new ReadableStream({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      });
    },
    async delete(key) {
      blobs.delete(key);
    },
  };
}
