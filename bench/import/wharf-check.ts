// Ours: the upload as the server takes it — POST /v1/imports with the file, streamed to the blob store, read (on
// a worker thread), every row checked at its cells and against the enterprise's products, and stored — on a real
// database: PostgreSQL when WHARF_BENCH_DATABASE_URL is set (then this process's memory is the server's alone),
// PGlite in this process otherwise. Prints the time, this process's peak RSS while checking and what it added.
import { readSheetInWorker } from '../../packages/server/src/modules/imports/xlsx/worker-source.ts';
import { openAsBlob } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../packages/server/src/app.ts';
import { createFilesystemBlobStore } from '../../packages/server/src/blobs/filesystem-store.ts';
import { createPbkdf2Hasher } from '../../packages/server/src/crypto/password-hasher.ts';
import { applyMigrations } from '../../packages/server/src/db/migrate.ts';
import { readMigrations } from '../../packages/server/src/db/migrations-dir.ts';
import type { Connection } from '../../packages/server/src/db/database.ts';
import { openPglite } from '../../packages/server/src/db/pglite.ts';
import { openPostgres } from '../../packages/server/src/db/postgres.ts';
import { readMultipartStreaming } from '../../packages/server/src/http/multipart-node.ts';

const [path, maxRows] = [process.argv[2]!, Number(process.argv[3] ?? 200_000)];
const blobs = await mkdtemp(join(tmpdir(), 'wharf-bench-'));
const databaseUrl = process.env.WHARF_BENCH_DATABASE_URL;
const schema = `wharf_bench_${process.pid}`;
let connection: Connection;
if (databaseUrl) {
  const url = new URL(databaseUrl);
  url.searchParams.set('search_path', schema);
  connection = await openPostgres(url.toString(), { max: 4 });
  await connection.scriptTransaction((tx) => tx.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`));
} else connection = await openPglite();
await applyMigrations(connection, await readMigrations());
const app = createApp({
  db: connection.db,
  blobs: createFilesystemBlobStore(blobs),
  multipart: readMultipartStreaming,
  readSheet: readSheetInWorker,
  hasher: createPbkdf2Hasher({ iterations: 1000 }),
  config: { trustProxy: true, captchaDifficulty: 1, imports: { maxBytes: 1024 * 1024 * 1024, maxRows } },
  log: (message, error) => console.error(message, error),
});

// A customer with an enterprise, through the API.
const call = async (method: string, url: string, body?: unknown, token?: string) => {
  const response = await app.request(url, {
    method,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.1', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json() as Promise<Record<string, any>>;
};
const email = 'bench@wharf.example';
await call('POST', '/v1/auth/email-codes', { email, purpose: 'register' });
await app.services.outbox.deliverDue();
const mail = await call('GET', `/v1/dev/mailbox?to=${email}`);
const { token } = await call('POST', '/v1/auth/register', { email, code: mail.data[0].code, password: 'Harbour-2026' });
await call('POST', '/v1/enterprises', { name: '基准测试有限公司', registrationNumber: '91440300MA5BENCH1', tradingCurrency: 'CNY', contact: { name: '王五', phone: '+86 138 0013 8000', email, address: '深圳市南山区' } }, token);

const form = new FormData();
form.set('kind', 'products');
form.set('file', await openAsBlob(path), 'products.xlsx');
global.gc?.();
const idleRss = process.memoryUsage().rss;
let peakRss = idleRss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
const started = performance.now();
const response = await app.request('/v1/imports', { method: 'POST', body: form, headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': '192.0.2.1', 'accept-language': 'zh-CN' } });
const result = (await response.json()) as Record<string, any>;
const ms = performance.now() - started;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${JSON.stringify(result).slice(0, 500)}`);
if (databaseUrl) await connection.scriptTransaction((tx) => tx.exec(`DROP SCHEMA ${schema} CASCADE`));
await connection.close();
await rm(blobs, { recursive: true, force: true });
const mb = (bytes: number) => bytes / 1048576;
process.stdout.write(
  JSON.stringify({
    ms,
    rows: result.rows,
    invalidRows: result.invalidRows,
    errors: result.errorCount,
    status: result.status,
    database: databaseUrl ? 'postgresql' : 'pglite',
    maxRssMb: mb(peakRss),
    idleRssMb: mb(idleRss),
    addedRssMb: mb(peakRss - idleRss),
  }),
);
