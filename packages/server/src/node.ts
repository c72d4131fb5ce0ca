import { createWorkerSheetSource } from './modules/imports/xlsx/worker-source.ts';
import { normalizeOrigin } from '@wharf/domain/enterprises';
import { IMPORT_POLICY } from '@wharf/domain/imports';
import { join } from 'node:path';
import { createFilesystemBlobStore } from './blobs/filesystem-store.ts';
import { createNodeHasher } from './crypto/node-hasher.ts';
import { hexToBytes } from './crypto/hex.ts';
import { openPgliteDir } from './db/pglite-node.ts';
import { openPostgres } from './db/postgres.ts';
import { applyMigrations } from './db/migrate.ts';
import { readMigrations } from './db/migrations-dir.ts';
import type { Connection } from './db/database.ts';
import { createSmtpTransport } from './mail/smtp.ts';
import type { WharfDeps } from './services.ts';
import { readMultipartStreaming } from './http/multipart-node.ts';
import { createWebhookFetch } from './modules/webhooks/node-fetch.ts';

/** Node-side wiring from the environment: DATABASE_URL or PGlite in WHARF_DATA_DIR; SMTP_URL or the dev mailbox. */
export interface NodeEnv {
  DATABASE_URL?: string;
  WHARF_DATA_DIR?: string;
  SMTP_URL?: string;
  MAIL_FROM?: string;
  NODE_ENV?: string;
  WHARF_SECRET?: string;
  WHARF_TRUST_PROXY?: string;
  WHARF_CORS_ORIGINS?: string;
  WHARF_CAPTCHA_DIFFICULTY?: string;
  WHARF_BLOB_DIR?: string;
  WHARF_PUBLIC_URL?: string;
  WHARF_IMPORT_MAX_BYTES?: string;
  WHARF_IMPORT_MAX_ROWS?: string;
  WHARF_METRICS_TOKEN?: string;
  WHARF_REQUEST_LOG?: string;
  WHARF_WEBHOOKS_ALLOW_PRIVATE?: string;
}

/**
 * Why `wharf serve` must not start as asked, or undefined: with NODE_ENV=production, demo data (known passwords,
 * printed operator tokens) is never seeded, and mail needs SMTP_URL — without it codes would land in the dev
 * mailbox, which production never serves, so no one could register or reset a password.
 */
export function productionRefusal(env: NodeEnv, options: { demo?: boolean }): string | undefined {
  if (env.NODE_ENV !== 'production') return undefined;
  if (options.demo) return 'NODE_ENV=production: --demo seeds accounts with published passwords and prints operator tokens; run without --demo.';
  if (!env.SMTP_URL) return 'NODE_ENV=production needs SMTP_URL: without it mail would go to the dev mailbox, which production never serves. Set SMTP_URL (and MAIL_FROM).';
  return undefined;
}

export async function openDatabase(env: NodeEnv): Promise<Connection> {
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL);
  return openPgliteDir(env.WHARF_DATA_DIR || '.wharf-data');
}

export async function migrate(connection: Connection) {
  return applyMigrations(connection, await readMigrations());
}

export function nodeDeps(connection: Connection, env: NodeEnv): WharfDeps {
  const production = env.NODE_ENV === 'production';
  const webhooksAllowPrivate = env.WHARF_WEBHOOKS_ALLOW_PRIVATE === '1' || env.WHARF_WEBHOOKS_ALLOW_PRIVATE === 'true';
  return {
    db: connection.db,
    listen: connection.listen,
    blobs: createFilesystemBlobStore(env.WHARF_BLOB_DIR || join(env.WHARF_DATA_DIR || '.wharf-data', 'blobs')),
    hasher: createNodeHasher(),
    multipart: readMultipartStreaming,
    readSheet: createWorkerSheetSource(),
    fetch: createWebhookFetch({ allowPrivate: webhooksAllowPrivate }),
    // One JSON line per request on stdout, unless WHARF_REQUEST_LOG=off.
    ...(env.WHARF_REQUEST_LOG === 'off' ? {} : { requestLog: (entry) => process.stdout.write(`${JSON.stringify(entry)}\n`) }),
    ...(env.SMTP_URL ? { mailer: createSmtpTransport(env.SMTP_URL, env.MAIL_FROM ?? 'Wharf <no-reply@wharf.local>') } : {}),
    config: {
      devMailbox: !production && !env.SMTP_URL,
      webhooksAllowPrivate,
      trustProxy: env.WHARF_TRUST_PROXY === '1' || env.WHARF_TRUST_PROXY === 'true',
      corsOrigins: (env.WHARF_CORS_ORIGINS ?? '').split(',').flatMap((origin) => normalizeOrigin(origin) ?? []),
      ...(env.WHARF_SECRET ? { secret: hexToBytes(env.WHARF_SECRET) } : {}),
      ...(env.WHARF_PUBLIC_URL ? { publicUrl: env.WHARF_PUBLIC_URL } : {}),
      ...(env.WHARF_METRICS_TOKEN ? { metricsToken: env.WHARF_METRICS_TOKEN } : {}),
      ...(env.WHARF_CAPTCHA_DIFFICULTY ? { captchaDifficulty: Number(env.WHARF_CAPTCHA_DIFFICULTY) } : {}),
      imports: {
        maxBytes: Number(env.WHARF_IMPORT_MAX_BYTES) || IMPORT_POLICY.maxBytes,
        maxRows: Number(env.WHARF_IMPORT_MAX_ROWS) || IMPORT_POLICY.maxRows,
      },
    },
  };
}
