// Library builds: the SDK, ESM per element (dependencies external, shared code in chunks), and one CDN
// bundle that registers every element with a single <script type="module">. Types come from tsc
// (npm run build:types) and the Custom Elements Manifest from the analyzer (npm run build:manifest).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { readdirSync } from 'node:fs';

const resolve = () => nodeResolve({ extensions: ['.ts', '.js'], exportConditions: ['browser', 'import', 'default'] });
const typescript = (minify = false) => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify, legalComments: 'none' });
const external = (id) => /^(lit|@lit\/|ky$|ky\/|zod)/.test(id);

// One folder per element; each has a define.ts entry.
const ELEMENTS = readdirSync('packages/elements/src/elements');

export default [
  {
    input: 'packages/sdk/src/index.ts',
    external,
    plugins: [resolve(), typescript()],
    output: { dir: 'packages/sdk/dist', format: 'es', sourcemap: true },
  },
  {
    input: Object.fromEntries(ELEMENTS.map((name) => [name, `packages/elements/src/elements/${name}/define.ts`])),
    external,
    plugins: [resolve(), typescript()],
    output: { dir: 'packages/elements/dist', format: 'es', sourcemap: true, chunkFileNames: 'shared/[name]-[hash].js' },
  },
  {
    input: 'packages/elements/src/all.ts',
    plugins: [resolve(), typescript(true)],
    output: { file: 'packages/elements/dist/cdn/wharf-elements.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
  },
];
