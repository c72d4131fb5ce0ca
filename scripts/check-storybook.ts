// Renders every story of the built Storybook (storybook-static/, from `npm run build-storybook`) in headless
// Chromium, one fresh page per story, and fails when a story errors, its play function fails, the page logs a
// console error or an uncaught exception, or it does not finish in time. Prints "ℹ pass N" / "ℹ fail N" like
// `node --test`, so scripts/test.ts can count it.
//
//   node scripts/check-storybook.ts [--dir storybook-static] [--only <text>] [--timeout 60000] [--concurrency 2] [--retries 1] [--verbose]
//   node scripts/check-storybook.ts --url http://localhost:6006    (a running `npm run storybook` instead)
//
// CHROMIUM_PATH overrides /usr/bin/chromium.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    url: { type: 'string' },
    only: { type: 'string', multiple: true },
    timeout: { type: 'string', default: '60000' },
    concurrency: { type: 'string', default: '2' },
    retries: { type: 'string', default: '1' },
    verbose: { type: 'boolean', default: false },
  },
});
const root = resolve(options.dir!);
const timeoutMs = Number(options.timeout);
const concurrency = Math.max(1, Number(options.concurrency));
const retries = Math.max(0, Number(options.retries));

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

const indexText = options.url
  ? await fetch(new URL('index.json', `${options.url.replace(/\/$/, '')}/`)).then((response) => response.text())
  : await readFile(join(root, 'index.json'), 'utf8').catch(() => {
      console.error(`No ${join(root, 'index.json')}: run \`npm run build-storybook\` first.`);
      process.exit(1);
    });
const index = JSON.parse(indexText) as { entries: Record<string, IndexEntry> };
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!options.only?.length || options.only.some((text) => entry.id.includes(text))),
);
if (stories.length === 0) {
  console.error('No stories to check.');
  process.exit(1);
}

// ── a static server for storybook-static on 127.0.0.1 (service workers need a secure context: localhost is one)
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.gz': 'application/gzip',
};

function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://local').pathname));
    if (path === '/favicon.ico') return void response.writeHead(204).end(); // Chromium asks; Storybook has none
    let file = join(root, path);
    if (file !== root && !file.startsWith(root + sep)) return void response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const size = (await stat(file)).size;
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-length': size });
      if (request.method === 'HEAD') return void response.end();
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

// Installed before any page script: records the Storybook channel events that end (or break) a render.
function recordStoryEvents() {
  const names = [
    'storyFinished',
    'storyErrored',
    'storyThrewException',
    'playFunctionThrewException',
    'unhandledErrorsWhilePlaying',
    'storyMissing',
  ];
  const events: Array<{ name: string; args: unknown }> = [];
  let channel: { on(name: string, listener: (...args: unknown[]) => void): void } | undefined;
  Object.assign(window, { __storyCheckEvents: events });
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of names) {
        value.on(name, (...args: unknown[]) => {
          let safe: unknown;
          try {
            safe = JSON.parse(JSON.stringify(args));
          } catch {
            safe = String(args);
          }
          events.push({ name, args: safe });
        });
      }
    },
  });
}

interface Result {
  story: IndexEntry;
  ok: boolean;
  problems: string[];
  ms: number;
  notes: string[];
}

// Chromium logs every API response of 400 or more as a console error, but refusals (and outages mocked with
// `parameters.msw`) are what error-state stories show; a real crash of the mock server still fails the
// story through the app's own `[wharf] unexpected error` console.error. Chromium also asks for a favicon.
const expectedConsoleError = (text: string, url: string) => {
  if (!/^Failed to load resource: the server responded with a status of \d{3}/.test(text)) return false;
  const path = new URL(url || '/', 'http://x').pathname;
  return path.startsWith('/v1/') || path === '/health' || path === '/favicon.ico';
};

