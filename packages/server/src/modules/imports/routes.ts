import { Import, ImportQuery, ImportRow, ImportRowQuery, listOf, TemplateQuery, UpdateImportRow, type FieldError } from '@wharf/domain';
import { fieldMessage } from '@wharf/domain/messages';
import { IMPORT_POLICY, isOpenImport } from '@wharf/domain/imports';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { Hono } from 'hono';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { importRows, imports, type ImportRecord } from '../../db/schema.ts';
import { decodeKeyCursor, encodeKeyCursor } from '../../http/cursor.ts';
import type { AppEnv, RequestContext } from '../../http/env.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { problem, type RouteContext, type RouteRegistry } from '../../http/routes.ts';
import { requireUser } from '../auth/sessions.ts';
import { isUuid, requireMembership, type MemberVars } from '../enterprises/membership.ts';
import { CommitRefused, recheckGroup, recheckRows } from './check.ts';
import { readCells } from './read-sheet.ts';
import { startUpload } from './upload.ts';
import { importKind, type ImportContext, type ImportKindHandler } from './kinds/index.ts';
import { presentImport, presentProblem, presentRow, settleStalled } from './present.ts';
import { readRows, recount, rowsWithKey, updateRows } from './rows.ts';
import { buildTemplate } from './xlsx/template.ts';

const tag = 'Batch uploads';
const member = [requireUser, requireMembership()] as const;

/** Paths whose bodies may exceed the API's body limit (app.ts): uploads enforce their own. */
export const IMPORT_UPLOAD_PATHS = ['/v1/imports'];
/** One upload: `template.xlsx` beside it is never an id, so the routes answer the same in any order. */
const IMPORT = '/v1/imports/:importId{(?!template\\.xlsx$)[^/]+}';

const TEMPLATE_NAMES = {
  products: { 'zh-CN': '产品批量上传模板', 'zh-HK': '產品批量上載範本', en: 'product-upload-template' },
  declarations: { 'zh-CN': '申报要素模板', 'zh-HK': '申報要素範本', en: 'declaration-elements-template' },
} as const;

