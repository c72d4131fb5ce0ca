import type {
  CreateShippingMethodRequest,
  CreateWarehouseRequest,
  InventoryAdjustment,
  InventoryAdjustmentRequest,
  Order,
  OrderEventRequest,
  PublishTermsRequest,
  ShippingMethod,
  UpdateShippingMethodRequest,
  UpdateWarehouseRequest,
  Warehouse,
} from '@wharf/domain';
import type { RequestOptions, Transport } from '../core/http.ts';
import type { Page } from '../core/page.ts';

/** The provider's side of orders: reports on orders, the waybill terms, stock counts and reference data. */
export function operatorOrdersResource(send: Transport) {
  const code = (value: string) => encodeURIComponent(value);
  return {
    orders: {
      /** Cleared, shipped (carrier and tracking number; charges the fee once), signed, or an exception (note). */
      report: (number: string, body: OrderEventRequest, options: RequestOptions = {}) =>
        send<Order>('post', `v1/operator/orders/${encodeURIComponent(number)}/events`, { json: body, ...options }),
      /** A new version of the waybill terms: every user accepts it once. */
      publishTerms: (body: PublishTermsRequest, options: RequestOptions = {}) => send<{ version: number }>('post', 'v1/operator/orders/terms', { json: body, ...options }),
    },
    inventory: {
      /** A stock count: adds (or, negative, takes away) on hand, with the reason. */
      adjust: (body: InventoryAdjustmentRequest, options: RequestOptions = {}) => send<InventoryAdjustment>('post', 'v1/operator/inventory/adjustments', { json: body, ...options }),
    },
    warehouses: {
      list: (options: RequestOptions = {}) => send<Page<Warehouse>>('get', 'v1/operator/warehouses', options),
      create: (body: CreateWarehouseRequest, options: RequestOptions = {}) => send<Warehouse>('post', 'v1/operator/warehouses', { json: body, ...options }),
      update: (value: string, body: UpdateWarehouseRequest, options: RequestOptions = {}) => send<Warehouse>('patch', `v1/operator/warehouses/${code(value)}`, { json: body, ...options }),
    },
    shippingMethods: {
      list: (options: RequestOptions = {}) => send<Page<ShippingMethod>>('get', 'v1/operator/shipping-methods', options),
      create: (body: CreateShippingMethodRequest, options: RequestOptions = {}) => send<ShippingMethod>('post', 'v1/operator/shipping-methods', { json: body, ...options }),
      update: (value: string, body: UpdateShippingMethodRequest, options: RequestOptions = {}) =>
        send<ShippingMethod>('patch', `v1/operator/shipping-methods/${code(value)}`, { json: body, ...options }),
    },
  };
}
