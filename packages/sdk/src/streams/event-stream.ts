import type { WharfEvent, WharfEventType } from '@wharf/domain';
import { identityHeaders, prefixUrl, type WharfClientOptions } from '../core/http.ts';
import { connectionError, errorFromResponse } from '../errors/from-response.ts';
import { isWharfError } from '../errors/type-guards.ts';
import type { WharfError } from '../errors/wharf-error.ts';
import { createSseParser } from './sse-parser.ts';

export interface SubscribeOptions {
  /** Only these event types (all by default). */
  types?: readonly WharfEventType[];
  /** Resume after this event (what `subscription.lastEventId` said), receiving what was missed. */
  lastEventId?: string;
  /** Each time the stream is (re)connected. */
  onOpen?: () => void;
  /** Each time it fails; it is retried unless the error is permanent (403, 404) or the subscription closed. */
  onError?: (error: WharfError) => void;
  signal?: AbortSignal;
}

export interface EventSubscription {
  /** Stops listening (and reconnecting). */
  close(): void;
  /** The last event received: pass it as `lastEventId` to resume elsewhere. */
  readonly lastEventId: string | undefined;
  /** Whether a stream is open right now. */
  readonly connected: boolean;
}

const MAX_DELAY_MS = 30_000;

/**
 * Server-Sent Events read with fetch, so the bearer token and `Wharf-Enterprise` go in headers (EventSource
 * cannot send them, and cookies may be blocked in an embedded frame). Reconnects after a drop with growing,
 * jittered delays, sending `Last-Event-ID` so nothing is missed, and reading the token afresh each time.
 */
export function subscribeToEvents(client: WharfClientOptions, path: string, onEvent: (event: WharfEvent) => void, options: SubscribeOptions = {}): EventSubscription {
  const controller = new AbortController();
  const doFetch = client.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const url = new URL(path, prefixUrl(client.baseUrl)).href;
  const wanted = options.types ? new Set<string>(options.types) : undefined;
  let lastEventId = options.lastEventId;
  let retryMs = 3000;
  let connected = false;

  const close = () => controller.abort();
  options.signal?.addEventListener('abort', close, { once: true });

  async function connectOnce() {
    const headers: Record<string, string> = { accept: 'text/event-stream', ...(await identityHeaders(client)) };
    if (lastEventId) headers['last-event-id'] = lastEventId;
    const response = await doFetch(url, { headers, credentials: client.credentials ?? 'same-origin', cache: 'no-store', signal: controller.signal });
    if (!response.ok || !response.body) throw errorFromResponse(response, await response.text().catch(() => ''));
    connected = true;
    options.onOpen?.();
    const parser = createSseParser(
      {
        onMessage(message) {
          lastEventId = message.id;
          if (wanted && !wanted.has(message.event)) return;
          let event: WharfEvent;
          try {
            event = JSON.parse(message.data) as WharfEvent;
          } catch {
            return; // not ours to understand
          }
          onEvent(event);
        },
        onRetry: (ms) => (retryMs = ms),
      },
      lastEventId,
    );
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        parser.push(value);
        // Every message moves the resume point, and so does the id-only message a stream opens with.
        lastEventId = parser.lastEventId;
      }
    } finally {
      connected = false;
      reader.releaseLock();
    }
  }

  void (async () => {
    let failures = 0;
    while (!controller.signal.aborted) {
      try {
        await connectOnce();
        failures = 0; // it was open and ended (a deploy, an expired session): reconnect soon
      } catch (caught) {
        if (controller.signal.aborted) break;
        const error = isWharfError(caught) ? caught : connectionError(caught);
        failures++;
        options.onError?.(error);
        if (error.status === 403 || error.status === 404) break;
      }
      const delay = Math.min(MAX_DELAY_MS, retryMs * 2 ** Math.max(0, failures - 1)) * (0.75 + Math.random() * 0.5);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        controller.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      });
    }
    connected = false;
  })();

  return {
    close,
    get lastEventId() {
      return lastEventId;
    },
    get connected() {
      return connected;
    },
  };
}
