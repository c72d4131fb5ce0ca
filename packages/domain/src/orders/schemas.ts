import { z } from 'zod';
import { Address, AddressInput } from '../addresses/schemas.ts';
import { fieldIssue, Timestamp } from '../common/schemas.ts';
import { LogEntry, Pagination } from '../enterprises/schemas.ts';
import { Price, Sku } from '../products/schemas.ts';
import { checkAppointment, checkOrderDraft } from './check.ts';
import { isCalendarDay, isOrderNumber, isOrderReference, isTimeOfDay, ORDER_EVENT_TYPES, ORDER_MODES, ORDER_MOVES, ORDER_POLICY, ORDER_STATUS_FILTERS, ORDER_STATUSES } from './rules.ts';

export const OrderMode = z.enum(ORDER_MODES);
export type OrderMode = z.infer<typeof OrderMode>;
export const OrderStatus = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatus>;
export const OrderMove = z.enum(ORDER_MOVES);
export type OrderMove = z.infer<typeof OrderMove>;
export const OrderEventType = z.enum(ORDER_EVENT_TYPES);
export type OrderEventType = z.infer<typeof OrderEventType>;

/** A zod path from a dotted issue path. */
function pathOf(path: string): (string | number)[] {
  return path ? path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
}

export const OrderNumber = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!isOrderNumber(value)) ctx.addIssue(fieldIssue('order_number_format'));
  })
  .meta({ description: '`SO` and 10 digits', examples: ['SO0000000001'] });

export const OrderReference = z
  .string()
  .trim()
  .min(1)
  .max(ORDER_POLICY.referenceMax)
  .superRefine((value, ctx) => {
    if (!isOrderReference(value)) ctx.addIssue(fieldIssue('reference_format'));
  })
  .meta({ description: 'The customer’s own reference, unique in the enterprise: creating twice with it is refused (409)', examples: ['PO-2026-0001'] });

const Code = z.string().trim().min(1).max(ORDER_POLICY.codeMax);

export const Appointment = z
  .object({
    date: z.string().trim().refine(isCalendarDay, { params: { code: 'date_format' }, message: 'date_format' }).meta({ examples: ['2026-12-10'] }),
    from: z.string().trim().refine(isTimeOfDay, { params: { code: 'time_format' }, message: 'time_format' }).meta({ description: '`HH:MM`', examples: ['09:00'] }),
    to: z.string().trim().refine(isTimeOfDay, { params: { code: 'time_format' }, message: 'time_format' }).meta({ description: '`HH:MM`, after `from`', examples: ['12:00'] }),
  })
  .superRefine((value, ctx) => {
    for (const issue of checkAppointment(value, { full: false })) ctx.addIssue({ ...fieldIssue(issue.code, issue.params), path: pathOf(issue.path).slice(1) });
  })
  .meta({ id: 'Appointment', description: 'The pickup appointment: a day and a time window' });
export type Appointment = z.infer<typeof Appointment>;

export const OrderItemInput = z.object({
  sku: Sku,
  quantity: z.number().int().min(1).max(ORDER_POLICY.quantityMax),
  unitPrice: Price.meta({ description: 'In the enterprise’s trading currency, above 0' }),
});

const Remarks = z.string().trim().max(ORDER_POLICY.remarksMax);

/** The fields of a draft; all but remarks and the appointment change only while the order is a draft. */
const DraftFields = {
  mode: OrderMode,
  warehouse: Code.meta({ description: 'Warehouse code (see `GET /v1/orders/options`)', examples: ['SZ-QH'] }),
  shippingMethod: Code.meta({ description: 'Shipping method code', examples: ['EMS-CB'] }),
  recipient: AddressInput,
  sender: AddressInput.nullish(),
  items: z.array(OrderItemInput).min(ORDER_POLICY.itemsMin).max(ORDER_POLICY.itemsMax),
  declaredGoods: z.string().trim().min(1).max(ORDER_POLICY.declaredGoodsMax).meta({ description: 'What the parcel holds, as declared to customs', examples: ['护肤品'] }),
  insuredValue: Price.nullish(),
  changeWaybill: z.boolean().optional().meta({ description: 'Whether the carrier’s waybill is exchanged (是否换单)' }),
};

