// Webhooks in the Standard Webhooks format (https://www.standardwebhooks.com): what an endpoint may be, and how
// long a failing one is retried.

export const WEBHOOK_POLICY = {
  /** Attempts before a delivery is given up: with backoff from 2 s doubling to an hour, about a day and a half. */
  maxAttempts: 40,
  /** A receiver must accept the connection within this… */
  connectTimeoutMs: 3_000,
  /** …and answer within this. */
  timeoutMs: 10_000,
  maxEndpoints: 10,
  /** Deliveries a server process makes at once, each to another endpoint. */
  concurrentDeliveries: 8,
} as const;

/**
 * An `https://` address (or `http://` on this machine, for development), without credentials or a fragment.
 * Servers may refuse further addresses (private networks) by configuration.
 */
export function isWebhookUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.hash) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}
