import { init } from './init.ts';

/** The user left the form without saving (the Cancel button). */
export class WharfProductCancelEvent extends Event {
  static readonly type = 'wharf-product-cancel';
  constructor() {
    super(WharfProductCancelEvent.type, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-product-cancel': WharfProductCancelEvent;
  }
}
