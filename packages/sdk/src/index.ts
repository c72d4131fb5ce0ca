export { createWharfClient } from './client.ts';
export type { WharfClient } from './client.ts';
export type { WharfClientOptions, RequestOptions, TokenSource } from './core/http.ts';
export type { AuthResource } from './resources/auth.ts';
export type { DevResource } from './resources/dev.ts';
export type { EmbedResource } from './resources/embed.ts';
export type { EnterpriseRef, EnterprisesResource } from './resources/enterprises.ts';
export { paginate } from './core/page.ts';
export type { ListCall, Page } from './core/page.ts';
export type { TicketsResource } from './resources/tickets.ts';
export type { AttachmentsResource, UploadOptions } from './resources/attachments.ts';
export type { UploadProgress } from './core/upload.ts';
export type { EventsResource } from './resources/events.ts';
export type { EventSubscription, SubscribeOptions } from './streams/event-stream.ts';
export type { WebhooksResource } from './resources/webhooks.ts';
export type { OperatorResource } from './resources/operator.ts';
export type { HsCodeSearchOptions, HsCodesResource } from './resources/hs-codes.ts';
export type { ProductsResource } from './resources/products.ts';
export type { OrdersResource } from './resources/orders.ts';
export type { AddressesResource } from './resources/addresses.ts';
export type { ImportsResource, TemplateOptions } from './resources/imports.ts';
export type { ImportProgress, UploadImportOptions } from './core/import-upload.ts';
// Errors: one class per file, and a guard for each.
export { WharfError } from './errors/wharf-error.ts';
export { ValidationError } from './errors/validation-error.ts';
export { UnauthorizedError } from './errors/unauthorized-error.ts';
export { ForbiddenError } from './errors/forbidden-error.ts';
export { NotFoundError } from './errors/not-found-error.ts';
export { ConflictError } from './errors/conflict-error.ts';
export { LockedError } from './errors/locked-error.ts';
export { RateLimitedError } from './errors/rate-limited-error.ts';
export { ConnectionError } from './errors/connection-error.ts';
export {
  isWharfError,
  isValidationError,
  isUnauthorizedError,
  isLockedError,
  isRateLimitedError,
  isConflictError,
  isForbiddenError,
  isNotFoundError,
  isConnectionError,
} from './errors/type-guards.ts';
export type {
  AuthResult,
  CaptchaChallenge,
  EmailCodeSent,
  FieldError,
  Locale,
  Me,
  Membership,
  Problem,
  User,
  ApiKey,
  CreatedApiKey,
  EmbedSession,
  Enterprise,
  JoinCodeSent,
  JoinResult,
  Ledger,
  LedgerEntry,
  LogEntry,
  Member,
  MemberRole,
  Attachment,
  Ticket,
  TicketListItem,
  TicketRecord,
  TicketSummary,
  TicketOptions,
  TicketStatus,
  TicketCategory,
  RecordResult,
  CreateTicketRequest,
  WharfEvent,
  WharfEventType,
  Webhook,
  CreatedWebhook,
  WebhookDelivery,
  HsCode,
  HsCodeElement,
  ProductOptions,
  Product,
  ProductListItem,
  ProductQuery,
  CreateProductRequest,
  UpdateProductRequest,
  InventoryLine,
  Address,
  Order,
  OrderListItem,
  OrderQuery,
  OrderSummary,
  OrderOptions,
  OrderTracking,
  TrackingEvent,
  CreateOrderRequest,
  UpdateOrderRequest,
  BulkEditOrdersRequest,
  BulkOrderResults,
  WaybillTerms,
  Warehouse,
  ShippingMethod,
  InventoryMovement,
  ProductInventory,
  Import,
  ImportError,
  ImportRow,
  ImportKind,
  ImportStatus,
} from '@wharf/domain';
