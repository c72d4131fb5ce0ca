import type { ApiKey, CreatedApiKey, Enterprise } from '@wharf/domain';
import { checkSecurityPin, fieldMessage, normalizeOrigin, SECURITY_PIN_POLICY } from '@wharf/domain/enterprises';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { SessionTask } from '../../controllers/session-task.ts';
import { errorsFrom, NO_ERRORS, type FormErrors } from '../../internal/form-errors.ts';
import { field, formMessage } from '../../internal/templates.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { catalogue, formatDateTime } from '../../i18n/localize.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { panelStyles } from '../../styles/panel.styles.ts';
import { en, type SecurityText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { securitySettingsStyles } from './security-settings.styles.ts';

/** The strings of `<wharf-security-settings>` in each locale. */
export const securityText = catalogue<SecurityText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

type Confirming = { kind: 'pin-off' } | { kind: 'revoke'; key: ApiKey };

/**
 * An enterprise admin's security settings (seed 000 安全设置; PRODUCT §1.5, §1.10): the security PIN (set,
 * change, switch off), API keys for the host's server (the secret shown once), the origins whose pages may embed
 * Wharf, and where members' password-reset codes go.
 *
 * @tagname wharf-security-settings
 * @csspart section - Each settings section.
 * @csspart form - Each form.
 * @csspart field - Each label, input and error group.
 * @csspart label - Field labels.
 * @csspart input - Inputs.
 * @csspart error - Errors under fields.
 * @csspart message - Announcements.
 * @csspart secret - The new key's secret, shown once.
 * @csspart confirm - A confirmation (switching the PIN off, revoking a key).
 */
export class WharfSecuritySettings extends WharfElement {
  static override styles = [formStyles, panelStyles, securitySettingsStyles];

  @state() private enterprise?: Enterprise;
  @state() private keys: ApiKey[] = [];
  @state() private loadError?: string;
  @state() private pin = '';
  @state() private pinAgain = '';
  @state() private keyName = '';
  @state() private origin = '';
  @state() private secret?: CreatedApiKey;
  @state() private copied = false;
  @state() private confirming?: Confirming;
  @state() private errors: FormErrors = NO_ERRORS;
  /** What the last change was, per section, announced there. */
  @state() private said: Partial<Record<'pin' | 'keys' | 'origins' | 'reset', string>> = {};
  @state() private busy = false;

  #data = new SessionTask(this, {
    client: () => this.client,
    load: async (client, signal) => {
      const enterprise = await client.enterprises.get('current', { signal });
      const keys = enterprise.role === 'admin' ? (await client.enterprises.apiKeys('current', { signal })).data : [];
      return { enterprise, keys };
    },
    onComplete: ({ enterprise, keys }) => {
      this.enterprise = enterprise;
      this.keys = keys;
      this.loadError = undefined;
    },
    onError: (error) => (this.loadError = errorsFrom(error, this.t, []).form),
  });

  private get text(): SecurityText {
    return securityText(this.effectiveLocale);
  }

  /** Loads the enterprise and its keys again. */
  load(): Promise<void> {
    return this.#data.run();
  }

  async #run(section: 'pin' | 'keys' | 'origins' | 'reset', fields: readonly string[], work: () => Promise<string | undefined>) {
    this.busy = true;
    this.said = {};
    try {
      const said = await work();
      this.errors = NO_ERRORS;
      if (said) this.said = { [section]: said };
    } catch (error) {
      this.errors = errorsFrom(error, this.t, fields);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    } finally {
      this.busy = false;
      this.confirming = undefined;
    }
  }

  #setPin(event: SubmitEvent) {
    event.preventDefault();
    const text = this.text;
    const problem = checkSecurityPin(this.pin.trim());
    const locale = this.effectiveLocale;
    if (problem || this.pin.trim() !== this.pinAgain.trim()) {
      this.errors = {
        fields: {
          ...(problem ? { pin: fieldMessage(locale, problem) } : {}),
          ...(!problem ? { pinAgain: text.pinsDiffer } : {}),
        },
      };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    void this.#run('pin', ['pin'], async () => {
      await this.client.enterprises.setSecurityPin('current', this.pin.trim());
      this.pin = this.pinAgain = '';
      await this.load();
      return text.pinSaved;
    });
  }

  #createKey(event: SubmitEvent) {
    event.preventDefault();
    if (!this.keyName.trim()) {
      this.errors = { fields: { name: fieldMessage(this.effectiveLocale, 'required') } };
      return;
    }
    void this.#run('keys', ['name'], async () => {
      const created = await this.client.enterprises.createApiKey('current', { name: this.keyName.trim() });
      const { secret: _, ...listed } = created;
      this.keys = [listed, ...this.keys];
      this.errors = NO_ERRORS;
      this.secret = created;
      this.copied = false;
      this.keyName = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#secret')?.select();
      return undefined;
    });
  }

  async #copy() {
    if (!this.secret) return;
    try {
      await navigator.clipboard.writeText(this.secret.secret);
    } catch {
      // Without clipboard permission the secret is selected; the user copies it with the keyboard.
      this.renderRoot.querySelector<HTMLInputElement>('#secret')?.select();
      return;
    }
    this.copied = true;
  }

  #saveOrigins(origins: string[], said: string) {
    return this.#run('origins', ['origin'], async () => {
      this.enterprise = await this.client.enterprises.update('current', { allowedOrigins: origins });
      return said;
    });
  }

  #addOrigin(event: SubmitEvent) {
    event.preventDefault();
    const origin = normalizeOrigin(this.origin);
    if (!origin) {
      this.errors = { fields: { origin: fieldMessage(this.effectiveLocale, 'origin_format') } };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#origin')?.focus());
      return;
    }
    const current = this.enterprise?.allowedOrigins ?? [];
    this.origin = '';
    void this.#saveOrigins(current.includes(origin) ? current : [...current, origin], this.text.originsSaved);
  }

  override render() {
    const text = this.text;
    if (this.loadError) return formMessage(this.loadError);
    const enterprise = this.enterprise;
    if (!enterprise) return html`<p role="status">${text.loading}</p>`;
    if (enterprise.role !== 'admin') return html`<h2>${text.title}</h2><p>${text.adminsOnly}</p>`;
    return html`<h2>${text.title}</h2>
      ${this.#pinSection(enterprise, text)} ${this.#keysSection(text)} ${this.#originsSection(enterprise, text)} ${this.#resetSection(enterprise, text)}`;
  }

  #announce(section: keyof WharfSecuritySettings['said']) {
    return html`<div role="status" part="message">${this.said[section] ? html`<p class="message success">${this.said[section]}</p>` : nothing}</div>`;
  }

  #confirmation(question: string, run: () => void) {
    return html`<div part="confirm" role="group" aria-label=${question}>
      <span>${question}</span>
      <button type="button" @click=${run}>${this.text.confirm}</button>
      <button type="button" class="secondary" @click=${() => (this.confirming = undefined)}>${this.text.cancel}</button>
    </div>`;
  }

  #confirm(confirming: Confirming) {
    this.confirming = confirming;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=confirm] button')?.focus());
  }

  #pinSection(enterprise: Enterprise, text: SecurityText) {
    const pinField = (id: 'pin' | 'pinAgain', label: string, value: string, set: (v: string) => void) =>
      field({ id, label, value, type: 'password', autocomplete: 'off', inputmode: 'numeric', maxlength: SECURITY_PIN_POLICY.length, error: this.errors.fields[id], onInput: set, ...(id === 'pin' ? { hint: text.pinRule } : {}) });
    return html`<section part="section" aria-labelledby="pin-title">
      <h3 id="pin-title">${text.pinTitle}</h3>
      <p class="hint">${text.pinIntro}</p>
      <p><strong>${enterprise.securityPinSet ? text.pinOn : text.pinOff}</strong></p>
      ${this.#announce('pin')}
      <form part="form" novalidate @submit=${this.#setPin}>
        ${pinField('pin', text.newPin, this.pin, (v) => (this.pin = v))} ${pinField('pinAgain', text.confirmPin, this.pinAgain, (v) => (this.pinAgain = v))}
        <div class="row">
          <button type="submit" ?disabled=${this.busy}>${enterprise.securityPinSet ? text.changePin : text.setPin}</button>
          ${enterprise.securityPinSet
            ? html`<button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.#confirm({ kind: 'pin-off' })}>${text.switchOff}</button>`
            : nothing}
        </div>
      </form>
      ${this.confirming?.kind === 'pin-off'
        ? this.#confirmation(text.confirmSwitchOff, () =>
            this.#run('pin', [], async () => {
              await this.client.enterprises.removeSecurityPin('current');
              await this.load();
              return text.pinRemoved;
            }),
          )
        : nothing}
    </section>`;
  }

  #keysSection(text: SecurityText) {
    const locale = this.effectiveLocale;
    const confirming = this.confirming?.kind === 'revoke' ? this.confirming.key : undefined;
    return html`<section part="section" aria-labelledby="keys-title">
      <h3 id="keys-title">${text.keysTitle}</h3>
      <p class="hint">${text.keysIntro}</p>
      ${this.#announce('keys')}
      ${this.secret
        ? html`<div part="secret" role="group" aria-labelledby="secret-title">
            <strong id="secret-title">${text.secretTitle}: ${this.secret.name}</strong>
            <p class="message info">${text.secretWarning}</p>
            <div class="row">
              <input id="secret" readonly .value=${this.secret.secret} aria-labelledby="secret-title" aria-describedby="secret-copied" />
              <button type="button" @click=${() => this.#copy()}>${text.copy}</button>
            </div>
            <p id="secret-copied" role="status">${this.copied ? text.copied : ''}</p>
            <button type="button" class="secondary" @click=${() => (this.secret = undefined)}>${text.done}</button>
          </div>`
        : nothing}
      ${this.keys.length === 0
        ? html`<p class="hint">${text.noKeys}</p>`
        : html`<ul class="plain">
            ${this.keys.map(
              (key) => html`<li>
                <strong>${key.name}</strong> <code>${key.prefix}…</code>
                <span class="hint">${text.created}: ${formatDateTime(locale, new Date(key.createdAt))}</span>
                <span class="hint">${text.lastUsed}: ${key.lastUsedAt ? formatDateTime(locale, new Date(key.lastUsedAt)) : text.never}</span>
                <button type="button" class="secondary" aria-label=${text.revokeLabel(key.name)} ?disabled=${this.busy} @click=${() => this.#confirm({ kind: 'revoke', key })}>
                  ${text.revoke}
                </button>
              </li>`,
            )}
          </ul>`}
      ${confirming
        ? this.#confirmation(text.confirmRevoke(confirming.name), () =>
            this.#run('keys', [], async () => {
              await this.client.enterprises.revokeApiKey('current', confirming.id);
              await this.load();
              return text.revoked(confirming.name);
            }),
          )
        : nothing}
      <form part="form" novalidate @submit=${this.#createKey}>
        ${field({ id: 'name', label: text.keyName, value: this.keyName, autocomplete: 'off', hint: text.keyNameHint, error: this.errors.fields.name, onInput: (v) => (this.keyName = v) })}
        <div class="row"><button type="submit" ?disabled=${this.busy}>${text.createKey}</button></div>
      </form>
    </section>`;
  }

  #originsSection(enterprise: Enterprise, text: SecurityText) {
    return html`<section part="section" aria-labelledby="origins-title">
      <h3 id="origins-title">${text.originsTitle}</h3>
      <p class="hint">${text.originsIntro}</p>
      ${this.#announce('origins')}
      ${enterprise.allowedOrigins.length === 0
        ? html`<p class="hint">${text.noOrigins}</p>`
        : html`<ul class="plain">
            ${enterprise.allowedOrigins.map(
              (origin) => html`<li>
                <code>${origin}</code>
                <button type="button" class="secondary" ?disabled=${this.busy} aria-label=${text.removeOrigin(origin)}
                  @click=${() => this.#saveOrigins(enterprise.allowedOrigins.filter((o) => o !== origin), text.originsSaved)}>×</button>
              </li>`,
            )}
          </ul>`}
      <form part="form" novalidate @submit=${this.#addOrigin}>
        ${field({ id: 'origin', label: text.origin, value: this.origin, type: 'text', autocomplete: 'url', hint: text.originHint, error: this.errors.fields.origin, onInput: (v) => (this.origin = v) })}
        <div class="row"><button type="submit" ?disabled=${this.busy}>${text.addOrigin}</button></div>
      </form>
    </section>`;
  }

  #resetSection(enterprise: Enterprise, text: SecurityText) {
    const choose = (value: 'member' | 'billing-email') =>
      this.#run('reset', [], async () => {
        this.enterprise = await this.client.enterprises.update('current', { passwordResetCodesTo: value });
        return text.resetSaved;
      });
    const option = (value: 'member' | 'billing-email', label: string) => html`<label>
      <input type="radio" name="reset" .checked=${enterprise.passwordResetCodesTo === value} ?disabled=${this.busy} @change=${() => choose(value)} />
      ${label}
    </label>`;
    return html`<section part="section" aria-labelledby="reset-title">
      <h3 id="reset-title">${text.resetTitle}</h3>
      <fieldset>
        <legend>${text.resetIntro}</legend>
        ${option('member', text.resetToMember)} ${option('billing-email', text.resetToBilling(enterprise.billingEmail))}
      </fieldset>
      ${this.#announce('reset')}
    </section>`;
  }
}
