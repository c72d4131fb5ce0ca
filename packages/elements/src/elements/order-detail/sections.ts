import type { Locale, LogEntry } from '@wharf/domain';
import { formatAddressLine, type Address } from '@wharf/domain/addresses';
import { orderMessagesFor, type Order, type OrderStatus, type TrackingEvent } from '@wharf/domain/orders';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from '../../i18n/localize.ts';
import { formatCount, formatPrice } from '../product-list/format.ts';
import type { OrderDetailText } from './i18n/en.ts';

// The pieces of an order's detail (seed 002 订单详情: 订单产品信息、订单日志、跟踪信息): its items, its facts, its log
// and its tracking events.

const when = (locale: Locale, iso: string) => html`<time datetime=${iso}>${formatDateTime(locale, new Date(iso))}</time>`;
const notSet = (text: OrderDetailText) => html`<span class="hint">${text.notSet}</span>`;

/** The status as words in a badge (its colour repeats what the words say). */
export function statusBadge(locale: Locale, status: OrderStatus) {
  return html`<span class="status" data-status=${status} part="status">${orderMessagesFor(locale).labels.statuses[status]}</span>`;
}

/** A line's total: quantity × unit price, in exact decimal arithmetic (hundredths). */
function lineTotal(quantity: number, unitPrice: string): string {
  const [whole = '0', fraction = ''] = unitPrice.split('.');
  const cents = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  const total = cents * BigInt(quantity);
  return `${total / 100n}.${String(total % 100n).padStart(2, '0')}`;
}

/** The "items" tab: SKU, product, quantity, unit price and line total. */
export function itemsTable(text: OrderDetailText, locale: Locale, order: Order) {
  const pieces = order.items.reduce((sum, item) => sum + item.quantity, 0);
  const money = (amount: string) => (order.currency ? formatPrice(locale, amount, order.currency) : amount);
  const caption = text.itemsCaption(order.items.length, pieces);
  return html`<div class="scroll" tabindex="0" role="region" aria-label=${caption}>
    <table part="items">
      <caption>${caption}</caption>
      <thead>
        <tr><th scope="col">${text.sku}</th><th scope="col">${text.name}</th><th scope="col" class="number">${text.quantity}</th><th scope="col" class="number">${text.unitPrice}</th><th scope="col" class="number">${text.lineTotal}</th></tr>
      </thead>
      <tbody>
        ${order.items.map(
          (item) => html`<tr>
            <th scope="row">${item.sku}</th>
            <td>${item.name}</td>
            <td class="number">${formatCount(locale, item.quantity)}</td>
            <td class="number">${money(item.unitPrice)}</td>
            <td class="number">${money(lineTotal(item.quantity, item.unitPrice))}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function address(value: Address) {
  return html`<address>${value.name} · ${value.phone}<br />${formatAddressLine(value)}${value.postcode ? ` ${value.postcode}` : ''}</address>`;
}

/** The "details" tab: where it goes and how, what it declares, and the notes that stay editable. */
export function orderFacts(text: OrderDetailText, locale: Locale, order: Order) {
  const fact = (label: string, content: unknown) => html`<dt>${label}</dt><dd>${content === null || content === undefined || content === '' ? notSet(text) : content}</dd>`;
  const labels = orderMessagesFor(locale).labels;
  return html`<dl class="facts" part="facts">
    ${fact(text.mode, labels.modes[order.mode])} ${fact(text.reference, order.reference)} ${fact(text.warehouse, order.warehouseName)}
    ${fact(text.shippingMethod, order.shippingMethodName)} ${fact(text.recipient, address(order.recipient))}
    ${fact(text.sender, order.sender ? address(order.sender) : text.noSender)} ${fact(text.declaredGoods, order.declaredGoods)}
    ${fact(text.insuredValue, order.insuredValue && order.currency ? formatPrice(locale, order.insuredValue, order.currency) : order.insuredValue)}
    ${fact(text.changeWaybill, order.changeWaybill ? text.yes : text.no)} ${fact(text.remarks, order.remarks)}
    ${fact(text.appointment, order.appointment ? text.appointmentValue(order.appointment.date, order.appointment.from, order.appointment.to) : null)}
    ${order.carrier ? fact(text.carrier, order.carrier) : nothing} ${order.trackingNumber ? fact(text.trackingNumber, order.trackingNumber) : nothing}
    ${fact(text.created, when(locale, order.createdAt))}
  </dl>`;
}

/** What a log entry's action is called: the domain's names of moves and events, else the action itself. */
function actionName(locale: Locale, action: string): string {
  const labels = orderMessagesFor(locale).labels;
  return (labels.events as Record<string, string>)[action] ?? (labels.moves as Record<string, string>)[action] ?? (labels.statuses as Record<string, string>)[action] ?? action;
}

function changes(entry: LogEntry): string {
  const data = entry.data ?? {};
  if (Array.isArray(data.fields)) return data.fields.join(', ');
  if (typeof data.note === 'string') return data.note;
  if (typeof data.reason === 'string') return data.reason;
  return '';
}

/** The "log" tab: who changed what, when, newest first. */
export function logTable(text: OrderDetailText, locale: Locale, log: readonly LogEntry[], more?: TemplateResult) {
  if (!log.length) return html`<p class="hint">${text.logEmpty}</p>`;
  return html`<div class="scroll" tabindex="0" role="region" aria-label=${text.tabs.log}>
      <table part="log">
        <thead><tr><th scope="col">${text.logWhen}</th><th scope="col">${text.logAction}</th><th scope="col">${text.logWho}</th><th scope="col">${text.logChanges}</th></tr></thead>
        <tbody>
          ${log.map(
            (entry) => html`<tr data-action=${entry.action}>
              <td>${when(locale, entry.at)}</td>
              <td>${actionName(locale, entry.action)}</td>
              <td>${entry.actor.email ?? entry.actor.kind}</td>
              <td>${changes(entry)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${more ?? nothing}`;
}

/** The "tracking" tab: the order's way from submission to delivery, oldest first. */
export function trackingList(text: OrderDetailText, locale: Locale, events: readonly TrackingEvent[]) {
  if (!events.length) return html`<p class="hint">${text.trackingEmpty}</p>`;
  const labels = orderMessagesFor(locale).labels.events;
  return html`<ol class="tracking" part="tracking">
    ${events.map(
      (event) => html`<li data-type=${event.type}>
        <strong>${labels[event.type]}</strong> ${when(locale, event.at)}
        ${event.carrier || event.trackingNumber ? html`<br />${[event.carrier, event.trackingNumber].filter(Boolean).join(' · ')}` : nothing}
        ${event.note ? html`<br /><span class="note">${event.note}</span>` : nothing}
      </li>`,
    )}
  </ol>`;
}
