// Money in a trading currency: which currencies, how many decimals each allows, and amounts checked and shown
// exactly (string arithmetic, never floating point). Ledger entries and product prices share these rules.

/**
 * Trading currencies (seed 002: chosen once at registration, fixed once any fee exists). ISO 4217 codes with
 * the number of minor units amounts may carry.
 */
export const CURRENCIES = {
  CNY: 2,
  HKD: 2,
  USD: 2,
  EUR: 2,
  GBP: 2,
  JPY: 0,
  SGD: 2,
  TWD: 2,
  MOP: 2,
  AUD: 2,
  CAD: 2,
  KRW: 0,
} as const satisfies Record<string, number>;
export type Currency = keyof typeof CURRENCIES;
export const CURRENCY_CODES = Object.keys(CURRENCIES) as Currency[];

export function isCurrency(value: string): value is Currency {
  return Object.hasOwn(CURRENCIES, value);
}

/** A positive decimal amount with at most the currency's minor units, e.g. `1250.00` in HKD, `300` in JPY. */
export function checkAmount(amount: string, currency: Currency): 'amount_format' | 'amount_not_positive' | 'amount_precision' | undefined {
  if (!/^\d{1,13}(?:\.\d{1,4})?$/.test(amount)) return 'amount_format';
  if (exceedsMinorUnits(amount, currency)) return 'amount_precision';
  if (!/[1-9]/.test(amount)) return 'amount_not_positive';
  return undefined;
}

/**
 * Whether an amount is written with more decimals than the currency has minor units (JPY and KRW have none).
 * With `significant`, trailing zeros do not count: prices are stored with two decimals whatever the currency, so
 * `129.00` is a whole JPY price; a ledger amount is judged as typed.
 */
export function exceedsMinorUnits(amount: string, currency: Currency, { significant = false }: { significant?: boolean } = {}): boolean {
  const fraction = /\.(\d*)$/.exec(amount.trim())?.[1] ?? '';
  return (significant ? fraction.replace(/0+$/, '') : fraction).length > CURRENCIES[currency];
}

/**
 * A decimal amount as stored (e.g. `1250.5000`, `-3`) written with exactly the currency's minor units
 * (`1250.50` in HKD, `300` in JPY). Exact: string arithmetic, never floating point.
 */
export function formatAmount(value: string, currency: Currency): string {
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(value.trim());
  if (!match) throw new Error(`not a decimal amount: ${value}`);
  const [, sign, whole, fraction = ''] = match;
  const digits = CURRENCIES[currency];
  const shown = fraction.padEnd(digits, '0').slice(0, digits);
  const zero = /^0+$/.test(whole!) && /^0*$/.test(shown);
  return `${zero ? '' : sign}${whole!.replace(/^0+(?=\d)/, '')}${digits ? `.${shown}` : ''}`;
}

/** A price as the API shows it: with the trading currency's minor units when the currency is known (`50` in JPY), else as given. */
export function inCurrency(price: string, currency: string | null | undefined): string {
  return currency && isCurrency(currency) ? formatAmount(price, currency) : price;
}
