import { provide } from '@lit/context';
import type { Locale, Membership } from '@wharf/domain';
import { isLocale } from '@wharf/domain/common';
import { createWharfClient, isUnauthorizedError, type WharfClient } from '@wharf/sdk';
import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { clientContext, localeContext, sessionContext, type Session } from '../../internal/context.ts';
import { detectLocale } from '../../internal/wharf-element.ts';
import { WharfEnterpriseChangeEvent } from '../../events/enterprise-change.ts';
import { WharfSessionChangeEvent } from '../../events/session-change.ts';
import type { WharfSignedInEvent } from '../../events/signed-in.ts';
import { providerStyles } from './provider.styles.ts';

/** What a host's `fetchSession` returns: a session its server minted (`POST /v1/embed/sessions`). */
export interface HostSession {
  token: string;
  expiresAt: string;
}

/** Renew this long before a host session runs out, so calls never meet an expired token. */
const RENEW_BEFORE_MS = 60_000;

/**
 * Configures Wharf once for everything inside it: creates the API client and provides it, the session
 * (user, memberships, the enterprise calls act in) and the locale to every `wharf-*` element below through
 * Lit context.
 *
 * Inside another application, give it `fetchSession`: it is called at start, again shortly before the session
 * expires, and once more when a call answers 401 — no reload, no popup, no cookie (bearer tokens only, so it works
 * in a page or iframe of another origin with third-party cookies blocked).
 *
 * @tagname wharf-provider
 * @slot - Wharf elements and any host content.
 * @event wharf-session-change - The session changed (`session`): resolved at start, signed in, or signed out.
 * @event wharf-enterprise-change - The enterprise the elements act in changed (`enterprise`).
 */
export class WharfProvider extends LitElement {
  static override styles = providerStyles;

  static define(tag = 'wharf-provider') {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /** The Wharf server, e.g. `https://wharf.example.com`; empty for this page's own origin. */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** A session token from the host (e.g. an embed session minted by its server); sent as a bearer token. */
  @property({ attribute: 'session-token' }) sessionToken?: string;

  /** How the host gets (and renews) a session for its signed-in user; see the class description. */
  @property({ attribute: false }) fetchSession?: () => Promise<HostSession>;

  /** The enterprise to act in when the user has several (an id); defaults to the only or first approved one. */
  @property() enterprise?: string;

  /** Interface language: `zh-CN`, `zh-HK` or `en`. Defaults to the page's `lang` or the browser's language. */
  @property({ reflect: true }) locale?: Locale;

  @provide({ context: clientContext }) client?: WharfClient;
  @provide({ context: sessionContext }) session: Session = { status: 'unknown' };
  @provide({ context: localeContext }) providedLocale?: Locale;

  #token?: string;
  #expiresAt?: string;
  #resolving?: AbortController;
  #renewal?: Promise<void>;
  #renewTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.addEventListener('wharf-signed-in', (event) => this.#signedIn(event));
    // A new membership changes what the user may do: learn it from the server.
    for (const type of ['wharf-enterprise-created', 'wharf-enterprise-joined']) this.addEventListener(type, () => void this.refreshSession());
  }

  override connectedCallback() {
    super.connectedCallback();
    this.providedLocale = this.#locale();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#renewTimer);
  }

