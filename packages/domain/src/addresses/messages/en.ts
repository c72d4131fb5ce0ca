import type { AddressMessages } from './codes.ts';

export const addressesEn: AddressMessages = {
  field: {
    address_phone_format: () => 'Enter a mainland mobile number (11 digits starting with 1, e.g. 13800138000) or a Hong Kong number (8 digits, e.g. +852 9123 4567).',
    postcode_format: () => 'Enter the postcode as six digits, e.g. 518057, or leave it empty.',
    id_number_format: () => 'Enter the 18-character resident ID number: 17 digits and a last digit or X, with a real date of birth.',
    id_number_check_digit: () => 'This resident ID number’s last character does not check out: compare it with the ID card.',
    id_number_required: () => 'This shipping method needs the recipient’s resident ID number for customs. Enter it, or choose another method.',
    address_unknown: (p) => `The address book has no address called ${p.field}. Save it there first, or enter the address in full.`,
    address_book_full: (p) => `The address book holds at most ${p.max} addresses. Delete ones no longer used, then add this one.`,
  },
  labels: {
    kinds: { sender: 'Sender', recipient: 'Recipient' },
    fields: {
      name: 'Name',
      phone: 'Phone',
      province: 'Province',
      city: 'City',
      district: 'District',
      street: 'Street address',
      postcode: 'Postcode',
      idNumber: 'Resident ID number',
      label: 'Label',
      isDefault: 'Default',
    },
  },
};
