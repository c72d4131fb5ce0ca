// Order forms also meet address codes, product price and SKU codes, and the amount precision of enterprises.
import '../../addresses/messages/index.ts';
import '../../products/messages/index.ts';
import '../../enterprises/messages/index.ts';
import type { Locale } from '../../common/locale.ts';
import type { MessageParams } from '../../common/messages/params.ts';
import { fieldMessage as registeredMessage, registerCatalogue } from '../../common/messages/registry.ts';
import type { OrderMessages } from './codes.ts';
import { ordersEn } from './en.ts';
import { ordersZhCN } from './zh-CN.ts';
import { ordersZhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, OrderMessages> = { en: ordersEn, 'zh-CN': ordersZhCN, 'zh-HK': ordersZhHK };

export function orderMessagesFor(locale: Locale): OrderMessages {
  return CATALOGUES[locale] ?? ordersEn;
}

/** Refusals about orders, warehouses, shipping methods and stock. */
export const ORDER_CATALOGUE = registerCatalogue({
  feature: 'orders',
  field: { en: ordersEn.field, 'zh-CN': ordersZhCN.field, 'zh-HK': ordersZhHK.field },
});

/**
 * The registry's `fieldMessage`, exported from this module so that a bundle which uses it keeps the order
 * catalogue (and those it imports): pages import it from `@wharf/domain/orders`.
 */
export function fieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  return registeredMessage(locale, code, params);
}
