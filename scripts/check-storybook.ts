// Renders every story of the built Storybook (storybook-static/, from `npm run build-storybook`) in headless
// Chromium, one fresh page per story, and fails when a story errors, its play function fails, axe finds an
// accessibility violation (the a11y addon's report), the page logs a console error or an uncaught exception, it does
// not finish in time, the page scrolls sideways at 1280 px or, resized to a 360 px phone, at 360 px, or an element
// shows a part its documentation (the Custom Elements Manifest) does not list. Prints each story's time to first
// content (the first Wharf element with something in its shadow root) and the cold one's, and "ℹ pass N" /
// "ℹ fail N" like `node --test`, so scripts/test.ts can count it.
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
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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
  tags?: string[];
}

/**
 * A story tagged so (in its file, with the reason) is known to scroll sideways on a 360 px phone: reported, not
 * failed, until its element's layout is fixed.
 */
const KNOWN_PHONE_OVERFLOW = 'known-phone-overflow';

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
  /** From navigation to the first Wharf element with content in its shadow root; undefined when none showed any. */
  firstContentMs?: number;
  notes: string[];
}

// ── the documented parts of each element, from the manifest the Storybook was built with
const manifestPath = resolve('packages/elements/custom-elements.json');
const manifest = JSON.parse(await readFile(manifestPath, 'utf8').catch(() => '{"modules":[]}')) as {
  modules: Array<{ declarations?: Array<{ tagName?: string; cssParts?: Array<{ name: string }> }> }>;
};
const documentedParts = new Map<string, Set<string>>();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.tagName) documentedParts.set(declaration.tagName, new Set((declaration.cssParts ?? []).map((part) => part.name)));
  }
}
/** Every part each element showed in some story, to name the documented ones no story ever shows. */
const seenParts = new Map<string, Set<string>>();

/** The parts in each Wharf element's own shadow root, nested elements included: `{ tag: [part, …] }`. */
function partsInPage(): Record<string, string[]> {
  const found: Record<string, Set<string>> = {};
  const visit = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      const shadow = element.shadowRoot;
      if (!shadow) continue;
      if (element.localName.startsWith('wharf-')) {
        const parts = (found[element.localName] ??= new Set());
        for (const part of shadow.querySelectorAll('[part]')) for (const name of part.getAttribute('part')!.split(/\s+/)) if (name) parts.add(name);
      }
      visit(shadow);
    }
  };
  visit(document);
  return Object.fromEntries(Object.entries(found).map(([tag, parts]) => [tag, [...parts]]));
}

/**
 * How far the page scrolls sideways, and what makes it: the deepest element reaching furthest right that no
 * scrolling box of its own clips (the contents of a scroll box cannot widen the page; the box itself can).
 */
function sidewaysOverflow(): { excess: number; culprit?: string } {
  const width = document.documentElement.clientWidth;
  const excess = document.documentElement.scrollWidth - width;
  if (excess <= 0) return { excess: 0 };
  let culprit: { right: number; depth: number; name: string } | undefined;
  const describe = (element: Element) => {
    const part = element.getAttribute('part');
    const className = typeof element.className === 'string' && element.className ? `.${element.className.split(' ')[0]}` : '';
    return `${element.localName}${part ? `[part=${part}]` : className}`;
  };
  const visit = (element: Element, path: string, depth: number) => {
    const right = Math.round(element.getBoundingClientRect().right);
    const name = path ? `${path} › ${describe(element)}` : describe(element);
    if (right > width && (!culprit || right > culprit.right || (right === culprit.right && depth > culprit.depth))) culprit = { right, depth, name };
    if (getComputedStyle(element).overflowX !== 'visible') return;
    const children = [...element.children, ...(element.shadowRoot ? element.shadowRoot.children : [])];
    for (const child of children) visit(child, element.localName.includes('-') ? name : path, depth + 1);
  };
  visit(document.body, '', 0);
  return {
    excess,
    culprit: culprit
      ? `${culprit.name} ends at ${culprit.right} px`
      : 'nothing in the flow: look for absolutely positioned content (a visually hidden text) escaping a scroll box that is not its containing block',
  };
}

/** What the a11y addon's report says, one line per violation: rule, impact, and the first elements it found. */
function describeReports(reporters: any[]): string {
  return reporters
    .map((report) => {
      if (report.type !== 'a11y') return JSON.stringify(report).slice(0, 500);
      if (report.result?.error) return `a11y check failed: ${JSON.stringify(report.result.error).slice(0, 300)}`;
      return (report.result?.violations ?? [])
        .map((violation: any) => `a11y ${violation.id} (${violation.impact}): ${violation.help} — ${(violation.nodes ?? []).slice(0, 3).map((node: any) => JSON.stringify(node.target)).join(', ')}`)
        .join('\n');
    })
    .join('\n');
}

