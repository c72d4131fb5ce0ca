import type { Locale } from '../common/locale.ts';
import { isCategoryCode, PRODUCT_CATEGORIES } from './categories.ts';
import { isCountryCode } from './countries.ts';
import { localize } from './entries.ts';
import { isUnitCode } from './units.ts';

/** A product field whose value must be a code of one of the reference lists. */
export interface ProductCodeFields {
  category?: string | null | undefined;
  unit?: string | null | undefined;
  originCountry?: string | null | undefined;
}

export interface ProductCodeProblem {
  path: 'category' | 'unit' | 'originCountry';
  code: 'category_unknown' | 'unit_unknown' | 'country_unknown';
  params: { options?: string[] };
}

/**
 * Checks that a product's category, unit and origin are codes of their lists (`cosmetics`, `007`, `KR`); fields
 * not given are not checked. The category problem lists the categories in `locale`, so the message can name them.
 */
export function checkProductCodes(fields: ProductCodeFields, locale: Locale): ProductCodeProblem[] {
  const problems: ProductCodeProblem[] = [];
  if (fields.category && !isCategoryCode(fields.category)) {
    problems.push({ path: 'category', code: 'category_unknown', params: { options: localize(PRODUCT_CATEGORIES, locale).map((entry) => entry.name) } });
  }
  if (fields.unit && !isUnitCode(fields.unit)) problems.push({ path: 'unit', code: 'unit_unknown', params: {} });
  if (fields.originCountry && !isCountryCode(fields.originCountry)) problems.push({ path: 'originCountry', code: 'country_unknown', params: {} });
  return problems;
}
