// Prints the min+gzip size of the SDK and of each element with everything it pulls in (Lit, ky, our code),
// as a page that loads only that element would pay up front; code loaded on first use (the live-event reader, the
// upload with progress) is printed apart, as "later". Fails when the register form exceeds its budget.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { gzipSync } from 'node:zlib';
import { readdirSync } from 'node:fs';

const ELEMENTS = readdirSync('packages/elements/src/elements');

const BUDGETS: Record<string, number> = { 'register-form': 25 * 1024 };

async function measure(input: string) {
  const bundle = await rollup({
    input,
    plugins: [
      nodeResolve({ extensions: ['.ts', '.js'], exportConditions: ['browser', 'import', 'default'] }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: true, legalComments: 'none' }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = new Map(output.flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry)!;
  const upFront = new Set<string>();
  const visit = (fileName: string) => {
    if (upFront.has(fileName)) return;
    upFront.add(fileName);
    chunks.get(fileName)!.imports.forEach(visit);
  };
  visit(entry.fileName);
  const codeOf = (names: string[]) => names.map((name) => chunks.get(name)!.code).join('');
  const now = codeOf([...upFront]);
  const later = codeOf([...chunks.keys()].filter((name) => !upFront.has(name)));
  return { min: Buffer.byteLength(now), gzip: gzip(now), later: later ? gzip(later) : 0 };
}

function gzip(code: string) {
  return gzipSync(code, { level: 9 }).length;
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: { name: string; min: number; gzip: number; later: number; budget?: number }[] = [];
rows.push({ name: 'lit (baseline)', ...(await measure('bench/fixtures/lit-only.ts')) });
rows.push({ name: '@wharf/sdk', ...(await measure('packages/sdk/src/index.ts')) });
for (const name of ELEMENTS) {
  rows.push({ name: `<wharf-${name}>`, ...(await measure(`packages/elements/src/elements/${name}/define.ts`)), budget: BUDGETS[name] });
}
rows.push({ name: 'CDN bundle (all elements)', ...(await measure('packages/elements/src/all.ts')) });

const baseline = rows[0]!.gzip;
console.log('bundle'.padEnd(30), 'min'.padStart(10), 'min+gzip'.padStart(10), 'x lit'.padStart(7), 'later'.padStart(9), '  budget');
let failed = false;
for (const row of rows) {
  const over = row.budget !== undefined && row.gzip > row.budget;
  failed ||= over;
  console.log(
    row.name.padEnd(30),
    kb(row.min).padStart(10),
    kb(row.gzip).padStart(10),
    (row.gzip / baseline).toFixed(2).padStart(7),
    (row.later ? kb(row.later) : '').padStart(9),
    row.budget ? `  ${kb(row.budget)} ${over ? 'OVER' : 'ok'}` : '',
  );
}
if (failed) {
  console.error('A bundle is over its budget.');
  process.exitCode = 1;
}
