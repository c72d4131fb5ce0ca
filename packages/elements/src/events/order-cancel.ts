import { init } from './init.ts';

/** The user left the order form without saving (the Cancel button). */
export class WharfOrderCancelEvent extends Event {
  static readonly type = 'wharf-order-cancel';
  constructor() {
    super(WharfOrderCancelEvent.type, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-order-cancel': WharfOrderCancelEvent;
  }
}
