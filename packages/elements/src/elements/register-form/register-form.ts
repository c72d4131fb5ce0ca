import type { User } from '@wharf/domain';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { CodeFlow } from '../../internal/code-flow.ts';
import { CodeStepsForm } from '../../internal/code-steps-form.ts';
import { NO_ERRORS } from '../../internal/form-errors.ts';
import { NewPasswordFields } from '../../internal/new-password.ts';
import { formMessage } from '../../internal/templates.ts';
import { WharfForgotPasswordEvent } from '../../events/forgot-password.ts';
import { WharfRegisteredEvent } from '../../events/registered.ts';
import { WharfSignInRequestEvent } from '../../events/sign-in-request.ts';
import { WharfSignedInEvent } from '../../events/signed-in.ts';
import { en, type RegisterFormText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { catalogue } from '../../i18n/localize.ts';
import { registerFormStyles } from './register-form.styles.ts';

/** The strings of `<wharf-register-form>` in each locale. */
export const registerFormText = catalogue<RegisterFormText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

/**
 * Creates an account by email: email → emailed code (with a resend countdown) → password with a live
 * checklist of the policy → signed in.
 *
 * @tagname wharf-register-form
 * @event wharf-code-sent - A code was emailed (`email`, `purpose`).
 * @event wharf-registered - The account was created (`user`).
 * @event wharf-signed-in - The new user is signed in (`user`, `token`, `expiresAt`); `<wharf-provider>` picks it up.
 * @event wharf-forgot-password - The email is already registered and the user chose to reset the password (`email`).
 * @event wharf-sign-in-request - The user chose "Already registered? Sign in" (`email`).
 *
 * @csspart form - The form.
 * @csspart field - Each label, input, hint and error group.
 * @csspart label - Field labels.
 * @csspart toggle - The button that shows or hides the password.
 * @csspart input - Inputs.
 * @csspart error - The error under a field.
 * @csspart checklist - The password checklist.
 * @csspart message - The form-level message region.
 * @csspart submit - The main button.
 * @csspart resend - The resend-code button.
 * @csspart change-email - The button that goes back to change the email.
 * @csspart sign-in-link - “Already registered? Sign in”.
 * @csspart reset-link - “Reset the password”, when the email is already registered.
 */
export class WharfRegisterForm extends CodeStepsForm {
  static override styles = registerFormStyles;

  @state() private user?: User;

  protected readonly flow = new CodeFlow({ host: this, purpose: 'register' });
  protected readonly newPassword = new NewPasswordFields({ host: this, id: 'password' });

  /** The email typed so far (settable by hosts that already know it). */
  get email() {
    return this.flow.email;
  }
  set email(value: string) {
    this.flow.email = value;
    this.requestUpdate();
  }

  private get text(): RegisterFormText {
    return registerFormText(this.effectiveLocale);
  }

  protected async sendPassword() {
    const result = await this.client.auth.register({
      email: this.flow.email,
      code: this.flow.code,
      password: this.newPassword.password,
      locale: this.effectiveLocale,
    });
    this.user = result.user;
    this.step = 'done';
    this.emit(new WharfRegisteredEvent({ user: result.user }));
    this.emit(new WharfSignedInEvent(result));
  }

  #restart() {
    this.flow.code = '';
    this.flow.errors = NO_ERRORS;
    this.step = 'email';
  }

  protected renderStep() {
    const t = this.t;
    switch (this.step) {
      case 'email':
        return this.flow.renderEmailField(t, 'register');
      case 'code':
        return this.flow.renderCodeField(t, 'register', this.client, () => this.#restart());
      case 'password':
        return this.newPassword.render(t, t.common.password, this.errors);
      default:
        return nothing;
    }
  }

  override render() {
    if (this.step === 'done') {
      return html`<div part="form" class="done">${formMessage(this.text.done(this.user?.email ?? this.flow.email), 'success')}</div>`;
    }
    const taken = this.step === 'email' && this.flow.errors.codes?.email === 'email_taken';
    return this.renderForm(
      this.text,
      taken
        ? html`<button type="button" class="link" part="reset-link" @click=${() => this.emit(new WharfForgotPasswordEvent({ email: this.flow.email }))}>
            ${this.text.resetInstead}
          </button>`
        : nothing,
      html`<p class="row hint">
        ${this.text.haveAccount}
        <button type="button" class="link" part="sign-in-link" @click=${() => this.emit(new WharfSignInRequestEvent({ email: this.flow.email }))}>
          ${this.text.signIn}
        </button>
      </p>`,
    );
  }
}
