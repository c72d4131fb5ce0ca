import type { HsCode, Locale } from '@wharf/domain';
import { ADDRESS_SHEET, declarationSheet, type ImportKind, PRODUCT_SHEET, type SheetDefinition } from '@wharf/domain/imports';
import { readSheetRows, type SheetEvent } from '../read-sheet.ts';
import { openSheet, SheetFileError, type SheetLimits } from './reader.ts';

/** What a sheet is read with: the file, the kind of sheet it is, and the limits. Plain data, so it can cross threads. */
export interface SheetSourceInput {
  /** The upload, read on demand. */
  file: Blob;
  /** Where the file is on disk, when the blob store keeps files (a thread of its own opens it there). */
  path?: string;
  sheet: { kind: ImportKind; hsCode: HsCode | null };
  locale: Locale;
  limits: SheetLimits;
  maxRows: number;
}

/** Reads an upload's sheet into its events (read-sheet.ts): here, or on another thread (worker-source.ts). */
export type SheetSource = (input: SheetSourceInput) => AsyncIterable<SheetEvent>;

// What the imports module adds to the app's dependencies and services (app.ts provides the default).
declare module '../../../services.ts' {
  interface ModuleDeps {
    /** How uploaded sheets are read: on this thread by default; Node reads them on a worker (xlsx/worker-source.ts). */
    readSheet?: SheetSource;
  }
  interface ModuleServices {
    readSheet: SheetSource;
  }
}

/** The definition a sheet of `kind` is read with (declarations: the HS code's). */
export function sheetDefinition(sheet: SheetSourceInput['sheet']): SheetDefinition {
  if (sheet.kind === 'products') return PRODUCT_SHEET as SheetDefinition;
  if (sheet.kind === 'addresses') return ADDRESS_SHEET as SheetDefinition;
  if (!sheet.hsCode) throw new Error('a declaration sheet needs its HS code');
  return declarationSheet(sheet.hsCode) as SheetDefinition;
}

/** Opens the file and reads its rows on this thread (the browser mock; anywhere without threads). */
export async function* readSheetHere(input: SheetSourceInput): AsyncGenerator<SheetEvent> {
  let sheet;
  try {
    sheet = await openSheet(input.file, input.limits);
  } catch (error) {
    if (!(error instanceof SheetFileError)) throw error;
    yield { type: 'failed', columns: [], problems: [{ code: error.code, params: error.params }] };
    return;
  }
  try {
    yield* readSheetRows(sheet, sheetDefinition(input.sheet), input);
  } finally {
    await sheet.close().catch(() => {});
  }
}
