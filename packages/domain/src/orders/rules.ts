// Orders (PRODUCT §4): the two modes, the states and the moves between them, and the limits forms give as
// `maxlength`. The state machine here is the one the server enforces and the elements offer.

export const ORDER_MODES = ['consolidation', 'stock'] as const;
export type OrderMode = (typeof ORDER_MODES)[number];

/** The states on the wire (API.md). */
export const ORDER_STATUSES = ['draft', 'confirmed', 'submitted', 'cleared', 'shipped', 'signed', 'deleted'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Submitted or cleared, not yet shipped: what the warehouse will pick up (the label print view). */
export const AWAITING_PICKUP = 'awaiting-pickup' as const;
export const AWAITING_PICKUP_STATUSES = ['submitted', 'cleared'] as const satisfies readonly OrderStatus[];

/** The statuses a list can filter by: every live state, and awaiting pickup. */
export const ORDER_STATUS_FILTERS = ['draft', 'confirmed', 'submitted', 'cleared', 'shipped', 'signed', AWAITING_PICKUP] as const;
export type OrderStatusFilter = (typeof ORDER_STATUS_FILTERS)[number];

/** What a customer does to an order. */
export const ORDER_MOVES = ['confirm', 'unconfirm', 'submit', 'delete'] as const;
export type OrderMove = (typeof ORDER_MOVES)[number];

/** What operators (customs, warehouse, carrier) report; `exception` records a problem without moving the state. */
export const ORDER_EVENT_TYPES = ['cleared', 'shipped', 'signed', 'exception'] as const;
export type OrderEventType = (typeof ORDER_EVENT_TYPES)[number];

/** Customer moves and where they lead. */
const MOVES: Record<OrderMove, { from: OrderStatus; to: OrderStatus }> = {
  confirm: { from: 'draft', to: 'confirmed' },
  unconfirm: { from: 'confirmed', to: 'draft' },
  submit: { from: 'confirmed', to: 'submitted' },
  delete: { from: 'draft', to: 'deleted' },
};

/** Operator events and the states they may come in, with the state they lead to. */
const EVENTS: Record<OrderEventType, { from: readonly OrderStatus[]; to: OrderStatus | null }> = {
  cleared: { from: ['submitted'], to: 'cleared' },
  shipped: { from: ['cleared'], to: 'shipped' },
  signed: { from: ['shipped'], to: 'signed' },
  exception: { from: ['submitted', 'cleared', 'shipped'], to: null },
};

/** What the caller knows beyond the state, for moves that depend on it. */
export interface OrderMoveContext {
  /** A consolidation order's goods come in on an ASN: it can be submitted only once that ASN is received. */
  asnReceived?: boolean;
}

/**
 * The moves a customer can make on an order in this state. A confirmed consolidation order can be submitted only
 * once the ASN carrying it is received (`context.asnReceived`); a confirmed stock order, at once.
 */
export function allowedMoves(status: OrderStatus, mode: OrderMode, context: OrderMoveContext = {}): OrderMove[] {
  return ORDER_MOVES.filter((move) => MOVES[move].from === status && (move !== 'submit' || mode === 'stock' || context.asnReceived === true));
}

/** The state a customer move leads to from this one, or undefined when the state does not allow it. */
export function moveTarget(status: OrderStatus, move: OrderMove): OrderStatus | undefined {
  return MOVES[move].from === status ? MOVES[move].to : undefined;
}

/** The events an operator can report on an order in this state. */
export function allowedEvents(status: OrderStatus): OrderEventType[] {
  return ORDER_EVENT_TYPES.filter((type) => EVENTS[type].from.includes(status));
}

/**
 * The state an operator event leads to: the new state, `null` when it records without moving (an exception), or
 * undefined when the event cannot happen in this state.
 */
export function eventTarget(status: OrderStatus, type: OrderEventType): OrderStatus | null | undefined {
  return EVENTS[type].from.includes(status) ? EVENTS[type].to : undefined;
}

/** Whether an order's fields (beyond remarks and the appointment) can change: only drafts. */
export function isDraftEditable(status: OrderStatus): boolean {
  return status === 'draft';
}

/** Fields that stay editable in every state (seed 000 usage Q4), singly or in bulk. */
export const ALWAYS_EDITABLE_FIELDS = ['remarks', 'appointment'] as const;

export function isAwaitingPickup(status: OrderStatus): boolean {
  return (AWAITING_PICKUP_STATUSES as readonly OrderStatus[]).includes(status);
}

/** Whether a stock order holds a reservation of its items in the warehouse (confirmed to shipped, not yet deducted). */
export function holdsReservation(status: OrderStatus, mode: OrderMode): boolean {
  return mode === 'stock' && (status === 'confirmed' || status === 'submitted' || status === 'cleared');
}

export const ORDER_POLICY = {
  /** `SO` and 10 digits from a counter, e.g. SO0000000001. */
  numberPattern: /^SO\d{10}$/,
  /** The customer's own reference: letters, digits and `-_./#`, unique in the enterprise. */
  referencePattern: /^[A-Za-z0-9][A-Za-z0-9._/#-]{0,49}$/,
  referenceMax: 50,
  itemsMin: 1,
  itemsMax: 100,
  quantityMax: 99_999,
  declaredGoodsMax: 200,
  remarksMax: 500,
  codeMax: 16,
  /** Warehouse and shipping-method codes: upper-case letters, digits and `-`. */
  codePattern: /^[A-Z0-9][A-Z0-9-]{0,15}$/,
  nameMax: 100,
  carrierMax: 50,
  trackingNumberMax: 50,
  noteMax: 500,
  /** Orders one bulk edit or bulk action takes. */
  bulkMax: 2000,
  /** Orders in one label PDF. */
  labelsMax: 500,
  /** Terms text per locale. */
  termsMax: 20_000,
  adjustmentReasonMax: 200,
  adjustmentMax: 1_000_000,
} as const;

export function isOrderNumber(value: string): boolean {
  return ORDER_POLICY.numberPattern.test(value);
}

export function isOrderReference(value: string): boolean {
  return ORDER_POLICY.referencePattern.test(value);
}

/** The order number for a counter value: `SO` and 10 digits. */
export function orderNumber(sequence: number): string {
  return `SO${String(sequence).padStart(10, '0')}`;
}

/** A pickup appointment's time, `HH:MM` (24 h). */
export function isTimeOfDay(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** A calendar day, `YYYY-MM-DD`, that exists. */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}
