import { z } from 'zod';
import { fieldIssue, Id, Timestamp } from '../common/schemas.ts';
import { Pagination } from '../enterprises/schemas.ts';
import { checkAddress, normalizeAddress, type AddressDraft } from './check.ts';
import { ADDRESS_KINDS, ADDRESS_POLICY } from './rules.ts';

/** A zod path from a dotted issue path. */
function pathOf(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Adds the address check's issues to a zod refinement. */
export function refineAddress(value: AddressDraft, ctx: z.RefinementCtx, context: { path?: string } = {}): void {
  for (const issue of checkAddress(value, context)) ctx.addIssue({ ...fieldIssue(issue.code, issue.params), path: pathOf(issue.path) });
}

const AddressFields = {
  name: z.string().meta({ description: 'The person’s name', examples: ['张三'] }),
  phone: z.string().meta({
    description: 'Mainland mobile (11 digits, optional +86) or Hong Kong number (8 digits starting 4–9, optional +852); stored as `13800138000` or `+85291234567`',
    examples: ['13800138000'],
  }),
  province: z.string().meta({ examples: ['广东省'] }),
  city: z.string().meta({ examples: ['深圳市'] }),
  district: z.string().meta({ examples: ['南山区'] }),
  street: z.string().meta({ examples: ['科技园南路 1 号'] }),
  postcode: z.string().nullish().meta({ description: 'Six digits', examples: ['518057'] }),
  idNumber: z.string().nullish().meta({ description: 'Resident ID number, 18 characters with the GB 11643 check digit; required when the shipping method says so' }),
};

/** An address as sent: checked (see `checkAddress`), then trimmed with the phone in its stored form. */
export const AddressInput = z
  .object(AddressFields)
  .superRefine((value, ctx) => refineAddress(value, ctx))
  .transform(normalizeAddress)
  .meta({ id: 'AddressInput', description: 'A recipient or sender' });
export type AddressInput = z.input<typeof AddressInput>;

/** An address as the API answers it (and as labels print it). */
export const Address = z
  .object({
    name: z.string(),
    phone: z.string(),
    province: z.string(),
    city: z.string(),
    district: z.string(),
    street: z.string(),
    postcode: z.string().nullish(),
    idNumber: z.string().nullish(),
  })
  .meta({ id: 'Address' });
export type Address = z.infer<typeof Address>;

export const AddressKind = z.enum(ADDRESS_KINDS);
export type AddressKind = z.infer<typeof AddressKind>;

const Label = z.string().trim().max(ADDRESS_POLICY.labelMax);

/** A new address-book entry: `{ kind, label?, isDefault?, ...address }`. */
export const AddressBookEntryInput = z
  .object({ kind: AddressKind, label: Label.nullish(), isDefault: z.boolean().optional(), ...AddressFields })
  .superRefine((value, ctx) => refineAddress(value, ctx))
  .transform(({ kind, label, isDefault, ...address }) => ({ kind, label: label || null, isDefault: isDefault ?? false, ...normalizeAddress(address) }))
  .meta({ id: 'AddressBookEntryInput', description: 'A saved sender or recipient; one default per kind' });
export type AddressBookEntryInput = z.input<typeof AddressBookEntryInput>;

/** A change to an entry: only the fields sent change; the whole address is checked again as it would be after the change. */
export const UpdateAddressBookEntry = z
  .object({ kind: AddressKind, label: Label.nullable(), isDefault: z.boolean(), ...AddressFields })
  .partial()
  .meta({ id: 'UpdateAddressBookEntry' });
export type UpdateAddressBookEntry = z.input<typeof UpdateAddressBookEntry>;

export const AddressBookEntry = Address.extend({
  id: Id,
  kind: AddressKind,
  label: z.string().nullable(),
  isDefault: z.boolean(),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}).meta({ id: 'AddressBookEntry' });
export type AddressBookEntry = z.infer<typeof AddressBookEntry>;

export const AddressQuery = Pagination.extend({
  kind: AddressKind.optional(),
  q: z.string().trim().max(100).optional().meta({ description: 'Part of the name, label, phone or address' }),
});
export type AddressQuery = z.input<typeof AddressQuery>;
