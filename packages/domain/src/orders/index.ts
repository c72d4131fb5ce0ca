// Orders (PRODUCT §4): consolidation and stock orders, their states and moves, one check of a draft that the request
// schemas, the server, the batch upload and the order form all use; reference data (warehouses, shipping methods),
// the waybill terms and stock.
export {
  AcceptTermsRequest,
  Appointment,
  BulkEditOrdersRequest,
  BulkOrderAction,
  BulkOrderActionRequest,
  BulkOrderResults,
  CreateOrderRequest,
  LabelsRequest,
  Order,
  OrderEventRequest,
  OrderEventType,
  OrderItem,
  OrderItemInput,
  OrderListItem,
  OrderLog,
  OrderMode,
  OrderMove,
  OrderNumber,
  OrderNumberParam,
  OrderQuery,
  OrderReference,
  OrderStatus,
  OrderSummary,
  OrderTracking,
  ORDER_BULK_ACTIONS,
  ORDER_SORTS,
  SecurityPinInput,
  SubmitOrderRequest,
  TrackingEvent,
  UpdateOrderRequest,
  WaybillTerms,
} from './schemas.ts';
export {
  CreateShippingMethodRequest,
  CreateWarehouseRequest,
  LocalizedNames,
  OrderOptions,
  PublishTermsRequest,
  ReferenceCode,
  ShippingFee,
  ShippingMethod,
  UpdateShippingMethodRequest,
  UpdateWarehouseRequest,
  Warehouse,
} from './reference-data.ts';
export { INVENTORY_REASONS, InventoryAdjustment, InventoryAdjustmentRequest, InventoryMovement, ProductInventory, availableStock } from './inventory.ts';
export type { InventoryReason } from './inventory.ts';
export {
  ALWAYS_EDITABLE_FIELDS,
  AWAITING_PICKUP,
  AWAITING_PICKUP_STATUSES,
  ORDER_EVENT_TYPES,
  ORDER_MODES,
  ORDER_MOVES,
  ORDER_POLICY,
  ORDER_STATUS_FILTERS,
  ORDER_STATUSES,
  allowedEvents,
  allowedMoves,
  eventTarget,
  holdsReservation,
  isAwaitingPickup,
  isCalendarDay,
  isDraftEditable,
  isOrderNumber,
  isOrderReference,
  isTimeOfDay,
  moveTarget,
  orderNumber,
} from './rules.ts';
export type { OrderMoveContext, OrderStatusFilter } from './rules.ts';
export { checkAppointment, checkOrderDraft, readItemQuantity } from './check.ts';
export type { AppointmentDraft, OrderDraft, OrderDraftContext, OrderItemDraft, OrderProductFacts } from './check.ts';
export { ORDER_WEBHOOK_EVENTS, orderWebhookEvent } from './webhooks.ts';
export type { OrderEventData, OrderWebhookEvent } from './webhooks.ts';
export { ORDER_FIELD_CODES } from './messages/codes.ts';
export type { OrderFieldCode, OrderMessages } from './messages/codes.ts';
export { ORDER_CATALOGUE, fieldMessage, orderMessagesFor } from './messages/index.ts';