async function check(context: BrowserContext, origin: string, story: IndexEntry): Promise<Result> {
  const started = Date.now();
  const problems: string[] = [];
  const notes: string[] = [];
  const page = await context.newPage();
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('[wharf mocks]')) notes.push(text.replace('[wharf mocks] ', ''));
    if (message.type() === 'error' && !expectedConsoleError(text, message.location().url)) problems.push(`console error: ${text}${message.location().url ? ` (${message.location().url})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.stack || error.message || `${error.name} (no message)`}`));
  try {
    // Only the navigation itself: the story's own finish (below) is what is waited for, with its own timeout.
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'commit', timeout: timeoutMs });
    const finished = await page
      .waitForFunction(
        () => {
          const events = (window as unknown as { __storyCheckEvents?: Array<{ name: string }> }).__storyCheckEvents ?? [];
          return events.some((event) => ['storyFinished', 'storyMissing', 'storyErrored', 'storyThrewException'].includes(event.name));
        },
        undefined,
        { timeout: timeoutMs, polling: 100 },
      )
      .then(() => true)
      .catch(() => false);
    await page.waitForTimeout(250); // let late console errors arrive
    const events = await page.evaluate(
      () => (window as unknown as { __storyCheckEvents?: Array<{ name: string; args: any[] }> }).__storyCheckEvents ?? [],
    );
    if (!finished) problems.push(`did not finish within ${timeoutMs} ms`);
    for (const event of events) {
      const [arg] = event.args ?? [];
      if (event.name === 'storyFinished' && arg?.status !== 'success') {
        const failed = (arg?.reporters ?? []).filter((report: any) => report.status === 'failed');
        problems.push(`finished with status ${arg?.status}${failed.length ? `: ${JSON.stringify(failed)}` : ''}`);
      } else if (event.name !== 'storyFinished') {
        const detail = arg?.message ?? arg?.title ?? (Array.isArray(arg) ? arg.map((e: any) => e?.message).join('; ') : arg);
        problems.push(`${event.name}: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}${arg?.description ? ` ${arg.description}` : ''}`);
      }
    }
    if (options.verbose) {
      const text = await page.evaluate(() => document.querySelector('#storybook-root')?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      notes.push(`rendered: ${text.slice(0, 200)}`);
    }
  } catch (error) {
    problems.push(`check failed: ${String(error)}`);
  } finally {
    await page.close();
  }
  return { story, ok: problems.length === 0, problems: [...new Set(problems)], ms: Date.now() - started, notes };
}

const { server, origin } = options.url ? { server: undefined, origin: options.url.replace(/\/$/, '') } : await serve();
let browser: Browser | undefined;
const results: Result[] = [];
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // Stories run two at a time in tabs of one window: the one in the background must not be throttled.
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
  });
  const context = await browser.newContext();
  await context.addInitScript(recordStoryEvents);
  // msw's worker unregisters itself when its last page closes, and the next story then races the registration
  // ("Failed to update a ServiceWorker … Not found"): one page kept open for the whole run keeps it registered.
  const keeper = await context.newPage();
  await keeper.goto(`${origin}/iframe.html?id=${stories[0]!.id}&viewMode=story`, { waitUntil: 'load' }).catch(() => {});
  console.log(`Checking ${stories.length} ${stories.length === 1 ? 'story' : 'stories'} from ${options.url ?? root} in Chromium (${concurrency} at a time)`);
  const queue = [...stories];
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let story = queue.shift(); story; story = queue.shift()) {
        let result = await check(context, origin, story);
        // One more try on a fresh page, so that a machine too busy for a moment does not fail the run; a story
        // broken for real fails twice. What the first attempt saw is printed either way.
        if (!result.ok && retries > 0) {
          const first = result;
          result = await check(context, origin, story);
          result.notes.unshift(`${result.ok ? 'FLAKY: passed on the second attempt' : 'failed twice'}; the first attempt: ${first.problems.join(' | ')}`);
        }
        results.push(result);
        const time = `(${(result.ms / 1000).toFixed(1)} s)`;
        console.log(`${result.ok ? '✔' : '✖'} ${story.title} › ${story.name} [${story.id}] ${time}`);
        for (const note of result.notes) console.log(`    ${note}`);
        for (const problem of result.problems) console.log(`    ${problem.split('\n').join('\n    ')}`);
      }
    }),
  );
} finally {
  await browser?.close();
  server?.close();
}

const failed = results.filter((result) => !result.ok).length;
const flaky = results.filter((result) => result.ok && result.notes[0]?.startsWith('FLAKY')).length;
if (flaky) console.log(`ℹ ${flaky} ${flaky === 1 ? 'story' : 'stories'} passed only on a second attempt (see FLAKY above)`);
console.log(`ℹ tests ${results.length}`);
console.log(`ℹ pass ${results.length - failed}`);
console.log(`ℹ fail ${failed}`);
process.exitCode = failed > 0 || results.length !== stories.length ? 1 : 0;
