import { provide } from '@lit/context';
import type { Locale } from '@wharf/domain';
import { isLocale } from '@wharf/domain/locale';
import { createWharfClient, isUnauthorizedError, type WharfClient } from '@wharf/sdk';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { clientContext, localeContext, sessionContext, type Session } from '../../internal/context.ts';
import { WharfSessionChangeEvent, type WharfSignedInEvent } from '../../internal/events.ts';
import { detectLocale } from '../../internal/wharf-element.ts';

/**
 * @tagname wharf-provider
 * @summary Configures Wharf once for everything inside it: creates the API client and provides it, the session
 * and the locale to every `wharf-*` element below through @lit/context.
 *
 * @slot - Wharf elements and any host content.
 * @event wharf-session-change - The session changed (`session`): resolved at start, signed in, or signed out.
 */
export class WharfProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static define(tag = 'wharf-provider') {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /** The Wharf server, e.g. `https://wharf.example.com`; empty for this page's own origin. */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** A session token from the host (e.g. an embed session minted by its server); sent as a bearer token. */
  @property({ attribute: 'session-token' }) sessionToken?: string;

  /** Interface language: `zh-CN`, `zh-HK` or `en`. Defaults to the page's `lang` or the browser's language. */
  @property({ reflect: true }) locale?: Locale;

  @provide({ context: clientContext }) client?: WharfClient;
  @provide({ context: sessionContext }) session: Session = { status: 'unknown' };
  @provide({ context: localeContext }) providedLocale?: Locale;

  #token?: string;
  #resolving?: AbortController;

  constructor() {
    super();
    this.addEventListener('wharf-signed-in', (event) => this.#signedIn(event));
  }

  override connectedCallback() {
    super.connectedCallback();
    this.providedLocale = this.#locale();
  }

  #locale(): Locale {
    return isLocale(this.locale) ? this.locale : detectLocale(this);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('locale')) this.providedLocale = this.#locale();
    if (changed.has('baseUrl') || !this.client) {
      this.client = createWharfClient({ baseUrl: this.baseUrl, getToken: () => this.#token, locale: () => this.#locale() });
    }
    if (changed.has('sessionToken') || changed.has('baseUrl')) {
      this.#token = this.sessionToken || undefined;
      void this.refreshSession();
    }
  }

  /** Asks the server who is signed in (bearer token or same-site cookie). */
  async refreshSession(): Promise<Session> {
    this.#resolving?.abort();
    const abort = (this.#resolving = new AbortController());
    try {
      const me = await this.client!.auth.me({ signal: abort.signal });
      if (abort.signal.aborted) return this.session;
      this.#setSession({ status: 'signed-in', user: me.user, ...(this.#token ? { token: this.#token } : {}) });
    } catch (error) {
      if (abort.signal.aborted) return this.session;
      // Unreachable servers leave the state unknown rather than pretending the user signed out.
      this.#setSession(isUnauthorizedError(error) ? { status: 'signed-out' } : { status: 'unknown' });
    }
    return this.session;
  }

  /** Ends the session on the server and here. */
  async signOut(): Promise<void> {
    // A lookup still under way must not put the session back when its answer arrives.
    this.#resolving?.abort();
    try {
      await this.client!.auth.logout();
    } finally {
      this.#token = undefined;
      this.#setSession({ status: 'signed-out' });
    }
  }

  #signedIn(event: WharfSignedInEvent) {
    this.#resolving?.abort();
    this.#token = event.token;
    this.#setSession({ status: 'signed-in', user: event.user, token: event.token, expiresAt: event.expiresAt });
  }

  #setSession(session: Session) {
    this.session = session;
    this.dispatchEvent(new WharfSessionChangeEvent({ session }));
  }

  override render() {
    return html`<slot></slot>`;
  }
}
