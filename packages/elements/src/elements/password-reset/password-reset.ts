import { html, nothing } from 'lit';
import { CodeFlow } from '../../internal/code-flow.ts';
import { CodeStepsForm } from '../../internal/code-steps-form.ts';
import { NO_ERRORS } from '../../internal/form-errors.ts';
import { NewPasswordFields } from '../../internal/new-password.ts';
import { formMessage } from '../../internal/templates.ts';
import { WharfPasswordResetEvent } from '../../events/password-reset.ts';
import { WharfSignInRequestEvent } from '../../events/sign-in-request.ts';
import { en, type PasswordResetText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { catalogue } from '../../i18n/localize.ts';
import { passwordResetStyles } from './password-reset.styles.ts';

/** The strings of `<wharf-password-reset>` in each locale. */
export const passwordResetText = catalogue<PasswordResetText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

/**
 * Password reset: email → emailed code → new password with the live policy checklist. Also unlocks
 * an account locked by failed sign-ins.
 *
 * @tagname wharf-password-reset
 * @event wharf-code-sent - A code was emailed (`email`, `purpose`).
 * @event wharf-password-reset - The password was changed (`email`).
 * @event wharf-sign-in-request - The user chose "Back to sign in" (`email`); the host shows its sign-in form.
 *
 * @csspart form - The form.
 * @csspart field - Each label, input, hint and error group.
 * @csspart label - Field labels.
 * @csspart input - Inputs.
 * @csspart error - The error under a field.
 * @csspart checklist - The password checklist.
 * @csspart message - The form-level message region.
 * @csspart submit - The main button.
 * @csspart resend - The resend-code button.
 * @csspart change-email - The button that goes back to change the email.
 * @csspart toggle - The button that shows or hides the new password.
 */
export class WharfPasswordReset extends CodeStepsForm {
  static override styles = passwordResetStyles;

  protected readonly flow = new CodeFlow({ host: this, purpose: 'reset-password' });
  protected readonly newPassword = new NewPasswordFields({ host: this, id: 'newPassword' });

  /** The email to reset (e.g. passed on from the login form's `wharf-forgot-password` event). */
  get email() {
    return this.flow.email;
  }
  set email(value: string) {
    this.flow.email = value;
    this.requestUpdate();
  }

  private get text(): PasswordResetText {
    return passwordResetText(this.effectiveLocale);
  }

  /** Back to the first step, keeping the email. */
  restart() {
    this.flow.code = '';
    this.flow.errors = NO_ERRORS;
    this.newPassword.clear();
    this.step = 'email';
  }

  /** A new step focuses its first field; a refused one, the field at fault (if any). */
  protected override focusFirst() {
    this.renderRoot.querySelector<HTMLElement>('input, [data-focus]')?.focus();
  }
  protected override focusRefusal() {
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  protected async sendPassword() {
    await this.client.auth.resetPassword({ email: this.flow.email, code: this.flow.code, newPassword: this.newPassword.password });
    this.step = 'done';
    this.emit(new WharfPasswordResetEvent({ email: this.flow.email }));
  }

  protected renderStep() {
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
    if (this.step === 'done') {
      return html`<div part="form">
        ${formMessage(this.text.done, 'success')}
        <button type="button" class="link" data-focus @click=${() => this.emit(new WharfSignInRequestEvent({ email: this.flow.email }))}>
          ${this.text.backToLogin}
        </button>
      </div>`;
    }
    return this.renderForm(this.text);
  }
}
