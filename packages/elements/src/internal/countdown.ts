import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Counts seconds down to zero, re-rendering the host each second (the resend-code throttle). */
export class CountdownController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #until = 0;
  #timer?: ReturnType<typeof setInterval>;

  constructor(options: { host: ReactiveControllerHost }) {
    this.#host = options.host;
    this.#host.addController(this);
  }

  get remaining(): number {
    return Math.max(0, Math.ceil((this.#until - Date.now()) / 1000));
  }

  start(seconds: number) {
    this.#until = Date.now() + seconds * 1000;
    this.#tick();
    this.#timer ??= setInterval(() => this.#tick(), 1000);
  }

  #tick() {
    this.#host.requestUpdate();
    if (this.remaining === 0) this.hostDisconnected();
  }

  /** Back in the page mid-countdown: tick again. */
  hostConnected() {
    if (this.remaining > 0) this.#timer ??= setInterval(() => this.#tick(), 1000);
  }

  hostDisconnected() {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
