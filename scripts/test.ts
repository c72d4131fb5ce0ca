// `npm test`: every check, in order, each a real run — types, package boundaries, the element folders' layout and
// file sizes, build, the packed packages installed and used outside the repository, domain/SDK/server on PGlite, the
// same server suite on PostgreSQL (when WHARF_TEST_DATABASE_URL is set, as CI does), elements in Chromium, end to end
// on the demo page, the bundle-size budget, and Storybook. Ends with one "N passed, N failed" line.
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Reads the step's pass/fail counts from its output. */
  counts?: (output: string) => { passed: number; failed: number } | undefined;
}

const nodeTestCounts = (output: string) => {
  const passed = output.match(/^ℹ pass (\d+)/m);
  const failed = output.match(/^ℹ fail (\d+)/m);
  return passed && failed ? { passed: Number(passed[1]), failed: Number(failed[1]) } : undefined;
};
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
const wtrCounts = (output: string) => {
  const all = [...plain(output).matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  return all ? { passed: Number(all[1]), failed: Number(all[2]) } : undefined;
};

const nodeTests = (globs: string[]) => ['node', '--test', '--test-reporter=spec', ...globs];
const serverGlobs = ['packages/domain/src/**/*.test.ts', 'packages/sdk/src/**/*.test.ts', 'packages/server/src/**/*.test.ts'];
const postgresUrl = process.env.WHARF_TEST_DATABASE_URL;
const only = process.argv.slice(2);

const steps: Step[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'boundaries', command: ['npm', 'run', 'check:boundaries', '--silent'] },
  { name: 'layout', command: ['node', 'scripts/check-layout.ts'] },
  { name: 'build', command: ['npm', 'run', 'build', '--silent'] },
  // The four packages packed, installed outside the repository and used as a stranger would (scripts/check-packages.ts).
  { name: 'packages', command: nodeTests(['scripts/check-packages.ts']), counts: nodeTestCounts },
  { name: 'server', command: nodeTests(serverGlobs), counts: nodeTestCounts },
  ...(postgresUrl
    ? [{ name: 'server-postgres', command: nodeTests(['packages/server/src/**/*.test.ts']), env: { DATABASE_URL: postgresUrl }, counts: nodeTestCounts }]
    : []),
  { name: 'elements', command: ['npx', 'web-test-runner'], counts: wtrCounts },
  { name: 'e2e', command: nodeTests(['e2e/**/*.test.ts']), counts: nodeTestCounts },
  { name: 'size', command: ['node', 'bench/size.ts'] },
  { name: 'storybook', command: ['npm', 'run', 'build-storybook', '--silent'] },
  { name: 'storybook-check', command: ['node', 'scripts/check-storybook.ts'], counts: nodeTestCounts },
];

function run(step: Step): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const [command, ...args] = step.command;
    const child = spawn(command!, args, { env: { ...process.env, ...step.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const tee = (chunk: Buffer, to: NodeJS.WriteStream) => {
      output += chunk.toString();
      to.write(chunk);
    };
    child.stdout.on('data', (chunk) => tee(chunk, process.stdout));
    child.stderr.on('data', (chunk) => tee(chunk, process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

let passed = 0;
let failed = 0;
const summary: string[] = [];
if (!postgresUrl) summary.push('server-postgres  skipped (set WHARF_TEST_DATABASE_URL, e.g. from scripts/postgres-test-db.sh)');
for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  console.log(`\n━━ ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const { code, output } = await run(step);
  const counts = step.counts?.(output);
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  // A step that failed without failing a counted test still counts as one failure.
  if (code !== 0 && (!counts || counts.failed === 0)) failed += 1;
  if (code === 0 && !counts) passed += 1;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  summary.push(`${step.name.padEnd(16)} ${code === 0 ? 'ok  ' : 'FAIL'} ${seconds.padStart(6)} s${counts ? `  ${counts.passed} passed, ${counts.failed} failed` : ''}`);
}
console.log(`\n━━ summary\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
