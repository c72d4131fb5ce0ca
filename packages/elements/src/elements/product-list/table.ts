import type { Locale, ProductListItem, ProductOptions } from '@wharf/domain';
import { canSubmitForFiling, isEditable, productMessagesFor, type ProductType } from '@wharf/domain/products';
import type { Page } from '@wharf/sdk';
import { html, nothing } from 'lit';
import { notSet, optionName, statusBadge } from './detail-tabs.ts';
import { formatDate, formatPrice } from './format.ts';
import type { ProductListText } from './i18n/en.ts';

const PAGE_SIZES = [20, 50, 100] as const;

/** What a product's buttons do, in the table and in the detail (`from` says where focus goes back to). */
export interface ProductActions {
  view: (sku: string) => void;
  edit: (item: { sku: string; type: ProductType }, from: 'list' | 'detail') => void;
  askRemove: (item: { sku: string; name: string }, from: 'list' | 'detail', returnTo: string) => void;
  submit: (sku: string, from: 'list' | 'detail') => void;
}

export interface TableView {
  text: ProductListText;
  locale: Locale;
  options?: ProductOptions | undefined;
  /** Whether an action is under way (the buttons wait). */
  busy: boolean;
  actions: ProductActions;
}

export function productTable({ text, locale, options, busy: working, actions }: TableView, rows: readonly ProductListItem[]) {
  const c = text.columns;
  const types = productMessagesFor(locale).labels.types;
  const busy = working ? 'true' : 'false';
  return html`<table part="table">
    <caption>${text.caption(rows.length)}</caption>
    <thead>
      <tr>
        <th scope="col">${c.sku}</th><th scope="col">${c.name}</th><th scope="col">${c.type}</th><th scope="col">${c.category}</th>
        <th scope="col">${c.hsCode}</th><th scope="col">${c.salePrice}</th><th scope="col">${c.status}</th><th scope="col">${c.created}</th>
        <th scope="col">${c.actions}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map((item) => {
        const editable = isEditable(item.status);
        const returnTo = `[data-action=remove][data-sku="${item.sku}"]`;
        return html`<tr data-sku=${item.sku} data-status=${item.status}>
          <th scope="row">${item.sku}</th>
          <td>${item.name}</td>
          <td>${types[item.type]}</td>
          <td>${optionName(options?.categories, item.category) ?? notSet(text)}</td>
          <td>${item.hsCode ?? notSet(text)}</td>
          <td class="number">${item.salePrice === null ? notSet(text) : formatPrice(locale, item.salePrice, item.currency)}</td>
          <td>${statusBadge(locale, item.status)}</td>
          <td><time datetime=${item.createdAt}>${formatDate(locale, item.createdAt)}</time></td>
          <td>
            <div class="row">
              <button type="button" class="secondary" data-action="view" data-sku=${item.sku} aria-label=${text.viewLabel(item.sku)} @click=${() => actions.view(item.sku)}>${text.view}</button>
              ${editable
                ? html`<button type="button" class="secondary" data-action="edit" data-sku=${item.sku} aria-label=${text.editLabel(item.sku)} @click=${() => actions.edit(item, 'list')}>${text.edit}</button>
                    <button type="button" class="danger" data-action="remove" data-sku=${item.sku} aria-label=${text.removeLabel(item.sku)} aria-disabled=${busy}
                      @click=${() => actions.askRemove(item, 'list', returnTo)}>${text.remove}</button>`
                : nothing}
              ${canSubmitForFiling(item)
                ? html`<button type="button" class="secondary" data-action="submit" data-sku=${item.sku} aria-label=${text.submitLabel(item.sku)} aria-disabled=${busy}
                    @click=${() => actions.submit(item.sku, 'list')}>${text.submit}</button>`
                : nothing}
            </div>
          </td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

export interface PagerView {
  text: ProductListText;
  page: Page<ProductListItem>;
  pageIndex: number;
  pageSize: number;
  pending: boolean;
  previous: () => void;
  next: () => void;
  setPageSize: (size: number) => void;
}

/** Previous / Next through the cursor pages, and the page size. */
export function pager({ text, page, pageIndex, pageSize, pending, previous, next, setPageSize }: PagerView) {
  const first = pageIndex === 0;
  const last = !page.nextCursor;
  const sizes: number[] = PAGE_SIZES.includes(pageSize as (typeof PAGE_SIZES)[number]) ? [...PAGE_SIZES] : [pageSize, ...PAGE_SIZES].sort((a, b) => a - b);
  return html`<nav part="pager" aria-label=${text.pagesLabel}>
    <button type="button" class="secondary" data-action="previous" aria-disabled=${first || pending ? 'true' : 'false'} @click=${previous}>${text.previous}</button>
    <span class="count" aria-current="page">${text.page(pageIndex + 1)}</span>
    <button type="button" class="secondary" data-action="next" aria-disabled=${last || pending ? 'true' : 'false'} @click=${next}>${text.next}</button>
    <label for="page-size">${text.perPage}</label>
    <select id="page-size" part="select" @change=${(event: Event) => setPageSize(Number((event.target as HTMLSelectElement).value))}>
      ${sizes.map((size) => html`<option value=${size} ?selected=${size === pageSize}>${size}</option>`)}
    </select>
  </nav>`;
}

