// Batch uploads: what a sheet of each kind holds and how its rows are read. Kept apart from the package index (the
// reference lists they offer are tens of kilobytes); the server, the template builder and the batch-upload
// element import it from `@wharf/domain/imports`.
export { columnIndex, columnLetter, headerText, matchHeaders, normalizeHeader, REQUIRED_MARK } from './sheet.ts';
export type { CellProblem, HeaderProblem, MappedColumn, ReadRow, SheetColumn, SheetDefinition, SheetOption, SheetRow } from './sheet.ts';
export { numberOf, optionIndex, referenceOptions, textOf } from './cells.ts';
export { PRODUCT_COLUMNS, PRODUCT_SHEET } from './products-sheet.ts';
export type { ProductRowValue } from './products-sheet.ts';
export { declarationSheet } from './declarations-sheet.ts';
export type { DeclarationRowValue } from './declarations-sheet.ts';
