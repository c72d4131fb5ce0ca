import { listOf } from '@wharf/domain';
import { AddressBookEntry, AddressBookEntryInput, AddressQuery, UpdateAddressBookEntry } from '@wharf/domain/addresses';
import { ADDRESS_SHEET, IMPORT_POLICY } from '@wharf/domain/imports';
import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { refuseStaleVersion } from '../../http/conflicts.ts';
import { ProblemError } from '../../http/problem.ts';
import { problem, type RouteContext, type RouteRegistry } from '../../http/routes.ts';
import { requireUser } from '../auth/sessions.ts';
import { isUuid, requireMembership, type MemberVars } from '../enterprises/membership.ts';
import { templateHeaders, templateName } from '../imports/present.ts';
import { buildTemplate } from '../imports/xlsx/template.ts';
import { addressBookWorkbook, exportHeaders } from './export.ts';
import { presentAddress } from './present.ts';
import { allAddresses, findAddress, listAddresses } from './queries.ts';
import { changeAddress, createAddress, removeAddress, type BookWriter } from './service.ts';

const tag = 'Address book';
const member = [requireUser, requireMembership()] as const;
/** One entry: ids are UUIDs (hex digits and dashes), so `template.xlsx` and `export.xlsx` beside them never match. */
const ADDRESS = '/v1/addresses/:addressId{[0-9a-fA-F-]+}';

function writerOf(c: RouteContext<MemberVars>): BookWriter {
  return { enterpriseId: c.var.membership.enterprise.id, userId: c.var.auth.user.id, locale: c.var.locale, clock: c.var.services.clock };
}

/** The entry's id in the path; anything but a UUID finds none (404). */
const idOf = (c: RouteContext) => {
  const id = c.req.param('addressId');
  if (!isUuid(id)) throw new ProblemError({ type: 'not-found' });
  return id.toLowerCase();
};

/** API.md "Orders and addresses": saved senders and recipients, checked as an order's recipient is. */
export function mountAddressRoutes(app: Hono<AppEnv>, routes: RouteRegistry) {
  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/addresses',
      tag,
      summary: 'The address book, newest first',
      description: '`kind` keeps senders or recipients; `q` finds a part of the name, label, phone or address.',
      auth: 'user',
      query: AddressQuery,
      responses: { 200: { description: 'A page', schema: listOf(AddressBookEntry) } },
    },
    ...member,
    async (c, { query }) => {
      const page = await listAddresses(c.var.services.db, c.var.membership.enterprise.id, query);
      return c.json({ data: page.rows.map(presentAddress), nextCursor: page.nextCursor });
    },
  );

  routes.add(
    app,
    {
      method: 'post',
      path: '/v1/addresses',
      tag,
      summary: 'Save a sender or recipient',
      description: '`isDefault: true` makes it the default of its kind in place of the one before (one default sender, one default recipient).',
      auth: 'user',
      body: AddressBookEntryInput,
      responses: {
        201: { description: 'The entry', schema: AddressBookEntry },
        409: problem('The address book is full'),
        422: problem('A field breaks a rule: each is named with how to fix it'),
      },
    },
    ...member,
    async (c, { body }) => {
      const row = await c.var.services.db.transaction((tx) => createAddress(tx, writerOf(c), body));
      return c.json(presentAddress(row), 201, { location: `/v1/addresses/${row.id}`, etag: `"${row.version}"` });
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: ADDRESS,
      tag,
      summary: 'One entry',
      auth: 'user',
      responses: { 200: { description: 'The entry', schema: AddressBookEntry }, 404: problem('Not found, or not yours') },
    },
    ...member,
    async (c) => {
      const row = await findAddress(c.var.services.db, c.var.membership.enterprise.id, idOf(c));
      if (!row) throw new ProblemError({ type: 'not-found' });
      return c.json(presentAddress(row), 200, { etag: `"${row.version}"` });
    },
  );

  routes.add(
    app,
    {
      method: 'patch',
      path: ADDRESS,
      tag,
      summary: 'Change an entry: the fields sent change, and the whole address is checked again',
      description: '`If-Match` with the entry’s `version` refuses the change (409 `version_stale`) when someone changed it since.',
      auth: 'user',
      body: UpdateAddressBookEntry,
      responses: {
        200: { description: 'The entry', schema: AddressBookEntry },
        404: problem('Not found, or not yours'),
        409: problem('Changed by someone else since the version in If-Match'),
        422: problem('A field breaks a rule'),
      },
    },
    ...member,
    async (c, { body }) => {
      const row = await c.var.services.db.transaction((tx) => changeAddress(tx, writerOf(c), idOf(c), body, (version) => refuseStaleVersion(c, version)));
      return c.json(presentAddress(row), 200, { etag: `"${row.version}"` });
    },
  );

  routes.add(
    app,
    {
      method: 'delete',
      path: ADDRESS,
      tag,
      summary: 'Remove an entry (orders that used it keep their copy of the address)',
      auth: 'user',
      responses: { 204: { description: 'Removed' }, 404: problem('Not found, or not yours') },
    },
    ...member,
    async (c) => {
      await c.var.services.db.transaction((tx) => removeAddress(tx, writerOf(c), idOf(c)));
      return c.body(null, 204);
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/addresses/template.xlsx',
      tag,
      summary: 'The address-book upload template',
      description: 'Upload it filled in to `POST /v1/imports` with `kind=addresses`. Headers in any of the three languages are read back.',
      auth: 'user',
      responses: { 200: { description: 'The workbook', contentType: IMPORT_POLICY.contentType } },
    },
    requireUser,
    async (c) => {
      const bytes = await buildTemplate(ADDRESS_SHEET, c.var.locale);
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, templateHeaders(templateName('addresses', c.var.locale)));
    },
  );

  routes.add(
    app,
    {
      method: 'get',
      path: '/v1/addresses/export.xlsx',
      tag,
      summary: 'The whole address book as .xlsx, in the upload template’s columns',
      description: 'Uploads as it is into another account (`POST /v1/imports`, `kind=addresses`).',
      auth: 'user',
      responses: { 200: { description: 'The workbook', contentType: IMPORT_POLICY.contentType } },
    },
    ...member,
    async (c) => {
      const { services, locale, membership } = c.var;
      const stream = addressBookWorkbook(allAddresses(services.db, membership.enterprise.id), locale);
      return c.body(stream, 200, exportHeaders(locale, services.clock.now()));
    },
  );
}
