import type { Ticket, WharfEvent } from '@wharf/domain';
import { init } from './init.ts';

/** One of the enterprise's tickets changed (an agent accepted or worked on it, it was completed, replied to, reopened). */
export class WharfTicketUpdatedEvent extends Event {
  static readonly type = 'wharf-ticket-updated';
  readonly number: string;
  readonly status: Ticket['status'];
  /** What happened: `ticket.accepted`, `ticket.completed` … */
  readonly change: WharfEvent['type'];
  constructor(detail: { number: string; status: Ticket['status']; change: WharfEvent['type'] }) {
    super(WharfTicketUpdatedEvent.type, init);
    this.number = detail.number;
    this.status = detail.status;
    this.change = detail.change;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-ticket-updated': WharfTicketUpdatedEvent;
  }
}
