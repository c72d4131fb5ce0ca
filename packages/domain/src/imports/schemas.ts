import { z } from 'zod';
import { IMPORT_KINDS, IMPORT_STATUSES } from './rules.ts';
import { Id, Timestamp } from '../common/schemas.ts';
import { HsCodeValue } from '../products/schemas.ts';

export const ImportKind = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof ImportKind>;
export const ImportStatus = z.enum(IMPORT_STATUSES);
export type ImportStatus = z.infer<typeof ImportStatus>;

/** One problem of an upload, at its cell: the sheet's row number and column letter, and the header over it. */
export const ImportError = z
  .object({
    row: z.number().int().meta({ description: 'Row number as the sheet shows it (the header is row 1)' }),
    column: z.string().nullable().meta({ description: 'Column letter, e.g. `C`; null for a problem with the whole row or file', examples: ['C'] }),
    header: z.string().nullable().meta({ description: 'The column’s header in the uploaded file', examples: ['销售价*'] }),
    path: z.string().nullable().meta({ description: 'The request field the column fills, e.g. `salePrice`' }),
    code: z.string(),
    message: z.string().meta({ description: 'What is wrong and how to fix it, in the caller’s language' }),
  })
  .meta({ id: 'ImportError' });
export type ImportError = z.infer<typeof ImportError>;

export const ImportColumn = z
  .object({
    key: z.string().meta({ description: 'The field the column fills' }),
    column: z.string().meta({ description: 'Its letter in the uploaded sheet' }),
    header: z.string(),
  })
  .meta({ id: 'ImportColumn' });
export type ImportColumn = z.infer<typeof ImportColumn>;

export const Import = z
  .object({
    id: Id,
    kind: ImportKind,
    status: ImportStatus.meta({
      description: '`checking` while the file is read; `valid` can be committed; `invalid` has problems to fix; `committed`; `failed` when the file could not be read at all',
    }),
    fileName: z.string(),
    hsCode: z.string().nullable().meta({ description: 'Declaration-element uploads: the HS code the sheet is for' }),
    columns: z.array(ImportColumn).meta({ description: 'The uploaded sheet’s columns Wharf reads, in sheet order' }),
    rows: z.number().int().meta({ description: 'Data rows read (so far, while checking)' }),
    invalidRows: z.number().int(),
    errorCount: z.number().int(),
    errors: z.array(ImportError).meta({ description: 'The first problems, in row order (all of them: `GET /v1/imports/:id/rows?invalid=true`)' }),
    progress: z
      .object({ rows: z.number().int(), bytesRead: z.number().int(), totalBytes: z.number().int() })
      .nullable()
      .meta({ description: 'While checking: rows read and how much of the sheet has been read' }),
    created: z.number().int().nullable().meta({ description: 'After commit: how many were created (or changed)' }),
    createdAt: Timestamp,
    committedAt: Timestamp.nullable(),
    expiresAt: Timestamp.meta({ description: 'Until when it can be fixed and committed' }),
  })
  .meta({ id: 'Import' });
export type Import = z.infer<typeof Import>;

export const ImportRow = z
  .object({
    row: z.number().int(),
    cells: z.record(z.string(), z.string()).meta({ description: 'The row’s cells by column key, as uploaded or fixed' }),
    errors: z.array(ImportError),
  })
  .meta({ id: 'ImportRow' });
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportRowQuery = z.object({
  invalid: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .meta({ description: '`true`: only rows with problems' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type ImportRowQuery = z.input<typeof ImportRowQuery>;

export const UpdateImportRow = z
  .object({
    cells: z
      .record(z.string().max(100), z.string().max(32_767))
      .meta({ description: 'The cells to change, by column key; an empty string clears a cell' }),
  })
  .meta({ id: 'UpdateImportRow' });
export type UpdateImportRow = z.input<typeof UpdateImportRow>;

export const ImportQuery = z.object({
  kind: ImportKind.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  cursor: z.string().max(200).optional(),
});
export type ImportQuery = z.input<typeof ImportQuery>;

/** The multipart fields of `POST /v1/imports` besides `file`. */
export const ImportUploadFields = z.object({
  kind: ImportKind,
  hsCode: HsCodeValue.optional().meta({ description: 'For `declarations`: the HS code the sheet is for (else the sheet’s name)' }),
});

export const TemplateQuery = z.object({
  kind: ImportKind.default('products'),
  hsCode: HsCodeValue.optional().meta({ description: 'For `declarations`: the HS code whose elements the sheet asks for' }),
});
export type TemplateQuery = z.input<typeof TemplateQuery>;
