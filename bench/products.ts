// bench/products: the product list with a million products in one enterprise (PRODUCT §3.4, §6: lists stay fast at
// millions of rows). Fills the table with 1,000,000 products in SQL (varied names, categories, statuses and
// creation times), then times the list through the API — first page, each filter, a page deep in the cursor chain —
// against the cheapest call in the same run (one product by SKU), and prints each median and its ratio.
//
//   node bench/products.ts [--products 1000000]
//   WHARF_BENCH_DATABASE_URL=postgres://… node bench/products.ts     (PostgreSQL instead of PGlite)
import { sql } from 'drizzle-orm';
import { benchCustomer, startBenchServer } from './fixtures/server.ts';

const args = process.argv.slice(2);
const count = args.includes('--products') ? Number(args[args.indexOf('--products') + 1]) : 1_000_000;
const server = await startBenchServer();
const { connection, call } = server;
const { token, user, enterprise } = await benchCustomer(server, 'list-bench@wharf.example');

const started = performance.now();
// Fixture loading only: the table's indexes are dropped while it fills and built again after, as a bulk load
// does; the list calls below use exactly the migrations' indexes.
const indexes = (await connection.db.execute(sql`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'products' AND indexname <> 'products_pkey'`)) as unknown as
  | { rows: { indexname: string; indexdef: string }[] }
  | { indexname: string; indexdef: string }[];
const definitions = Array.isArray(indexes) ? indexes : indexes.rows;
for (const index of definitions) await connection.db.execute(sql.raw(`DROP INDEX ${index.indexname}`));
const BATCH = 100_000;
for (let from = 0; from < count; from += BATCH) {
  const to = Math.min(count, from + BATCH) - 1;
  // Names mix six products with a number, so a word like 面霜 matches a sixth of them and a number a handful.
  await connection.db.execute(sql`
    INSERT INTO products (id, enterprise_id, type, sku, name, category, unit, origin_country, purchase_price, sale_price, currency, status, created_by, created_at, updated_at)
    SELECT gen_random_uuid(), ${enterprise.id}::uuid, 'normal', 'P-' || lpad(i::text, 7, '0'),
      (ARRAY['玻尿酸保湿面霜','婴儿纸尿裤','深海鱼油软胶囊','抹茶粉','手机壳','纯棉T恤'])[i % 6 + 1] || ' ' || i,
      (ARRAY['cosmetics','diapers','supplements','food','phones','apparel','toys','household'])[i % 8 + 1],
      '007', 'KR', 45.50, 129.90, 'CNY',
      CASE WHEN i % 50 = 0 THEN 'filing' WHEN i % 7 = 0 THEN 'filed' WHEN i % 97 = 0 THEN 'rejected' ELSE 'draft' END,
      ${user.id}::uuid, timestamptz '2026-01-01' + i * interval '20 seconds', timestamptz '2026-01-01' + i * interval '20 seconds'
    FROM generate_series(${from}::int, ${to}::int) AS i`);
}
for (const index of definitions) await connection.db.execute(sql.raw(index.indexdef));
await connection.db.execute(sql`ANALYZE products`);
console.log(`${count.toLocaleString('en')} products stored in ${((performance.now() - started) / 1000).toFixed(1)} s (${server.database})`);

async function median(path: string, runs = 15): Promise<{ ms: number; rows: number }> {
  await call('GET', path, undefined, token);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const page = await call('GET', path, undefined, token);
    times.push(performance.now() - t);
    rows = Array.isArray(page.data) ? page.data.length : 1;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(runs / 2)]!, rows };
}

// A cursor forty pages in: keyset paging costs the same on page 40 as on page 1.
let cursor: string | null = null;
for (let page = 0; page < 40; page++) cursor = (await call('GET', `/v1/products?limit=50${cursor ? `&cursor=${cursor}` : ''}`, undefined, token)).nextCursor;

const middle = Math.floor(count / 2);
const day = (row: number) => new Date(Date.parse('2026-01-01T00:00:00Z') + row * 20_000).toISOString().slice(0, 10);
const baseline = await median(`/v1/products/P-${String(middle).padStart(7, '0')}`);
const cases: [string, string][] = [
  ['first page, newest first', '/v1/products?limit=50'],
  ['page 41 (by cursor)', `/v1/products?limit=50&cursor=${cursor}`],
  ['SKU prefix', `/v1/products?sku=P-${String(middle).padStart(7, '0').slice(0, 6)}`],
  ['name: a rare part (a number)', `/v1/products?name=${encodeURIComponent(String(middle + 7))}`],
  ['name: a common word (面霜)', `/v1/products?name=${encodeURIComponent('面霜')}`],
  ['category', '/v1/products?category=toys'],
  ['status = filing', '/v1/products?status=filing'],
  ['created in one day', `/v1/products?createdFrom=${day(middle)}&createdTo=${day(middle)}`],
  ['category + status + days', `/v1/products?category=cosmetics&status=filed&createdFrom=${day(middle)}&createdTo=${day(middle + 100_000)}`],
];
console.log(`\n${'call'.padEnd(32)} ${'median'.padStart(9)}  ratio to one product by SKU (${baseline.ms.toFixed(2)} ms)`);
let worst = 0;
for (const [label, path] of cases) {
  const result = await median(path);
  const ratio = result.ms / baseline.ms;
  worst = Math.max(worst, ratio);
  console.log(`${label.padEnd(32)} ${result.ms.toFixed(2).padStart(6)} ms  ×${ratio.toFixed(1).padStart(5)}  (${result.rows} rows)`);
}
console.log(`\nslowest list call: ×${worst.toFixed(1)} one product's lookup`);
await server.close();
