import type { WharfEvent } from '@wharf/domain';
import type { WharfClientOptions } from '../core/http.ts';
import { connectionError } from '../errors/from-response.ts';
import type { EventSubscription, SubscribeOptions } from '../streams/event-stream.ts';

/** Live events (`GET /v1/events`): what happens in the enterprise, as it happens. */
export function eventsResource(client: WharfClientOptions, path = 'v1/events') {
  return {
    /**
     * Calls `onEvent` for each event from now on (or since `lastEventId`), reconnecting by itself.
     *
     * @example
     * const live = wharf.events.subscribe((event) => refresh(event.data.number), { types: ['ticket.accepted'] });
     * // later: live.close();
     */
    subscribe: (onEvent: (event: WharfEvent) => void, options: SubscribeOptions = {}): EventSubscription => {
      // The stream reader is loaded on first use, so a page that never listens (a sign-in form) never pays for it.
      let stream: EventSubscription | undefined;
      let closed = false;
      import('../streams/event-stream.ts').then(
        ({ subscribeToEvents }) => {
          if (!closed) stream = subscribeToEvents(client, path, onEvent, options);
        },
        (cause: unknown) => options.onError?.(connectionError(cause)),
      );
      return {
        close() {
          closed = true;
          stream?.close();
        },
        get lastEventId() {
          return stream ? stream.lastEventId : options.lastEventId;
        },
        get connected() {
          return stream?.connected ?? false;
        },
      };
    },
  };
}
export type EventsResource = ReturnType<typeof eventsResource>;
