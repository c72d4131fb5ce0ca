// The package.json a package is published with. Inside this repository each package's `exports` (and the server's
// `bin`) point at its TypeScript sources, which Node runs in place through the workspace links; Node refuses to strip
// types under node_modules, so what npm packs must point at the built JavaScript and declarations instead. That
// published shape is written in each package.json under `published`; npm runs this script around `npm pack` and
// `npm publish` (the `prepack` and `postpack` scripts):
//   prepack   checks the build is there, keeps package.json aside, and writes the published manifest in its place
//   postpack  puts the workspace package.json back
//   prepublishOnly  refuses `npm publish` from the folder: npm would send the registry the workspace manifest's
//             exports and bin; releases publish the packed tarballs (npm run release)
// Run from the package's folder (npm does). `npm run build` first.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Manifest {
  name: string;
  exports?: Record<string, unknown>;
  published?: { exports: Record<string, unknown>; bin?: Record<string, string> };
  scripts?: Record<string, string>;
  devDependencies?: Record<string, string>;
  [field: string]: unknown;
}

const MANIFEST = 'package.json';
const manifest = () => JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
const keptAside = (name: string) => join(resolve(import.meta.dirname, '..'), '.tmp', 'packing', `${name.replace('/', '+')}.json`);

/** Every file the published exports and bin name, so that a missing build fails the pack instead of shipping. */
function targets(value: unknown): string[] {
  if (typeof value === 'string') return value.includes('*') ? [] : [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

function prepack() {
  postpack(); // a pack that failed half-way left the published manifest in place: start again from the workspace one
  const workspace = manifest();
  if (!workspace.published) throw new Error(`${workspace.name}: package.json has no "published" exports to pack with.`);
  const { published, scripts: _scripts, devDependencies: _dev, ...rest } = workspace;
  // Every entry the workspace offers ships, except the test helpers (`./testing…`), which stay in the repository.
  const unpublished = Object.keys(workspace.exports ?? {}).filter((entry) => !entry.startsWith('./testing') && !(entry in published.exports));
  if (unpublished.length) throw new Error(`${workspace.name}: ${unpublished.join(', ')} in "exports" but not in "published.exports" — add the built entry.`);
  const missing = [...targets(published.exports), ...targets(published.bin)].filter((file) => !existsSync(file));
  if (missing.length) throw new Error(`${workspace.name}: ${missing.join(', ')} not built — run \`npm run build\` at the repository root first.`);
  const aside = keptAside(workspace.name);
  mkdirSync(join(aside, '..'), { recursive: true });
  writeFileSync(aside, readFileSync(MANIFEST));
  writeFileSync(MANIFEST, `${JSON.stringify({ ...rest, exports: published.exports, ...(published.bin ? { bin: published.bin } : {}) }, null, 2)}\n`);
}

function postpack() {
  const aside = keptAside(manifest().name);
  // Only a manifest this script kept aside is put back; anything else would be somebody's edit.
  if (existsSync(aside)) renameSync(aside, MANIFEST);
}

const step = process.argv[2];
if (step === 'prepack') prepack();
else if (step === 'postpack') postpack();
else if (step === 'prepublishOnly') {
  console.error(`${manifest().name}: publish the packed tarball, not this folder — \`npm run release\` (a dry run) or \`npm run release -- --publish\`.`);
  process.exitCode = 1;
} else {
  console.error('Usage: node scripts/pack-manifest.ts prepack|postpack|prepublishOnly (from a package folder; npm runs it)');
  process.exitCode = 2;
}
