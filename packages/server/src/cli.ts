#!/usr/bin/env -S node --max-semi-space-size=8
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { isOperatorRole, type OperatorRole } from '@wharf/domain/auth';
import { matchLocale } from '@wharf/domain';
import { fileURLToPath } from 'node:url';
import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Server } from 'node:http';
import { createApp } from './app.ts';
import { drainable } from './graceful.ts';
import { DEMO_USER, findDemoOpenAccount, seedDemo } from './demo/seed.ts';
import { seedDemoTickets } from './demo/seed-tickets.ts';
import { seedDemoProducts } from './demo/seed-products.ts';
import { renderDemoPage } from './demo/page.ts';
import { mountDemoPages } from './demo/routes.ts';
import { migrate, nodeDeps, openDatabase, productionRefusal } from './node.ts';
import { createOperator, ensureEnvOperator } from './operators.ts';
import { removeAbandonedUploads } from './modules/attachments/cleanup.ts';
import { removeExpiredImports } from './modules/imports/cleanup.ts';
import { removeExpiredIdempotencyKeys } from './http/idempotency.ts';
import { seedDemoOrderReference } from './demo/seed-orders.ts';
import { mailDueStatements, mailStatements } from './modules/enterprises/statement-mail.ts';
import { StatementMonth } from '@wharf/domain/enterprises';
import { HS_CODE_COLUMNS, importHsCodes } from './modules/reference/import.ts';

const USAGE = `wharf — the Wharf server

  wharf serve [--port 8787] [--demo]   run the API (and with --demo, seed demo data and serve the demo portal at /)
  wharf migrate                        apply SQL migrations and exit
  wharf operator create --email E --role R [--role R …]   create an operator and print their token
                                       roles: support, warehouse, customs, admin
  wharf statements send --month YYYY-MM   mail that month's statement (月结账单) to every enterprise's billing email
                                       that has not had it (the server does this for last month from the 1st on)
  wharf hs-codes import <file>         import the HS-code catalogue from a UTF-8 CSV file with the header
                                       ${HS_CODE_COLUMNS.join(',')} (elements as 0:品牌类型;1:出口享惠情况;…;);
                                       every row is checked first, and nothing is imported if any is wrong

Environment: PORT, WHARF_DATA_DIR (PGlite data, default .wharf-data), DATABASE_URL (PostgreSQL instead),
SMTP_URL and MAIL_FROM (real mail; otherwise the dev mailbox), WHARF_OPERATOR_TOKEN, WHARF_SECRET,
WHARF_TRUST_PROXY, WHARF_CORS_ORIGINS (comma-separated origins trusted for every enterprise),
WHARF_BLOB_DIR (attachments and uploads, default <data dir>/blobs), WHARF_PUBLIC_URL (the portal, for links in mail),
WHARF_IMPORT_MAX_BYTES and WHARF_IMPORT_MAX_ROWS (batch uploads: default 50 MB and 200,000 rows),
WHARF_METRICS_TOKEN (serve GET /metrics to this bearer token), WHARF_REQUEST_LOG=off (no JSON request lines on stdout),
WHARF_SHUTDOWN_SECONDS (how long SIGTERM waits for requests under way, default 30),

WHARF_WEBHOOKS_ALLOW_PRIVATE=1 (let webhooks reach this machine and private networks: development only).`;

const here = (path: string) => relative(process.cwd(), fileURLToPath(new URL(path, import.meta.url))) || '.';
// The elements' CDN file: copied into the built package (dist/cdn), read from the elements' build when run from sources.
const CDN_DIR = import.meta.url.endsWith('.ts') ? here('../../elements/dist/cdn/') : here('./cdn/');

