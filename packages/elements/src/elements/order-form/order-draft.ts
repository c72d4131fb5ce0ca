import type { Locale } from '@wharf/domain';
import type { AddressBookEntry } from '@wharf/domain/addresses';
import { checkOrderDraft, fieldMessage, readItemQuantity, type CreateOrderRequest, type Order, type OrderMode, type OrderOptions } from '@wharf/domain/orders';
import type { ReactiveControllerHost } from 'lit';
import { NO_ERRORS, type FormErrors } from '../../internal/form-errors.ts';
import { AddressDraft, ADDRESS_FIELDS } from '../address-book/address-draft.ts';
import { notesBody, today } from '../order-detail/notes-editor.ts';

/** An item as typed: its quantity and unit price are the user's text until saved; `available` in stock mode. */
export interface ItemLine {
  sku: string;
  name: string;
  quantity: string;
  unitPrice: string;
  /** What the chosen warehouse has available (stock mode), once known. */
  available?: number | undefined;
}

export const VALUE_FIELDS = ['reference', 'warehouse', 'shippingMethod', 'declaredGoods', 'insuredValue', 'remarks', 'date', 'from', 'to'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];
type Values = Record<ValueField, string>;
const emptyValues = (): Values => Object.fromEntries(VALUE_FIELDS.map((name) => [name, ''])) as Values;

/** Saved as a draft; confirmed (reserving stock in stock mode); or confirmed and submitted. */
export type Intent = 'draft' | 'confirm' | 'submit';

/** The problem path of each value typed (the appointment's three are `appointment.*`). */
const pathOf = (name: ValueField) => (name === 'date' || name === 'from' || name === 'to' ? `appointment.${name}` : name);

/**
 * An order as the form holds it — mode, route, recipient (saved or new), sender, items and declaration — checked with
 * the domain's `checkOrderDraft` (the server's own check, with the options and the picked products as its context)
 * and, before confirming a stock order, against the stock the warehouse has available.
 */
