import { TaskStatus } from '@lit/task';
import type { ProductListItem } from '@wharf/domain';
import { PRODUCT_POLICY, skuKey } from '@wharf/domain/products';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ComponentSearch } from './component-search.ts';
import { input } from './fields.ts';
import type { FormView } from './form-view.ts';
import { basicFieldset } from './identity-section.ts';

/** What a combo's sections need besides the form's: the product search, and where focus goes after a removal. */
export interface ComboView extends FormView {
  search: ComponentSearch;
  /** A failed search, in words. */
  searchError: (error: unknown) => string | undefined;
  /** A component was removed: the focus moves to the search. */
  removed: () => void;
}

/** A combo's basic information (identity, category, sale price) and its products. */
export function comboSections(view: ComboView) {
  const { text, draft, error } = view;
  const salePrice = input({
    id: 'salePrice',
    label: text.salePrice,
    value: draft.values.salePrice,
    inputmode: 'decimal',
    suffix: view.currency,
    error: error('salePrice'),
    onInput: (value) => draft.set('salePrice', value),
  });
  return html`${basicFieldset(view, text.noCategory, salePrice)}
    ${componentsSection(view)}`;
}

function componentsSection(view: ComboView) {
  const { text, draft, search, error } = view;
  const countError = error('components');
  const components = draft.components;
  const added = new Set(components.map((component) => skuKey(component.sku)));
  const task = search.task;
  const found = task.value?.products ?? [];
  const query = task.value?.query ?? '';
  const add = (item: ProductListItem) => {
    if (draft.addComponent(item)) search.say(text.componentAdded(item.sku, draft.components.length));
  };
  const remove = (index: number) => {
    const removed = draft.removeComponent(index);
    search.say(removed ? text.componentRemoved(removed.sku, draft.components.length) : '');
    view.removed();
  };
  return html`<fieldset part="section" class="components">
    <legend>${text.componentsTitle}<span aria-hidden="true"> *</span></legend>
    <div class="table-scroll">
    <table part="components">
      <caption>${text.componentsCaption(components.length)}</caption>
      <thead>
        <tr>
          <th scope="col">${text.sku}</th>
          <th scope="col">${text.name}</th>
          <th scope="col">${text.quantity}</th>
          <th scope="col"><span class="visually-hidden">${text.actions}</span></th>
        </tr>
      </thead>
      <tbody>
        ${components.length === 0
          ? html`<tr><td colspan="4" class="hint">${text.noComponents}</td></tr>`
          : components.map((component, index) => {
              const id = `components.${index}.quantity`;
              const rowError = error(`components.${index}.sku`) ?? error(id);
              return html`<tr>
                <th scope="row">${component.sku}</th>
                <td>${component.name}</td>
                <td>
                  <input
                    id=${id}
                    class="quantity"
                    part="input"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    maxlength=${String(PRODUCT_POLICY.componentMaxQuantity).length}
                    required
                    aria-required="true"
                    aria-label=${text.quantityLabel(component.sku)}
                    aria-invalid=${rowError ? 'true' : 'false'}
                    aria-describedby="${id}-error"
                    .value=${live(component.quantity)}
                    @input=${(event: InputEvent) => draft.setQuantity(index, (event.target as HTMLInputElement).value)}
                  />
                  <p class="error" id="${id}-error" part="error">${rowError ?? ''}</p>
                </td>
                <td>
                  <button type="button" class="secondary" aria-label=${text.removeLabel(component.sku, component.name)} @click=${() => remove(index)}>${text.remove}</button>
                </td>
              </tr>`;
            })}
      </tbody>
    </table></div>
    <div class="field" part="field">
      <label for="productSearch" part="label">${text.findProducts}</label>
      <input
        id="productSearch"
        part="input"
        type="search"
        autocomplete="off"
        aria-describedby="productSearch-hint components-error"
        aria-invalid=${countError ? 'true' : 'false'}
        aria-controls="product-results"
        .value=${live(search.query)}
        @input=${(event: InputEvent) => search.search((event.target as HTMLInputElement).value)}
      />
      <p class="hint" id="productSearch-hint">${text.findProductsHint(PRODUCT_POLICY.comboMinComponents)}</p>
      <p class="error" id="components-error" part="error">${countError ?? ''}</p>
    </div>
    <ul id="product-results" part="product-results" aria-label=${text.productResults}>
      ${found.map(
        (item) => html`<li>
          <span><strong>${item.sku}</strong> ${item.name}</span>
          ${added.has(skuKey(item.sku))
            ? html`<span class="hint">${text.added}</span>`
            : html`<button type="button" class="secondary" aria-label=${text.addLabel(item.sku, item.name)} @click=${() => add(item)}>${text.add}</button>`}
        </li>`,
      )}
    </ul>
    ${task.value && found.length === 0 ? html`<p class="hint">${query ? text.noProductsMatch(query) : text.noProducts}</p>` : nothing}
    ${task.status === TaskStatus.ERROR ? html`<p class="error">${view.searchError(task.error)}</p>` : nothing}
    <div class="visually-hidden" role="status">
      ${search.note || (task.value ? (found.length ? text.productsFound(found.length) : query ? text.noProductsMatch(query) : text.noProducts) : '')}
    </div>
  </fieldset>`;
}
