// Batch uploads (PRODUCT §3.6–3.7): what may be uploaded, its limits, and what a sheet of each kind holds and how its
// rows are read. Kept apart from the package index (the reference lists they offer are tens of kilobytes); the
// server, the template builder and the batch-upload element import it from `@wharf/domain/imports`.
export { columnIndex, columnLetter, headerText, matchHeaders, normalizeHeader, REQUIRED_MARK } from './sheet.ts';
export type { CellProblem, HeaderProblem, MappedColumn, ReadRow, SheetColumn, SheetDefinition, SheetOption, SheetRow } from './sheet.ts';
export { numberOf, optionIndex, referenceOptions, textOf } from './cells.ts';
export { PRODUCT_COLUMNS, PRODUCT_SHEET } from './products-sheet.ts';
export type { ProductRowValue } from './products-sheet.ts';
export { declarationSheet } from './declarations-sheet.ts';
export { ADDRESS_COLUMNS, ADDRESS_KIND_OPTIONS, ADDRESS_SHEET, YES_NO_OPTIONS } from './addresses-sheet.ts';
export type { AddressRowValue } from './addresses-sheet.ts';
export type { DeclarationRowValue } from './declarations-sheet.ts';
export { Import, ImportColumn, ImportError, ImportKind, ImportQuery, ImportRow, ImportRowQuery, ImportStatus, ImportUploadFields, TemplateQuery, UpdateImportRow } from './schemas.ts';
export { IMPORT_KINDS, IMPORT_POLICY, IMPORT_STATUSES, isOpenImport } from './rules.ts';
export { IMPORT_FIELD_CODES } from './messages/codes.ts';
export type { ImportFieldCode, ImportMessages } from './messages/codes.ts';
export { IMPORT_CATALOGUE, fieldMessage, importMessagesFor } from './messages/index.ts';
