// `wharf serve` as a real process: SIGTERM during a slow request lets it finish, ends event streams, and exits 0.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { request, type IncomingMessage } from 'node:http';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const OPERATOR_TOKEN = 'wop_graceful_shutdown_test';

let dataDir: string;
let child: ChildProcess;
let port: number;
let stdout = '';
let stderr = '';

async function freePort() {
  const probe = createServer().listen(0);
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  return port;
}

const waitFor = async (what: () => boolean, label: string, ms = 60_000) => {
  for (const until = Date.now() + ms; !what(); await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${label}\nstdout: ${stdout}\nstderr: ${stderr}`);
  }
};

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'wharf-graceful-'));
  port = await freePort();
  child = spawn(process.execPath, [CLI, 'serve', '--port', String(port)], {
    env: { ...process.env, WHARF_DATA_DIR: dataDir, WHARF_OPERATOR_TOKEN: OPERATOR_TOKEN, NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  // A fresh embedded database is made and migrated first: slow on a busy machine.
  await waitFor(() => stdout.includes('Wharf is listening'), 'the server to start', 300_000);
});

after(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

test('SIGTERM: a request under way is answered, event streams end, new connections are refused, the process exits 0', async () => {
  // An operator's event stream, open when the signal comes.
  const stream = request({ port, path: '/v1/operator/events', headers: { authorization: `Bearer ${OPERATOR_TOKEN}` } });
  stream.end();
  const [events] = (await once(stream, 'response')) as [IncomingMessage];
  assert.equal(events.statusCode, 200);
  events.resume();
  // The stream's connection is closed under it (an EventSource reconnects, elsewhere, with Last-Event-ID).
  events.on('error', () => {});
  const streamEnded = new Promise((resolve) => events.on('close', resolve));

  // A slow client: the request's head and half its body now, the rest after the signal.
  const body = JSON.stringify({ email: 'graceful@example.com', purpose: 'register' });
  const slow = request({ port, method: 'POST', path: '/v1/auth/email-codes', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-request-id': 'slow-1' } });
  const answered = once(slow, 'response') as Promise<[IncomingMessage]>;
  slow.write(body.slice(0, 10));
  await new Promise((resolve) => setTimeout(resolve, 300));

  const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
  child.kill('SIGTERM');
  await waitFor(() => stderr.includes('SIGTERM: finishing 1 request(s) under way'), 'the signal to be taken');

  // No longer accepting.
  const refused = connect({ port });
  const [error] = (await once(refused, 'error')) as [NodeJS.ErrnoException];
  assert.equal(error.code, 'ECONNREFUSED');

  slow.end(body.slice(10));
  const [response] = await answered;
  let text = '';
  for await (const chunk of response) text += chunk;
  assert.equal(response.statusCode, 202, text);
  assert.equal(response.headers['x-request-id'], 'slow-1');
  assert.ok(JSON.parse(text).resendAt);

  // Once nothing else is under way, the stream is closed and the process ends.
  await streamEnded;
  const [code] = await exited;
  assert.equal(code, 0, stderr);
  // Its JSON request line was written before the exit.
  const line = stdout.split('\n').find((entry) => entry.includes('"requestId":"slow-1"'));
  assert.ok(line, stdout);
  assert.deepEqual({ ...JSON.parse(line), time: undefined, ms: undefined }, { time: undefined, ms: undefined, requestId: 'slow-1', method: 'POST', route: '/v1/auth/email-codes', path: '/v1/auth/email-codes', status: 202 });
});
