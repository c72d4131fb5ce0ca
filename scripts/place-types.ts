// After `tsc -p tsconfig.build.json` (npm run build:types): moves each package's declarations from .tmp/types/<pkg>/src
// to packages/<pkg>/dist/types, where its published `exports` point (`types` condition), and rewrites their relative
// imports from the sources' `./x.ts` to `./x.js`, the files that sit beside them once built — so the declarations
// read the same under every moduleResolution a consumer may use (bundler, node16, nodenext).
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EMITTED = '.tmp/types';
const RELATIVE_TS = /((?:from|import|import\(|declare module)\s*)(['"])(\.{1,2}\/[^'"]+)\.ts\2/g;

for (const pkg of readdirSync(EMITTED)) {
  const target = `packages/${pkg}/dist/types`;
  rmSync(target, { recursive: true, force: true });
  cpSync(join(EMITTED, pkg, 'src'), target, { recursive: true });
  for (const file of readdirSync(target, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.d.ts')) continue;
    const path = join(target, file);
    const text = readFileSync(path, 'utf8');
    const rewritten = text.replace(RELATIVE_TS, '$1$2$3.js$2');
    if (rewritten !== text) writeFileSync(path, rewritten);
  }
}
rmSync(EMITTED, { recursive: true, force: true });
