import type { WharfEvent } from '@wharf/domain';
import type { WharfClientOptions } from '../core/http.ts';
import { subscribeToEvents, type EventSubscription, type SubscribeOptions } from '../streams/event-stream.ts';

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
    subscribe: (onEvent: (event: WharfEvent) => void, options: SubscribeOptions = {}): EventSubscription =>
      subscribeToEvents(client, path, onEvent, options),
  };
}
export type EventsResource = ReturnType<typeof eventsResource>;
