import type { Locale, ProductOptions } from '@wharf/domain';
import { PRODUCT_STATUSES, productMessagesFor, type ProductStatus } from '@wharf/domain/products';
import { html } from 'lit';
import { field, selectField } from '../../internal/templates.ts';
import type { Filters, ProductListing } from './listing.ts';
import type { ProductListText } from './i18n/en.ts';

const LISTED_STATUSES = PRODUCT_STATUSES.filter((status): status is Exclude<ProductStatus, 'deleted'> => status !== 'deleted');

export interface FiltersView {
  text: ProductListText;
  locale: Locale;
  listing: ProductListing;
  options?: ProductOptions | undefined;
  search: (event: Event) => void;
  reset: () => void;
}

/** The search form: SKU, name, category, status and the created dates. */
export function filtersForm({ text, locale, listing, options, search, reset }: FiltersView) {
  const statuses = productMessagesFor(locale).labels.statuses;
  const filters = listing.filters;
  const errors = listing.filterErrors;
  const set = (change: Partial<Filters>) => listing.set(change);
  return html`<form part="filters" role="search" aria-label=${text.filtersLabel} novalidate @submit=${search}>
    ${field({ id: 'filter-sku', label: text.columns.sku, hint: text.skuHint, value: filters.sku, autocomplete: 'off', optional: true, onInput: (sku) => set({ sku }) })}
    ${field({ id: 'filter-name', label: text.columns.name, hint: text.nameHint, value: filters.name, autocomplete: 'off', optional: true, onInput: (name) => set({ name }) })}
    ${selectField({
      id: 'filter-category',
      label: text.columns.category,
      value: filters.category,
      placeholder: text.allCategories,
      optional: true,
      options: (options?.categories ?? []).map((category) => ({ value: category.code, label: category.name })),
      onChange: (category) => set({ category }),
    })}
    ${selectField({
      id: 'filter-status',
      label: text.columns.status,
      value: filters.status,
      placeholder: text.allStatuses,
      optional: true,
      options: LISTED_STATUSES.map((status) => ({ value: status, label: statuses[status] })),
      onChange: (status) => set({ status: status as Filters['status'] }),
    })}
    ${field({ id: 'filter-from', label: text.createdFrom, type: 'date', value: filters.createdFrom, autocomplete: 'off', optional: true, error: errors.createdFrom, onInput: (createdFrom) => set({ createdFrom }) })}
    ${field({
      id: 'filter-to',
      label: text.createdTo,
      type: 'date',
      value: filters.createdTo,
      min: filters.createdFrom || undefined,
      autocomplete: 'off',
      optional: true,
      error: errors.createdTo,
      onInput: (createdTo) => set({ createdTo }),
    })}
    <div class="row">
      <button type="submit">${text.search}</button>
      <button type="button" class="secondary" data-action="reset" @click=${reset}>${text.reset}</button>
    </div>
  </form>`;
}
