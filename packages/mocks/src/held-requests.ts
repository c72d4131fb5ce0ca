import { http, type HttpHandler } from 'msw';
import { forwardToMockServer } from './handlers.ts';

export interface HeldRequests {
  /** Put it in the story's `parameters.msw`: it answers `method path` only once released. */
  handler: HttpHandler;
  /** How many requests are waiting right now. */
  readonly waiting: number;
  /** Lets every waiting request through to the in-page app; later ones are held again. */
  release(): void;
}

/**
 * Holds requests to `path` at the service worker until the play function releases them, so a story can show
 * what the user sees while a request is under way (an upload's progress bar) for as long as it asserts it,
 * without timing anything. Released requests are answered by the real app, like every other.
 */
export function holdRequests(method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string): HeldRequests {
  let waiting: Array<() => void> = [];
  return {
    handler: http[method](path, async (info) => {
      await new Promise<void>((resolve) => waiting.push(resolve));
      return forwardToMockServer(info);
    }),
    get waiting() {
      return waiting.length;
    },
    release() {
      const released = waiting;
      waiting = [];
      for (const resolve of released) resolve();
    },
  };
}
