import type { HsCode, HsCodeList } from '@wharf/domain';
import type { RequestOptions, Transport } from '../core/http.ts';
import { searchParams } from '../core/search-params.ts';

export interface HsCodeSearchOptions extends RequestOptions {
  /** How many codes at most: 1–100, 20 by default. */
  limit?: number;
}

/**
 * The HS-code catalogue (API.md, Products and HS codes): what a product's HS code and declaration elements are
 * chosen from. Readable with any session or operator token.
 */
export function hsCodesResource(send: Transport) {
  return {
    /**
     * Digits (dots and spaces ignored: `3304.99`) match the start of the code, in code order; other text matches
     * part of the name (`化妆品`), closest first. An empty `q` lists the first codes.
     */
    search: async (q: string, options: HsCodeSearchOptions = {}): Promise<HsCode[]> => {
      const { limit, ...request } = options;
      const { data } = await send<HsCodeList>('get', 'v1/hs-codes', { ...request, searchParams: searchParams({ q, limit }) });
      return data;
    },
    /** One code with its legal units, supervision conditions and declaration elements; `NotFoundError` if unknown. */
    get: (code: string, options: RequestOptions = {}) => send<HsCode>('get', `v1/hs-codes/${encodeURIComponent(code)}`, options),
  };
}
export type HsCodesResource = ReturnType<typeof hsCodesResource>;