async function serveCommand(args: { port?: string; demo?: boolean }) {
  const refusal = productionRefusal(process.env, args);
  if (refusal) {
    console.error(`wharf serve: ${refusal}`);
    process.exit(1);
  }
  const connection = await openDatabase(process.env);
  const applied = await migrate(connection);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  const port = Number(args.port ?? process.env.PORT ?? 8787);
  // The demo's mail links (“open ticket OD…”) lead back to its own portal unless told otherwise.
  const env = args.demo && !process.env.WHARF_PUBLIC_URL ? { ...process.env, WHARF_PUBLIC_URL: `http://localhost:${port}` } : process.env;
  const app = createApp(nodeDeps(connection, env));
  const { services } = app;
  if (process.env.WHARF_OPERATOR_TOKEN) await ensureEnvOperator(services.db, process.env.WHARF_OPERATOR_TOKEN, services.clock.now());

  const seeded = args.demo ? await seedDemo(services) : undefined;
  if (args.demo) {
    if (seeded) {
      console.log(`\nDemo data seeded. Customer: ${seeded.user.email} / ${seeded.user.password}`);
      console.log(`Customer account to join: ${seeded.openAccount.accountNumber} (${seeded.openAccount.name}; codes go to ${seeded.openAccount.billingEmail})`);
      console.log('Operator tokens (shown once; use as Authorization: Bearer …):');
      for (const op of seeded.operators) console.log(`  ${op.role.padEnd(10)} ${op.email.padEnd(22)} ${op.token}`);
    }
    const openAccount = await findDemoOpenAccount(services);
    const page = renderDemoPage({ demoEmail: DEMO_USER.email, demoPassword: DEMO_USER.password, ...(openAccount ? { openAccount } : {}) });
    mountDemoPages(app, page);
    app.use('/assets/demo.*', serveStatic({ root: here('./demo/assets/'), rewriteRequestPath: (p) => p.replace('/assets', '') }));
    app.use('/assets/desk.js', serveStatic({ root: here('./demo/assets/'), rewriteRequestPath: (p) => p.replace('/assets', '') }));
  }
  // The elements' CDN bundle, for host pages on any origin: <script type="module" src="…/assets/wharf-elements.js">.
  // Module scripts from another origin need CORS; the files are public, so any origin may load them.
  app.use('/assets/*', async (c, next) => {
    await next();
    c.header('access-control-allow-origin', '*');
    c.header('cross-origin-resource-policy', 'cross-origin');
  });
  app.use('/assets/*', serveStatic({ root: CDN_DIR, rewriteRequestPath: (p) => p.replace('/assets', '') }));

  // Through the API itself, once every route is in place.
  if (seeded) {
    await seedDemoTickets(app, seeded.operators.find((op) => op.role === 'support')!.token);
    await seedDemoProducts(app, seeded.operators.find((op) => op.role === 'customs')!.token);
    await seedDemoOrderReference(app, seeded.operators.find((op) => op.role === 'warehouse')!.token);
  }
  services.outbox.start(1000);
  // Uploads from forms never submitted, and batch uploads past their time: checked now and every hour.
  const tidy = () => {
    void removeAbandonedUploads(services).catch((error) => services.log('removing abandoned uploads failed', error));
    void removeExpiredImports(services).catch((error) => services.log('removing expired batch uploads failed', error));
    void removeExpiredIdempotencyKeys(services.db, services.clock.now()).catch((error) => services.log('removing expired idempotency keys failed', error));
    // From the 1st of a month on, last month's statements not mailed yet (once per enterprise and month).
    void mailDueStatements(services).catch((error) => services.log('mailing monthly statements failed', error));
    // PostgreSQL keeps its planner statistics by itself (autovacuum); embedded PGlite has no such process, and
    // without them lists at a million rows would be planned blind.
    if (connection.kind === 'pglite') void connection.scriptTransaction((tx) => tx.exec('ANALYZE')).catch((error) => services.log('ANALYZE failed', error));
  };
  tidy();
  const housekeeping = setInterval(tidy, 3_600_000);
  const server = serve({ fetch: app.fetch, port }, (info) => {
    console.log(`\nWharf is listening on http://localhost:${info.port}`);
    if (args.demo) console.log(`  demo portal  http://localhost:${info.port}/`);
    if (args.demo) console.log(`  agents desk  http://localhost:${info.port}/desk (with an operator token)`);
    console.log(`  API reference http://localhost:${info.port}/reference`);
    if (services.config.devMailbox) console.log(`  dev mailbox  http://localhost:${info.port}/v1/dev/mailbox`);
    console.log(`  database     ${connection.kind === 'pglite' ? `PGlite in ${process.env.WHARF_DATA_DIR || '.wharf-data'}` : 'PostgreSQL'}`);
  });

  const connections = drainable(server as Server);
  let stopping = false;
  // SIGTERM/SIGINT: stop accepting, finish the requests under way, close event streams, let the outbox finish the
  // items it claimed, then close the database.
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: finishing ${connections.pending()} request(s) under way, then stopping.`);
    clearInterval(housekeeping);
    await connections.drain((Number(process.env.WHARF_SHUTDOWN_SECONDS) || 30) * 1000);
    await Promise.allSettled(services.background);
    await services.outbox.stop();
    await services.events.stop();
    await services.sessionCache.stop();
    await connection.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** Messages in the terminal's language (LANG=zh_CN.UTF-8 reads zh-CN), English otherwise. */
function terminalLocale() {
  const tag = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '').split('.')[0]!.replace('_', '-');
  return matchLocale(tag) ?? 'en';
}

async function hsCodesImportCommand(file: string) {
  // A mistyped path is told at once, before the database opens.
  const readable = await stat(file).then((info) => info.isFile(), () => false);
  if (!readable) {
    console.error(`Cannot read ${file}: no such file.`);
    process.exitCode = 2;
    return;
  }
  const connection = await openDatabase(process.env);
  try {
    await migrate(connection);
    const result = await importHsCodes(connection.db, file, { locale: terminalLocale() });
    if (result.ok) {
      console.log(`Imported ${result.rows} HS code${result.rows === 1 ? '' : 's'} from ${file}: ${result.inserted} new, ${result.updated} changed, ${result.unchanged} unchanged.`);
      return;
    }
    const count = result.errors.length + result.moreErrors;
    console.error(`${file}: ${count} problem${count === 1 ? '' : 's'}; nothing was imported.`);
    for (const error of result.errors) console.error(`  line ${error.line}${error.column ? `, column ${error.column}` : ''}: ${error.message}`);
    if (result.moreErrors) console.error(`  … and ${result.moreErrors} more.`);
    process.exitCode = 1;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EISDIR') throw error;
    console.error(`Cannot read ${file} (${code}).`);
    process.exitCode = 2;
  } finally {
    await connection.close();
  }
}

async function statementsSendCommand(month: string | undefined) {
  if (!month || !StatementMonth.safeParse(month).success) {
    console.error('Give the month as YYYY-MM: wharf statements send --month 2026-11');
    process.exitCode = 2;
    return;
  }
  const connection = await openDatabase(process.env);
  try {
    await migrate(connection);
    const { services } = createApp(nodeDeps(connection, process.env));
    const queued = await mailStatements(services, month);
    // Delivered now: this process ends when the command does (anything that fails stays queued for the server).
    await services.outbox.deliverDue();
    console.log(queued ? `Mailed the ${month} statement to ${queued} enterprise${queued === 1 ? '' : 's'}.` : `No statement of ${month} was due: every enterprise with ledger entries by then has had it.`);
    await services.outbox.stop();
    await services.events.stop();
  } finally {
    await connection.close();
  }
}

async function main() {
  const [command, sub, ...rest] = process.argv.slice(2);
  if (command === 'serve') {
    const { values } = parseArgs({ args: [sub, ...rest].filter(Boolean) as string[], options: { port: { type: 'string' }, demo: { type: 'boolean' } } });
    return serveCommand(values);
  }
  if (command === 'migrate') {
    const connection = await openDatabase(process.env);
    const applied = await migrate(connection);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Already up to date.');
    return connection.close();
  }
  if (command === 'operator' && sub === 'create') {
    const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, role: { type: 'string', multiple: true }, name: { type: 'string' } } });
    const roles = values.role ?? [];
    if (!values.email || roles.length === 0 || !roles.every(isOperatorRole)) {
      console.error('Give --email and at least one --role of support, warehouse, customs, admin.');
      process.exitCode = 2;
      return;
    }
    const connection = await openDatabase(process.env);
    await migrate(connection);
    const { token } = await createOperator(connection.db, { email: values.email, name: values.name, roles: roles as OperatorRole[], now: new Date() });
    console.log(token);
    return connection.close();
  }
  if (command === 'statements' && sub === 'send') {
    const { values } = parseArgs({ args: rest, options: { month: { type: 'string' } } });
    return statementsSendCommand(values.month);
  }
  if (command === 'hs-codes' && sub === 'import') {
    const file = rest[0];
    if (!file || rest.length > 1) {
      console.error('Give one file: wharf hs-codes import <file.csv>');
      process.exitCode = 2;
      return;
    }
    return hsCodesImportCommand(file);
  }
  console.log(USAGE);
  if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
}

await main();
