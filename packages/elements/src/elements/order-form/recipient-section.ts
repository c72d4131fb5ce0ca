import { html, nothing } from 'lit';
import { selectField } from '../../internal/templates.ts';
import { addressFields } from '../address-book/address-fields.ts';
import { addressName } from '../address-book/address-table.ts';
import type { FormView } from './form-view.ts';

/**
 * The recipient — a saved one from the address book, or a new one typed in and optionally saved to the book —
 * and the sender (the default sender chosen, or the enterprise's own address).
 */
export function recipientSection(view: FormView) {
  const { text, addressText, draft, options, book, error } = view;
  const recipients = book.filter((entry) => entry.kind === 'recipient');
  const senders = book.filter((entry) => entry.kind === 'sender');
  const method = options.shippingMethods.find((option) => option.code === draft.values.shippingMethod);
  const fromBook = Boolean(draft.recipientId);
  return html`<fieldset part="section">
    <legend>${text.recipient}</legend>
    ${recipients.length
      ? selectField({
          id: 'savedRecipient',
          label: text.savedRecipient,
          value: draft.recipientId,
          placeholder: text.newRecipient,
          optional: true,
          options: recipients.map((entry) => ({ value: entry.id, label: `${addressName(entry)} · ${entry.phone}` })),
          onChange: (value) => draft.chooseRecipient(value, book),
        })
      : html`<p class="hint">${text.noSavedRecipients}</p>`}
    <p class="error" id="recipient-error" part="error" role="alert">${error('recipient') ?? ''}</p>
    ${addressFields({ text: addressText, draft: draft.recipient, idNumberRequired: method?.requiresIdNumber ?? false, error })}
    ${fromBook
      ? nothing
      : html`<label class="choice"><input type="checkbox" id="saveRecipient" .checked=${draft.saveRecipient}
            @change=${(event: Event) => ((draft.saveRecipient = (event.target as HTMLInputElement).checked), draft.touch())} /> ${text.saveToBook}</label>`}
  </fieldset>
  <fieldset part="section">
    <legend>${text.sender}</legend>
    ${selectField({
      id: 'sender',
      label: text.sender,
      value: draft.senderId,
      placeholder: text.senderNone,
      optional: true,
      hint: senders.some((entry) => entry.isDefault) ? text.senderHint : undefined,
      options: senders.map((entry) => ({ value: entry.id, label: `${addressName(entry)} · ${entry.phone}` })),
      error: error('sender'),
      onChange: (value) => ((draft.senderId = value), draft.touch('sender')),
    })}
  </fieldset>`;
}
