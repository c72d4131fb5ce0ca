// Ours: the upload as the server takes it — POST /v1/imports with the file, streamed to the blob store, read (on
// a worker thread), every row checked at its cells and against the enterprise's products, and stored — on a real
// database: PostgreSQL when WHARF_BENCH_DATABASE_URL is set (then this process's memory is the server's alone),
// PGlite in this process otherwise. Prints the time, this process's peak RSS while checking and what it added.
import { openAsBlob } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFilesystemBlobStore, createWorkerSheetSource, readMultipartStreaming } from '@wharf/server/testing';
import { benchCustomer, startBenchServer } from '../fixtures/server.ts';

const [path, maxRows] = [process.argv[2]!, Number(process.argv[3] ?? 200_000)];
const blobs = await mkdtemp(join(tmpdir(), 'wharf-bench-'));
const server = await startBenchServer({
  blobs: createFilesystemBlobStore(blobs),
  multipart: readMultipartStreaming,
  readSheet: createWorkerSheetSource({ warm: true }),
  config: { imports: { maxBytes: 1024 * 1024 * 1024, maxRows } },
});
const { token } = await benchCustomer(server, 'bench@wharf.example');

const form = new FormData();
form.set('kind', 'products');
form.set('file', await openAsBlob(path), 'products.xlsx');
global.gc?.();
const idleRss = process.memoryUsage().rss;
let peakRss = idleRss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
const started = performance.now();
const response = await server.app.request('/v1/imports', { method: 'POST', body: form, headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': '192.0.2.1', 'accept-language': 'zh-CN' } });
const result = (await response.json()) as Record<string, any>;
const ms = performance.now() - started;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${JSON.stringify(result).slice(0, 500)}`);
await server.close();
await rm(blobs, { recursive: true, force: true });
const mb = (bytes: number) => bytes / 1048576;
process.stdout.write(
  JSON.stringify({
    ms,
    rows: result.rows,
    invalidRows: result.invalidRows,
    errors: result.errorCount,
    status: result.status,
    database: server.database,
    maxRssMb: mb(peakRss),
    idleRssMb: mb(idleRss),
    addedRssMb: mb(peakRss - idleRss),
  }),
);
