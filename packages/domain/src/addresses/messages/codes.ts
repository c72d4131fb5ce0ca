import type { MessageParams } from '../../common/messages/params.ts';

/** Refusals about addresses (recipients and senders, in orders and in the address book). */
export const ADDRESS_FIELD_CODES = ['address_phone_format', 'postcode_format', 'id_number_format', 'id_number_check_digit', 'id_number_required', 'address_unknown', 'address_book_full'] as const;
export type AddressFieldCode = (typeof ADDRESS_FIELD_CODES)[number];

export interface AddressMessages {
  field: Record<AddressFieldCode, (p: MessageParams) => string>;
  labels: {
    kinds: Record<'sender' | 'recipient', string>;
    fields: Record<'name' | 'phone' | 'province' | 'city' | 'district' | 'street' | 'postcode' | 'idNumber' | 'label' | 'isDefault', string>;
  };
}
