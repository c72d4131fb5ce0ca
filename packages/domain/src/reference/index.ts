// Reference data products are built on (PRODUCT §3.1, §3.5): customs units, countries, currencies and product
// categories, each `[{ code, name: { 'zh-CN', 'zh-HK', en } }]`; HS codes and their declaration elements (申报要素).
// Kept apart from the package index: the lists are tens of kilobytes, and only product forms and the server need them.
import type { Locale } from '../common/locale.ts';
import { PRODUCT_CATEGORIES } from './categories.ts';
import { COUNTRIES } from './countries.ts';
import { TRADE_CURRENCIES } from './currencies.ts';
import { localize } from './entries.ts';
import type { ReferenceOption } from './schemas.ts';
import { CUSTOMS_UNITS } from './units.ts';

export { PRODUCT_CATEGORIES, isCategoryCode } from './categories.ts';
export type { ProductCategory } from './categories.ts';
export { COUNTRIES, isCountryCode } from './countries.ts';
export type { Country } from './countries.ts';
export { TRADE_CURRENCIES, isCurrencyCode } from './currencies.ts';
export type { TradeCurrency } from './currencies.ts';
export { CUSTOMS_UNITS, isUnitCode, normalizeUnitCode } from './units.ts';
export type { CustomsUnit } from './units.ts';
export { localize, nameIn } from './entries.ts';
export type { LocalizedName, ReferenceEntry } from './entries.ts';

/** What a product form offers (`GET /v1/products/options`): every list, named in one locale. */
export function productOptions(locale: Locale): {
  categories: ReferenceOption[];
  units: ReferenceOption[];
  countries: ReferenceOption[];
  currencies: ReferenceOption[];
} {
  return {
    categories: localize(PRODUCT_CATEGORIES, locale),
    units: localize(CUSTOMS_UNITS, locale),
    countries: localize(COUNTRIES, locale),
    currencies: localize(TRADE_CURRENCIES, locale),
  };
}
export { checkProductCodes } from './product-codes.ts';
export type { ProductCodeFields, ProductCodeProblem } from './product-codes.ts';
export { HS_CODE_SEARCH, HsCode, HsCodeChoice, HsCodeElement, HsCodeList, HsCodeQuery, ProductOptions, ReferenceOption } from './schemas.ts';
export {
  BRAND_TYPE_CHOICES,
  DECLARATION_POLICY,
  ElementListError,
  PREFERENTIAL_STATUS_CHOICES,
  checkDeclarationElements,
  declaredSpecification,
  describeElement,
  elementsFromNames,
  formatElementList,
  parseElementList,
} from './declaration-elements.ts';
export type { DeclarationElement, DeclarationProblem, DeclarationProblemCode, ElementChoice } from './declaration-elements.ts';
export { REFERENCE_FIELD_CODES } from './messages/codes.ts';
export type { ReferenceFieldCode, ReferenceMessages } from './messages/codes.ts';
export { REFERENCE_CATALOGUE, fieldMessage, referenceMessagesFor } from './messages/index.ts';
