import type { MessageParams } from '../../common/messages/params.ts';

/** Refusals about batch uploads (PRODUCT §3.6–3.7): the file, its header, its rows; messages in imports/messages/. */
export const IMPORT_FIELD_CODES = [
  'number_format',
  'duplicate_in_file',
  'header_missing',
  'header_repeated',
  'file_not_xlsx',
  'file_xls',
  'file_damaged',
  'file_unsafe',
  'file_too_large',
  'file_no_sheet',
  'too_many_rows',
  'no_rows',
  'sku_unknown',
  'import_invalid',
  'import_checking',
  'import_closed',
  'import_interrupted',
  'hs_code_for_sheet',
  'hs_code_mismatch',
] as const;
export type ImportFieldCode = (typeof IMPORT_FIELD_CODES)[number];
/** Messages about batch uploads, kept apart so that other elements do not carry them. */
export interface ImportMessages {
  field: Record<ImportFieldCode, (p: MessageParams) => string>;
}
