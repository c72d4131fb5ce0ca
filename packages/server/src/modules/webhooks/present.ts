import type { Webhook, WebhookDelivery } from '@wharf/domain';
import type { webhookDeliveries, webhookEndpoints } from '../../db/schema.ts';

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
type DeliveryRow = typeof webhookDeliveries.$inferSelect;

export const presentWebhook = (row: EndpointRow): Webhook => ({
  id: row.id,
  url: row.url,
  description: row.description,
  events: row.events as Webhook['events'],
  createdAt: row.createdAt.toISOString(),
});

export const presentDelivery = (row: DeliveryRow): WebhookDelivery => ({
  id: String(row.id),
  messageId: row.messageId,
  type: row.eventType as WebhookDelivery['type'],
  attempt: row.attempt,
  status: row.status as WebhookDelivery['status'],
  responseStatus: row.responseStatus,
  error: row.error,
  durationMs: row.durationMs,
  at: row.at.toISOString(),
  nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
});
