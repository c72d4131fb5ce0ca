import type { Ticket, WharfEvent } from '@wharf/domain';
import { eventWith } from './with-detail.ts';

/** One of the enterprise's tickets changed (an agent accepted or worked on it, it was completed, replied to, reopened). */
export class WharfTicketUpdatedEvent extends eventWith<{
  number: string;
  status: Ticket['status'];
  /** What happened: `ticket.accepted`, `ticket.completed` … */
  change: WharfEvent['type'];
}>('wharf-ticket-updated') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'wharf-ticket-updated': WharfTicketUpdatedEvent;
  }
}
