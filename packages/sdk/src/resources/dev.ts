import type { MailboxMessage } from '@wharf/domain';
import type { RequestOptions, Transport } from '../core/http.ts';

/** Development helpers, answered only by a server running without SMTP. */
export function devResource(send: Transport) {
  return {
    /** Mail the server would have sent to `to`, newest first. */
    mailbox: (to?: string, options: RequestOptions = {}) =>
      send<{ data: MailboxMessage[] }>('get', 'v1/dev/mailbox', { ...options, ...(to ? { searchParams: { to } } : {}) }),
  };
}
export type DevResource = ReturnType<typeof devResource>;
