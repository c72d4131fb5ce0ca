import type { Ticket } from '@wharf/domain';
import { init } from './init.ts';

/** A ticket was submitted from the widget. */
export class WharfTicketCreatedEvent extends Event {
  static readonly type = 'wharf-ticket-created';
  readonly number: string;
  readonly ticket: Ticket;
  constructor(detail: { ticket: Ticket }) {
    super(WharfTicketCreatedEvent.type, init);
    this.ticket = detail.ticket;
    this.number = detail.ticket.number;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-ticket-created': WharfTicketCreatedEvent;
  }
}
