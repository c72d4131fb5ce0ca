// Batch uploads (PRODUCT §3.6–3.7): what may be uploaded, and the limits that keep a hostile file harmless.

/** What can be uploaded; orders join when the orders module does (the table already allows them). */
export const IMPORT_KINDS = ['products', 'declarations', 'addresses'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** checking → valid | invalid (fixable in place, then valid) → committed; failed when the file cannot be read. */
export const IMPORT_STATUSES = ['checking', 'valid', 'invalid', 'committed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const IMPORT_POLICY = {
  /** What the upload says it is: an Office Open XML workbook. */
  extension: '.xlsx',
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  /** Defaults; a provider may set others (`WHARF_IMPORT_MAX_BYTES`, `WHARF_IMPORT_MAX_ROWS`). */
  maxBytes: 50 * 1024 * 1024,
  maxRows: 200_000,
  /**
   * A workbook unpacks to at most this many times its size, entry by entry, and to at most this much in all:
   * ordinary sheets unpack to 5–20 times their size; zip bombs to thousands.
   */
  maxExpansion: 200,
  maxUnpackedBytes: 2 * 1024 * 1024 * 1024,
  maxEntries: 2_000,
  /** Columns read per row, and characters per cell (Excel's own limit). */
  maxColumns: 200,
  maxCellLength: 32_767,
  /** How many problems an import's summary lists (the rows endpoint pages through all of them). */
  summaryErrors: 200,
  /** How long an upload can be fixed and committed. */
  keepDays: 7,
} as const;

/** Whether an upload in this status may still change (rows fixed, revalidated, committed). */
export function isOpenImport(status: ImportStatus): boolean {
  return status === 'valid' || status === 'invalid';
}
