import type { Locale } from '../../common/locale.ts';
import type { MessageParams } from '../../common/messages/params.ts';
import { fieldMessage as registeredMessage, registerCatalogue } from '../../common/messages/registry.ts';
import type { AddressMessages } from './codes.ts';
import { addressesEn } from './en.ts';
import { addressesZhCN } from './zh-CN.ts';
import { addressesZhHK } from './zh-HK.ts';

const CATALOGUES: Record<Locale, AddressMessages> = { en: addressesEn, 'zh-CN': addressesZhCN, 'zh-HK': addressesZhHK };

export function addressMessagesFor(locale: Locale): AddressMessages {
  return CATALOGUES[locale] ?? addressesEn;
}

/** Refusals about addresses. */
export const ADDRESS_CATALOGUE = registerCatalogue({
  feature: 'addresses',
  field: { en: addressesEn.field, 'zh-CN': addressesZhCN.field, 'zh-HK': addressesZhHK.field },
});

/**
 * The registry's `fieldMessage`, exported from this module so that a bundle which uses it keeps the address
 * catalogue: pages import it from `@wharf/domain/addresses`.
 */
export function fieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  return registeredMessage(locale, code, params);
}
