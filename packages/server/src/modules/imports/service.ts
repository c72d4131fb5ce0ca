import type { Locale, TemplateQuery, UpdateImportRow } from '@wharf/domain';
import { isOpenImport } from '@wharf/domain/imports';
import { fieldMessage } from '@wharf/domain/messages';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Executor } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { importRows, imports, type ImportRecord } from '../../db/schema.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { isUuid } from '../enterprises/membership.ts';
import { CommitRefused, recheckGroup, recheckRows } from './check.ts';
import { importKind, type ImportKindHandler } from './kinds/index.ts';
import { fileProblem, presentImport, settleStalled, templateName } from './present.ts';
import { findImport, importById, importPage } from './queries.ts';
import { readCells } from './read-sheet.ts';
import { readRows, recount, rowsWithKey, updateRows } from './rows.ts';
import { contextOf, kindHandler, startUpload, type StartedUpload, type Uploader } from './upload.ts';
import { buildTemplate } from './xlsx/template.ts';

// What batch uploads do (PRODUCT §3.6–3.7), for the member of an enterprise: each step on one upload of theirs,
// refused with a problem (404 for anyone else's, 409 once it can no longer change).

/** Who acts on the enterprise's uploads: the member, in their language. */
export type ImportActor = Uploader;

/** The row number in the path; 404 for anything that is not one. */
function rowNumber(row: string): number {
  if (!/^\d{1,9}$/.test(row)) throw new ProblemError({ type: 'not-found' });
  return Number(row);
}

/** The upload `id`, of the actor's enterprise; 404 for anyone else's. */
export async function loadImport(actor: ImportActor, id: string, options: { forUpdate?: boolean; db?: Executor } = {}): Promise<ImportRecord> {
  const db = options.db ?? actor.services.db;
  if (!isUuid(id)) throw new ProblemError({ type: 'not-found' });
  const record = await findImport(db, actor.enterprise.id, id, options);
  if (!record) throw new ProblemError({ type: 'not-found' });
  return settleStalled(db, record, actor.services.clock.now());
}

/** The sheet definition of an upload (for headers of columns the file lacks); undefined if its HS code went away. */
export async function definitionOf(db: Executor, record: ImportRecord) {
  const handler = await importKind(db, record.kind, { hsCode: record.hsCode });
  return typeof handler === 'string' ? undefined : handler.definition;
}

/** 409 unless the upload can still change (`valid` or `invalid`), saying why. */
function refuseUnlessOpen(locale: Locale, record: ImportRecord) {
  if (isOpenImport(record.status)) return;
  if (record.status === 'checking') throw fieldProblem(locale, { type: 'conflict', path: 'status', code: 'import_checking' });
  throw fieldProblem(locale, { type: 'conflict', path: 'status', code: 'import_closed', params: { status: record.status } });
}

/** The upload, open to change (else 409 saying why), with its kind's handler. */
async function openImport(actor: ImportActor, id: string): Promise<{ record: ImportRecord; handler: ImportKindHandler }> {
  const record = await loadImport(actor, id);
  refuseUnlessOpen(actor.locale, record);
  return { record, handler: await kindHandler(actor.services.db, actor.locale, record) };
}

/** A template workbook for a kind of upload, in `locale`, with the file name it is served under. */
export async function templateWorkbook(db: Executor, locale: Locale, query: z.output<typeof TemplateQuery>) {
  const handler = await kindHandler(db, locale, { kind: query.kind, hsCode: query.hsCode ?? null });
  return { bytes: await buildTemplate(handler.definition, locale), name: templateName(query.kind, locale, query.hsCode) };
}

/**
 * An upload stored and checked. `respondAsync`: the check goes on in the background and the upload is answered
 * at once (`accepted`); otherwise it is waited for, and a file that cannot be used is refused with 422.
 */
export async function uploadImport(actor: ImportActor, request: Request, respondAsync: boolean): Promise<Pick<StartedUpload, 'record' | 'handler'> & { accepted: boolean }> {
  const { services } = actor;
  const { record, handler, checking } = await startUpload(actor, request);
  if (respondAsync) {
    services.background.add(checking);
    void checking.finally(() => services.background.delete(checking));
    return { record, handler, accepted: true };
  }
  await checking;
  const checked = await importById(services.db, record.id);
  if (!checked) throw new ProblemError({ type: 'not-found' });
  if (checked.status === 'failed') throw fileProblem(actor.locale, checked);
  return { record: checked, handler, accepted: false };
}

/** A page of the enterprise's uploads, newest first, stalled checks settled as failed. */
export async function listImports(actor: ImportActor, query: { kind?: ImportRecord['kind']; cursor?: string; limit: number }) {
  const { db, clock } = actor.services;
  const { rows, nextCursor } = await importPage(db, actor.enterprise.id, query);
  const now = clock.now();
  const data = [];
  for (const row of rows) data.push(await presentImport(db, actor.locale, await settleStalled(db, row, now)));
  return { data, nextCursor };
}

