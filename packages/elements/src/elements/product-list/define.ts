import { WharfProductList } from './product-list.ts';

WharfProductList.define('wharf-product-list');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-product-list': WharfProductList;
  }
}

export { WharfProductList };
