import { WharfTicketDesk } from './ticket-desk.ts';

WharfTicketDesk.define('wharf-ticket-desk');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-ticket-desk': WharfTicketDesk;
  }
}

export { WharfTicketDesk };
