// bench/api: how many authenticated calls a second one `wharf serve` answers, and what it holds in memory. In one
// run, each server in a process of its own and loaded over loopback by autocannon (16 connections):
//
//   - a bare Hono hello-world: the ceiling of Node's HTTP server here;
//   - the product list's SQL run directly on the database, as many at once as there are connections: the floor of
//     what the list can cost;
//   - `wharf serve` on a fresh PGlite data directory: `GET /v1/products?limit=20` and `GET /v1/me` as a signed-in
//     customer with 25 products, and its resident memory idle after start and at its highest under that load;
//   - the same on PostgreSQL when WHARF_TEST_DATABASE_URL is set (a schema of its own), 1 and 2 processes.
//
// Prints requests a second, p50 latency, and each against bare Hono and against the direct SQL, with the targets
// (product list ≥ 2,000/s and /v1/me ≥ 5,000/s on PGlite; ≤ 200 MB idle, ≤ 350 MB under load).
//
//   node bench/api.ts [--seconds 5]
//   WHARF_TEST_DATABASE_URL="$(WHARF_PG_DATABASE=wharf_bench bash scripts/postgres-test-db.sh)" node bench/api.ts
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPostgres } from '@wharf/server/testing';
import { createEnterprise, mailedCode, productBody, registerAccount, requestApi } from '@wharf/server/testing/fixtures';
import { benchCustomer, startBenchServer } from './fixtures/server.ts';
import { freePort, startProcess, type ServerProcess } from './fixtures/process.ts';

const args = process.argv.slice(2);
const seconds = args.includes('--seconds') ? Number(args[args.indexOf('--seconds') + 1]) : 5;
const CONNECTIONS = 16;
const PRODUCTS = 25;
const postgresUrl = process.env.WHARF_TEST_DATABASE_URL;
const wharfBin = fileURLToPath(new URL('../node_modules/.bin/wharf', import.meta.url));
const helloServer = fileURLToPath(new URL('./fixtures/hello-server.ts', import.meta.url));

interface Figure {
  label: string;
  perSecond: number;
  p50: number;
  rss?: number;
}
const figures: Figure[] = [];

async function load(port: number, path: string, token?: string): Promise<{ perSecond: number; p50: number }> {
  const options = {
    url: `http://127.0.0.1:${port}${path}`,
    connections: CONNECTIONS,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  };
  await autocannon({ ...options, duration: 1 });
  const result = await autocannon({ ...options, duration: seconds });
  if (result.non2xx || result.errors) throw new Error(`${path}: ${result.non2xx} answers not 2xx, ${result.errors} errors`);
  return { perSecond: result.requests.average, p50: result.latency.p50 };
}

/** The product list's SQL straight on the database, `CONNECTIONS` at a time, for `seconds`. */
async function directSql(databaseUrl: string | undefined): Promise<{ perSecond: number; p50: number }> {
  const server = await startBenchServer({}, databaseUrl);
  try {
    const { token, enterprise } = await benchCustomer(server, 'sql-bench@wharf.example');
    for (let i = 0; i < PRODUCTS; i++) await server.call('POST', '/v1/products', productBody(), token);
    const query = () =>
      server.connection.db.execute(
        sql`SELECT * FROM products WHERE enterprise_id = ${enterprise.id} AND status <> 'deleted' ORDER BY created_at DESC, id DESC LIMIT 21`,
      );
    const times: number[] = [];
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < until) {
          const started = performance.now();
          await query();
          times.push(performance.now() - started);
        }
      }),
    );
    times.sort((a, b) => a - b);
    return { perSecond: times.length / seconds, p50: times[Math.floor(times.length / 2)]! };
  } finally {
    await server.close();
  }
}

