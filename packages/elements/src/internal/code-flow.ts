import type { Locale } from '@wharf/domain';
import { CODE_POLICY, type CodePurpose, isCodeShaped } from '@wharf/domain/auth';
import { isEmail, looksLikeAccountNumber, normalizeEmail } from '@wharf/domain/common';
import { isRateLimitedError, type WharfClient } from '@wharf/sdk';
import { html } from 'lit';
import type { Translation } from '../i18n/translation.ts';
import { CountdownController } from './countdown.ts';
import { clientErrors, errorsFrom, hasErrors, NO_ERRORS, type FormErrors } from './form-errors.ts';
import { field } from './templates.ts';
import { WharfCodeSentEvent } from '../events/code-sent.ts';

/** What a form using the email-code steps must provide. */
export interface CodeFlowHost extends HTMLElement {
  requestUpdate(): void;
  addController(controller: CountdownController): void;
  readonly effectiveLocale: Locale;
}

/**
 * The shared first two steps of registration and password reset: email → emailed code (with the resend
 * countdown) → code checked. Holds the state; the forms render it with the templates below.
 */
export class CodeFlow {
  email = '';
  code = '';
  busy = false;
  errors: FormErrors = NO_ERRORS;
  readonly countdown: CountdownController;
  readonly #host: CodeFlowHost;
  readonly #purpose: CodePurpose;

  constructor(options: { host: CodeFlowHost; purpose: CodePurpose }) {
    this.#host = options.host;
    this.#purpose = options.purpose;
    this.countdown = new CountdownController({ host: options.host as never });
  }

  /** Checks the email in the browser with the domain's rules; returns false (and shows why) when wrong. */
  validateEmail(): boolean {
    const value = this.email.trim();
    const code = !value ? 'required' : looksLikeAccountNumber(value) ? 'account_number_not_email' : !isEmail(value) ? 'invalid_email' : undefined;
    this.errors = clientErrors(this.#host.effectiveLocale, { email: code });
    this.#host.requestUpdate();
    return !hasErrors(this.errors);
  }

  async sendCode(client: WharfClient, t: Translation): Promise<boolean> {
    if (!this.validateEmail()) return false;
    return this.#run(t, ['email'], async () => {
      const sent = await client.auth.requestCode({ email: this.email, purpose: this.#purpose });
      this.email = normalizeEmail(this.email);
      this.countdown.start(Math.max(0, Math.ceil((Date.parse(sent.resendAt) - Date.now()) / 1000)));
      this.#host.dispatchEvent(new WharfCodeSentEvent({ email: this.email, purpose: this.#purpose }));
    });
  }

  async checkCode(client: WharfClient, t: Translation): Promise<boolean> {
    const code = this.code.trim();
    if (!isCodeShaped(code)) {
      this.errors = clientErrors(this.#host.effectiveLocale, { code: code ? 'code_format' : 'required' });
      this.#host.requestUpdate();
      return false;
    }
    return this.#run(t, ['code'], () => client.auth.checkCode({ email: this.email, purpose: this.#purpose, code }));
  }

  async #run(t: Translation, fields: string[], work: () => Promise<void>): Promise<boolean> {
    this.busy = true;
    this.errors = NO_ERRORS;
    this.#host.requestUpdate();
    try {
      await work();
      return true;
    } catch (error) {
      if (isRateLimitedError(error)) this.countdown.start(error.retryAfter);
      this.errors = errorsFrom(error, t, fields);
      return false;
    } finally {
      this.busy = false;
      this.#host.requestUpdate();
    }
  }

  renderEmailField(t: Translation, idPrefix: string) {
    return field({
      id: `${idPrefix}-email`,
      label: t.common.email,
      type: 'email',
      value: this.email,
      autocomplete: 'email',
      inputmode: 'email',
      hint: t.common.emailHint,
      error: this.errors.fields.email,
      onInput: (value) => (this.email = value),
    });
  }

  renderCodeField(t: Translation, idPrefix: string, client: WharfClient, onChangeEmail: () => void) {
    const wait = this.countdown.remaining;
    return html`${field({
        id: `${idPrefix}-code`,
        label: t.common.code,
        value: this.code,
        autocomplete: 'one-time-code',
        inputmode: 'numeric',
        maxlength: CODE_POLICY.length,
        hint: t.common.codeHint(this.email),
        error: this.errors.fields.code,
        onInput: (value) => (this.code = value.replace(/\D/g, '')),
      })}
      <div class="row">
        <button type="button" class="link" part="resend" ?disabled=${wait > 0 || this.busy} @click=${() => this.sendCode(client, t)}>
          ${wait > 0 ? t.common.resendIn(wait) : t.common.resendCode}
        </button>
        <button type="button" class="link" part="change-email" @click=${onChangeEmail}>${t.common.changeEmail}</button>
      </div>`;
  }
}
