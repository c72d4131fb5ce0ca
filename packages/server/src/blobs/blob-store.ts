/**
 * Where uploaded files live. The database keeps what a file is and who may see it; the store keeps its bytes
 * under an opaque key. Filesystem by default (`filesystem-store.ts`, Node); memory for tests and the browser mock.
 * Processes sharing one database must share the store (a shared volume, or an object-store implementation).
 */
export interface BlobStore {
  readonly kind: string;
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes as a stream, or undefined when the key holds nothing. */
  get(key: string): Promise<ReadableStream<Uint8Array> | undefined>;
  delete(key: string): Promise<void>;
}

/** Keeps blobs in this process's memory: gone when it stops. */
export function createMemoryBlobStore(): BlobStore {
  const blobs = new Map<string, Uint8Array>();
  return {
    kind: 'memory',
    async put(key, bytes) {
      blobs.set(key, bytes.slice());
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
