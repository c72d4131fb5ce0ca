import { WharfOrderDetail } from './order-detail.ts';

WharfOrderDetail.define('wharf-order-detail');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-order-detail': WharfOrderDetail;
  }
}

export { WharfOrderDetail };
