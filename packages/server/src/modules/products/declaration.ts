import type { Locale } from '@wharf/domain';
import type { MessageParams } from '@wharf/domain/messages';
import { checkDeclarationElements, checkProductCodes, declaredSpecification, type ProductCodeFields } from '@wharf/domain/reference';
import type { Executor } from '../../db/database.ts';
import { findHsCode } from '../reference/hs-codes.ts';

/** A problem found in a product's fields: where, which code, and what its message needs. */
export interface FieldFinding {
  path: string;
  code: string;
  params?: MessageParams;
}

/** The reference-list fields (category, unit, origin) that are not codes of their lists. */
export function checkReferenceCodes(locale: Locale, fields: ProductCodeFields): FieldFinding[] {
  return checkProductCodes(fields, locale);
}

/**
 * A product's declaration against its HS code: the problems with its answers (or `hsCode` itself when the code is
 * not in the catalogue), and the declared specification (规格型号) when there are none.
 */
export async function declarationOf(
  db: Executor,
  hsCode: string,
  answers: Readonly<Record<string, string>>,
): Promise<{ problems: FieldFinding[]; specification: string | null }> {
  const code = await findHsCode(db, hsCode);
  if (!code) return { problems: [{ path: 'hsCode', code: 'hs_code_unknown' }], specification: null };
  const problems = checkDeclarationElements(code, answers);
  return { problems, specification: problems.length ? null : declaredSpecification(code, answers) };
}
