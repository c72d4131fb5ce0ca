import type { MessageParams } from '../../common/messages/params.ts';

/** Refusals about orders, their reference data and stock (PRODUCT §4); their messages live in orders/messages/. */
export const ORDER_FIELD_CODES = [
  'reference_format',
  'reference_taken',
  'order_number_format',
  'warehouse_unknown',
  'shipping_method_unknown',
  'items_required',
  'items_too_many',
  'item_duplicate',
  'item_unknown',
  'item_not_filed',
  'price_not_positive',
  'date_format',
  'time_format',
  'appointment_past',
  'appointment_window',
  'order_not_editable',
  'order_move_refused',
  'order_event_refused',
  'asn_not_received',
  'terms_not_accepted',
  'terms_version_stale',
  'stock_short',
  'stock_negative',
  'adjustment_zero',
  'reference_code_format',
  'reference_code_taken',
  'fee_currency_repeated',
  'fee_not_offered',
] as const;
export type OrderFieldCode = (typeof ORDER_FIELD_CODES)[number];

export interface OrderMessages {
  field: Record<OrderFieldCode, (p: MessageParams) => string>;
  labels: {
    modes: Record<'consolidation' | 'stock', string>;
    statuses: Record<'draft' | 'confirmed' | 'submitted' | 'cleared' | 'shipped' | 'signed' | 'deleted' | 'awaiting-pickup', string>;
    moves: Record<'confirm' | 'unconfirm' | 'submit' | 'delete', string>;
    events: Record<'created' | 'confirmed' | 'submitted' | 'cleared' | 'shipped' | 'signed' | 'exception', string>;
  };
}
