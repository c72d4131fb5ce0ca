import type { ImportKind } from '@wharf/domain/imports';
import type { Executor } from '../../../db/database.ts';
import { findHsCode } from '../../reference/hs-codes.ts';
import { addressImport } from './addresses.ts';
import { declarationImport } from './declarations.ts';
import type { ImportKindHandler } from './kind.ts';
import { productImport } from './products.ts';

export type { CheckedRow, ImportContext, ImportKindHandler } from './kind.ts';

/** Why there is no handler: a declaration upload's HS code is missing or unknown. */
export type KindProblem = 'hs_code_for_sheet' | 'hs_code_unknown';

/** The handler for an upload of `kind` (declarations: for the HS code given), or why there is none. */
export async function importKind(db: Executor, kind: ImportKind, options: { hsCode?: string | null }): Promise<ImportKindHandler | KindProblem> {
  if (kind === 'products') return productImport as ImportKindHandler;
  if (kind === 'addresses') return addressImport as ImportKindHandler;
  if (!options.hsCode) return 'hs_code_for_sheet';
  const hsCode = await findHsCode(db, options.hsCode);
  return hsCode ? (declarationImport(hsCode) as ImportKindHandler) : 'hs_code_unknown';
}