/** The rules between fields (each SKU once, positive prices, the time window): the order check's. */
function draftRule(value: Record<string, unknown>, ctx: z.RefinementCtx) {
  for (const issue of checkOrderDraft(value, { fieldsChecked: true })) ctx.addIssue({ ...fieldIssue(issue.code, issue.params), path: pathOf(issue.path) });
}

export const CreateOrderRequest = z
  .object({ ...DraftFields, reference: OrderReference, remarks: Remarks.nullish(), appointment: Appointment.nullish() })
  .superRefine(draftRule)
  .meta({ id: 'CreateOrderRequest', description: 'A new order, created as a draft' });
export type CreateOrderRequest = z.input<typeof CreateOrderRequest>;

/** A change to one order: remarks and the appointment in every state, the other fields only in draft (`If-Match`). */
export const UpdateOrderRequest = z
  .object({ ...DraftFields, reference: OrderReference, remarks: Remarks.nullable(), appointment: Appointment.nullable() })
  .partial()
  .superRefine(draftRule)
  .meta({ id: 'UpdateOrderRequest' });
export type UpdateOrderRequest = z.input<typeof UpdateOrderRequest>;

const Numbers = z.array(OrderNumber).min(1).max(ORDER_POLICY.bulkMax);

/** Remarks and the appointment for many orders at once (`null` clears). */
export const BulkEditOrdersRequest = z
  .object({ numbers: Numbers, remarks: Remarks.nullable().optional(), appointment: Appointment.nullable().optional() })
  .superRefine((value, ctx) => {
    if (value.remarks === undefined && value.appointment === undefined) ctx.addIssue({ ...fieldIssue('required'), path: ['remarks'] });
  })
  .meta({ id: 'BulkEditOrdersRequest' });
export type BulkEditOrdersRequest = z.input<typeof BulkEditOrdersRequest>;

export const SecurityPinInput = z.string().trim().max(16).meta({ description: 'The enterprise’s security PIN, when it has one' });

export const SubmitOrderRequest = z.object({ securityPin: SecurityPinInput.optional() }).meta({ id: 'SubmitOrderRequest' });
export type SubmitOrderRequest = z.input<typeof SubmitOrderRequest>;

export const ORDER_BULK_ACTIONS = ORDER_MOVES;
export const BulkOrderAction = OrderMove;
export const BulkOrderActionRequest = z.object({ numbers: Numbers, securityPin: SecurityPinInput.optional() }).meta({ id: 'BulkOrderActionRequest' });
export type BulkOrderActionRequest = z.input<typeof BulkOrderActionRequest>;

export const OrderProblem = z.object({ status: z.number().int(), code: z.string().optional(), detail: z.string(), errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional() });

export const BulkOrderResults = z
  .object({ results: z.array(z.object({ number: z.string(), ok: z.boolean(), status: OrderStatus.optional(), problem: OrderProblem.optional() })) })
  .meta({ id: 'BulkOrderResults', description: 'One result per number, in the order sent; each order is changed entirely or not at all' });
export type BulkOrderResults = z.infer<typeof BulkOrderResults>;

export const OrderItem = z.object({ sku: z.string(), name: z.string(), quantity: z.number().int(), unitPrice: z.string() });
export type OrderItem = z.infer<typeof OrderItem>;

/** What an order and its line in a list both show first: who and what it is, where it ships from and how. */
const OrderHead = z.object({
  number: z.string(),
  reference: z.string(),
  mode: OrderMode,
  status: OrderStatus,
  warehouse: z.string(),
  warehouseName: z.string(),
  shippingMethod: z.string(),
  shippingMethodName: z.string(),
});

