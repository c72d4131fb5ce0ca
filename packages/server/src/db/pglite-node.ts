import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Connection } from './database.ts';
import { openPglite } from './pglite.ts';

// The set-up script sits next to this module: pglite-init.ts in the sources, pglite-init.js in the built package.
const INIT_SCRIPT = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? './pglite-init.ts' : './pglite-init.js', import.meta.url));

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
