import { IMPORT_POLICY } from '@wharf/domain/imports';
import { randomBytes } from './crypto/random.ts';

export interface WharfConfig {
  /** Serve `GET /v1/dev/mailbox` (only when mail is not really sent). */
  devMailbox: boolean;
  /** Signs captcha challenges; processes sharing a database must share it (WHARF_SECRET). */
  secret: Uint8Array;
  /** Leading zero bits the proof-of-work captcha asks for (16 ≈ a second in a browser). */
  captchaDifficulty: number;
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes: number;
  /** Take the client address from X-Forwarded-For (only behind a proxy you control). */
  trustProxy: boolean;
  /** Origins trusted by every enterprise for cross-origin calls (WHARF_CORS_ORIGINS), besides each one's own list. */
  corsOrigins: string[];
  /** Where people reach this server (WHARF_PUBLIC_URL), for links in mail; without it mail carries none. */
  publicUrl?: string;
  /**
   * Let webhooks go to loopback, private, link-local and other non-public addresses (WHARF_WEBHOOKS_ALLOW_PRIVATE):
   * for development and tests with a receiver on this machine. Off, such addresses are refused when an endpoint
   * is added and again, after DNS, on the address each delivery connects to.
   */
  webhooksAllowPrivate: boolean;
  /** Batch uploads: the largest file (WHARF_IMPORT_MAX_BYTES) and the most rows (WHARF_IMPORT_MAX_ROWS) accepted. */
  imports: { maxBytes: number; maxRows: number };
  /** The bearer token `GET /metrics` asks for (WHARF_METRICS_TOKEN); without one there is no /metrics. */
  metricsToken?: string;
}

export function defaultConfig(overrides: Partial<WharfConfig> = {}): WharfConfig {
  return {
    devMailbox: true,
    secret: randomBytes(32),
    captchaDifficulty: 16,
    bodyLimitBytes: 1024 * 1024,
    trustProxy: false,
    corsOrigins: [],
    webhooksAllowPrivate: false,
    ...overrides,
    imports: { maxBytes: IMPORT_POLICY.maxBytes, maxRows: IMPORT_POLICY.maxRows, ...overrides.imports },
  };
}
