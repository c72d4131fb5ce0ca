import { fromBase64Url, hmacSha256, randomBytes, toBase64Url } from '../../crypto/random.ts';

// The Standard Webhooks signature scheme (https://www.standardwebhooks.com): HMAC-SHA256 over
// `${webhook-id}.${webhook-timestamp}.${body}` with the secret's bytes, sent as `v1,<base64>`.

const toBase64 = (bytes: Uint8Array) => {
  const url = toBase64Url(bytes).replace(/-/g, '+').replace(/_/g, '/');
  return url + '='.repeat((4 - (url.length % 4)) % 4);
};

/** A new signing secret, `whsec_` and 24 random bytes in base64, as Standard Webhooks libraries expect. */
export function newWebhookSecret(): string {
  return `whsec_${toBase64(randomBytes(24))}`;
}

/** The `webhook-signature` header value for one message. */
export async function signWebhook(secret: string, messageId: string, timestamp: number, body: string): Promise<string> {
  const key = fromBase64Url(secret.replace(/^whsec_/, '').replace(/=+$/, ''));
  return `v1,${toBase64(await hmacSha256(key, `${messageId}.${timestamp}.${body}`))}`;
}
