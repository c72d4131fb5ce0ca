import { eventWith } from './with-detail.ts';

/** The user asked to edit a draft order: the host opens `<wharf-order-form number=…>`. */
export class WharfOrderEditEvent extends eventWith<{ number: string }>('wharf-order-edit') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-order-edit': WharfOrderEditEvent;
  }
}
