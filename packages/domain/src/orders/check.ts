import { checkAddress, type AddressDraft } from '../addresses/check.ts';
import { issueAt, type FieldIssue } from '../common/field-issue.ts';
import { CURRENCIES, exceedsMinorUnits, isCurrency } from '../common/money.ts';
import { PRODUCT_POLICY, readPrice, skuKey, type ProductStatus } from '../products/rules.ts';
import { isCalendarDay, isOrderReference, isTimeOfDay, ORDER_MODES, ORDER_POLICY } from './rules.ts';

export interface OrderItemDraft {
  sku?: string | null | undefined;
  quantity?: number | string | null | undefined;
  unitPrice?: number | string | null | undefined;
}

export interface AppointmentDraft {
  date?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}

/** An order as a form holds it (typed text) or a request carries it (JSON values); missing fields may be absent. */
export interface OrderDraft {
  mode?: string | null | undefined;
  reference?: string | null | undefined;
  warehouse?: string | null | undefined;
  shippingMethod?: string | null | undefined;
  recipient?: AddressDraft | null | undefined;
  sender?: AddressDraft | null | undefined;
  items?: readonly OrderItemDraft[] | null | undefined;
  declaredGoods?: string | null | undefined;
  insuredValue?: number | string | null | undefined;
  remarks?: string | null | undefined;
  appointment?: AppointmentDraft | null | undefined;
}

/** What the caller knows about a product an item names. */
export interface OrderProductFacts {
  status: ProductStatus;
}

/** What the caller knows beyond the draft itself (the server looks it up; the form has the options and picked products). */
export interface OrderDraftContext {
  /** The enterprise's trading currency: unit prices and the insured value may not have more decimals than it has. */
  currency?: string | null | undefined;
  /** The warehouses that can be chosen (active ones); when given, another code is `warehouse_unknown`. */
  warehouses?: readonly { code: string }[] | undefined;
  /**
   * The shipping methods that can be chosen; when given, another code is `shipping_method_unknown`, and the chosen
   * one's `requiresIdNumber` makes the recipient's ID number required.
   */
  shippingMethods?: readonly { code: string; requiresIdNumber: boolean }[] | undefined;
  /**
   * The enterprise's product for a SKU (undefined when it has none): items must be filed products. Without it the
   * items' products are not checked.
   */
  product?: ((sku: string) => OrderProductFacts | undefined) | undefined;
  /** Today (`YYYY-MM-DD`, in the warehouse's time zone): a pickup appointment cannot be before it. */
  today?: string | undefined;
  /**
   * The request schema already read every field on its own: only the rules between fields and those that need
   * this context are checked, so nothing is reported twice.
   */
  fieldsChecked?: boolean;
}

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && !value.trim());

/**
 * Everything that can be known about an order draft from the draft and its context: required fields, the reference,
 * mode, warehouse and shipping method, the recipient (and ID number when the method requires it) and sender, the
 * items (at least one, each SKU once, a filed product, quantity, unit price by the price rule in the trading
 * currency), the insured value, lengths, and the pickup appointment.
 *
 * The one order rule every caller uses — the request schema (with `fieldsChecked`), the server (with the reference
 * data, the products and the currency), the batch upload and the order form — so that they refuse the same drafts
 * at the same fields. What needs the database under a lock (a reference taken, stock) stays with the server.
 * Returns at most one issue per field path, in form order; an empty list when the draft is fine.
 */
export function checkOrderDraft(draft: OrderDraft, context: OrderDraftContext = {}): FieldIssue[] {
  const issues = new Map<string, FieldIssue>();
  const add = (issue: FieldIssue) => {
    if (!issues.has(issue.path)) issues.set(issue.path, issue);
  };
  const full = !context.fieldsChecked;

  if (full) {
    if (blank(draft.mode)) add(issueAt('mode', 'required'));
    else if (!(ORDER_MODES as readonly string[]).includes(draft.mode!)) add(issueAt('mode', 'invalid_choice', { options: ORDER_MODES }));
    const reference = draft.reference?.trim();
    if (!reference) add(issueAt('reference', 'required'));
    else if (reference.length > ORDER_POLICY.referenceMax) add(issueAt('reference', 'too_long', { max: ORDER_POLICY.referenceMax }));
    else if (!isOrderReference(reference)) add(issueAt('reference', 'reference_format'));
    if (blank(draft.warehouse)) add(issueAt('warehouse', 'required'));
    if (blank(draft.shippingMethod)) add(issueAt('shippingMethod', 'required'));
  }
  const warehouse = draft.warehouse?.trim();
  if (warehouse && context.warehouses && !context.warehouses.some((option) => option.code === warehouse)) add(issueAt('warehouse', 'warehouse_unknown'));
  const methodCode = draft.shippingMethod?.trim();
  const method = methodCode ? context.shippingMethods?.find((option) => option.code === methodCode) : undefined;
  if (methodCode && context.shippingMethods && !method) add(issueAt('shippingMethod', 'shipping_method_unknown'));

  const idNumberRequired = method?.requiresIdNumber === true;
  if (!draft.recipient) {
    if (full || idNumberRequired) add(issueAt('recipient', 'required'));
  } else {
    for (const issue of checkAddress(draft.recipient, { path: 'recipient', idNumberRequired })) {
      if (full || issue.code === 'id_number_required') add(issue);
    }
  }
  if (full && draft.sender) for (const issue of checkAddress(draft.sender, { path: 'sender' })) add(issue);

  for (const issue of checkItems(draft.items ?? [], context, full)) add(issue);

  if (full) {
    const goods = draft.declaredGoods?.trim();
    if (!goods) add(issueAt('declaredGoods', 'required'));
    else if (goods.length > ORDER_POLICY.declaredGoodsMax) add(issueAt('declaredGoods', 'too_long', { max: ORDER_POLICY.declaredGoodsMax }));
    if ((draft.remarks?.trim().length ?? 0) > ORDER_POLICY.remarksMax) add(issueAt('remarks', 'too_long', { max: ORDER_POLICY.remarksMax }));
  }
  const insured = checkAmountField('insuredValue', draft.insuredValue, context.currency, full, { positive: false });
  if (insured) add(insured);
  if (draft.appointment) for (const issue of checkAppointment(draft.appointment, { today: context.today, full })) add(issue);
  return [...issues.values()];
}