/** `wharf serve` on a fresh data directory (PGlite) or a fresh schema (PostgreSQL), with a customer and products. */
async function startWharf(options: { databaseUrl?: string; workers?: number }) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'wharf-bench-api-'));
  const schema = `wharf_bench_api_${process.pid}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), WHARF_DATA_DIR: dataDir, WHARF_CAPTCHA_DIFFICULTY: '1' };
  delete env.DATABASE_URL;
  let dropSchema = async () => {};
  if (options.databaseUrl) {
    const admin = await openPostgres(options.databaseUrl, { max: 1 });
    await admin.scriptTransaction((tx) => tx.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`));
    const url = new URL(options.databaseUrl);
    url.searchParams.set('search_path', schema);
    env.DATABASE_URL = url.toString();
    dropSchema = async () => {
      await admin.scriptTransaction((tx) => tx.exec(`DROP SCHEMA ${schema} CASCADE`));
      await admin.close();
    };
  }
  const serveArgs = ['serve', ...(options.workers ? ['--workers', String(options.workers)] : [])];
  // The bin as an operator runs it: its first line says how Node is started.
  const server = await startProcess(wharfBin, serveArgs, { port, env, ready: /Wharf is listening/ });
  const api = requestApi({ request: (path, init) => fetch(`http://127.0.0.1:${port}${path}`, init) });
  return {
    server,
    api,
    async customer() {
      const email = 'api-bench@wharf.example';
      const { token } = await registerAccount(api, { email, codeFor: (to) => mailedCode(api, to, { attempts: 50, interval: 200 }) });
      await createEnterprise(api, token);
      for (let i = 0; i < PRODUCTS; i++) {
        const answer = await api('POST', '/v1/products', { token, body: productBody() });
        if (answer.status !== 201) throw new Error(`creating a product answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      }
      return token;
    },
    async stop() {
      await server.stop();
      await dropSchema();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function measureWharf(database: string, options: { databaseUrl?: string; workers?: number; memory: boolean }) {
  const wharf = await startWharf(options);
  try {
    let idle: number | undefined;
    if (options.memory) {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      idle = wharf.server.rss();
    }
    const token = await wharf.customer();
    const highest = wharf.server.sampleRss();
    const suffix = `${database}${options.workers ? `, ${options.workers} processes` : ''}`;
    const list = await load(wharf.server.port, '/v1/products?limit=20', token);
    const me = await load(wharf.server.port, '/v1/me', token);
    const underLoad = highest();
    figures.push({ label: `GET /v1/products?limit=20 (${suffix})`, ...list }, { label: `GET /v1/me (${suffix})`, ...me });
    return { list, me, idle, underLoad };
  } finally {
    await wharf.stop();
  }
}

async function measureHello() {
  const port = await freePort();
  const server: ServerProcess = await startProcess(process.execPath, [helloServer, String(port)], { port, ready: /listening/ });
  try {
    figures.push({ label: 'bare Hono hello-world', ...(await load(port, '/')) });
  } finally {
    await server.stop();
  }
}

await measureHello();
const hello = figures[0]!.perSecond;
const pgliteSql = await directSql(undefined);
figures.push({ label: 'product list SQL, direct (PGlite)', ...pgliteSql });
const pglite = await measureWharf('PGlite', { memory: true });
let postgres: Awaited<ReturnType<typeof measureWharf>> | undefined;
let postgresSql: { perSecond: number; p50: number } | undefined;
if (postgresUrl) {
  postgresSql = await directSql(postgresUrl);
  figures.push({ label: 'product list SQL, direct (PostgreSQL)', ...postgresSql });
  postgres = await measureWharf('PostgreSQL', { databaseUrl: postgresUrl, memory: false });
}

const sqlBaseline = (label: string) => (label.includes('PostgreSQL') ? postgresSql?.perSecond : label.includes('PGlite') ? pgliteSql.perSecond : undefined);
console.log(`\n${'server'.padEnd(44)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)}  ${'÷ Hono'.padStart(7)}  ${'÷ SQL'.padStart(6)}`);
for (const figure of figures) {
  const baseline = sqlBaseline(figure.label);
  const ofSql = baseline && !figure.label.startsWith('product list SQL') ? (figure.perSecond / baseline).toFixed(2) : '';
  console.log(
    `${figure.label.padEnd(44)} ${Math.round(figure.perSecond).toLocaleString('en').padStart(8)} ${figure.p50.toFixed(1).padStart(7)}  ${(figure.perSecond / hello).toFixed(3).padStart(7)}  ${ofSql.padStart(6)}`,
  );
}
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
console.log(`\ntargets on PGlite:`);
console.log(`  product list ${Math.round(pglite.list.perSecond)}/s (≥ 2,000: ${verdict(pglite.list.perSecond >= 2000)})`);
console.log(`  /v1/me       ${Math.round(pglite.me.perSecond)}/s (≥ 5,000: ${verdict(pglite.me.perSecond >= 5000)})`);
console.log(`  memory idle after start ${Math.round(pglite.idle!)} MB (≤ 200: ${verdict(pglite.idle! <= 200)})`);
console.log(`  memory at its highest under load ${Math.round(pglite.underLoad)} MB (≤ 350: ${verdict(pglite.underLoad <= 350)})`);
if (postgres) console.log(`PostgreSQL: the server process at its highest under load ${Math.round(postgres.underLoad)} MB`);
