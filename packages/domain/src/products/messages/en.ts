import type { ProductMessages } from './codes.ts';

const list = (options: readonly string[] = []) => options.join(', ');

export const productsEn: ProductMessages = {
  field: {
    sku_format: () => 'Use letters, digits, “-”, “_” or “.” (up to 64), starting with a letter or digit, e.g. HB-1002.',
    sku_taken: (p) => `Your enterprise already has a product with SKU ${p.field}. Choose another SKU, or edit that product.`,
    price_format: () => 'Enter the price as a number, e.g. 129.90.',
    price_decimals: () => 'Enter the price with at most two decimals, e.g. 129.90.',
    sale_below_purchase: (p) => `The sale price cannot be below the purchase price on the VAT invoice (${p.min}). Raise the sale price.`,
    net_above_gross: (p) => `The net weight cannot exceed the gross weight (${p.max} kg).`,
    weight_format: () => 'Enter the weight in kilograms as a number above 0, e.g. 0.12.',
    gtin: () => 'Enter the 8, 12, 13 or 14 digits printed under the barcode; the last digit did not check out.',
    hs_code_format: () => 'Enter the 10-digit HS code: the 8-digit tariff number and its 2-digit supplement, e.g. 3304990099.',
    hs_code_unknown: () => 'This HS code is not in the catalogue. Search for the product’s code and choose one from the list.',
    hs_code_required: () => 'Choose the product’s HS code and answer its declaration elements before sending it for filing.',
    category_unknown: (p) => (p.options?.length ? `Choose one of the categories: ${list(p.options)}.` : 'Choose a category from the list.'),
    unit_unknown: () => 'Choose a customs unit from the list, e.g. 007 (个) or 035 (千克).',
    country_unknown: () => 'Choose the country of origin from the list.',
    component_unknown: (p) => `Your enterprise has no product with SKU ${p.field}. Create it first, or check the SKU.`,
    combo_too_few: (p) => `A combo is made of at least ${p.min} different normal products: add another.`,
    component_not_normal: (p) => `${p.field} is a combo; a combo is made of normal products only.`,
    product_filing: () => 'This product is with customs for filing and cannot be changed until they decide.',
    product_filed: () => 'This product is filed with customs and can no longer be changed or deleted. Create a new product instead.',
    product_deleted: () => 'This product was deleted.',
    product_in_combo: (p) => `This product is part of the combos ${list(p.options)}. Remove it from them first.`,
    not_for_combo: () => 'A combo has no such detail of its own: it takes them from its products.',
    combo_not_filed: () => 'A combo is not filed itself: send each of its products for filing.',
    product_not_filing: (p) => `Only a product waiting for filing can be decided; this one is ${p.status}.`,
  },
  labels: {
    statuses: { draft: 'Draft', filing: 'Filing', filed: 'Filed', rejected: 'Rejected', deleted: 'Deleted' },
    types: { normal: 'Normal product', combo: 'Combo' },
  },
};
