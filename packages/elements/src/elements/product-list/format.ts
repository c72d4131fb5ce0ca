import type { Locale } from '@wharf/domain';

// Numbers, money and dates as each locale writes them. Prices stay decimal strings end to end: Intl formats
// the string itself, so `129.90` is never rounded through a float.

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, (format = make()));
  return format;
}

/** `129.90` in HKD as `HK$129.90` (en), with the currency's own minor units. */
export function formatPrice(locale: Locale, price: string, currency: string): string {
  try {
    return cached(`price:${locale}:${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency })).format(price as Intl.StringNumericLiteral);
  } catch {
    // Not an ISO currency Intl knows: the amount and the code.
    return `${price} ${currency}`;
  }
}

export function formatCount(locale: Locale, value: number): string {
  return cached(`count:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

export function formatKilograms(locale: Locale, value: number): string {
  return cached(`kg:${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilogram', unitDisplay: 'short', maximumFractionDigits: 3 })).format(value);
}

/** The day of an instant, in the user's time zone. */
export function formatDate(locale: Locale, iso: string): string {
  return cached(`date:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })).format(new Date(iso));
}
