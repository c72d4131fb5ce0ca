// The packages' JavaScript, as they are published (docs/packages.md): domain, SDK and server one file per source
// module (dist/ mirrors src/), the elements one entry per element (dependencies external, shared code in chunks) plus
// the autoloader, and one self-contained CDN file that registers every element with a single <script type="module">.
// Every bare import stays external in the libraries: their consumers install (and deduplicate) lit, zod and each other.
// Types come from tsc (npm run build:types) and the Custom Elements Manifest from the analyzer (npm run build:manifest).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { cpSync, readdirSync, rmSync } from 'node:fs';

const resolve = () => nodeResolve({ extensions: ['.ts', '.js'], exportConditions: ['browser', 'import', 'default'] });
const nodeResolveForServer = () => nodeResolve({ extensions: ['.ts', '.js'], exportConditions: ['node', 'import', 'default'], preferBuiltins: true });
const typescript = (minify = false) => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify, legalComments: 'none' });
/** Bare specifiers (`lit`, `@wharf/domain/auth`, `node:fs`) are the consumer's to resolve. */
const bare = (id) => !/^[./\0]/.test(id) && !/^[A-Za-z]:[\\/]/.test(id);

/** Each package's non-test sources: what a per-module build takes as inputs. */
function sources(dir, skip = /\.(test|stories)\.ts$/) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !skip.test(entry.name))
    .map((entry) => `${entry.parentPath}/${entry.name}`)
    .filter((path) => !/\/testing\//.test(path));
}

/** Empties a package's dist/ before its build writes, so nothing stale is packed. */
const clean = (dir) => ({ name: 'clean', buildStart: () => rmSync(dir, { recursive: true, force: true }) });
/** Copies files the built code reads at run time next to it. */
const copy = (pairs) => ({ name: 'copy', writeBundle: () => pairs.forEach(([from, to]) => cpSync(from, to, { recursive: true })) });

/** One JavaScript file per source module, dist/ mirroring src/. */
const perModule = (pkg, plugins = []) => ({
  input: sources(`packages/${pkg}/src`),
  external: bare,
  plugins: [clean(`packages/${pkg}/dist`), pkg === 'server' ? nodeResolveForServer() : resolve(), typescript(), ...plugins],
  output: { dir: `packages/${pkg}/dist`, format: 'es', preserveModules: true, preserveModulesRoot: `packages/${pkg}/src` },
});

// One folder per element; each has a define.ts entry.
const ELEMENTS = readdirSync('packages/elements/src/elements');

export default [
  perModule('domain'),
  perModule('sdk'),
  {
    input: {
      index: 'packages/elements/src/index.ts',
      all: 'packages/elements/src/all.ts',
      ...Object.fromEntries(ELEMENTS.map((name) => [name, `packages/elements/src/elements/${name}/define.ts`])),
    },
    external: bare,
    plugins: [clean('packages/elements/dist'), resolve(), typescript()],
    output: { dir: 'packages/elements/dist', format: 'es', chunkFileNames: 'shared/[name]-[hash].js' },
  },
  {
    input: 'packages/elements/src/all.ts',
    plugins: [resolve(), typescript(true)],
    output: { file: 'packages/elements/dist/cdn/wharf-elements.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
  },
  // The server also serves its demo pages' files and the elements' CDN file (/assets/*): both ship in its dist/.
  perModule('server', [
    copy([
      ['packages/server/src/demo/assets', 'packages/server/dist/demo/assets'],
      ['packages/elements/dist/cdn/wharf-elements.js', 'packages/server/dist/cdn/wharf-elements.js'],
    ]),
  ]),
];
