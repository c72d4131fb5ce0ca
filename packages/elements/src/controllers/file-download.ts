import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FileDownloadOptions {
  host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  /** Says what happened, for screen readers (the host's live region). */
  announce?: (message: string) => void;
}

/**
 * A file the server makes (a statement, a waybill label, an export), fetched as a Blob and handed to the browser
 * through an `<a download>` the host renders from `file` — kept afterwards as a link to save it again. The host
 * renders `busy`, `error` and the link; the object URL is let go when another file replaces it or the host leaves.
 */
export class FileDownload implements ReactiveController {
  busy = false;
  error?: string;
  file?: { name: string; url: string };

  readonly #options: FileDownloadOptions;
  #asked = 0;

  constructor(options: FileDownloadOptions) {
    this.#options = options;
    options.host.addController(this);
  }

  hostDisconnected() {
    this.forget();
  }

  forget() {
    if (this.file) URL.revokeObjectURL(this.file.url);
    this.file = undefined;
    this.#options.host.requestUpdate();
  }

  /**
   * Fetches `name` with `fetch` and saves it. `said` gives the announcements; `failed` turns an error into the
   * words shown. A newer download replaces an older one still under way.
   */
  async download(name: string, fetch: () => Promise<Blob>, said: { busy: string; done: (name: string) => string }, failed: (error: unknown) => string | undefined) {
    const { host, announce } = this.#options;
    const asked = ++this.#asked;
    this.busy = true;
    this.error = undefined;
    announce?.(said.busy);
    host.requestUpdate();
    try {
      const blob = await fetch();
      if (asked !== this.#asked) return;
      this.forget();
      this.file = { name, url: URL.createObjectURL(blob) };
      host.requestUpdate();
      await host.updateComplete;
      host.renderRoot.querySelector<HTMLAnchorElement>(`a[download="${CSS.escape(name)}"]`)?.click();
      announce?.(said.done(name));
    } catch (error) {
      if (asked !== this.#asked) return;
      this.error = failed(error);
      announce?.('');
    } finally {
      if (asked === this.#asked) this.busy = false;
      host.requestUpdate();
    }
  }
}
