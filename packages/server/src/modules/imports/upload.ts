import { ImportUploadFields, toFieldErrors, type Locale } from '@wharf/domain';
import { IMPORT_POLICY } from '@wharf/domain/imports';
import { isHsCode } from '@wharf/domain/products';
import { eq } from 'drizzle-orm';
import { audit } from '../../audit.ts';
import { BlobTooLargeError } from '../../blobs/blob-store.ts';
import type { Executor } from '../../db/database.ts';
import { imports, type ImportRecord } from '../../db/schema.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import type { Services } from '../../services.ts';
import type { EnterpriseRow } from '../enterprises/membership.ts';
import { checkSheet } from './check.ts';
import { importKind, type ImportContext, type ImportKindHandler } from './kinds/index.ts';
import { openSheet, SheetFileError, type SheetLimits } from './xlsx/reader.ts';

const LIMITS: SheetLimits = {
  maxExpansion: IMPORT_POLICY.maxExpansion,
  maxUnpackedBytes: IMPORT_POLICY.maxUnpackedBytes,
  maxEntries: IMPORT_POLICY.maxEntries,
  maxColumns: IMPORT_POLICY.maxColumns,
  maxCellLength: IMPORT_POLICY.maxCellLength,
};

/** Who uploads, and with what. */
export interface Uploader {
  services: Services;
  locale: Locale;
  enterprise: EnterpriseRow;
  userId: string;
}

/** What checking a row of upload `importId` needs: the uploader's enterprise, language and clock, over `db`. */
export function contextOf(uploader: Uploader, importId: string, db: Executor = uploader.services.db): ImportContext {
  return { db, clock: uploader.services.clock, locale: uploader.locale, importId, enterprise: uploader.enterprise, actor: { id: uploader.userId } };
}

/** The handler for an upload's kind; 422 at `hsCode` when its HS code is missing or unknown. */
export async function kindHandler(db: Executor, locale: Locale, record: Pick<ImportRecord, 'kind' | 'hsCode'>): Promise<ImportKindHandler> {
  const handler = await importKind(db, record.kind, { hsCode: record.hsCode });
  if (typeof handler === 'string') throw fieldProblem(locale, { path: 'hsCode', code: handler });
  return handler;
}

/** An upload being checked: its record (status `checking`), its kind's handler, and the check, settled when done. */
export interface StartedUpload {
  record: ImportRecord;
  handler: ImportKindHandler;
  checking: Promise<unknown>;
}

interface StoredFile {
  blobKey: string;
  fileName: string;
  size: number;
  fields: Record<string, string>;
  file: boolean;
}

/** The multipart body's file streamed to storage (refused past the limit), with the form's other fields. */
async function storeFile({ services, locale }: Uploader, request: Request, blobKey: string): Promise<StoredFile> {
  let fileName = '';
  let size = 0;
  try {
    const parsed = await services.multipart(request, {
      onFile: async (file) => {
        fileName = file.name.replace(/[\u0000-\u001f\u007f/\\]/g, '_').slice(0, 200) || 'upload.xlsx';
        size = await services.blobs.write(blobKey, file.stream, { maxBytes: services.config.imports.maxBytes });
      },
    });
    return { blobKey, fileName, size, ...parsed };
  } catch (error) {
    await services.blobs.delete(blobKey);
    if (error instanceof BlobTooLargeError) {
      throw fieldProblem(locale, { type: 'payload-too-large', path: 'file', code: 'file_too_large', params: { max: services.config.imports.maxBytes } });
    }
    // The storage failing (a full disk) is the server's problem; anything else is a body that is not multipart.
    if (typeof (error as { code?: unknown }).code === 'string' && /^E[A-Z]+$/.test((error as { code: string }).code)) throw error;
    throw fieldProblem(locale, { path: 'file', code: 'multipart_broken' });
  }
}

/** The workbook, looked at only (is it one? which sheet?); 422 at `file` when it cannot be used. */
async function openStoredSheet(locale: Locale, blob: Blob) {
  try {
    return await openSheet(blob, LIMITS);
  } catch (error) {
    if (error instanceof SheetFileError) throw fieldProblem(locale, { path: 'file', code: error.code, params: error.params });
    throw error;
  }
}

