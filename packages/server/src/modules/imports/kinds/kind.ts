import type { HsCode, Locale } from '@wharf/domain';
import type { ImportKind, SheetDefinition } from '@wharf/domain/imports';
import { auditMany } from '../../../audit.ts';
import type { Clock } from '../../../clock.ts';
import type { Executor } from '../../../db/database.ts';
import type { StoredProblem } from '../../../db/schema.ts';

/** One row of an upload as checked: its cells, what it makes, and every problem found with it. */
export interface CheckedRow<Value = unknown> {
  row: number;
  cells: Record<string, string>;
  /** What must be unique in the file (the SKU, upper case). */
  key: string | undefined;
  value: Value | undefined;
  problems: StoredProblem[];
  /** The existing record the row changes (a product whose declaration it fills in), found while checking. */
  target?: string;
}

/** Whose upload it is and where its rows go. */
export interface ImportContext {
  db: Executor;
  clock: Clock;
  locale: Locale;
  importId: string;
  enterprise: { id: string; tradingCurrency: string | null };
  actor: { id: string };
  /** Inside a commit: lock what the rows change, so nothing moves between the check and the write. */
  forUpdate?: boolean;
}

/**
 * A kind of upload on the server: the sheet it reads (from the domain), the checks that need the database, and
 * what committing its rows does. Products and declaration elements now; orders are one more of these.
 */
export interface ImportKindHandler<Value = unknown> {
  kind: ImportKind;
  definition: SheetDefinition<Value>;
  /** What the sheet reader needs to rebuild `definition` on another thread. */
  sheet: { kind: ImportKind; hsCode: HsCode | null };
  /** Adds the problems only the database can see (a SKU already taken, a product that does not exist). */
  checkRows(context: ImportContext, rows: CheckedRow<Value>[]): Promise<void>;
  /** Writes what checked, problem-free rows say, inside the caller's transaction; returns how many. */
  commit(context: ImportContext, rows: readonly CheckedRow<Value>[]): Promise<number>;
}

/** What a commit did to each product, in the log: by the uploader, naming the upload. */
export function auditProducts(context: ImportContext, action: string, entries: readonly { id: string; data: Record<string, unknown> }[]): Promise<void> {
  return auditMany(
    context.db,
    context.clock,
    entries.map((entry) => ({ actor: { kind: 'user', id: context.actor.id }, entity: 'product', entityId: entry.id, action, data: { ...entry.data, import: context.importId } })),
  );
}
