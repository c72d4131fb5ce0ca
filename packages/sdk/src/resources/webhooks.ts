import type { CreatedWebhook, CreateWebhookRequest, Webhook, WebhookDelivery } from '@wharf/domain';
import type { RequestOptions, Transport } from '../core/http.ts';
import type { Page } from '../core/page.ts';
import { searchParams } from '../core/search-params.ts';
import type { EnterpriseRef } from './enterprises.ts';

/**
 * An enterprise's webhook endpoints (admins): Standard Webhooks signed with the secret returned once by
 * `create`; verify deliveries with any Standard Webhooks library. `deliveries` is the log of every attempt.
 */
export function webhooksResource(send: Transport) {
  const at = (id: EnterpriseRef, rest = '') => `v1/enterprises/${encodeURIComponent(id)}/webhooks${rest}`;
  return {
    list: (id: EnterpriseRef = 'current', options: RequestOptions = {}) => send<Page<Webhook>>('get', at(id), options),
    /** Adds an endpoint; `secret` is in this answer only. */
    create: (id: EnterpriseRef, body: CreateWebhookRequest, options: RequestOptions = {}) =>
      send<CreatedWebhook>('post', at(id), { json: body, ...options }),
    remove: (id: EnterpriseRef, webhookId: string, options: RequestOptions = {}) =>
      send<void>('delete', at(id, `/${encodeURIComponent(webhookId)}`), options),
    /** Every attempt, newest first, with the answer and when a failed one is tried again. */
    deliveries: (id: EnterpriseRef, webhookId: string, query: { limit?: number; cursor?: string } = {}, options: RequestOptions = {}) =>
      send<Page<WebhookDelivery>>('get', at(id, `/${encodeURIComponent(webhookId)}/deliveries`), { ...options, searchParams: searchParams(query) }),
  };
}
export type WebhooksResource = ReturnType<typeof webhooksResource>;
