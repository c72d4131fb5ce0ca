// The layout every element folder keeps, and how long a source file may grow (docs/architecture.md). Fails naming
// each folder with what it lacks or holds in excess, and each file over its limit. `npm run check:layout`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const ELEMENTS = 'packages/elements/src/elements';
const LIMIT = 500;
const ELEMENT_LIMIT = 400;
/** Translation catalogues and reference data may be as long as their content. */
const EXEMPT = [/\/i18n\//, /\/messages\//, /^packages\/domain\/src\/reference\//];
const SOURCE = /\.(ts|js|mjs|cjs)$/;

/** The files every element folder `<x>/` holds. */
const required = (name: string) => [`${name}.ts`, `${name}.styles.ts`, `${name}.test.ts`, `${name}.stories.ts`, 'define.ts'];
/** Its strings, one catalogue per locale — required once `<x>.ts` imports from `./i18n/` (an element that shows no words of its own has none). */
const catalogues = ['i18n/en.ts', 'i18n/zh-CN.ts', 'i18n/zh-HK.ts'];
const hasStrings = (folder: string, name: string) => {
  const element = join(ROOT, folder, `${name}.ts`);
  return existsSync(element) && readFileSync(element, 'utf8').includes("from './i18n/");
};
/** Files an element folder must not hold (the catalogues go in `i18n/`, one per locale). */
const forbidden = ['i18n.ts'];

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* files(path);
    else if (SOURCE.test(entry.name)) yield path;
  }
}

const lines = (path: string) => {
  const text = readFileSync(join(ROOT, path), 'utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
};

const folderProblems: string[] = [];
for (const name of readdirSync(join(ROOT, ELEMENTS)).sort()) {
  const folder = `${ELEMENTS}/${name}`;
  if (!statSync(join(ROOT, folder)).isDirectory()) continue;
  const expected = [...required(name), ...(hasStrings(folder, name) ? catalogues : [])];
  const missing = expected.filter((file) => !existsSync(join(ROOT, folder, file)));
  const extra = forbidden.filter((file) => existsSync(join(ROOT, folder, file)));
  if (missing.length || extra.length) {
    folderProblems.push(
      [`  ${folder}/`, ...(missing.length ? [`    missing: ${missing.join(', ')}`] : []), ...(extra.length ? [`    extra:   ${extra.join(', ')} (catalogues go in i18n/<locale>.ts)`] : [])].join('\n'),
    );
  }
}

const sizeProblems: string[] = [];
for (const path of files('packages')) {
  if (EXEMPT.some((pattern) => pattern.test(path))) continue;
  const limit = path.startsWith(`${ELEMENTS}/`) ? ELEMENT_LIMIT : LIMIT;
  const count = lines(path);
  if (count > limit) sizeProblems.push(`  ${relative('.', path)}: ${count} lines (limit ${limit})`);
}

if (folderProblems.length) console.log(`Element folders that depart from the layout (${folderProblems.length}):\n${folderProblems.join('\n')}\n`);
if (sizeProblems.length) console.log(`Source files over their length (${sizeProblems.length}; element folders ${ELEMENT_LIMIT}, elsewhere ${LIMIT}):\n${sizeProblems.join('\n')}\n`);
if (folderProblems.length || sizeProblems.length) {
  console.log(`layout: ${folderProblems.length} folder(s) and ${sizeProblems.length} file(s) to fix. Each element folder <x>/ holds ${required('<x>').join(', ')}, and ${catalogues.join(', ')} when <x>.ts has strings.`);
  process.exitCode = 1;
} else {
  console.log('layout: every element folder complete, every source file within its length.');
}
