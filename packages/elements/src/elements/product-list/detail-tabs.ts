import type { HsCode, InventoryLine, Locale, LogEntry, Product, ProductOptions } from '@wharf/domain';
import { productMessagesFor, type ProductStatus } from '@wharf/domain/products';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from '../../i18n/localize.ts';
import { formatCount, formatKilograms, formatPrice } from './format.ts';
import type { ProductFieldLabels, ProductListText } from './i18n/en.ts';

// The pieces of the product detail: its facts, log, stock and the orders and ASNs that carry it.

/** What the detail shows of one product, loaded together when it opens. */
export interface ProductDetail {
  product: Product;
  /** The product's HS code from the catalogue (for the element names); null without a code or when it failed. */
  hsCode: HsCode | null;
  log: { data: LogEntry[]; nextCursor: string | null };
  inventory: InventoryLine[];
  orders: { data: { number: string }[]; nextCursor: string | null };
  asns: { data: { number: string }[]; nextCursor: string | null };
}

/** An empty value: a dash for the eye, words for screen readers. */
export function notSet(text: ProductListText) {
  return html`<span aria-hidden="true">—</span><span class="visually-hidden">${text.notSet}</span>`;
}

/** The status as text in a badge (its colour only repeats what the words say). */
export function statusBadge(locale: Locale, status: ProductStatus) {
  return html`<span class="status" data-status=${status} part="status">${productMessagesFor(locale).labels.statuses[status]}</span>`;
}

/** The name the options give a code (category, unit, country), else the code itself. */
export function optionName(list: readonly { code: string; name: string }[] | undefined, code: string | null): string | null {
  if (!code) return null;
  return list?.find((option) => option.code === code)?.name ?? code;
}

export const when = (locale: Locale, iso: string) => html`<time datetime=${iso}>${formatDateTime(locale, new Date(iso))}</time>`;

/** The customs' refusal, above everything else in the detail of a rejected product. */
export function rejection(text: ProductListText, product: Product) {
  if (product.status !== 'rejected') return nothing;
  return html`<section class="rejection" part="rejection" aria-labelledby="rejection-title">
    <h3 id="rejection-title">${text.rejectedTitle}</h3>
    <p class="reason">${product.rejectionReason ?? ''}</p>
    <p class="hint">${text.rejectedHint}</p>
  </section>`;
}

/** The "details" tab: every field of the product. */
export function productFacts(text: ProductListText, locale: Locale, detail: ProductDetail, options: ProductOptions | undefined) {
  const { product } = detail;
  const f = text.fields;
  const value = (content: unknown) => (content === null || content === undefined || content === '' ? notSet(text) : content);
  const price = (amount: string | null) => (amount === null ? notSet(text) : formatPrice(locale, amount, product.currency));
  const weight = (kg: number | null) => (kg === null ? notSet(text) : formatKilograms(locale, kg));
  const fact = (label: string, content: unknown) => html`<dt>${label}</dt><dd>${value(content)}</dd>`;
  const unit = optionName(options?.units, product.unit);
  const normal = product.type === 'normal';
  return html`<dl class="facts" part="facts">
    ${fact(f.sku, product.sku)} ${fact(f.name, product.name)} ${fact(f.type, productMessagesFor(locale).labels.types[product.type])}
    ${fact(f.category, optionName(options?.categories, product.category))}
    ${normal
      ? html`${fact(f.brand, product.brand)} ${fact(f.model, product.model)}
        ${fact(f.unit, product.unit ? (unit && unit !== product.unit ? `${product.unit} ${unit}` : product.unit) : null)}
        ${fact(f.originCountry, optionName(options?.countries, product.originCountry))} ${fact(f.barcode, product.barcode)}
        <dt>${f.grossWeight}</dt><dd>${weight(product.grossWeight)}</dd>
        <dt>${f.netWeight}</dt><dd>${weight(product.netWeight)}</dd>
        <dt>${f.purchasePrice}</dt><dd>${price(product.purchasePrice)}</dd>`
      : nothing}
    <dt>${f.salePrice}</dt><dd>${price(product.salePrice)}</dd>
    ${normal
      ? html`${fact(f.hsCode, product.hsCode ? html`${product.hsCode}${detail.hsCode ? html` <span class="hint">${detail.hsCode.name}</span>` : nothing}` : null)}
          <dt>${f.declarationElements}</dt>
          <dd>${declarationElements(text, detail)}</dd>
          ${fact(f.declaredSpecification, product.declaredSpecification ? html`<span class="spec">${product.declaredSpecification}</span>` : null)}`
      : html`<dt>${f.components}</dt><dd>${components(text, product)}</dd>`}
    <dt>${f.status}</dt><dd>${statusBadge(locale, product.status)}</dd>
    ${product.rejectionReason ? fact(f.rejectionReason, product.rejectionReason) : nothing}
    <dt>${f.createdAt}</dt><dd>${when(locale, product.createdAt)}</dd>
    <dt>${f.updatedAt}</dt><dd>${when(locale, product.updatedAt)}</dd>
  </dl>`;
}

