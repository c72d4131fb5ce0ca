import { readSheetInWorker } from '../modules/imports/xlsx/worker-source.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { createApp } from '../app.ts';
import { createNodeHasher } from '../crypto/node-hasher.ts';
import { readMultipartStreaming } from '../http/multipart-node.ts';
import { applyMigrations } from '../db/migrate.ts';
import { readMigrations } from '../db/migrations-dir.ts';
import { openPglite } from '../db/pglite.ts';
import { ensureEnvOperator } from '../operators.ts';
import { TEST_OPERATOR_TOKEN } from './fixtures/bodies.ts';

export { TEST_OPERATOR_TOKEN };

interface KoaLikeContext {
  req: IncomingMessage;
  res: ServerResponse;
  path: string;
  method: string;
  url: string;
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

/**
 * The real app on in-memory PGlite, mountable as Koa-style middleware in @web/test-runner's dev server so
 * browser tests reach it same-origin. Each test page counts as its own client (by its URL) for throttles.
 */
export async function createTestBackend() {
  const connection = await openPglite();
  await applyMigrations(connection, await readMigrations());
  const app = createApp({
    db: connection.db,
    listen: connection.listen,
    hasher: createNodeHasher(),
    multipart: readMultipartStreaming,
    readSheet: readSheetInWorker,
    config: { captchaDifficulty: 8, trustProxy: true },
    log: () => {},
  });
  await ensureEnvOperator(connection.db, TEST_OPERATOR_TOKEN, new Date());

  async function middleware(ctx: KoaLikeContext, next: () => Promise<void>) {
    if (!ctx.path.startsWith('/v1/') && ctx.path !== '/health') return next();
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(ctx.req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const page = new URL(ctx.req.headers.referer ?? 'http://local/', 'http://local');
    headers.set('x-forwarded-for', page.pathname + page.search);
    const response = await app.fetch(
      new Request(new URL(ctx.url, 'http://localhost'), {
        method: ctx.method,
        headers,
        body: ['GET', 'HEAD'].includes(ctx.method) ? undefined : Buffer.concat(chunks),
      }),
    );
    ctx.status = response.status;
    response.headers.forEach((value, name) => ctx.set(name, value));
    // Streamed, so that event streams (GET /v1/events) flow as they are written.
    ctx.body = response.body ? Readable.fromWeb(response.body as import('node:stream/web').ReadableStream) : null;
  }

  return { app, middleware, close: () => connection.close() };
}