  #locale(): Locale {
    return isLocale(this.locale) ? this.locale : detectLocale(this);
  }

  #crossOrigin(): boolean {
    if (!this.baseUrl || typeof location === 'undefined') return false;
    return new URL(this.baseUrl, location.href).origin !== location.origin;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('locale')) this.providedLocale = this.#locale();
    if (changed.has('baseUrl') || !this.client) {
      this.client = createWharfClient({
        baseUrl: this.baseUrl,
        getToken: () => this.#token,
        locale: () => this.#locale(),
        enterprise: () => (this.session.status === 'signed-in' ? this.session.enterprise?.enterpriseId : undefined),
        // Across origins nothing rides on cookies: the bearer token is the session.
        credentials: this.#crossOrigin() ? 'omit' : 'same-origin',
        fetch: (input, init) => this.#fetchRenewing(input, init),
      });
    }
    if (changed.has('sessionToken') || changed.has('baseUrl') || changed.has('fetchSession')) {
      this.#token = this.sessionToken || undefined;
      if (this.fetchSession && !this.#token) void this.renewSession();
      // Across origins without a token there is no session to ask about (no cookie travels); the host may still
      // hand one over through `session-token` or `fetchSession`.
      else if (!this.#token && this.#crossOrigin()) this.#setSession({ status: 'signed-out' });
      else void this.refreshSession();
    } else if (changed.has('enterprise') && this.session.status === 'signed-in') {
      this.#setSession({ ...this.session, enterprise: this.#choose(this.session.memberships ?? []) });
    }
  }

  /**
   * A 401 with a host session means it ran out (or was revoked): get a new one from the host once and repeat the
   * call with it. Sign-in calls are left alone: their 401 is about the password.
   */
  async #fetchRenewing(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const retry = this.fetchSession ? request.clone() : undefined;
    const response = await fetch(request);
    if (response.status !== 401 || !retry || new URL(request.url).pathname.includes('/v1/auth/')) return response;
    const used = this.#token;
    await this.renewSession();
    if (!this.#token || this.#token === used) return response;
    const headers = new Headers(retry.headers);
    headers.set('authorization', `Bearer ${this.#token}`);
    return fetch(new Request(retry, { headers }));
  }

  /** Asks the host for a new session (`fetchSession`) and schedules the next renewal. One at a time. */
  renewSession(): Promise<void> {
    if (!this.fetchSession) return Promise.resolve();
    this.#renewal ??= (async () => {
      try {
        const session = await this.fetchSession!();
        this.#token = session.token;
        this.#expiresAt = session.expiresAt;
        this.#scheduleRenewal(session.expiresAt);
        await this.refreshSession();
      } catch {
        this.#token = undefined;
        this.#setSession({ status: 'signed-out' });
      } finally {
        this.#renewal = undefined;
      }
    })();
    return this.#renewal;
  }

  #scheduleRenewal(expiresAt: string) {
    clearTimeout(this.#renewTimer);
    const due = Date.parse(expiresAt) - Date.now() - RENEW_BEFORE_MS;
    this.#renewTimer = setTimeout(() => void this.renewSession(), Math.max(5_000, due));
  }

  /** Asks the server who is signed in (bearer token or same-site cookie) and which enterprises they belong to. */
  async refreshSession(): Promise<Session> {
    this.#resolving?.abort();
    const abort = (this.#resolving = new AbortController());
    try {
      const me = await this.client!.auth.me({ signal: abort.signal });
      if (abort.signal.aborted) return this.session;
      this.#setSession({
        status: 'signed-in',
        user: me.user,
        memberships: me.memberships,
        enterprise: this.#choose(me.memberships),
        ...(this.#token ? { token: this.#token } : {}),
        ...(this.#expiresAt ? { expiresAt: this.#expiresAt } : {}),
      });
    } catch (error) {
      if (abort.signal.aborted) return this.session;
      // Unreachable servers leave the state unknown rather than pretending the user signed out.
      this.#setSession(isUnauthorizedError(error) ? { status: 'signed-out' } : { status: 'unknown' });
    }
    return this.session;
  }

  /** The enterprise to act in: the one asked for, else the only membership, else the first approved one. */
  #choose(memberships: Membership[]): Membership | undefined {
    const asked = memberships.find((membership) => membership.enterpriseId === this.enterprise);
    if (asked) return asked;
    if (memberships.length === 1) return memberships[0];
    return memberships.find((membership) => membership.role !== 'pending') ?? memberships[0];
  }

  /** Acts in another of the user's enterprises from now on. */
  switchEnterprise(enterpriseId: string) {
    this.enterprise = enterpriseId;
    if (this.session.status === 'signed-in') this.#setSession({ ...this.session, enterprise: this.#choose(this.session.memberships ?? []) });
  }

  /** Ends the session on the server and here. */
  async signOut(): Promise<void> {
    // A lookup still under way must not put the session back when its answer arrives.
    this.#resolving?.abort();
    clearTimeout(this.#renewTimer);
    try {
      await this.client!.auth.logout();
    } finally {
      this.#token = undefined;
      this.#expiresAt = undefined;
      this.#setSession({ status: 'signed-out' });
    }
  }

  #signedIn(event: WharfSignedInEvent) {
    this.#token = event.token;
    this.#expiresAt = event.expiresAt;
    this.#setSession({ status: 'signed-in', user: event.user, token: event.token, expiresAt: event.expiresAt });
    // Memberships come from /v1/me.
    void this.refreshSession();
  }

  #setSession(session: Session) {
    const before = this.session.status === 'signed-in' ? this.session.enterprise : undefined;
    this.session = session;
    this.dispatchEvent(new WharfSessionChangeEvent({ session }));
    const after = session.status === 'signed-in' ? session.enterprise : undefined;
    if (before?.enterpriseId !== after?.enterpriseId || before?.role !== after?.role) {
      this.dispatchEvent(new WharfEnterpriseChangeEvent({ enterprise: after }));
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}
