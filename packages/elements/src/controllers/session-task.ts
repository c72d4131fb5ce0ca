import { ContextConsumer } from '@lit/context';
import { initialState, Task, type StatusRenderer } from '@lit/task';
import type { WharfClient } from '@wharf/sdk';
import type { ReactiveControllerHost } from 'lit';
import { sessionContext, type Session } from '../internal/context.ts';

type SignedIn = Extract<Session, { status: 'signed-in' }>;

/** Whom the data is for by default: the user, the enterprise they act in and their role there. */
export const userEnterpriseRole = (session: SignedIn): string =>
  `${session.user.id}:${session.enterprise?.enterpriseId ?? ''}:${session.enterprise?.role ?? ''}`;

export interface SessionTaskOptions<T, A extends readonly unknown[]> {
  /** The client to load with (the element's own, so its locale reaches the server). */
  client: () => WharfClient;
  /** Loads the data; pass `signal` to the SDK so a load that is no longer wanted is cancelled. */
  load: (client: WharfClient, signal: AbortSignal, ...args: A) => Promise<T>;
  /** What else the data depends on; a change loads again. */
  args?: () => A;
  /**
   * The part of a signed-in session the data depends on (default: user, enterprise and role), or `undefined` when
   * this session cannot see it yet (the load waits).
   */
  sessionKey?: (session: SignedIn) => string | undefined;
  onComplete?: (value: T) => void;
  onError?: (error: unknown) => void;
}

/**
 * Loads an element's data through `@lit/task`, bound to the client and the session from the nearest
 * `<wharf-provider>`: it loads once someone is signed in, again when the client, the session's key or `args`
 * change, and a newer load cancels an older one (its result is dropped). Without a provider it loads at once,
 * with the page's own cookie session.
 */
export class SessionTask<T, A extends readonly unknown[] = []> {
  readonly #options: SessionTaskOptions<T, A>;
  readonly #session: ContextConsumer<typeof sessionContext, ReactiveControllerHost & HTMLElement>;
  readonly #task: Task<readonly unknown[], T>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SessionTaskOptions<T, A>) {
    this.#options = options;
    this.#session = new ContextConsumer(host, { context: sessionContext, subscribe: true });
    this.#task = new Task(host, {
      task: async ([client, key, ...args], { signal }) => {
        if (key === undefined) return initialState;
        return options.load(client as WharfClient, signal, ...(args as unknown as A));
      },
      args: () => [options.client(), this.key, ...(options.args?.() ?? [])],
      onComplete: options.onComplete,
      onError: options.onError,
    });
  }

  /** The session the provider gives, or `undefined` without a provider. */
  get session(): Session | undefined {
    return this.#session.value;
  }

  /** Whom the data is for now (`cookie` without a provider), or `undefined` while it must wait for a sign-in. */
  get key(): string | undefined {
    const session = this.#session.value;
    if (!session) return 'cookie';
    if (session.status !== 'signed-in') return undefined;
    return (this.#options.sessionKey ?? userEnterpriseRole)(session);
  }

  get status() {
    return this.#task.status;
  }

  get value(): T | undefined {
    return this.#task.value;
  }

  get error(): unknown {
    return this.#task.error;
  }

  /** Settles when the current load does. */
  get complete(): Promise<T> {
    return this.#task.taskComplete;
  }

  /** Loads again now (after a change the element made itself), cancelling a load under way. */
  run(): Promise<void> {
    return this.#task.run();
  }

  render(renderers: StatusRenderer<T>) {
    return this.#task.render(renderers);
  }
}
