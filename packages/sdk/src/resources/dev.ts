import type { MailboxMessage } from '@wharf/domain';
import type { KyInstance } from 'ky';
import type { RequestOptions } from '../core/http.ts';

/** Development helpers, answered only by a server running without SMTP. */
export function devResource(http: KyInstance) {
  return {
    /** Mail the server would have sent to `to`, newest first. */
    mailbox: (to?: string, options: RequestOptions = {}) =>
      http.get('v1/dev/mailbox', { searchParams: to ? { to } : {}, signal: options.signal }).json<{ data: MailboxMessage[] }>(),
  };
}
export type DevResource = ReturnType<typeof devResource>;
