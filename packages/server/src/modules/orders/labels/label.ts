import type { Address } from '@wharf/domain/addresses';
import type { Locale } from '@wharf/domain/common';

/** What one waybill label prints: the order, where it ships from and how, who sends and receives it, what is in it. */
export interface WaybillLabel {
  number: string;
  createdAt: Date;
  locale: Locale;
  warehouse: { code: string; name: string };
  shippingMethod: { code: string; name: string };
  sender: Address | null;
  recipient: Address;
  items: { sku: string; name: string; quantity: number }[];
  remarks: string | null;
}
