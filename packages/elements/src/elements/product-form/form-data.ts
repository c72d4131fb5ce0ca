import type { HsCode, Product, ProductOptions } from '@wharf/domain';
import type { WharfClient } from '@wharf/sdk';

/** What the form needs before it shows: its choices, the product to edit (with its HS code), the currency. */
export interface FormData {
  options: ProductOptions;
  product?: Product | undefined;
  hsCode?: HsCode | undefined;
  currency?: string | undefined;
  /** The product's HS code when the catalogue cannot give it back now. */
  unreadable?: string | undefined;
}

/** Loads the form's options and the product `sku` (or, for a new product, the enterprise's trading currency). */
export async function loadForm(client: WharfClient, signal: AbortSignal, sku: string | undefined): Promise<FormData> {
  const [options, product, enterprise] = await Promise.all([
    client.products.options({ signal }),
    sku ? client.products.get(sku, { signal }) : undefined,
    sku ? undefined : client.enterprises.get('current', { signal }).catch(() => undefined),
  ]);
  // A code the catalogue cannot give back now (the network, or a code no longer in it) stays the product's:
  // the form says so and leaves the code and its answers as they are when it saves.
  const code = product?.hsCode ?? undefined;
  const hsCode = code ? await client.hsCodes.get(code, { signal }).catch(() => undefined) : undefined;
  return { options, product, hsCode, currency: product?.currency ?? enterprise?.tradingCurrency ?? undefined, unreadable: code && !hsCode ? code : undefined };
}
