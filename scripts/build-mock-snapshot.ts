// Prepares the database every Storybook page starts from — the server's migrations and the mock operator
// (@wharf/mocks prepareMockDatabase) — once, in Node, and writes a dump of its data directory that the preview
// loads into PGlite instead of migrating on every page load. `npm run storybook` and `npm run build-storybook`
// run it first; the file is build output (git-ignored under .tmp/).
//
//   node scripts/build-mock-snapshot.ts [--out .tmp/storybook/mock-db.tar.gz]
import { PGlite } from '@electric-sql/pglite';
import { prepareMockDatabase } from '@wharf/mocks/database';
import { openPglite } from '@wharf/server';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string', default: '.tmp/storybook/mock-db.tar.gz' } } });
const out = resolve(values.out!);
const migrationsDir = new URL('../packages/server/migrations/', import.meta.url);

const started = performance.now();
const files = (await readdir(migrationsDir)).filter((file) => file.endsWith('.sql')).sort();
const migrations = await Promise.all(files.map(async (file) => ({ name: file.replace(/\.sql$/, ''), sql: await readFile(new URL(file, migrationsDir), 'utf8') })));

const dataDir = await mkdtemp(join(tmpdir(), 'wharf-mock-db-'));
try {
  const connection = await openPglite({ dataDir });
  await prepareMockDatabase(connection, migrations);
  await connection.close();
  const client = await PGlite.create(dataDir);
  const dump = await client.dumpDataDir('gzip');
  await client.close();
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, Buffer.from(await dump.arrayBuffer()));
  console.log(`mock database snapshot: ${migrations.length} migrations, ${(dump.size / 1024).toFixed(0)} KiB in ${Math.round(performance.now() - started)} ms → ${values.out}`);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
