import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { CodeFlow } from '../../internal/code-flow.ts';
import { errorsFrom, hasErrors, NO_ERRORS, type FormErrors } from '../../internal/form-errors.ts';
import { NewPasswordFields } from '../../internal/new-password.ts';
import { formMessage } from '../../internal/templates.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { WharfPasswordResetEvent } from '../../events/password-reset.ts';
import { WharfSignInRequestEvent } from '../../events/sign-in-request.ts';
import { en, type PasswordResetText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { catalogue } from '../../i18n/localize.ts';
import { passwordResetStyles } from './password-reset.styles.ts';

/** The strings of `<wharf-password-reset>` in each locale. */
export const passwordResetText = catalogue<PasswordResetText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

type Step = 'email' | 'code' | 'password' | 'done';
const STEPS: Step[] = ['email', 'code', 'password'];

/**
 * @tagname wharf-password-reset
 * @summary Password reset: email → emailed code → new password with the live policy checklist. Also unlocks
 * an account locked by failed sign-ins.
 *
 * @event wharf-code-sent - A code was emailed (`email`, `purpose`).
 * @event wharf-password-reset - The password was changed (`email`).
 * @event wharf-sign-in-request - The user chose "Back to sign in" (`email`); the host shows its sign-in form.
 *
 * @csspart form - The form.
 * @csspart field - Each label, input, hint and error group.
 * @csspart input - Inputs.
 * @csspart error - The error under a field.
 * @csspart checklist - The password checklist.
 * @csspart message - The form-level message region.
 * @csspart submit - The main button.
 * @csspart resend - The resend-code button.
 *
 * @cssproperty --wharf-color-primary - Buttons and links.
 * @cssproperty --wharf-color-danger - Errors.
 * @cssproperty --wharf-color-success - Met rules and success messages.
 * @cssproperty --wharf-color-border - Input and form borders.
 * @cssproperty --wharf-radius - Corner radius.
 */
export class WharfPasswordReset extends WharfElement {
  static override styles = passwordResetStyles;

  @state() private step: Step = 'email';
  @state() private busy = false;
  @state() private errors: FormErrors = NO_ERRORS;

  private flow = new CodeFlow({ host: this, purpose: 'reset-password' });
  private newPassword = new NewPasswordFields({ host: this, id: 'newPassword' });

  /** The email to reset (e.g. passed on from the login form's `wharf-forgot-password` event). */
  get email() {
    return this.flow.email;
  }
  set email(value: string) {
    this.flow.email = value;
    this.requestUpdate();
  }

  /** Back to the first step, keeping the email. */
  private get text(): PasswordResetText {
    return passwordResetText(this.effectiveLocale);
  }

  restart() {
    this.flow.code = '';
    this.flow.errors = NO_ERRORS;
    this.newPassword.clear();
    this.step = 'email';
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('step' as keyof WharfPasswordReset)) {
      this.renderRoot.querySelector<HTMLElement>('input, [data-focus]')?.focus();
    }
  }

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const t = this.t;
    if (this.step === 'email') {
      if (await this.flow.sendCode(this.client, t)) this.step = 'code';
    } else if (this.step === 'code') {
      if (await this.flow.checkCode(this.client, t)) this.step = 'password';
    } else if (this.step === 'password') {
      await this.#reset();
    }
    await this.updateComplete;
    if (hasErrors(this.flow.errors) || hasErrors(this.errors)) {
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }

  async #reset() {
    const invalid = this.newPassword.validate(this.effectiveLocale, this.t);
    if (invalid) {
      this.errors = invalid;
      return;
    }
    this.busy = true;
    this.errors = NO_ERRORS;
    try {
      await this.client.auth.resetPassword({ email: this.flow.email, code: this.flow.code, newPassword: this.newPassword.password });
      this.step = 'done';
      this.emit(new WharfPasswordResetEvent({ email: this.flow.email }));
    } catch (error) {
      const errors = errorsFrom(error, this.t, ['newPassword', 'code', 'email']);
      if (errors.fields.code || errors.fields.email) {
        this.flow.errors = errors;
        this.step = errors.fields.email ? 'email' : 'code';
      } else this.errors = errors;
    } finally {
      this.busy = false;
    }
  }

  #renderStep() {
    const t = this.t;
    switch (this.step) {
      case 'email':
        return html`<p class="hint">${this.text.intro}</p>${this.flow.renderEmailField(t, 'reset')}`;
      case 'code':
        return this.flow.renderCodeField(t, 'reset', this.client, () => this.restart());
      case 'password':
        return this.newPassword.render(t, this.text.newPassword, this.errors);
      default:
        return nothing;
    }
  }

  override render() {
    const t = this.t;
    if (this.step === 'done') {
      return html`<div part="form">
        ${formMessage(this.text.done, 'success')}
        <button type="button" class="link" data-focus @click=${() => this.emit(new WharfSignInRequestEvent({ email: this.flow.email }))}>
          ${this.text.backToLogin}
        </button>
      </div>`;
    }
    const errors = this.step === 'password' ? this.errors : this.flow.errors;
    const busy = this.busy || this.flow.busy;
    const label = { email: this.text.sendCode, code: this.text.continue, password: this.text.submit }[this.step];
    return html`<form part="form" novalidate aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'} @submit=${this.#submit}>
      <h2 id="title">${this.text.title}</h2>
      <p class="step">${t.common.stepOf(STEPS.indexOf(this.step) + 1, STEPS.length)}</p>
      ${this.#renderStep()}
      ${formMessage(errors.form)}
      <button type="submit" part="submit" ?disabled=${busy}>${busy ? t.common.working : label}</button>
    </form>`;
  }
}
