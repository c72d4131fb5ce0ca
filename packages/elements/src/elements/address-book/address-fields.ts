import { ADDRESS_AUTOCOMPLETE, ADDRESS_POLICY } from '@wharf/domain/addresses';
import { html } from 'lit';
import { field } from '../../internal/templates.ts';
import type { AddressBookText } from './i18n/en.ts';
import { ADDRESS_FIELDS, type AddressDraft, type AddressField } from './address-draft.ts';

const INPUTMODE: Partial<Record<AddressField, 'numeric' | 'tel'>> = { phone: 'tel', postcode: 'numeric' };

const MAXLENGTH: Record<AddressField, number> = {
  name: ADDRESS_POLICY.nameMax,
  phone: ADDRESS_POLICY.phoneMax,
  province: ADDRESS_POLICY.provinceMax,
  city: ADDRESS_POLICY.cityMax,
  district: ADDRESS_POLICY.districtMax,
  street: ADDRESS_POLICY.streetMax,
  postcode: ADDRESS_POLICY.postcodeLength,
  idNumber: ADDRESS_POLICY.idNumberLength,
};

export interface AddressFieldsOptions {
  text: AddressBookText;
  /** The address; its fields' ids are their paths in the request (`recipient.phone`). */
  draft: AddressDraft;
  /** Whether the ID number must be given (the shipping method says so). */
  idNumberRequired?: boolean;
  error: (path: string) => string | undefined;
}

/**
 * An address's inputs — name, mobile phone, province, city, district, street, postcode, ID number — labelled, with
 * the standard autocomplete tokens and their errors at their fields. Used by the address book and by the order
 * form's recipient and sender, so both ask the same way and check the same rule.
 */
export function addressFields({ text, draft, idNumberRequired = false, error }: AddressFieldsOptions) {
  const hints: Partial<Record<AddressField, string>> = { phone: text.phoneHint, idNumber: text.idNumberHint };
  const required = (name: AddressField) => draft.required(name) || (name === 'idNumber' && idNumberRequired);
  return html`<div class="grid">
    ${ADDRESS_FIELDS.map((name) =>
      field({
        id: draft.pathOf(name),
        label: text[name],
        value: draft.values[name],
        type: name === 'phone' ? 'tel' : 'text',
        marked: required(name),
        optional: !required(name),
        hint: hints[name],
        inputmode: INPUTMODE[name],
        maxlength: MAXLENGTH[name],
        autocomplete: ADDRESS_AUTOCOMPLETE[name],
        error: error(draft.pathOf(name)),
        onInput: (value) => draft.set(name, value),
      }),
    )}
  </div>`;
}