/** Each declaration element by the catalogue's name, in order, with the product's answer (and a coded answer's meaning). */
function declarationElements(text: ProductListText, detail: ProductDetail) {
  const { product, hsCode } = detail;
  const answers = product.declarationElements;
  if (!product.hsCode) return notSet(text);
  const answer = (index: number) => answers[String(index)]?.trim() ?? '';
  if (!hsCode) {
    const indexes = Object.keys(answers).map(Number).sort((a, b) => a - b);
    return html`<p class="hint">${text.elementsUnavailable}</p>
      ${indexes.length
        ? html`<ol class="elements">${indexes.map((index) => html`<li><strong>${text.element(index)}</strong>: ${answer(index) || text.notAnswered}</li>`)}</ol>`
        : nothing}`;
  }
  return html`<ol class="elements" part="elements">
    ${hsCode.elements.map((element) => {
      const given = answer(element.index);
      const choice = given ? element.choices?.find((option) => option.code === given) : undefined;
      return html`<li data-index=${element.index}>
        <strong>${element.name}</strong>: ${given ? html`${given}${choice ? ` (${choice.name})` : ''}` : html`<span class="hint">${text.notAnswered}</span>`}
      </li>`;
    })}
  </ol>`;
}

function components(text: ProductListText, product: Product) {
  if (!product.components.length) return notSet(text);
  return html`<table part="components">
    <caption class="visually-hidden">${text.fields.components}</caption>
    <thead><tr><th scope="col">${text.fields.sku}</th><th scope="col">${text.fields.name}</th><th scope="col">${text.quantity}</th></tr></thead>
    <tbody>
      ${product.components.map((component) => html`<tr><th scope="row">${component.sku}</th><td>${component.name}</td><td class="number">${component.quantity}</td></tr>`)}
    </tbody>
  </table>`;
}

/** The actions the log has words for: the keys of the catalogue's `log.actions`. */
type KnownAction = keyof ProductListText['log']['actions'];

/** What one log entry says happened, with what changed or why customs refused. */
function logWhat(text: ProductListText, locale: Locale, entry: LogEntry): string {
  const label = Object.hasOwn(text.log.actions, entry.action) ? text.log.actions[entry.action as KnownAction] : text.log.other(entry.action);
  const data = entry.data ?? {};
  if (entry.action === 'updated' && Array.isArray(data.fields) && data.fields.length) {
    const names = (data.fields as unknown[]).map((field) => text.fields[field as keyof ProductFieldLabels] ?? String(field));
    return text.log.changed(new Intl.ListFormat(locale, { type: 'conjunction' }).format(names));
  }
  if (entry.action === 'rejected' && typeof data.reason === 'string') return `${label}. ${text.log.reason(data.reason)}`;
  return label;
}

function logWho(text: ProductListText, entry: LogEntry): string {
  if (entry.actor.kind === 'operator') return entry.actor.email ? `${text.log.customs} (${entry.actor.email})` : text.log.customs;
  return entry.actor.email ?? text.log.system;
}

/** The "log" tab: who did what, when, newest first. */
export function productLog(text: ProductListText, locale: Locale, log: ProductDetail['log'], more: () => void, busy: boolean): TemplateResult {
  if (!log.data.length) return html`<p class="hint">${text.log.empty}</p>`;
  return html`<table part="log">
      <caption>${text.log.caption}</caption>
      <thead><tr><th scope="col">${text.log.when}</th><th scope="col">${text.log.who}</th><th scope="col">${text.log.what}</th></tr></thead>
      <tbody>
        ${log.data.map(
          (entry) => html`<tr data-action=${entry.action}>
            <td>${when(locale, entry.at)}</td>
            <td>${logWho(text, entry)}</td>
            <td>${logWhat(text, locale, entry)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${log.nextCursor ? html`<button type="button" class="secondary more" aria-disabled=${busy ? 'true' : 'false'} @click=${more}>${text.log.more}</button>` : nothing}`;
}

/** The "inventory" tab: stock per warehouse. */
export function productInventory(text: ProductListText, locale: Locale, lines: readonly InventoryLine[]): TemplateResult {
  const t = text.inventory;
  if (!lines.length) return html`<p class="hint">${t.empty}</p>`;
  return html`<table part="inventory">
    <caption>${t.caption}</caption>
    <thead>
      <tr><th scope="col">${t.warehouse}</th><th scope="col">${t.onHand}</th><th scope="col">${t.reserved}</th><th scope="col">${t.available}</th><th scope="col">${t.updatedAt}</th></tr>
    </thead>
    <tbody>
      ${lines.map(
        (line) => html`<tr>
          <th scope="row">${line.warehouse}</th>
          <td class="number">${formatCount(locale, line.onHand)}</td>
          <td class="number">${formatCount(locale, line.reserved)}</td>
          <td class="number">${formatCount(locale, line.available)}</td>
          <td>${when(locale, line.updatedAt)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The "orders" and "ASNs" tabs: the documents that carry the product. */
export function relatedList(words: ProductListText['orders'], list: ProductDetail['orders'], more: () => void, busy: boolean): TemplateResult {
  if (!list.data.length) return html`<p class="hint">${words.empty}</p>`;
  return html`<table>
      <caption>${words.caption}</caption>
      <thead><tr><th scope="col">${words.number}</th></tr></thead>
      <tbody>${list.data.map((item) => html`<tr><td>${item.number}</td></tr>`)}</tbody>
    </table>
    ${list.nextCursor ? html`<button type="button" class="secondary more" aria-disabled=${busy ? 'true' : 'false'} @click=${more}>${words.more}</button>` : nothing}`;
}