/** Milliseconds from the page's navigation to the first Wharf element with content in its shadow root. */
function timeToFirstContent(page: Page): Promise<number | undefined> {
  return page
    .waitForFunction(
      () => {
        const shown = [...document.querySelectorAll('#storybook-root *')].some((element) => element.localName.startsWith('wharf-') && element.shadowRoot?.textContent?.trim());
        return shown && Math.round(performance.now());
      },
      undefined,
      { timeout: timeoutMs, polling: 20 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>)
    .catch(() => undefined);
}

async function checkLayoutAndParts(page: Page, story: IndexEntry, problems: string[], notes: string[]) {
  const wide = await page.evaluate(sidewaysOverflow);
  if (wide.excess > 0) problems.push(`scrolls sideways by ${wide.excess} px at ${page.viewportSize()?.width} px: ${wide.culprit}`);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.waitForTimeout(150);
  const phone = await page.evaluate(sidewaysOverflow);
  if (phone.excess > 0) {
    const problem = `scrolls sideways by ${phone.excess} px on a 360 px phone: ${phone.culprit}`;
    if (story.tags?.includes(KNOWN_PHONE_OVERFLOW)) notes.push(`known (${KNOWN_PHONE_OVERFLOW}): ${problem}`);
    else problems.push(problem);
  }
  for (const [tag, parts] of Object.entries(await page.evaluate(partsInPage))) {
    const documented = documentedParts.get(tag);
    if (!documented) continue;
    const seen = seenParts.get(tag) ?? new Set<string>();
    for (const part of parts) seen.add(part);
    seenParts.set(tag, seen);
    const undocumented = parts.filter((part) => !documented.has(part));
    if (undocumented.length) problems.push(`${tag} shows parts its JSDoc does not list (@csspart): ${undocumented.join(', ')}`);
  }
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
  let firstContentMs: number | undefined;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('[wharf mocks]')) notes.push(text.replace('[wharf mocks] ', ''));
    if (message.type() === 'error' && !expectedConsoleError(text, message.location().url)) problems.push(`console error: ${text}${message.location().url ? ` (${message.location().url})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.stack || error.message || `${error.name} (no message)`}`));
  try {
    // Only the navigation itself: the story's own finish (below) is what is waited for, with its own timeout.
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'commit', timeout: timeoutMs });
    const firstContent = timeToFirstContent(page);
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
    firstContentMs = await Promise.race([firstContent, page.waitForTimeout(10).then(() => undefined)]);
    await page.waitForTimeout(250); // let late console errors arrive
    const events = await page.evaluate(
      () => (window as unknown as { __storyCheckEvents?: Array<{ name: string; args: any[] }> }).__storyCheckEvents ?? [],
    );
    if (!finished) problems.push(`did not finish within ${timeoutMs} ms`);
    for (const event of events) {
      const [arg] = event.args ?? [];
      if (event.name === 'storyFinished' && arg?.status !== 'success') {
        const failed = (arg?.reporters ?? []).filter((report: any) => report.status === 'failed');
        problems.push(`finished with status ${arg?.status}${failed.length ? `:\n${describeReports(failed)}` : ''}`);
      } else if (event.name !== 'storyFinished') {
        const detail = arg?.message ?? arg?.title ?? (Array.isArray(arg) ? arg.map((e: any) => e?.message).join('; ') : arg);
        problems.push(`${event.name}: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}${arg?.description ? ` ${arg.description}` : ''}`);
      }
    }
    const finish = events.find((event) => event.name === 'storyFinished')?.args?.[0];
    if (finish && !(finish.reporters ?? []).some((report: any) => report.type === 'a11y')) problems.push('no accessibility report: is the a11y addon on, with parameters.a11y.test "error"?');
    if (finished) await checkLayoutAndParts(page, story, problems, notes);
    if (options.verbose) {
      const text = await page.evaluate(() => document.querySelector('#storybook-root')?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      notes.push(`rendered: ${text.slice(0, 200)}`);
    }
  } catch (error) {
    problems.push(`check failed: ${String(error)}`);
  } finally {
    await page.close();
  }
  return { story, ok: problems.length === 0, problems: [...new Set(problems)], ms: Date.now() - started, firstContentMs, notes };
}

const { server, origin } = options.url ? { server: undefined, origin: options.url.replace(/\/$/, '') } : await serve();
let browser: Browser | undefined;
const results: Result[] = [];
let coldFirstContent: { id: string; ms: number | undefined } | undefined;
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
  // It is also the cold start: the first page of a fresh browser, nothing cached.
  await keeper.goto(`${origin}/iframe.html?id=${stories[0]!.id}&viewMode=story`, { waitUntil: 'commit' }).catch(() => {});
  coldFirstContent = { id: stories[0]!.id, ms: await timeToFirstContent(keeper) };
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
        const time = `(${(result.ms / 1000).toFixed(1)} s${result.firstContentMs === undefined ? '' : `, first content ${result.firstContentMs} ms`})`;
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

const unseen = [...documentedParts].flatMap(([tag, parts]) => {
  const seen = seenParts.get(tag);
  const missing = seen ? [...parts].filter((part) => !seen.has(part)) : [];
  return missing.length ? [`${tag}: ${missing.join(', ')}`] : [];
});
if (unseen.length) console.log(`ℹ documented parts no story shows (a state without a story, or a stale @csspart):\n    ${unseen.join('\n    ')}`);
const firstContents = results.flatMap((result) => (result.firstContentMs === undefined ? [] : [result.firstContentMs])).sort((a, b) => a - b);
if (coldFirstContent) {
  const median = firstContents.length ? `; median over ${firstContents.length} stories ${firstContents[Math.floor(firstContents.length / 2)]} ms` : '';
  console.log(`ℹ first content of a cold story (${coldFirstContent.id}, the first page of a fresh browser): ${coldFirstContent.ms ?? 'none'} ms${median}`);
}
const failed = results.filter((result) => !result.ok).length;
const flaky = results.filter((result) => result.ok && result.notes[0]?.startsWith('FLAKY')).length;
if (flaky) console.log(`ℹ ${flaky} ${flaky === 1 ? 'story' : 'stories'} passed only on a second attempt (see FLAKY above)`);
console.log(`ℹ tests ${results.length}`);
console.log(`ℹ pass ${results.length - failed}`);
console.log(`ℹ fail ${failed}`);
process.exitCode = failed > 0 || results.length !== stories.length ? 1 : 0;
