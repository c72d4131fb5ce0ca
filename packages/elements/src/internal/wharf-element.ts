import { consume } from '@lit/context';
import type { Locale } from '@wharf/domain';
import { DEFAULT_LOCALE, isLocale, matchLocale } from '@wharf/domain/common';
import { createWharfClient, type WharfClient } from '@wharf/sdk';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { translationFor } from '../i18n/localize.ts';
import type { Translation } from '../i18n/translation.ts';
import { clientContext, localeContext } from './context.ts';

/** The locale of the nearest `lang` attribute, else the browser's, else English. */
export function detectLocale(from: Element): Locale {
  const lang = from.closest('[lang]')?.getAttribute('lang');
  return (lang && matchLocale(lang)) || (typeof navigator !== 'undefined' && matchLocale(navigator.language)) || DEFAULT_LOCALE;
}

/**
 * What every Wharf element shares: the client and locale from the nearest `<wharf-provider>` (or sensible
 * defaults without one), translations, typed events, and a `define()` that tolerates a second registration.
 */
export class WharfElement extends LitElement {
  /** Registers the element under `tag` unless something already did (e.g. the CDN bundle and an npm import). */
  static define(tag: string) {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /** Overrides the provider's locale for this element: `zh-CN`, `zh-HK` or `en`. */
  @property({ reflect: true }) locale?: Locale;

  @consume({ context: localeContext, subscribe: true })
  @state()
  protected providedLocale?: Locale;

  @consume({ context: clientContext, subscribe: true })
  @state()
  protected providedClient?: WharfClient;

  #ownClient?: WharfClient;

  get effectiveLocale(): Locale {
    if (isLocale(this.locale)) return this.locale;
    return this.providedLocale ?? detectLocale(this);
  }

  protected get t(): Translation {
    return translationFor(this.effectiveLocale);
  }

  /** The provider's client, and the same speaking this element's `locale`. */
  #localClient?: [WharfClient, WharfClient];

  /**
   * The provider's client — speaking this element's own `locale` when it overrides the provider's, so server
   * messages, option names and templates come in the element's language; without a provider, a client for this
   * page's own origin.
   */
  protected get client(): WharfClient {
    const base = this.providedClient;
    const locale = () => this.effectiveLocale;
    if (!base) return (this.#ownClient ??= createWharfClient({ locale }));
    if (!isLocale(this.locale)) return base;
    if (this.#localClient?.[0] !== base) this.#localClient = [base, base.extend({ locale })];
    return this.#localClient[1];
  }

  protected emit<E extends Event>(event: E): boolean {
    return this.dispatchEvent(event);
  }
}
