import type { Ticket } from '@wharf/domain';
import { eventWith } from './with-detail.ts';

/** A ticket was submitted from the widget. */
export class WharfTicketCreatedEvent extends eventWith<{ ticket: Ticket }>('wharf-ticket-created') {
  readonly number = this.ticket.number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-ticket-created': WharfTicketCreatedEvent;
  }
}
