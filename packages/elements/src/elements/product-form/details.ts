import type { HsCode, Locale, Product, ProductOptions } from '@wharf/domain';
import { fieldMessage, lockedReason, productMessagesFor } from '@wharf/domain/products';
import { html, nothing } from 'lit';
import { formMessage } from '../../internal/templates.ts';
import { answerText } from './customs-section.ts';
import type { Notice } from './draft.ts';
import type { ProductFormText } from './i18n/en.ts';

export function statusLine(text: ProductFormText, locale: Locale, product: Product) {
  const label = productMessagesFor(locale).labels.statuses[product.status];
  return html`<p class="status" part="status" data-status=${product.status}>${text.status}: <strong>${label}</strong></p>`;
}

export function rejection(text: ProductFormText, product: Product) {
  return html`<section class="rejection" part="rejection" aria-labelledby="rejection-title">
    <h3 id="rejection-title">${text.rejectedTitle}</h3>
    <p class="reason">${product.rejectionReason ?? ''}</p>
    <p class="hint">${text.rejectedNote}</p>
  </section>`;
}

/** What the read-only details show. */
export interface DetailsView {
  text: ProductFormText;
  locale: Locale;
  product: Product;
  hsCode?: HsCode | undefined;
  options: ProductOptions;
  notice?: Notice | undefined;
}

/** A product with customs or filed: everything read-only, and why. */
export function details({ text, locale, product, hsCode, options, notice }: DetailsView) {
  const nameOf = (list: readonly { code: string; name: string }[], code: string | null) => (code ? (list.find((option) => option.code === code)?.name ?? code) : null);
  const money = (price: string | null) => (price ? `${price} ${product.currency}` : null);
  const kg = (weight: number | null) => (weight === null ? null : `${weight} ${text.kg}`);
  const unit = product.unit ? `${product.unit} ${nameOf(options.units, product.unit)}` : null;
  const reason = lockedReason(product.status);
  const row = (label: string, value: string | null | undefined) => html`<dt>${label}</dt><dd>${value || text.notSet}</dd>`;
  return html`<section class="panel" part="details" aria-labelledby="details-title">
    <header>
      <h2 id="details-title" tabindex="-1">${product.name}</h2>
      ${statusLine(text, locale, product)}
    </header>
    ${notice ? formMessage(notice.text, notice.kind) : nothing}
    ${reason ? html`<p class="message info" part="message">${fieldMessage(locale, reason)}</p>` : nothing}
    <dl class="facts">
      ${row(text.sku, product.sku)} ${row(text.type, productMessagesFor(locale).labels.types[product.type])}
      ${row(text.category, nameOf(options.categories, product.category))}
      ${product.type === 'normal'
        ? html`${row(text.brand, product.brand)} ${row(text.model, product.model)} ${row(text.unit, unit)}
          ${row(text.originCountry, nameOf(options.countries, product.originCountry))} ${row(text.barcode, product.barcode)}
          ${row(text.grossWeight, kg(product.grossWeight))} ${row(text.netWeight, kg(product.netWeight))}
          ${row(text.purchasePrice, money(product.purchasePrice))}`
        : nothing}
      ${row(text.salePrice, money(product.salePrice))}
      ${product.type === 'normal'
        ? html`${row(text.hsCode, product.hsCode ? `${product.hsCode}${hsCode ? ` ${hsCode.name}` : ''}` : null)}
          ${(hsCode?.elements ?? []).map((element) => row(`${element.index} ${element.name}`, answerText(locale, element, product.declarationElements[String(element.index)])))}
          ${row(text.specification, product.declaredSpecification)}`
        : nothing}
    </dl>
    ${product.type === 'combo' && product.components.length
      ? html`<table part="components">
          <caption>${text.componentsCaption(product.components.length)}</caption>
          <thead><tr><th scope="col">${text.sku}</th><th scope="col">${text.name}</th><th scope="col">${text.quantity}</th></tr></thead>
          <tbody>${product.components.map((component) => html`<tr><th scope="row">${component.sku}</th><td>${component.name}</td><td>${component.quantity}</td></tr>`)}</tbody>
        </table>`
      : nothing}
  </section>`;
}
