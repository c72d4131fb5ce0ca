import { issueAt, type FieldIssue } from '../common/field-issue.ts';
import { ADDRESS_POLICY, ADDRESS_REQUIRED_FIELDS, isPostcode, normalizePhone, readIdNumber } from './rules.ts';

/** An address as a form holds it (typed text) or a request carries it; missing fields may be absent. */
export interface AddressDraft {
  name?: string | null | undefined;
  phone?: string | null | undefined;
  province?: string | null | undefined;
  city?: string | null | undefined;
  district?: string | null | undefined;
  street?: string | null | undefined;
  postcode?: string | null | undefined;
  idNumber?: string | null | undefined;
}

export interface AddressCheckContext {
  /** Where the address sits, e.g. `recipient`: issue paths become `recipient.phone`. */
  path?: string;
  /** The shipping method needs the recipient's resident ID number (`id_number_required`). */
  idNumberRequired?: boolean;
}

const LIMITS = {
  name: ADDRESS_POLICY.nameMax,
  phone: ADDRESS_POLICY.phoneMax,
  province: ADDRESS_POLICY.provinceMax,
  city: ADDRESS_POLICY.cityMax,
  district: ADDRESS_POLICY.districtMax,
  street: ADDRESS_POLICY.streetMax,
} as const;

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && !value.trim());

/**
 * Everything about one address: required fields, lengths, the phone (mainland mobile or Hong Kong), the postcode
 * (six digits) and the resident ID number (GB 11643 check digit; required when the context says so). The one check
 * the order and address-book schemas, the server, the uploads and the forms use. At most one issue per field.
 */
export function checkAddress(draft: AddressDraft, context: AddressCheckContext = {}): FieldIssue[] {
  const at = (field: string) => (context.path ? `${context.path}.${field}` : field);
  const issues: FieldIssue[] = [];
  for (const field of ADDRESS_REQUIRED_FIELDS) {
    const value = draft[field];
    if (blank(value)) issues.push(issueAt(at(field), 'required'));
    else if (value!.trim().length > LIMITS[field]) issues.push(issueAt(at(field), 'too_long', { max: LIMITS[field], count: value!.trim().length }));
    else if (field === 'phone' && !normalizePhone(value!)) issues.push(issueAt(at('phone'), 'address_phone_format'));
  }
  if (!blank(draft.postcode) && !isPostcode(draft.postcode!)) issues.push(issueAt(at('postcode'), 'postcode_format'));
  if (!blank(draft.idNumber)) {
    const read = readIdNumber(draft.idNumber!);
    if (!read.ok) issues.push(issueAt(at('idNumber'), read.code));
  } else if (context.idNumberRequired) {
    issues.push(issueAt(at('idNumber'), 'id_number_required'));
  }
  return issues;
}

/** An address as stored: trimmed, the phone in its stored form, empty optional fields as null. Call after `checkAddress` passed. */
export function normalizeAddress(draft: AddressDraft): {
  name: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postcode: string | null;
  idNumber: string | null;
} {
  const trimmed = (value: string | null | undefined) => value?.trim() ?? '';
  const phone = trimmed(draft.phone);
  const idNumber = trimmed(draft.idNumber);
  return {
    name: trimmed(draft.name),
    phone: normalizePhone(phone) ?? phone,
    province: trimmed(draft.province),
    city: trimmed(draft.city),
    district: trimmed(draft.district),
    street: trimmed(draft.street),
    postcode: trimmed(draft.postcode) || null,
    idNumber: idNumber ? idNumber.toUpperCase() : null,
  };
}

/** The full address in one line, Chinese order (province, city, district, street), as labels and lists show it. */
export function formatAddressLine(address: { province: string; city: string; district: string; street: string }): string {
  return [address.province, address.city, address.district, address.street].filter(Boolean).join(' ');
}