export const Order = OrderHead
  .extend({
    recipient: Address,
    sender: Address.nullable(),
    items: z.array(OrderItem),
    currency: z.string().nullable().meta({ description: 'The enterprise’s trading currency, which prices are in' }),
    declaredGoods: z.string(),
    insuredValue: z.string().nullable(),
    remarks: z.string().nullable(),
    appointment: z.object({ date: z.string(), from: z.string(), to: z.string() }).nullable(),
    changeWaybill: z.boolean(),
    carrier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    allowed: z.array(OrderMove).meta({ description: 'The moves the customer can make now' }),
    version: z.number().int().meta({ description: 'Send it back as `If-Match` to refuse overwriting someone else’s change' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Order' });
export type Order = z.infer<typeof Order>;

export const OrderListItem = OrderHead
  .extend({
    recipientName: z.string(),
    itemCount: z.number().int(),
    quantity: z.number().int().meta({ description: 'Pieces over all items' }),
    remarks: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'OrderListItem' });
export type OrderListItem = z.infer<typeof OrderListItem>;

export const ORDER_SORTS = ['-createdAt', 'createdAt', '-number', 'number'] as const;
const DateOrTime = z.union([z.iso.date(), z.iso.datetime()]);

export const OrderQuery = Pagination.extend({
  mode: OrderMode.optional(),
  status: z.enum(ORDER_STATUS_FILTERS).optional().meta({ description: '`awaiting-pickup` = submitted or cleared' }),
  number: z.string().trim().max(12).optional().meta({ description: 'Number prefix' }),
  reference: z.string().trim().max(ORDER_POLICY.referenceMax).optional().meta({ description: 'Reference prefix' }),
  shippingMethod: Code.optional(),
  warehouse: Code.optional(),
  sku: z.string().trim().max(64).optional().meta({ description: 'Orders with an item of this SKU' }),
  createdFrom: DateOrTime.optional().meta({ description: 'From this day (or instant), inclusive' }),
  createdTo: DateOrTime.optional().meta({ description: 'Up to this day (inclusive) or instant' }),
  q: z.string().trim().max(100).optional().meta({ description: 'Part of the number, reference or recipient name or phone' }),
  sort: z.enum(ORDER_SORTS).default('-createdAt'),
});
export type OrderQuery = z.input<typeof OrderQuery>;

export const OrderSummary = z
  .object({
    counts: z.object({
      draft: z.number().int(),
      confirmed: z.number().int(),
      submitted: z.number().int(),
      cleared: z.number().int(),
      shipped: z.number().int(),
      signed: z.number().int(),
      awaitingPickup: z.number().int(),
    }),
  })
  .meta({ id: 'OrderSummary' });
export type OrderSummary = z.infer<typeof OrderSummary>;

/** What an operator reports: `shipped` needs the carrier and tracking number, `exception` a reason (the note). */
export const OrderEventRequest = z
  .object({
    type: OrderEventType,
    note: z.string().trim().max(ORDER_POLICY.noteMax).optional(),
    carrier: z.string().trim().max(ORDER_POLICY.carrierMax).optional(),
    trackingNumber: z.string().trim().max(ORDER_POLICY.trackingNumberMax).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.type === 'shipped') {
      if (!value.carrier) ctx.addIssue({ ...fieldIssue('required'), path: ['carrier'] });
      if (!value.trackingNumber) ctx.addIssue({ ...fieldIssue('required'), path: ['trackingNumber'] });
    }
    if (value.type === 'exception' && !value.note) ctx.addIssue({ ...fieldIssue('required'), path: ['note'] });
  })
  .meta({ id: 'OrderEventRequest' });
export type OrderEventRequest = z.input<typeof OrderEventRequest>;

export const TrackingEvent = z
  .object({
    type: z.enum(['created', 'confirmed', 'submitted', ...ORDER_EVENT_TYPES]),
    status: OrderStatus.meta({ description: 'The order’s state after the event' }),
    note: z.string().nullable(),
    carrier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    at: Timestamp,
  })
  .meta({ id: 'TrackingEvent' });
export type TrackingEvent = z.infer<typeof TrackingEvent>;

export const OrderTracking = z.object({ data: z.array(TrackingEvent) }).meta({ id: 'OrderTracking' });
export type OrderTracking = z.infer<typeof OrderTracking>;

export const OrderLog = z.object({ data: z.array(LogEntry), nextCursor: z.string().nullable() });

export const WaybillTerms = z
  .object({ version: z.number().int(), text: z.string(), acceptedAt: Timestamp.nullable().meta({ description: 'When the caller accepted this version; null when not yet' }) })
  .meta({ id: 'WaybillTerms' });
export type WaybillTerms = z.infer<typeof WaybillTerms>;

export const AcceptTermsRequest = z.object({ version: z.number().int().min(1) }).meta({ id: 'AcceptTermsRequest' });
export type AcceptTermsRequest = z.input<typeof AcceptTermsRequest>;

export const LabelsRequest = z.object({ numbers: z.array(OrderNumber).min(1).max(ORDER_POLICY.labelsMax) }).meta({ id: 'LabelsRequest' });
export type LabelsRequest = z.input<typeof LabelsRequest>;

export const OrderNumberParam = z.object({ number: OrderNumber });
