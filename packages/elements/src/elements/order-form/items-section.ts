import { TaskStatus } from '@lit/task';
import { skuKey } from '@wharf/domain/products';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatPrice } from '../product-list/format.ts';
import type { FormView } from './form-view.ts';
import type { Pick } from './product-picker.ts';

/** The items: the filed products found (with the stock available in stock mode) and the lines on the order. */
export function itemsSection(view: FormView) {
  const { text, draft, picker, error } = view;
  const stock = draft.mode === 'stock';
  const warehouse = draft.values.warehouse;
  const warehouseName = view.options.warehouses.find((option) => option.code === warehouse)?.name ?? warehouse;
  const countError = error('items');
  return html`<fieldset part="section" class="items">
    <legend>${text.items}<span aria-hidden="true"> *</span></legend>
    <div class="field">
      <label for="productSearch">${text.findProducts}</label>
      <input id="productSearch" type="search" autocomplete="off" .value=${live(picker.query)} aria-controls="product-results"
        aria-invalid=${countError ? 'true' : 'false'} aria-describedby="productSearch-hint items-error"
        @input=${(event: InputEvent) => picker.search((event.target as HTMLInputElement).value, stock ? warehouse : '')} />
      <p class="hint" id="productSearch-hint">${text.findProductsHint}${stock && !warehouse ? ` ${text.chooseWarehouseFirst}` : ''}</p>
      <p class="error" id="items-error" part="error">${countError ?? ''}</p>
    </div>
    ${results(view, stock ? warehouseName : undefined)}
    ${lines(view)}
  </fieldset>`;
}

function results(view: FormView, warehouseName: string | undefined) {
  const { text, draft, picker } = view;
  const task = picker.task;
  const picks = task.value?.picks ?? [];
  const onOrder = new Set(draft.items.map((item) => skuKey(item.sku)));
  const status = task.status === TaskStatus.PENDING ? text.searching : task.value ? (picks.length ? text.productsFound(picks.length) : text.noProducts(task.value.query)) : '';
  const add = (pick: Pick) => {
    draft.addItem({ sku: pick.product.sku, name: pick.product.name, quantity: '1', unitPrice: pick.product.salePrice ?? '', available: pick.available });
    picker.say(text.itemAdded(pick.product.sku, draft.items.length));
  };
  return html`<p role="status" class="hint">${picker.note || status}</p>
    <ul id="product-results" part="product-results">
      ${picks.map((pick) => {
        const added = onOrder.has(skuKey(pick.product.sku));
        return html`<li>
          <span><strong>${pick.product.sku}</strong> ${pick.product.name}
            ${pick.available !== undefined && warehouseName ? html`<span class="stock" data-available=${pick.available}>${text.availableIn(pick.available, warehouseName)}</span>` : nothing}</span>
          <button type="button" class="secondary" ?disabled=${added} aria-label=${added ? `${text.added} ${pick.product.sku} ${pick.product.name}` : text.addLabel(pick.product.sku, pick.product.name)} @click=${() => add(pick)}>${added ? text.added : text.add}</button>
        </li>`;
      })}
    </ul>`;
}

function lines(view: FormView) {
  const { text, locale, draft, picker, error, currency } = view;
  if (!draft.items.length) return html`<p class="hint">${text.noItems}</p>`;
  const stock = draft.mode === 'stock';
  const cell = (index: number, name: 'quantity' | 'unitPrice', label: string, value: string) => {
    const id = `items.${index}.${name}`;
    return html`<input id=${id} class=${name} inputmode=${name === 'quantity' ? 'numeric' : 'decimal'} autocomplete="off" .value=${live(value)} aria-label=${label}
        aria-invalid=${error(id) ? 'true' : 'false'} aria-describedby="${id}-error" @input=${(event: InputEvent) => draft.setItem(index, { [name]: (event.target as HTMLInputElement).value })} />
      <p class="error" id="${id}-error" part="error">${error(id) ?? ''}</p>`;
  };
  const remove = (index: number) => {
    const sku = draft.items[index]!.sku;
    draft.removeItem(index);
    picker.say(text.itemRemoved(sku, draft.items.length));
    view.changed('item-removed');
  };
  return html`<div class="scroll" tabindex="0" role="region" aria-label=${text.itemsCaption(draft.items.length)}>
    <table part="items">
      <caption>${text.itemsCaption(draft.items.length)}</caption>
      <thead>
        <tr>
          <th scope="col">${text.sku}</th><th scope="col">${text.product}</th><th scope="col">${text.quantity}</th>
          <th scope="col">${text.unitPrice}${currency ? ` (${currency})` : ''}</th><th scope="col"><span class="visually-hidden">${text.remove}</span></th>
        </tr>
      </thead>
      <tbody>
        ${draft.items.map(
          (item, index) => html`<tr>
            <th scope="row">${item.sku}<p class="error" id="items.${index}.sku-error" part="error">${error(`items.${index}.sku`) ?? ''}</p></th>
            <td>${item.name}${stock && item.available !== undefined ? html`<br /><span class="stock">${text.available(item.available)}</span>` : nothing}</td>
            <td>${cell(index, 'quantity', text.quantityLabel(item.sku), item.quantity)}</td>
            <td>${cell(index, 'unitPrice', text.unitPriceLabel(item.sku), item.unitPrice)}
              ${currency && item.unitPrice && !error(`items.${index}.unitPrice`) ? html`<span class="hint">${formatPrice(locale, item.unitPrice, currency)}</span>` : nothing}</td>
            <td><button type="button" class="secondary" aria-label=${text.removeLabel(item.sku)} @click=${() => remove(index)}>${text.remove}</button></td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
