// Reference data products are built on (PRODUCT §3.1, §3.5): customs units, countries, currencies and product
// categories, each `[{ code, name: { 'zh-CN', 'zh-HK', en } }]`. Kept apart from the package index: the lists are
// tens of kilobytes, and only product forms and the server need them.
import type { Locale } from '../locale.ts';
import { PRODUCT_CATEGORIES } from './categories.ts';
import { COUNTRIES } from './countries.ts';
import { TRADE_CURRENCIES } from './currencies.ts';
import { localize, type ReferenceOption } from './entries.ts';
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
export type { LocalizedName, ReferenceEntry, ReferenceOption } from './entries.ts';

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