/** The items: at least one and at most `itemsMax`, each SKU once, a filed product, a whole quantity and a unit price. */
function checkItems(items: readonly OrderItemDraft[], context: OrderDraftContext, full: boolean): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (full && items.length < ORDER_POLICY.itemsMin) issues.push(issueAt('items', 'items_required'));
  if (full && items.length > ORDER_POLICY.itemsMax) issues.push(issueAt('items', 'items_too_many', { max: ORDER_POLICY.itemsMax }));
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const sku = item.sku?.trim();
    if (!sku) {
      if (full) issues.push(issueAt(`items.${index}.sku`, 'required'));
    } else if (seen.has(skuKey(sku))) {
      issues.push(issueAt(`items.${index}.sku`, 'item_duplicate', { field: sku }));
    } else {
      seen.add(skuKey(sku));
      const product = context.product ? context.product(sku) : null;
      if (product === undefined) issues.push(issueAt(`items.${index}.sku`, 'item_unknown', { field: sku }));
      else if (product && product.status !== 'filed') issues.push(issueAt(`items.${index}.sku`, 'item_not_filed', { field: sku, status: product.status }));
    }
    if (full) {
      const quantity = readItemQuantity(item.quantity);
      if (!quantity.ok) issues.push(issueAt(`items.${index}.quantity`, quantity.code, quantity.code === 'number_too_large' ? { max: ORDER_POLICY.quantityMax } : { min: 1 }));
    }
    const price = checkAmountField(`items.${index}.unitPrice`, item.unitPrice, context.currency, full, { positive: true, required: true });
    if (price) issues.push(price);
  });
  return issues;
}

/** An item's quantity as typed or sent: a whole number from 1 to `quantityMax`. */
export function readItemQuantity(value: number | string | null | undefined): { ok: true; quantity: number } | { ok: false; code: 'required' | 'number_too_small' | 'number_too_large' } {
  if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) return { ok: false, code: 'required' };
  const typed = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(typed) || typed < 1) return { ok: false, code: 'number_too_small' };
  if (typed > ORDER_POLICY.quantityMax) return { ok: false, code: 'number_too_large' };
  return { ok: true, quantity: typed };
}

/**
 * A money field by the domain's price rule (a decimal with at most two decimals, below the price bound) and, when
 * the currency is known, with no more decimals than it has (`amount_precision`). Unit prices must be above zero.
 */
function checkAmountField(path: string, value: number | string | null | undefined, currency: string | null | undefined, full: boolean, options: { positive: boolean; required?: boolean }): FieldIssue | undefined {
  if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) return full && options.required ? issueAt(path, 'required') : undefined;
  const read = readPrice(value);
  if (!read.ok) return full ? issueAt(path, read.code, { max: PRODUCT_POLICY.priceMax, min: 0 }) : undefined;
  if (options.positive && !/[1-9]/.test(read.price)) return issueAt(path, 'price_not_positive');
  if (currency && isCurrency(currency) && exceedsMinorUnits(read.price, currency, { significant: true })) return issueAt(path, 'amount_precision', { max: CURRENCIES[currency] });
  return undefined;
}

/** A pickup appointment: a real day (not before today, when known) and a time window `from` before `to`. */
export function checkAppointment(appointment: AppointmentDraft, { today, full = true }: { today?: string | undefined; full?: boolean } = {}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const date = appointment.date?.trim();
  if (full) {
    if (!date) issues.push(issueAt('appointment.date', 'required'));
    else if (!isCalendarDay(date)) issues.push(issueAt('appointment.date', 'date_format'));
    for (const field of ['from', 'to'] as const) {
      const time = appointment[field]?.trim();
      if (!time) issues.push(issueAt(`appointment.${field}`, 'required'));
      else if (!isTimeOfDay(time)) issues.push(issueAt(`appointment.${field}`, 'time_format'));
    }
  }
  if (date && today && isCalendarDay(date) && date < today) issues.push(issueAt('appointment.date', 'appointment_past', { field: today }));
  const [from, to] = [appointment.from?.trim(), appointment.to?.trim()];
  if (from && to && isTimeOfDay(from) && isTimeOfDay(to) && from >= to) issues.push(issueAt('appointment.to', 'appointment_window', { field: from }));
  return issues;
}
