import { createReadStream, createWriteStream, openAsBlob } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { limitStream } from './blob-store.ts';
import type { BlobStore } from './blob-store.ts';

/** Blobs as files under `root` (e.g. `.wharf-data/blobs`). Node only. */
export function createFilesystemBlobStore(root: string): BlobStore {
  const base = resolve(root);
  const pathOf = (key: string) => {
    const path = resolve(join(base, key));
    if (!path.startsWith(base + sep)) throw new Error(`blob key escapes the store: ${key}`);
    return path;
  };
  return {
    kind: 'filesystem',
    pathOf,
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written aside, then renamed: a reader never sees half a file.
      const partial = `${path}.${crypto.randomUUID()}.partial`;
      await writeFile(partial, bytes);
      await rename(partial, path);
    },
    async write(key, stream, options) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const partial = `${path}.${crypto.randomUUID()}.partial`;
      const limited = limitStream(stream, options.maxBytes);
      try {
        await limited.stream.pipeTo(Writable.toWeb(createWriteStream(partial)) as WritableStream<Uint8Array>);
        await rename(partial, path);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      return limited.size();
    },
    async open(key) {
      try {
        return await openAsBlob(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async get(key) {
      const stream = createReadStream(pathOf(key));
      try {
        await new Promise<void>((ready, fail) => stream.once('open', () => ready()).once('error', fail));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