/**
 * Receives a multipart upload (PRODUCT §3.6) and starts checking it: the file is stored, the form and the
 * workbook are checked, the upload is recorded and its rows are read by the app's sheet reader. Refused before the
 * check began, nothing of the file is kept; once begun, the check removes the file when it ends.
 */
export async function startUpload(uploader: Uploader, request: Request): Promise<StartedUpload> {
  const { services } = uploader;
  const id = crypto.randomUUID();
  const now = services.clock.now();
  const stored = await storeFile(uploader, request, `imports/${now.toISOString().slice(0, 7)}/${id}`);
  const cleanUp = () => services.blobs.delete(stored.blobKey).catch((error: unknown) => services.log('removing an upload failed', error));
  try {
    return await beginCheck(uploader, { id, now, stored, cleanUp });
  } catch (error) {
    const [started] = await services.db.select({ id: imports.id }).from(imports).where(eq(imports.id, id));
    if (!started) await cleanUp();
    throw error;
  }
}

async function beginCheck(
  uploader: Uploader,
  { id, now, stored, cleanUp }: { id: string; now: Date; stored: StoredFile; cleanUp: () => Promise<void> },
): Promise<StartedUpload> {
  const { services, locale, enterprise, userId } = uploader;
  if (!stored.file) throw fieldProblem(locale, { path: 'file', code: 'required' });
  const fields = ImportUploadFields.safeParse(stored.fields, { reportInput: true });
  if (!fields.success) throw new ProblemError({ type: 'validation', errors: toFieldErrors(fields.error.issues, locale) });
  const { kind } = fields.data;
  const blob = await services.blobs.open(stored.blobKey);
  let sheet: Awaited<ReturnType<typeof openStoredSheet>> | undefined = await openStoredSheet(locale, blob!);
  try {
    let hsCode: string | null = null;
    if (kind === 'declarations') {
      // The template is named after its code: a sheet made for another code is refused rather than misread.
      const named = isHsCode(sheet.name) ? sheet.name : undefined;
      if (fields.data.hsCode && named && named !== fields.data.hsCode) throw fieldProblem(locale, { path: 'hsCode', code: 'hs_code_mismatch', params: { field: named } });
      hsCode = fields.data.hsCode ?? named ?? null;
    }
    const handler = await kindHandler(services.db, locale, { kind, hsCode });
    const { fileName, size } = stored;
    const [record] = await services.db
      .insert(imports)
      .values({
        id,
        enterpriseId: enterprise.id,
        kind,
        status: 'checking',
        fileName,
        size,
        hsCode,
        createdBy: userId,
        createdAt: now,
        updatedAt: now,
        expiresAt: new Date(now.getTime() + IMPORT_POLICY.keepDays * 86_400_000),
      })
      .returning();
    await audit(services.db, services.clock, { actor: { kind: 'user', id: userId }, entity: 'import', entityId: id, action: 'uploaded', data: { kind, fileName, size } });
    // Looked at only; the rows are read by the app's sheet reader, on a thread of its own in Node.
    await sheet.close().catch(() => {});
    sheet = undefined;
    const rows = services.readSheet({
      file: blob!,
      ...(services.blobs.pathOf ? { path: services.blobs.pathOf(stored.blobKey) } : {}),
      sheet: handler.sheet,
      locale,
      limits: LIMITS,
      maxRows: services.config.imports.maxRows,
    });
    const checking = checkSheet(contextOf(uploader, id), handler, rows)
      .catch(async (error: unknown) => {
        // Discarded while it was being checked: its rows had nowhere to go, and nobody is waiting for them.
        const [still] = await services.db.select({ id: imports.id }).from(imports).where(eq(imports.id, id));
        if (!still) return;
        services.log(`checking upload ${id} failed`, error);
        await services.db.update(imports).set({ status: 'failed', fileErrors: [{ code: 'import_interrupted' }], updatedAt: services.clock.now() }).where(eq(imports.id, id));
      })
      .finally(cleanUp);
    return { record: record!, handler, checking };
  } finally {
    if (sheet) {
      await sheet.close().catch(() => {});
      await cleanUp();
    }
  }
}