const attachmentName = (name: string) => `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

function contextOf(c: RouteContext<MemberVars>, importId: string, db = c.var.services.db): ImportContext {
  const { enterprise } = c.var.membership;
  return { db, clock: c.var.services.clock, locale: c.var.locale, importId, enterprise, actor: { id: c.var.auth.user.id } };
}

/** The row number in the path; 404 for anything that is not one. */
function rowOf(c: RequestContext): number {
  const row = c.req.param('row') ?? '';
  if (!/^\d{1,9}$/.test(row)) throw new ProblemError({ type: 'not-found' });
  return Number(row);
}

/** The upload in the path, of the caller's enterprise; 404 for anyone else's. */
async function importOf(c: RouteContext<MemberVars>, options: { forUpdate?: boolean; db?: ImportContext['db'] } = {}): Promise<ImportRecord> {
  const db = options.db ?? c.var.services.db;
  const id = c.req.param('importId');
  if (!isUuid(id)) throw new ProblemError({ type: 'not-found' });
  const query = db.select().from(imports).where(and(eq(imports.id, id), eq(imports.enterpriseId, c.var.membership.enterprise.id))).limit(1);
  const [record] = await (options.forUpdate ? query.for('update') : query);
  if (!record) throw new ProblemError({ type: 'not-found' });
  return settleStalled(db, record, c.var.services.clock.now());
}

async function handlerOf(c: RequestContext, record: Pick<ImportRecord, 'kind' | 'hsCode'>): Promise<ImportKindHandler> {
  const handler = await importKind(c.var.services.db, record.kind, { hsCode: record.hsCode });
  if (typeof handler === 'string') throw fieldProblem(c.var.locale, { path: 'hsCode', code: handler });
  return handler;
}

/** 409 unless the upload can still change (`valid` or `invalid`), saying why. */
function refuseUnlessOpen(c: RequestContext, record: ImportRecord) {
  if (isOpenImport(record.status)) return;
  const locale = c.var.locale;
  if (record.status === 'checking') throw fieldProblem(locale, { type: 'conflict', path: 'status', code: 'import_checking' });
  throw fieldProblem(locale, { type: 'conflict', path: 'status', code: 'import_closed', params: { status: record.status } });
}

/** The upload in the path, open to change (else 409 saying why), with its kind's handler. */
async function openImportOf(c: RouteContext<MemberVars>): Promise<{ record: ImportRecord; handler: ImportKindHandler }> {
  const record = await importOf(c);
  refuseUnlessOpen(c, record);
  return { record, handler: await handlerOf(c, record) };
}

/** The file's own problems as a problem document's field errors: at `file`, with the row and column they are on. */
function fileProblem(c: RequestContext, record: ImportRecord): ProblemError {
  const errors: FieldError[] = record.fileErrors.map((stored) => {
    const shown = presentProblem(c.var.locale, record, undefined, stored.code.startsWith('header_') ? 1 : 0, stored);
    return { path: 'file', code: shown.code, message: shown.message, row: shown.row, ...(shown.column ? { column: shown.column } : {}) };
  });
  return new ProblemError({ type: 'validation', errors, extra: { import: record.id } });
}

/** PRODUCT §3.6–3.7: templates, uploads checked at every cell, fixes in place, and all-or-nothing commits. */
export function mountImportRoutes(app: Hono<AppEnv>, routes: RouteRegistry) {
  const template = async (c: RouteContext, { query }: { query: z.output<typeof TemplateQuery> }) => {
    const locale = c.var.locale;
    const handler = await handlerOf(c, { kind: query.kind, hsCode: query.hsCode ?? null });
    const bytes = await buildTemplate(handler.definition, locale);
    const name = `${TEMPLATE_NAMES[query.kind][locale]}${query.hsCode ? `-${query.hsCode}` : ''}.xlsx`;
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'content-type': IMPORT_POLICY.contentType, 'content-disposition': attachmentName(name), 'cache-control': 'private, max-age=300', vary: 'Accept-Language' });
  };
  for (const path of ['/v1/imports/template.xlsx', '/v1/products/template.xlsx']) {
    routes.add(
      app,
      {
        method: 'get',
        path,
        tag,
        summary: path.startsWith('/v1/products') ? 'The product upload template (and, with `kind=declarations&hsCode=`, an HS code’s)' : 'The template for a kind of upload',
        description:
          'An .xlsx workbook in the request’s language: required headers marked with * in red, a note with help on every header, drop-down lists for category, unit and country (declarations: for coded elements). Headers in any of the three languages are read back.',
        auth: 'user',
        query: TemplateQuery,
        responses: { 200: { description: 'The workbook', contentType: IMPORT_POLICY.contentType }, 422: problem('An unknown kind, or a declaration template without a known HS code') },
      },
      requireUser,
      template,
    );
  }

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/imports',
      tag,
      summary: 'Upload a filled-in template; every row is checked at its cells',
      description: `multipart/form-data with \`file\` (.xlsx, at most the server's limit: ${IMPORT_POLICY.maxBytes / 1048576} MB and ${IMPORT_POLICY.maxRows.toLocaleString('en')} rows by default), \`kind\` and, for declaration elements, \`hsCode\`. The file is streamed to storage and read part by part, never whole in memory. With \`Prefer: respond-async\` the answer is \`202\` at once (status \`checking\`, with progress) and \`GET /v1/imports/:importId\` follows the check; otherwise the answer waits for it. A file that is not a workbook, is damaged, would unpack to far more than it holds (a zip bomb), or whose header lacks a required column is refused with \`422\`, its problems at \`file\` with their row and column.`,
      auth: 'user',
      responses: {
        201: { description: 'Checked: `valid`, or `invalid` with its problems', schema: Import },
        202: { description: 'Accepted, being checked', schema: Import },
        413: problem('Larger than the upload limit'),
        415: problem('Not multipart/form-data'),
        422: problem('No file, an unknown kind or HS code, or a file that cannot be used'),
      },
    },
    ...member,
    async (c) => {
      const { services, locale } = c.var;
      if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) throw new ProblemError({ type: 'unsupported-media-type' });
      const { record, handler, checking } = await startUpload({ services, locale, enterprise: c.var.membership.enterprise, userId: c.var.auth.user.id }, c.req.raw);
      const location = `/v1/imports/${record.id}`;
      if (/\brespond-async\b/i.test(c.req.header('prefer') ?? '')) {
        services.background.add(checking);
        void checking.finally(() => services.background.delete(checking));
        return c.json(await presentImport(services.db, locale, record, handler.definition), 202, { location, 'preference-applied': 'respond-async' });
      }
      await checking;
      const [checked] = await services.db.select().from(imports).where(eq(imports.id, record.id));
      if (checked!.status === 'failed') throw fileProblem(c, checked!);
      return c.json(await presentImport(services.db, locale, checked!, handler.definition), 201, { location });
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/imports',
      tag,
      summary: 'The enterprise’s recent uploads, newest first',
      auth: 'user',
      query: ImportQuery,
      responses: { 200: { description: 'A page', schema: listOf(Import) } },
    },
    ...member,
    async (c, { query }) => {
      const key = decodeKeyCursor(query.cursor, 2);
      const before = key
        ? or(lt(imports.createdAt, new Date(Number(key[0]))), and(eq(imports.createdAt, new Date(Number(key[0]))), lt(imports.id, String(key[1]))))
        : undefined;
      const rows = await c.var.services.db
        .select()
        .from(imports)
        .where(and(eq(imports.enterpriseId, c.var.membership.enterprise.id), query.kind ? eq(imports.kind, query.kind) : undefined, before))
        .orderBy(desc(imports.createdAt), desc(imports.id))
        .limit(query.limit + 1);
      const page = rows.slice(0, query.limit);
      const now = c.var.services.clock.now();
      const data = [];
      for (const row of page) data.push(await presentImport(c.var.services.db, c.var.locale, await settleStalled(c.var.services.db, row, now)));
      const last = page.at(-1);
      return c.json({ data, nextCursor: rows.length > query.limit && last ? encodeKeyCursor([last.createdAt.getTime(), last.id]) : null });
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: IMPORT,
      tag,
      summary: 'An upload: its status (with progress while it is checked), counts and first problems',
      auth: 'user',
      responses: { 200: { description: 'The upload', schema: Import }, 404: problem('Not found, or not yours') },
    },
    ...member,
    async (c) => {
      const record = await importOf(c);
      return c.json(await presentImport(c.var.services.db, c.var.locale, record, await definitionOf(c, record)));
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: `${IMPORT}/rows`,
      tag,
      summary: 'The upload’s rows in sheet order, each with its cells and problems',
      auth: 'user',
      query: ImportRowQuery,
      responses: { 200: { description: 'A page', schema: listOf(ImportRow) } },
    },
    ...member,
    async (c, input) => {
      const record = await importOf(c);
      const query = input.query;
      const after = decodeKeyCursor(query.cursor, 1)?.[0];
      const definition = (await handlerOf(c, record)).definition;
      const rows = await readRows(c.var.services.db, record.id, definition, { after: after === undefined ? undefined : Number(after), limit: query.limit + 1, invalid: query.invalid });
      const page = rows.slice(0, query.limit);
      return c.json({
        data: page.map((row) => presentRow(c.var.locale, record, definition, row)),
        nextCursor: rows.length > query.limit ? encodeKeyCursor([page.at(-1)!.row]) : null,
      });
    },
  );

  routes.add(
    app,
    {
      method: 'patch',
      path: `${IMPORT}/rows/:row`,
      tag,
      summary: 'Fix a row in place: the cells sent change, and the row (with any it duplicates) is checked again',
      auth: 'user',
      body: UpdateImportRow,
      responses: {
        200: { description: 'The upload, and the rows checked again (the one fixed first)', schema: z.object({ import: Import, rows: z.array(ImportRow) }) },
        404: problem('No such upload or row'),
        409: problem('The upload is committed, failed, or still being checked'),
        422: problem('A cell key that is not one of the sheet’s columns'),
      },
    },
    ...member,
    async (c, input) => {
      const { services, locale } = c.var;
      const body = input.body;
      const { record, handler } = await openImportOf(c);
      const known = new Set(handler.definition.columns.map((column) => column.key));
      const unknown = Object.keys(body.cells).filter((key) => !known.has(key));
      if (unknown.length) {
        const options = [...known];
        throw new ProblemError({
          type: 'validation',
          errors: unknown.map((key) => ({ path: `cells.${key}`, code: 'invalid_choice', message: fieldMessage(locale, 'invalid_choice', { options }) })),
        });
      }
      const rows = await services.db.transaction(async (tx) => {
        // Locked, so a commit cannot run half-way through a fix.
        refuseUnlessOpen(c, await importOf(c, { forUpdate: true, db: tx }));
        const context = contextOf(c, record.id, tx);
        const wanted = rowOf(c);
        const [current] = await readRows(tx, record.id, handler.definition, { after: wanted - 1, limit: 1, forUpdate: true });
        if (!current || current.row !== wanted) throw new ProblemError({ type: 'not-found' });
        const cells = { ...current.cells };
        for (const [key, value] of Object.entries(body.cells)) {
          if (value.trim() === '') delete cells[key];
          else cells[key] = value;
        }
        const fixed = readCells(handler.definition, current.row, cells);
        await updateRows(tx, record.id, handler.definition, [fixed]);
        // The row's old and new keys: a duplicate may have stopped (or started) being one.
        const checked = new Map<number, ReturnType<typeof readCells>>();
        for (const key of new Set([current.key, fixed.key])) {
          if (!key) continue;
          for (const row of await recheckGroup(context, handler, await rowsWithKey(tx, record.id, handler.definition, key))) checked.set(row.row, row);
        }
        if (!checked.has(current.row)) for (const row of await recheckGroup(context, handler, [{ ...current, cells, key: null }])) checked.set(row.row, row);
        await recount(tx, record.id, services.clock.now());
        return [checked.get(current.row)!, ...[...checked.values()].filter((row) => row.row !== current.row)];
      });
      const updated = await importOf(c);
      const definition = handler.definition;
      return c.json({
        import: await presentImport(services.db, locale, updated, definition),
        rows: rows.map((row) => presentRow(locale, updated, definition, { importId: record.id, row: row.row, key: row.key ?? null, cells: row.cells, errors: row.problems.length ? row.problems : null })),
      });
    },
  );

  routes.add(
    app,
    {
      method: 'delete',
      path: `${IMPORT}/rows/:row`,
      tag,
      summary: 'Leave a row out of the upload (rows it duplicated are checked again)',
      auth: 'user',
      responses: { 200: { description: 'The upload', schema: Import }, 404: problem('No such upload or row'), 409: problem('The upload can no longer change') },
    },
    ...member,
    async (c) => {
      const { services, locale } = c.var;
      const { record, handler } = await openImportOf(c);
      await services.db.transaction(async (tx) => {
        refuseUnlessOpen(c, await importOf(c, { forUpdate: true, db: tx }));
        const [removed] = await tx
          .delete(importRows)
          .where(and(eq(importRows.importId, record.id), eq(importRows.row, rowOf(c))))
          .returning();
        if (!removed) throw new ProblemError({ type: 'not-found' });
        if (removed.key) await recheckGroup(contextOf(c, record.id, tx), handler, await rowsWithKey(tx, record.id, handler.definition, removed.key));
        await recount(tx, record.id, services.clock.now());
      });
      return c.json(await presentImport(services.db, locale, await importOf(c), handler.definition));
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: `${IMPORT}/revalidate`,
      tag,
      summary: 'Check every row again, against the enterprise as it is now',
      auth: 'user',
      responses: { 200: { description: 'The upload', schema: Import }, 409: problem('The upload can no longer change') },
    },
    ...member,
    async (c) => {
      const { services, locale } = c.var;
      const { record, handler } = await openImportOf(c);
      await recheckRows(contextOf(c, record.id), handler);
      return c.json(await presentImport(services.db, locale, await recount(services.db, record.id, services.clock.now()), handler.definition));
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: `${IMPORT}/commit`,
      tag,
      summary: 'Import every row, all or nothing; repeating it changes nothing',
      description:
        'Every row is checked again inside one transaction with what it changes locked, then written; if any row no longer passes (a SKU taken since), nothing is written, the rows are marked and the answer is `409`. A committed upload answers again with what it created.',
      auth: 'user',
      responses: {
        200: { description: 'Committed: `created` says how many', schema: Import },
        409: problem('Problems are left, the upload failed, or it is still being checked'),
      },
    },
    ...member,
    async (c) => {
      const { services, locale } = c.var;
      const first = await importOf(c);
      const handler = await handlerOf(c, first);
      let committed: ImportRecord;
      try {
        committed = await services.db.transaction(async (tx) => {
          const record = await importOf(c, { forUpdate: true, db: tx });
          if (record.status === 'committed') return record;
          refuseUnlessOpen(c, record);
          if (record.status !== 'valid') throw fieldProblem(locale, { type: 'conflict', path: 'status', code: 'import_invalid', params: { count: record.errorCount } });
          const created = await recheckRows({ ...contextOf(c, record.id, tx), forUpdate: true }, handler, { commit: true });
          const now = services.clock.now();
          const [done] = await tx.update(imports).set({ status: 'committed', created, committedAt: now, updatedAt: now }).where(eq(imports.id, record.id)).returning();
          await audit(tx, services.clock, { actor: { kind: 'user', id: c.var.auth.user.id }, entity: 'import', entityId: record.id, action: 'committed', data: { kind: record.kind, created } });
          return done!;
        });
      } catch (error) {
        if (!(error instanceof CommitRefused) && !isUniqueViolation(error)) throw error;
        // Rolled back: mark the rows that no longer pass, and say so.
        await recheckRows(contextOf(c, first.id), handler);
        const record = await recount(services.db, first.id, services.clock.now());
        throw fieldProblem(locale, { type: 'conflict', path: 'status', code: 'import_invalid', params: { count: record.errorCount }, extra: { import: await presentImport(services.db, locale, record, handler.definition) } });
      }
      return c.json(await presentImport(services.db, locale, committed, handler.definition));
    },
  );

  routes.add(
    app,
    {
      method: 'delete',
      path: IMPORT,
      tag,
      summary: 'Discard an upload that was not committed',
      auth: 'user',
      responses: { 204: { description: 'Discarded' }, 409: problem('Committed: it stays as the record of what it created') },
    },
    ...member,
    async (c) => {
      const record = await importOf(c);
      if (record.status === 'committed') throw fieldProblem(c.var.locale, { type: 'conflict', path: 'status', code: 'import_closed', params: { status: record.status } });
      await c.var.services.db.delete(imports).where(eq(imports.id, record.id));
      return c.body(null, 204);
    },
  );
}

/** The sheet definition of an upload (for headers of columns the file lacks); undefined if its HS code went away. */
async function definitionOf(c: RouteContext<MemberVars>, record: ImportRecord) {
  const handler = await importKind(c.var.services.db, record.kind, { hsCode: record.hsCode });
  return typeof handler === 'string' ? undefined : handler.definition;
}
