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
 *
 * Every element's styles start from the shared form styles (styles/form.styles.ts), which read these public
 * tokens into private `--_wharf-*` ones; the manifest gives them to each element through this class.
 *
 * @cssproperty --wharf-color-primary - Primary buttons, links, the selected tab (default #1849a9).
 * @cssproperty --wharf-color-primary-text - Text on primary buttons (default #fff).
 * @cssproperty --wharf-color-danger - Errors and destructive actions (default #b42318).
 * @cssproperty --wharf-color-success - Confirmations and met rules (default #067647).
 * @cssproperty --wharf-color-text - Text (default #1d2433).
 * @cssproperty --wharf-color-muted - Hints and secondary text (default #4a5568).
 * @cssproperty --wharf-color-border - Input, panel and table borders (default #a8b1c0).
 * @cssproperty --wharf-color-surface - Panel and input backgrounds (default #fff).
 * @cssproperty --wharf-color-focus - Focus rings (default #1849a9).
 * @cssproperty --wharf-radius - Corner radius (default 6px).
 * @cssproperty --wharf-space - The spacing unit (default 1rem).
 * @cssproperty --wharf-font-family - Font (default the system UI font, then PingFang SC and Microsoft YaHei).
 * @cssproperty --wharf-font-size - Base font size (default 15px).
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
