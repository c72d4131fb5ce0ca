import type { Import, ImportKind, ImportQuery, ImportRow, ImportRowQuery } from '@wharf/domain';
import type { RequestOptions, Transport, WharfClientOptions } from '../core/http.ts';
import type { UploadImportOptions } from '../core/import-upload.ts';
import type { Page } from '../core/page.ts';
import { searchParams } from '../core/search-params.ts';

export interface TemplateOptions extends RequestOptions {
  hsCode?: string;
}

/**
 * Batch uploads (API.md, Products and HS codes): download a template, upload it filled in, see every problem at
 * its row and column, fix rows in place, commit all or nothing. Products and declaration elements today.
 */
export function importsResource(send: Transport, client: WharfClientOptions) {
  const at = (id: string, rest = '') => `v1/imports/${encodeURIComponent(id)}${rest}`;
  const get = (id: string, options: RequestOptions = {}) => send<Import>('get', at(id), options);
  return {
    /** The .xlsx template in the client's language (declarations: for `hsCode`). */
    template: (kind: ImportKind, options: TemplateOptions = {}) =>
      send<Blob>('get', 'v1/imports/template.xlsx', { signal: options.signal, headers: options.headers, as: 'blob', searchParams: searchParams({ kind, hsCode: options.hsCode }) }),
    /**
     * Uploads a filled-in sheet and resolves once the server has checked every row: `valid`, or `invalid` with its
     * problems. Progress goes to `onProgress` — the bytes going up (browsers), then the rows being read. A file
     * that cannot be used (not a workbook, too large, a header without a required column) rejects with a
     * ValidationError at `file`, each problem with its `row` and `column`.
     */
    upload: async (file: Blob, options: UploadImportOptions): Promise<Import> => {
      // Loaded on first use: pages that never upload a sheet do not carry it.
      const { uploadImport } = await import('../core/import-upload.ts');
      return uploadImport(send, client, get, file, options);
    },
    get,
    /** The enterprise's recent uploads, newest first. */
    list: (query: ImportQuery = {}, options: RequestOptions = {}) => send<Page<Import>>('get', 'v1/imports', { ...options, searchParams: searchParams(query) }),
    /** Rows in sheet order with their cells and problems; `{ invalid: 'true' }` for the bad ones only. */
    rows: (id: string, query: ImportRowQuery = {}, options: RequestOptions = {}) =>
      send<Page<ImportRow>>('get', at(id, '/rows'), { ...options, searchParams: searchParams(query) }),
    /** Fixes cells of a row in place (an empty string clears one); answers with the rows checked again. */
    fixRow: (id: string, row: number, cells: Record<string, string>, options: RequestOptions = {}) =>
      send<{ import: Import; rows: ImportRow[] }>('patch', at(id, `/rows/${row}`), { json: { cells }, ...options }),
    /** Leaves a row out of the upload. */
    removeRow: (id: string, row: number, options: RequestOptions = {}) => send<Import>('delete', at(id, `/rows/${row}`), options),
    /** Checks every row again against the enterprise as it is now. */
    revalidate: (id: string, options: RequestOptions = {}) => send<Import>('post', at(id, '/revalidate'), options),
    /** Imports every row, all or nothing; repeating it is safe (`created` says how many). */
    commit: (id: string, options: RequestOptions = {}) => send<Import>('post', at(id, '/commit'), options),
    /** Throws an uncommitted upload away. */
    discard: (id: string, options: RequestOptions = {}) => send<void>('delete', at(id), options),
  };
}
export type ImportsResource = ReturnType<typeof importsResource>;
