// The four packages as a stranger gets them (`npm test -- packages`, after `npm run build`): packs @wharf/domain,
// @wharf/sdk, @wharf/elements and @wharf/server with `npm pack`, prints the tarballs' sizes, refuses any that ships
// tests, stories, sources or source maps, installs them into a fresh project in the system's temporary folder (their
// third-party dependencies come from the npm cache or registry), and there:
//   1. Node imports @wharf/sdk and @wharf/server, starts createApp on PGlite and signs up and in through the SDK;
//   2. tsc --noEmit passes on a file using the SDK's and elements' types, under moduleResolution bundler and node16;
//   3. esbuild bundles a page importing @wharf/elements/register-form, and headless Chromium renders the element;
//   4. `npx @wharf/server serve` answers /health, and a plain page's <script type="module"> loading the CDN file
//      it serves registers the elements.
// The consumer's files are in scripts/package-consumer/. WHARF_KEEP_PACKAGE_CHECK=1 keeps the temporary project.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const PACKAGES = ['domain', 'sdk', 'elements', 'server'];
/** What a published package never holds: tests, stories, TypeScript sources, source maps. */
const UNSHIPPABLE = /\.(test|stories)\.|(^|\/)src\/|(?<!\.d)\.ts$|\.map$/;
const BIN = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const project = mkdtempSync(join(tmpdir(), 'wharf-packages-'));
let browser: Browser | undefined;

/** Runs a command to its end; rejects with its output when it fails. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => (code === 0 ? done(output) : fail(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);

interface Packed { name: string; filename: string; size: number; unpackedSize: number; entryCount: number; files: { path: string }[] }

async function packAndInstall() {
  const tarballs = join(project, 'tarballs');
  const workspaces = PACKAGES.flatMap((name) => ['-w', `packages/${name}`]);
  mkdirSync(tarballs);
  const packing = run('npm', ['pack', '--json', '--pack-destination', tarballs, ...workspaces], ROOT);
  // npm skips postpack when a pack fails: put every workspace package.json back whatever happened.
  const restore = () => Promise.all(PACKAGES.map((name) => run(process.execPath, [join(ROOT, 'scripts/pack-manifest.ts'), 'postpack'], join(ROOT, 'packages', name))));
  const output = await packing.finally(restore);
  // The JSON report follows the prepack and postpack scripts' lines.
  const packed = JSON.parse(output.slice(output.search(/^\[/m))) as Packed[];
  console.log(`${'package'.padEnd(18)}${'tarball'.padStart(10)}${'unpacked'.padStart(10)}   files`);
  for (const pkg of packed) console.log(`${pkg.name.padEnd(18)}${kb(pkg.size)}${kb(pkg.unpackedSize)}   ${pkg.entryCount}`);
  const unshippable = packed.flatMap((pkg) => pkg.files.filter((file) => UNSHIPPABLE.test(file.path)).map((file) => `${pkg.name}: ${file.path}`));
  assert.deepEqual(unshippable, [], 'tarballs ship tests, stories, sources or source maps');

  const server = JSON.parse(readFileSync(join(ROOT, 'packages/server/package.json'), 'utf8'));
  const dependencies = Object.fromEntries(packed.map((pkg) => [pkg.name, `file:./tarballs/${pkg.filename}`]));
  // An embedder serving createApp over HTTP installs the Node adapter itself.
  dependencies['@hono/node-server'] = server.dependencies['@hono/node-server'];
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'wharf-consumer', private: true, type: 'module', dependencies }, null, 2));
  cpSync(join(ROOT, 'scripts/package-consumer'), project, { recursive: true });
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], project);
}

async function typecheck(module: string, moduleResolution: string) {
  const config = `tsconfig.${moduleResolution}.json`;
  const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', lib: ['ES2023', 'DOM', 'DOM.Iterable'], module, moduleResolution, types: [] };
  writeFileSync(join(project, config), JSON.stringify({ compilerOptions, files: ['types.ts'] }, null, 2));
  await run(BIN('tsc'), ['-p', config], project);
}

async function launch() {
  browser ??= await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  return browser;
}

/** Starts `npx @wharf/server serve` in the project; resolves once /health answers. */
async function serveFromTarball(): Promise<{ baseUrl: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn('npx', ['@wharf/server', 'serve', '--port', String(port)], {
    cwd: project,
    env: { ...process.env, WHARF_DATA_DIR: join(project, 'served-data') },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: npx and the server it starts stop together
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://localhost:${port}`;
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`npx @wharf/server serve exited ${child.exitCode}:\n${output}`);
    const health = await fetch(`${baseUrl}/health`).catch(() => undefined);
    if (health?.ok) return { baseUrl, child };
    await new Promise((done) => setTimeout(done, 250));
  }
  process.kill(-child.pid!, 'SIGTERM');
  throw new Error(`npx @wharf/server serve did not answer /health within a minute:\n${output}`);
}

test('the packed packages work installed in a project outside the repository', { timeout: 600_000 }, async (t) => {
  t.after(async () => {
    await browser?.close();
    if (process.env.WHARF_KEEP_PACKAGE_CHECK) console.log(`kept ${project}`);
    else rmSync(project, { recursive: true, force: true });
  });

  let installed = false;
  await t.test('npm pack: sizes, and nothing but what ships', async () => {
    await packAndInstall();
    installed = true;
  });
  /** The steps below need the installed project: skipped (not failed again) when packing or installing failed. */
  const step = (name: string, body: () => Promise<unknown>) =>
    t.test(name, async (s) => (installed ? void (await body()) : s.skip('the packages were not installed')));

  await step('Node imports @wharf/sdk and @wharf/server: createApp on PGlite, sign up and sign in', async () => {
    const output = await run(process.execPath, ['sign-up.ts', join(project, 'embedded-data')], project);
    assert.match(output, /signed up and signed in as stranger-/);
  });

  // Both at once: each checks lit's, zod's and ky's declarations too (no skipLibCheck: ours are under test).
  await step('the SDK and elements types check under moduleResolution bundler and node16', () =>
    Promise.all([typecheck('esnext', 'bundler'), typecheck('node16', 'node16')]));

  await step('esbuild bundles @wharf/elements/register-form and Chromium renders it', async () => {
    await run(BIN('esbuild'), ['page.ts', '--bundle', '--format=esm', '--target=es2022', '--outfile=page.js', '--log-level=warning'], project);
    const page = await (await launch()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(`<!doctype html><html><body><script type="module">${readFileSync(join(project, 'page.js'), 'utf8')}</script></body></html>`);
    const fields = await page.waitForFunction(() => document.querySelector('wharf-register-form')?.shadowRoot?.querySelectorAll('input').length);
    assert.ok(Number(await fields.jsonValue()) > 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  await step('npx @wharf/server serve answers /health and serves the CDN file to a plain page', async () => {
    const { baseUrl, child } = await serveFromTarball();
    try {
      const health = await fetch(`${baseUrl}/health`);
      assert.equal(health.status, 200);
      const page = await (await launch()).newPage();
      await page.setContent(`<!doctype html><script type="module" src="${baseUrl}/assets/wharf-elements.js"></script><wharf-login-form></wharf-login-form>`);
      await page.waitForFunction(() => customElements.get('wharf-provider') && document.querySelector('wharf-login-form')?.shadowRoot);
      await page.close();
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
      await new Promise((done) => (child.exitCode === null ? child.once('close', done) : done(undefined)));
    }
  });
});
