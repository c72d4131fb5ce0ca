import { WharfTicketWidget } from './ticket-widget.ts';

WharfTicketWidget.define('wharf-ticket-widget');

declare global {
  interface HTMLElementTagNameMap {
    'wharf-ticket-widget': WharfTicketWidget;
  }
}

export { WharfTicketWidget };
