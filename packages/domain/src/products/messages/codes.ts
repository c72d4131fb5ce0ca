import type { MessageParams } from '../../common/messages/params.ts';

/** Refusals about products and their filing (PRODUCT §3); their messages live in products/messages/. */
export const PRODUCT_FIELD_CODES = [
  'sku_format',
  'sku_taken',
  'price_format',
  'price_decimals',
  'sale_below_purchase',
  'net_above_gross',
  'weight_format',
  'gtin',
  'hs_code_format',
  'hs_code_unknown',
  'hs_code_required',
  'category_unknown',
  'unit_unknown',
  'country_unknown',
  'component_unknown',
  'component_not_normal',
  'combo_too_few',
  'product_filing',
  'product_filed',
  'product_deleted',
  'product_in_combo',
  'not_for_combo',
  'combo_not_filed',
  'product_not_filing',
] as const;
export type ProductFieldCode = (typeof PRODUCT_FIELD_CODES)[number];
/** Messages about products, kept apart so that other elements do not carry them. */
export interface ProductMessages {
  field: Record<ProductFieldCode, (p: MessageParams) => string>;
  labels: {
    statuses: Record<'draft' | 'filing' | 'filed' | 'rejected' | 'deleted', string>;
    types: Record<'normal' | 'combo', string>;
  };
}

