import { formatAddressLine, type AddressBookEntry } from '@wharf/domain/addresses';
import { html, nothing } from 'lit';
import type { AddressBookText } from './i18n/en.ts';

export interface TableView {
  text: AddressBookText;
  addresses: readonly AddressBookEntry[];
  busy: boolean;
  /** The address whose deletion is being confirmed. */
  confirming?: string | undefined;
  rowError: (id: string) => string | undefined;
  edit: (address: AddressBookEntry) => void;
  askRemove: (address: AddressBookEntry) => void;
  remove: (address: AddressBookEntry) => void;
  cancelRemove: () => void;
  makeDefault: (address: AddressBookEntry) => void;
}

/** The address on one line, in the Chinese order (province, city, district, street), and its postcode. */
export const addressLine = (address: Pick<AddressBookEntry, 'province' | 'city' | 'district' | 'street' | 'postcode'>) =>
  `${formatAddressLine(address)}${address.postcode ? ` ${address.postcode}` : ''}`;

/** A name to call the address by: its label, else the person's name. */
export const addressName = (address: Pick<AddressBookEntry, 'name' | 'label'>) => (address.label ? `${address.label} · ${address.name}` : address.name);

/** The addresses: who and where, the kind (and the default sender), and what can be done to each. */
export function addressTable(view: TableView) {
  const { text } = view;
  return html`<div class="scroll" tabindex="0" role="region" aria-label=${text.caption(view.addresses.length)}>
    <table part="table">
      <caption>${text.caption(view.addresses.length)}</caption>
      <thead>
        <tr><th scope="col">${text.name}</th><th scope="col">${text.phone}</th><th scope="col">${text.address}</th><th scope="col">${text.kind}</th><th scope="col">${text.actions}</th></tr>
      </thead>
      <tbody>
        ${view.addresses.map((address) => row(view, address))}
      </tbody>
    </table>
  </div>`;
}

function row(view: TableView, address: AddressBookEntry) {
  const { text } = view;
  const name = addressName(address);
  const error = view.rowError(address.id);
  return html`<tr data-id=${address.id}>
    <th scope="row">${address.label ? html`<span class="label">${address.label}</span><br />` : nothing}${address.name}</th>
    <td class="nowrap">${address.phone}</td>
    <td>${addressLine(address)}</td>
    <td>${text.kinds[address.kind]}${address.isDefault ? html`<br /><span class="badge" part="default">${text.defaultSender}</span>` : nothing}</td>
    <td>
      ${view.confirming === address.id
        ? html`<div part="confirm" role="group" aria-label=${text.confirmRemove(name)}>
            <p>${text.confirmRemove(name)}</p>
            <button type="button" class="danger" ?disabled=${view.busy} @click=${() => view.remove(address)}>${text.remove}</button>
            <button type="button" class="secondary" @click=${view.cancelRemove}>${text.cancel}</button>
          </div>`
        : html`<div class="row">
            <button type="button" class="secondary" data-edit=${address.id} aria-label=${text.editLabel(name)} @click=${() => view.edit(address)}>${text.edit}</button>
            <button type="button" class="secondary" aria-label=${text.removeLabel(name)} @click=${() => view.askRemove(address)}>${text.remove}</button>
            ${address.kind === 'sender' && !address.isDefault
              ? html`<button type="button" class="secondary" ?disabled=${view.busy} aria-label=${text.makeDefaultLabel(name)} @click=${() => view.makeDefault(address)}>${text.makeDefault}</button>`
              : nothing}
          </div>`}
      ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
    </td>
  </tr>`;
}
