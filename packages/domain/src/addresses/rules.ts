// Addresses (API.md "Orders and addresses"): a recipient or sender, in an order or in the address book. The phone,
// postcode and resident ID number rules, and the limits forms give as `maxlength`.

export const ADDRESS_POLICY = {
  nameMax: 50,
  /** As typed, with spaces, dashes and a country prefix: `+86 138-0013-8000`. */
  phoneMax: 20,
  provinceMax: 30,
  cityMax: 30,
  districtMax: 30,
  streetMax: 200,
  /** Chinese postcodes are six digits. */
  postcodeLength: 6,
  /** A resident ID number (GB 11643): 17 digits and a check character. */
  idNumberLength: 18,
  labelMax: 50,
  /** Address-book entries per enterprise. */
  bookMax: 10_000,
} as const;

export const ADDRESS_KINDS = ['sender', 'recipient'] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];

/** The fields an address cannot be saved without. */
export const ADDRESS_REQUIRED_FIELDS = ['name', 'phone', 'province', 'city', 'district', 'street'] as const;

/** The standard `autocomplete` tokens of each address field, for forms (phone keyboards and password managers fill them). */
export const ADDRESS_AUTOCOMPLETE = {
  name: 'name',
  phone: 'tel',
  province: 'address-level1',
  city: 'address-level2',
  district: 'address-level3',
  street: 'street-address',
  postcode: 'postal-code',
  idNumber: 'off',
} as const;

/**
 * A phone number as people type it, in its stored form, or undefined when it is neither a mainland mobile nor a
 * Hong Kong number. Spaces, dashes, dots and brackets are ignored.
 * - Mainland mobile: 11 digits `1[3-9]…`, optionally after `+86`, `0086` or `86` → stored as the 11 digits
 *   (`13800138000`).
 * - Hong Kong: 8 digits starting 4–9, optionally after `+852` or `00852` → stored with its prefix (`+85291234567`),
 *   so it is never read as a mainland number.
 */
export function normalizePhone(value: string): string | undefined {
  const compact = value.replace(/[\s\-.()]/g, '');
  const mainland = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/.exec(compact);
  if (mainland) return mainland[1];
  const hongKong = /^(?:\+852|00852)?([4-9]\d{7})$/.exec(compact);
  if (hongKong) return `+852${hongKong[1]}`;
  return undefined;
}

export function isPhone(value: string): boolean {
  return normalizePhone(value) !== undefined;
}

/** A phone with its middle hidden, as labels print it: `138****8000`, `+852****5678`. */
export function maskPhone(phone: string): string {
  const normalized = normalizePhone(phone) ?? phone;
  if (/^1\d{10}$/.test(normalized)) return `${normalized.slice(0, 3)}****${normalized.slice(7)}`;
  if (normalized.startsWith('+852')) return `+852****${normalized.slice(8)}`;
  return normalized.length > 4 ? `${'*'.repeat(normalized.length - 4)}${normalized.slice(-4)}` : normalized;
}

export function isPostcode(value: string): boolean {
  return /^\d{6}$/.test(value.trim());
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECKS = '10X98765432';

/**
 * A resident ID number (GB 11643-1999) read: `format` when it is not 17 digits and a digit or `X` with a real birth
 * date, `check_digit` when the last character does not match the other 17; else the number with an upper-case X.
 */
export function readIdNumber(value: string): { ok: true; idNumber: string } | { ok: false; code: 'id_number_format' | 'id_number_check_digit' } {
  const text = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(text)) return { ok: false, code: 'id_number_format' };
  const [year, month, day] = [Number(text.slice(6, 10)), Number(text.slice(10, 12)), Number(text.slice(12, 14))];
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCFullYear() !== year || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return { ok: false, code: 'id_number_format' };
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += (text.charCodeAt(index) - 48) * ID_WEIGHTS[index]!;
  if (ID_CHECKS[sum % 11] !== text[17]) return { ok: false, code: 'id_number_check_digit' };
  return { ok: true, idNumber: text };
}

export function isIdNumber(value: string): boolean {
  return readIdNumber(value).ok;
}
