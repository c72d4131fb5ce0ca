import type { Locale, ProductOptions } from '@wharf/domain';
import { canSubmitForFiling, isEditable, lockedReason, productMessagesFor } from '@wharf/domain/products';
import { html, nothing } from 'lit';
import { formMessage } from '../../internal/templates.ts';
import { tabs } from '../../controllers/tabs.ts';
import { productFacts, productInventory, productLog, rejection, relatedList, statusBadge } from './detail-tabs.ts';
import type { ProductDetailLoader, ProductDetailTab } from './product-detail.ts';
import type { ProductActions } from './table.ts';
import type { ProductListText } from './i18n/en.ts';

const TABS = ['details', 'log', 'inventory', 'orders', 'asns'] as const satisfies readonly ProductDetailTab[];

export interface DetailView {
  text: ProductListText;
  locale: Locale;
  /** The SKU whose detail is asked for. */
  sku: string;
  loader: ProductDetailLoader;
  options?: ProductOptions | undefined;
  busy: boolean;
  actions: ProductActions;
  back: () => void;
  more: (tab: 'log' | 'orders' | 'asns') => void;
}

/** A product's detail: its heading and actions, customs' reason when rejected, and its tabs. */
export function detailView({ text, locale, sku, loader, options, busy: working, actions, back: goBack, more }: DetailView) {
  const detail = loader.detail;
  const back = html`<div><button type="button" class="link back" data-action="back" @click=${goBack}>${text.back}</button></div>`;
  if (!detail || !loader.shows(sku)) {
    return html`<article part="detail" aria-labelledby="detail-heading">
      <div class="detail-head">${back}</div>
      ${loader.error ? formMessage(loader.error) : html`<p role="status">${text.loadingProduct}</p>`}
    </article>`;
  }
  const { product } = detail;
  const locked = lockedReason(product.status);
  const busy = working ? 'true' : 'false';
  return html`<article part="detail" aria-labelledby="detail-heading" aria-busy=${loader.pending ? 'true' : 'false'}>
    <div class="detail-head">
      ${back}
      <h2 id="detail-heading" tabindex="-1"><span>${product.sku}</span> <span>${product.name}</span> ${statusBadge(locale, product.status)}</h2>
      <div class="row" role="group" aria-label=${text.productActions} part="actions">
        ${isEditable(product.status)
          ? html`<button type="button" class="secondary" data-action="edit" @click=${() => actions.edit(product, 'detail')}>${text.edit}</button>
              <button type="button" class="danger" data-action="remove" aria-disabled=${busy} @click=${() => actions.askRemove(product, 'detail', '[data-action=remove]')}>
                ${text.remove}
              </button>`
          : nothing}
        ${canSubmitForFiling(product)
          ? html`<button type="button" class="primary" data-action="submit" aria-disabled=${busy} @click=${() => actions.submit(product.sku, 'detail')}>${text.submit}</button>`
          : nothing}
      </div>
      ${locked ? html`<p class="hint">${productMessagesFor(locale).field[locked]({})}</p>` : nothing}
    </div>
    ${rejection(text, product)}
    ${tabs<ProductDetailTab>({
      id: 'product',
      label: text.tabsLabel,
      tabs: TABS.map((key) => ({ key, label: text.tabs[key] })),
      selected: loader.tab,
      select: (tab) => loader.select(tab),
      panel: () => {
        switch (loader.tab) {
          case 'log':
            return productLog(text, locale, detail.log, () => more('log'), working);
          case 'inventory':
            return productInventory(text, locale, detail.inventory);
          case 'orders':
            return relatedList(text.orders, detail.orders, () => more('orders'), working);
          case 'asns':
            return relatedList(text.asns, detail.asns, () => more('asns'), working);
          default:
            return productFacts(text, locale, detail, options);
        }
      },
    })}
  </article>`;
}
