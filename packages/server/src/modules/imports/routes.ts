import { Import, ImportQuery, ImportRow, ImportRowQuery, listOf, TemplateQuery, UpdateImportRow } from '@wharf/domain';
import { IMPORT_POLICY } from '@wharf/domain/imports';
import type { Hono } from 'hono';
import { z } from 'zod';
import { listCursor } from '../../http/cursor.ts';
import type { AppEnv } from '../../http/env.ts';
import { ProblemError } from '../../http/problem.ts';
import { problem, type RouteContext, type RouteRegistry } from '../../http/routes.ts';
import { requireUser } from '../auth/sessions.ts';
import { requireMembership, type MemberVars } from '../enterprises/membership.ts';
import { presentCheckedRow, presentImport, presentRow, templateHeaders } from './present.ts';
import {
  commitImport,
  definitionOf,
  discardImport,
  dropRow,
  fixRow,
  importRowPage,
  listImports,
  loadImport,
  revalidateImport,
  templateWorkbook,
  uploadImport,
  type ImportActor,
} from './service.ts';

const tag = 'Batch uploads';
const member = [requireUser, requireMembership()] as const;

/** Paths whose bodies may exceed the API's body limit (app.ts): uploads enforce their own. */
export const IMPORT_UPLOAD_PATHS = ['/v1/imports'];
/** One upload: `template.xlsx` beside it is never an id, so the routes answer the same in any order. */
const IMPORT = '/v1/imports/:importId{(?!template\\.xlsx$)[^/]+}';

/** Who acts: the member, in the request's language. */
function actorOf(c: RouteContext<MemberVars>): ImportActor {
  return { services: c.var.services, locale: c.var.locale, enterprise: c.var.membership.enterprise, userId: c.var.auth.user.id };
}

/** The upload's id in the path (checked by the service: 404 for anything that is not one of the enterprise's). */
/** Rows of one upload, by row number. */
const ROW_CURSOR = listCursor('import-rows', ['id']);
const importIdOf = (c: RouteContext) => c.req.param('importId') ?? '';

/** PRODUCT §3.6–3.7: templates, uploads checked at every cell, fixes in place, and all-or-nothing commits. */
export function mountImportRoutes(app: Hono<AppEnv>, routes: RouteRegistry) {
  const template = async (c: RouteContext, { query }: { query: z.output<typeof TemplateQuery> }) => {
    const { bytes, name } = await templateWorkbook(c.var.services.db, c.var.locale, query);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, templateHeaders(name));
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
      if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) throw new ProblemError({ type: 'unsupported-media-type' });
      const { record, handler, accepted } = await uploadImport(actorOf(c), c.req.raw, /\brespond-async\b/i.test(c.req.header('prefer') ?? ''));
      const location = `/v1/imports/${record.id}`;
      const body = await presentImport(c.var.services.db, c.var.locale, record, handler.definition);
      return accepted ? c.json(body, 202, { location, 'preference-applied': 'respond-async' }) : c.json(body, 201, { location });
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
      return c.json(await listImports(actorOf(c), query));
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
      const record = await loadImport(actorOf(c), importIdOf(c));
      return c.json(await presentImport(c.var.services.db, c.var.locale, record, await definitionOf(c.var.services.db, record)));
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
      const { query } = input;
      const after = ROW_CURSOR.decode(query.cursor)?.[0];
      const page = await importRowPage(actorOf(c), importIdOf(c), { after, limit: query.limit, invalid: query.invalid });
      const last = page.rows.at(-1);
      return c.json({
        data: page.rows.map((row) => presentRow(c.var.locale, page.record, page.definition, row)),
        nextCursor: page.more && last ? ROW_CURSOR.encode([last.row]) : null,
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
      const { record, definition, rows } = await fixRow(actorOf(c), importIdOf(c), c.req.param('row') ?? '', input.body);
      const locale = c.var.locale;
      return c.json({
        import: await presentImport(c.var.services.db, locale, record, definition),
        rows: rows.map((row) => presentCheckedRow(locale, record, definition, row)),
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
      const { record, definition } = await dropRow(actorOf(c), importIdOf(c), c.req.param('row') ?? '');
      return c.json(await presentImport(c.var.services.db, c.var.locale, record, definition));
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
      const { record, definition } = await revalidateImport(actorOf(c), importIdOf(c));
      return c.json(await presentImport(c.var.services.db, c.var.locale, record, definition));
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
      const { record, definition } = await commitImport(actorOf(c), importIdOf(c));
      return c.json(await presentImport(c.var.services.db, c.var.locale, record, definition));
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
      await discardImport(actorOf(c), importIdOf(c));
      return c.body(null, 204);
    },
  );
}