export class OrderFormDraft {
  order?: Order | undefined;
  mode: OrderMode = 'consolidation';
  values: Values = emptyValues();
  changeWaybill = false;
  /** The saved recipient chosen (its id), or none for a new one typed in. */
  recipientId = '';
  saveRecipient = false;
  senderId = '';
  readonly recipient: AddressDraft;
  items: ItemLine[] = [];
  touched: ReadonlySet<string> = new Set();
  attempted?: Intent | undefined;
  errors: FormErrors = NO_ERRORS;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    this.recipient = new AddressDraft(host, 'recipient');
  }

  /** Shows `order` (none: a new one, with `defaultSender`), forgetting what was typed. */
  show(order: Order | undefined, mode: OrderMode, defaultSender?: AddressBookEntry) {
    this.order = order;
    this.mode = order?.mode ?? mode;
    const values = emptyValues();
    if (order) {
      Object.assign(values, {
        reference: order.reference,
        warehouse: order.warehouse,
        shippingMethod: order.shippingMethod,
        declaredGoods: order.declaredGoods,
        insuredValue: order.insuredValue ?? '',
        remarks: order.remarks ?? '',
        ...(order.appointment ?? {}),
      });
    }
    this.values = values;
    this.changeWaybill = order?.changeWaybill ?? false;
    this.recipientId = '';
    this.saveRecipient = false;
    this.recipient.show(order?.recipient);
    this.senderId = order ? '' : (defaultSender?.id ?? '');
    this.#orderSender = order?.sender ?? undefined;
    this.items = (order?.items ?? []).map((item) => ({ sku: item.sku, name: item.name, quantity: String(item.quantity), unitPrice: item.unitPrice }));
    this.touched = new Set();
    this.attempted = undefined;
    this.errors = NO_ERRORS;
    this.#host.requestUpdate();
  }

  /** The sender an edited order has, kept unless the user picks another. */
  #orderSender?: Order['sender'] | undefined;

  touch(...paths: string[]) {
    this.touched = new Set([...this.touched, ...paths]);
    const fields = { ...this.errors.fields };
    for (const path of paths) delete fields[path];
    this.errors = { ...this.errors, fields };
    this.#host.requestUpdate();
  }

  set(name: ValueField, value: string) {
    this.values = { ...this.values, [name]: value };
    this.touch(pathOf(name));
  }

  setMode(mode: OrderMode) {
    this.mode = mode;
    this.touch('mode');
  }

  /** Chooses a saved recipient (its fields are then the book's), or '' to type a new one. */
  chooseRecipient(id: string, book: readonly AddressBookEntry[]) {
    this.recipientId = id;
    const entry = book.find((address) => address.id === id);
    this.recipient.show(entry);
    this.touch('recipient');
  }

  addItem(line: ItemLine) {
    this.items = [...this.items, line];
    this.touch('items');
  }

  removeItem(index: number) {
    this.items = this.items.filter((_, at) => at !== index);
    // Errors at later lines would now point at the wrong line.
    this.errors = { ...this.errors, fields: Object.fromEntries(Object.entries(this.errors.fields).filter(([path]) => !path.startsWith('items'))) };
    this.touch('items');
  }

  setItem(index: number, patch: Partial<ItemLine>) {
    this.items = this.items.map((item, at) => (at === index ? { ...item, ...patch } : item));
    this.touch(...Object.keys(patch).map((key) => `items.${index}.${key}`));
  }

  /** The sender sent: the saved one chosen, or the edited order's own. */
  sender(book: readonly AddressBookEntry[]) {
    const entry = book.find((address) => address.id === this.senderId);
    if (entry) return Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, entry[name] ?? undefined])) as CreateOrderRequest['recipient'];
    return this.senderId === '' && this.order ? (this.#orderSender ?? null) : null;
  }

  body(book: readonly AddressBookEntry[]): CreateOrderRequest {
    const v = this.values;
    const { remarks, appointment } = notesBody({ remarks: v.remarks, date: v.date, from: v.from, to: v.to });
    return {
      mode: this.mode,
      reference: v.reference.trim(),
      warehouse: v.warehouse,
      shippingMethod: v.shippingMethod,
      recipient: this.recipient.body(),
      sender: this.sender(book),
      items: this.items.map((item) => {
        const quantity = readItemQuantity(item.quantity);
        return { sku: item.sku, quantity: quantity.ok ? quantity.quantity : Number(item.quantity), unitPrice: item.unitPrice.trim() };
      }),
      declaredGoods: v.declaredGoods.trim(),
      insuredValue: v.insuredValue.trim() || null,
      remarks,
      appointment,
      changeWaybill: this.changeWaybill,
    };
  }

  /** Every problem the browser sees, by path: the domain's check, and the stock a confirmation would reserve. */
  problems(locale: Locale, options: OrderOptions, currency: string | undefined, book: readonly AddressBookEntry[], intent: Intent | undefined): Record<string, string> {
    const v = this.values;
    const draft = {
      ...this.body(book),
      items: this.items.map((item) => ({ sku: item.sku, quantity: item.quantity, unitPrice: item.unitPrice })),
      insuredValue: v.insuredValue,
      appointment: v.date || v.from || v.to ? { date: v.date, from: v.from, to: v.to } : null,
    };
    const issues = checkOrderDraft(draft, { currency, warehouses: options.warehouses, shippingMethods: options.shippingMethods, today: today() });
    const problems = Object.fromEntries(issues.map((issue) => [issue.path, fieldMessage(locale, issue.code, issue.params)]));
    if (this.mode === 'stock' && intent && intent !== 'draft') {
      this.items.forEach((item, index) => {
        const quantity = readItemQuantity(item.quantity);
        const path = `items.${index}.quantity`;
        if (quantity.ok && item.available !== undefined && quantity.quantity > item.available && !problems[path]) {
          problems[path] = fieldMessage(locale, 'stock_short', { max: item.available });
        }
      });
    }
    return problems;
  }

  /** A save of `intent` was tried: every problem shows now. */
  attempt(intent: Intent) {
    this.attempted = intent;
    this.recipient.attempted = true;
    this.errors = NO_ERRORS;
    this.recipient.errors = NO_ERRORS;
    this.#host.requestUpdate();
  }

  /** The server's refusal: each field error at its field (the recipient's in the recipient's draft). */
  refused(errors: FormErrors) {
    const at = (recipient: boolean) => Object.fromEntries(Object.entries(errors.fields).filter(([path]) => path.startsWith('recipient.') === recipient));
    this.errors = { ...errors, fields: at(false) };
    this.recipient.errors = { fields: at(true) };
    this.#host.requestUpdate();
  }

  /** The error shown at `path`: the server's, else the browser's once the field was typed in or a save tried. */
  errorAt(path: string, problems: Record<string, string>): string | undefined {
    if (path.startsWith('recipient.')) return this.recipient.errorAt(path, problems);
    return this.errors.fields[path] ?? (this.attempted || this.touched.has(path) ? problems[path] : undefined);
  }

  knownFields(): string[] {
    const items = this.items.flatMap((_, index) => [`items.${index}.sku`, `items.${index}.quantity`, `items.${index}.unitPrice`]);
    return ['mode', 'recipient', 'items', ...VALUE_FIELDS.map(pathOf), ...this.recipient.knownFields(), ...items];
  }
}
