import { isEmail, looksLikeAccountNumber } from '@wharf/domain/common';
import { isLockedError, isUnauthorizedError, isValidationError } from '@wharf/sdk';
import type { CaptchaSolution } from '@wharf/domain';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { solveBuiltInCaptcha, type CaptchaSolver } from '../../internal/captcha.ts';
import { clientErrors, errorsFrom, hasErrors, NO_ERRORS, type FormErrors } from '../../internal/form-errors.ts';
import { field, formMessage, visibilityToggle } from '../../internal/templates.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { catalogue, formatDateTime } from '../../i18n/localize.ts';
import { WharfForgotPasswordEvent } from '../../events/forgot-password.ts';
import { WharfSignedInEvent } from '../../events/signed-in.ts';
import { en, type LoginFormText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { loginFormStyles } from './login-form.styles.ts';

/** The strings of `<wharf-login-form>` in each locale. */
export const loginFormText = catalogue<LoginFormText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

/**
 * Sign-in with email and password. Says how many attempts remain, explains a lock (until when, and
 * that a password reset unlocks it), and solves the captcha in the background when the server asks for one.
 *
 * @tagname wharf-login-form
 * @event wharf-signed-in - Signed in (`user`, `token`, `expiresAt`); `<wharf-provider>` picks it up.
 * @event wharf-forgot-password - The user chose "Forgot password" or "reset to unlock" (`email`).
 *
 * @csspart form - The form.
 * @csspart field - Each label, input and error group.
 * @csspart label - Field labels.
 * @csspart toggle - The button that shows or hides the password.
 * @csspart input - Inputs.
 * @csspart error - The error under a field.
 * @csspart message - The form-level message region.
 * @csspart captcha-status - The status line of the browser check solved in the background.
 * @csspart submit - The sign-in button.
 * @csspart forgot - The forgot-password link.
 */
export class WharfLoginForm extends WharfElement {
  static override styles = loginFormStyles;

  /** Where "Forgot password" leads; without it the element emits `wharf-forgot-password` for the host to handle. */
  @property({ attribute: 'reset-href' }) resetHref?: string;

  /** Solves captcha challenges; the default is the built-in proof of work. */
  @property({ attribute: false }) captchaSolver: CaptchaSolver = solveBuiltInCaptcha;

  @property() email = '';
  @state() private password = '';
  @state() private showPassword = false;
  @state() private busy = false;
  /** The background browser check: running, or a solution ready for the next attempt. */
  @state() private check?: 'running' | 'ready';
  @state() private errors: FormErrors = NO_ERRORS;
  @state() private remaining?: number;
  @state() private lockedUntil?: Date;
  @state() private captchaRequired = false;

  #captcha?: Promise<CaptchaSolution>;
  #abort?: AbortController;

  private get text(): LoginFormText {
    return loginFormText(this.effectiveLocale);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  /** Starts solving a challenge in the background so the next attempt is not delayed. */
  #prepareCaptcha(): Promise<CaptchaSolution> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.check = 'running';
    const solution = (async () => {
      const challenge = await this.client.auth.captcha({ signal: abort.signal });
      return this.captchaSolver(challenge, abort.signal);
    })();
    this.#captcha = solution;
    solution.then(
      () => {
        if (this.#abort === abort) this.check = 'ready';
      },
      () => {
        // A check that failed or was interrupted (e.g. the form left the page) is not kept: the next attempt
        // starts a fresh one instead of failing on this one for good.
        if (this.#captcha === solution) this.#captcha = undefined;
        if (this.#abort === abort) this.check = undefined;
      },
    );
    return solution;
  }

  /** The solution prepared in the background, or a fresh one; each is good for one attempt. */
  #takeCaptcha(): Promise<CaptchaSolution> {
    const solution = this.#captcha ?? this.#prepareCaptcha();
    this.#captcha = undefined;
    return solution;
  }

  #validate(): boolean {
    const email = this.email.trim();
    this.errors = clientErrors(this.effectiveLocale, {
      email: !email ? 'required' : looksLikeAccountNumber(email) ? 'account_number_not_email' : !isEmail(email) ? 'invalid_email' : undefined,
      password: this.password ? undefined : 'required',
    });
    return !hasErrors(this.errors);
  }

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    if (!this.#validate()) return this.#focusError();
    this.busy = true;
    this.errors = NO_ERRORS;
    try {
      const result = await this.#attempt().catch(async (error) => {
        // The server wants a browser check this user could not know about: run it and try once more.
        if (!isValidationError(error) || error.fieldError('captcha')?.code !== 'captcha_required') throw error;
        this.captchaRequired = true;
        return this.#attempt();
      });
      this.remaining = undefined;
      this.lockedUntil = undefined;
      this.captchaRequired = false;
      this.password = '';
      this.emit(new WharfSignedInEvent(result));
    } catch (error) {
      this.#refused(error);
    } finally {
      this.busy = false;
    }
  }

  async #attempt() {
    const captcha = this.captchaRequired ? await this.#takeCaptcha() : undefined;
    return this.client.auth.login({ email: this.email, password: this.password, ...(captcha ? { captcha } : {}) });
  }

  #refused(error: unknown) {
    this.remaining = undefined;
    this.lockedUntil = undefined;
    if (isLockedError(error)) {
      this.lockedUntil = error.lockedUntil;
      this.errors = NO_ERRORS;
    } else {
      this.errors = errorsFrom(error, this.t, ['email', 'password']);
      if (isUnauthorizedError(error)) this.remaining = error.remainingAttempts;
    }
    const needsCaptcha = (isUnauthorizedError(error) || isValidationError(error)) && error.captchaRequired;
    if (needsCaptcha) {
      this.captchaRequired = true;
      if (this.errors.fields.captcha === undefined && isValidationError(error) && error.fieldError('captcha')) {
        // Not the user's mistake: solve the check and let them press the button again.
        this.errors = NO_ERRORS;
      }
      this.#prepareCaptcha();
    }
    this.#focusError();
  }

  async #focusError() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  #forgot() {
    this.emit(new WharfForgotPasswordEvent({ email: this.email.trim() }));
  }

  #renderForgot(label: string) {
    return this.resetHref
      ? html`<a part="forgot" href=${this.resetHref}>${label}</a>`
      : html`<button type="button" class="link" part="forgot" @click=${this.#forgot}>${label}</button>`;
  }

  #renderStatus() {
    if (this.lockedUntil) {
      return html`<div role="alert" part="message">
        <p class="message error-message">${this.text.locked(formatDateTime(this.effectiveLocale, this.lockedUntil))}
          ${this.#renderForgot(this.text.resetToUnlock)}</p>
      </div>`;
    }
    const text = [this.errors.form, this.remaining !== undefined && this.remaining > 0 ? this.text.remaining(this.remaining) : '']
      .filter(Boolean)
      .join(' ');
    return formMessage(text || undefined);
  }

  override render() {
    const t = this.t;
    return html`<form part="form" novalidate aria-labelledby="title" aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#submit}>
      <h2 id="title">${this.text.title}</h2>
      ${field({
        id: 'email',
        label: t.common.email,
        type: 'email',
        value: this.email,
        autocomplete: 'email',
        inputmode: 'email',
        error: this.errors.fields.email,
        onInput: (value) => (this.email = value),
      })}
      ${field({
        id: 'password',
        label: t.common.password,
        type: this.showPassword ? 'text' : 'password',
        value: this.password,
        autocomplete: 'current-password',
        error: this.errors.fields.password,
        onInput: (value) => (this.password = value),
        trailing: visibilityToggle(t, this.showPassword, () => (this.showPassword = !this.showPassword), 'password'),
      })}
      ${this.#renderStatus()}
      <div role="status" class="hint" part="captcha-status">
        ${this.captchaRequired && this.check ? (this.check === 'running' ? this.text.checking : this.text.checked) : nothing}
      </div>
      <button type="submit" part="submit" ?disabled=${this.busy}>${this.busy ? t.common.working : this.text.submit}</button>
      <div class="row">${this.#renderForgot(this.text.forgot)}</div>
    </form>`;
  }
}
