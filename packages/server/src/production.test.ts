import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, test } from 'node:test';
import { productionRefusal } from './node.ts';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));

/** Runs `wharf serve …` with NODE_ENV=production and `env`; it must refuse before it opens anything. */
async function serveInProduction(args: string[], env: Record<string, string>) {
  const dataDir = await mkdtemp(join(tmpdir(), 'wharf-production-'));
  const childEnv: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'production', WHARF_DATA_DIR: join(dataDir, 'data'), PORT: '0', ...env };
  delete childEnv.DATABASE_URL;
  if (!('SMTP_URL' in env)) delete childEnv.SMTP_URL;
  try {
    const outcome = await promisify(execFile)(process.execPath, [cli, 'serve', ...args], { env: childEnv, timeout: 30_000 }).then(
      ({ stderr }) => ({ code: 0, stderr }),
      (error: { code: number; stderr: string; killed?: boolean }) => ({ code: error.code, stderr: error.stderr }),
    );
    return { ...outcome, created: await readdir(dataDir) };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

// ISSUE: the dev mailbox and demo seeding can never be on with NODE_ENV=production: start refuses, saying why.
describe('wharf serve with NODE_ENV=production', () => {
  test('--demo is refused, saying why, before any data is written', async () => {
    const { code, stderr, created } = await serveInProduction(['--demo'], { SMTP_URL: 'smtp://127.0.0.1:2525' });
    assert.equal(code, 1);
    assert.match(stderr, /NODE_ENV=production: --demo seeds accounts with published passwords/);
    assert.deepEqual(created, [], 'no database was opened');
  });

  test('without SMTP_URL (mail would go to the dev mailbox) it is refused, saying what to set', async () => {
    const { code, stderr } = await serveInProduction([], {});
    assert.equal(code, 1);
    assert.match(stderr, /NODE_ENV=production needs SMTP_URL/);
  });

  test('the rule itself: only production is refused, and only for these', () => {
    assert.equal(productionRefusal({ NODE_ENV: 'development' }, { demo: true }), undefined);
    assert.equal(productionRefusal({}, { demo: true }), undefined);
    assert.equal(productionRefusal({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example:587' }, {}), undefined);
    assert.match(productionRefusal({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example:587' }, { demo: true }) ?? '', /--demo/);
  });
});