/** A page of an upload's rows in sheet order (only those with problems when `invalid`). */
export async function importRowPage(actor: ImportActor, id: string, query: { after?: number; limit: number; invalid?: boolean }) {
  const record = await loadImport(actor, id);
  const definition = (await kindHandler(actor.services.db, actor.locale, record)).definition;
  const rows = await readRows(actor.services.db, record.id, definition, { after: query.after, limit: query.limit + 1, invalid: query.invalid });
  return { record, definition, rows: rows.slice(0, query.limit), more: rows.length > query.limit };
}

/** A row fixed in place: the cells sent change, and the row (with any it duplicates, before or after) is checked again. */
export async function fixRow(actor: ImportActor, id: string, row: string, body: z.output<typeof UpdateImportRow>) {
  const { services, locale } = actor;
  const { record, handler } = await openImport(actor, id);
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
    refuseUnlessOpen(locale, await loadImport(actor, id, { forUpdate: true, db: tx }));
    const context = contextOf(actor, record.id, tx);
    const wanted = rowNumber(row);
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
    const fixedRow = checked.get(current.row);
    return [...(fixedRow ? [fixedRow] : []), ...[...checked.values()].filter((row) => row.row !== current.row)];
  });
  return { record: await loadImport(actor, id), definition: handler.definition, rows };
}

/** A row left out of the upload; rows it duplicated are checked again. */
export async function dropRow(actor: ImportActor, id: string, row: string) {
  const { services } = actor;
  const { record, handler } = await openImport(actor, id);
  await services.db.transaction(async (tx) => {
    refuseUnlessOpen(actor.locale, await loadImport(actor, id, { forUpdate: true, db: tx }));
    const [removed] = await tx
      .delete(importRows)
      .where(and(eq(importRows.importId, record.id), eq(importRows.row, rowNumber(row))))
      .returning();
    if (!removed) throw new ProblemError({ type: 'not-found' });
    if (removed.key) await recheckGroup(contextOf(actor, record.id, tx), handler, await rowsWithKey(tx, record.id, handler.definition, removed.key));
    await recount(tx, record.id, services.clock.now());
  });
  return { record: await loadImport(actor, id), definition: handler.definition };
}

/** Every row checked again, against the enterprise as it is now. */
export async function revalidateImport(actor: ImportActor, id: string) {
  const { services } = actor;
  const { record, handler } = await openImport(actor, id);
  await recheckRows(contextOf(actor, record.id), handler);
  return { record: await recount(services.db, record.id, services.clock.now()), definition: handler.definition };
}

/**
 * Every row imported, all or nothing, in one transaction with what it changes locked; a committed upload
 * answers again with what it created. If a row no longer passes, nothing is written, the rows are marked and
 * the answer is 409 with the upload.
 */
export async function commitImport(actor: ImportActor, id: string) {
  const { services, locale } = actor;
  const first = await loadImport(actor, id);
  const handler = await kindHandler(services.db, locale, first);
  try {
    const committed = await services.db.transaction(async (tx) => {
      const record = await loadImport(actor, id, { forUpdate: true, db: tx });
      if (record.status === 'committed') return record;
      refuseUnlessOpen(locale, record);
      if (record.status !== 'valid') throw fieldProblem(locale, { type: 'conflict', path: 'status', code: 'import_invalid', params: { count: record.errorCount } });
      const created = await recheckRows({ ...contextOf(actor, record.id, tx), forUpdate: true }, handler, { commit: true });
      const now = services.clock.now();
      const [done] = await tx.update(imports).set({ status: 'committed', created, committedAt: now, updatedAt: now }).where(eq(imports.id, record.id)).returning();
      await audit(tx, services.clock, { actor: { kind: 'user', id: actor.userId }, entity: 'import', entityId: record.id, action: 'committed', data: { kind: record.kind, created } });
      return done ?? record;
    });
    return { record: committed, definition: handler.definition };
  } catch (error) {
    if (!(error instanceof CommitRefused) && !isUniqueViolation(error)) throw error;
    // Rolled back: mark the rows that no longer pass, and say so.
    await recheckRows(contextOf(actor, first.id), handler);
    const record = await recount(services.db, first.id, services.clock.now());
    throw fieldProblem(locale, { type: 'conflict', path: 'status', code: 'import_invalid', params: { count: record.errorCount }, extra: { import: await presentImport(services.db, locale, record, handler.definition) } });
  }
}

/** An upload that was not committed, discarded; a committed one stays as the record of what it created (409). */
export async function discardImport(actor: ImportActor, id: string) {
  const record = await loadImport(actor, id);
  if (record.status === 'committed') throw fieldProblem(actor.locale, { type: 'conflict', path: 'status', code: 'import_closed', params: { status: record.status } });
  await actor.services.db.delete(imports).where(eq(imports.id, record.id));
}
