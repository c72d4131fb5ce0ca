import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Connection } from './database.ts';
import { openPglite } from './pglite.ts';

const INIT_SCRIPT = fileURLToPath(new URL('./pglite-init.ts', import.meta.url));

/**
 * The embedded database in a data directory on disk (Node). A new directory is created by initdb in a process of
 * its own first: initdb's memory then goes back to the system, and the server starts as lean on a fresh
 * directory as on one it used before.
 */
export async function openPgliteDir(dataDir: string): Promise<Connection> {
  await mkdir(dataDir, { recursive: true });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await promisify(execFile)(process.execPath, [INIT_SCRIPT, dataDir]);
  return openPglite({ dataDir });
}
