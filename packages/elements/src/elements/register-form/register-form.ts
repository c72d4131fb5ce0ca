import type { User } from '@wharf/domain';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { CodeFlow } from '../../internal/code-flow.ts';
import { errorsFrom, hasErrors, NO_ERRORS, type FormErrors } from '../../internal/form-errors.ts';
import { NewPasswordFields } from '../../internal/new-password.ts';
import { formMessage } from '../../internal/templates.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
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

type Step = 'email' | 'code' | 'password' | 'done';
const STEPS: Step[] = ['email', 'code', 'password'];

/**
 * @tagname wharf-register-form
 * @summary Creates an account by email: email → emailed code (with a resend countdown) → password with a live
 * checklist of the policy → signed in.
 *
 * @event wharf-code-sent - A code was emailed (`email`, `purpose`).
 * @event wharf-registered - The account was created (`user`).
 * @event wharf-signed-in - The new user is signed in (`user`, `token`, `expiresAt`); `<wharf-provider>` picks it up.
 * @event wharf-forgot-password - The email is already registered and the user chose to reset the password (`email`).
 * @event wharf-sign-in-request - The user chose "Already registered? Sign in" (`email`).
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
 *
 * @cssproperty --wharf-color-primary - Buttons and links.
 * @cssproperty --wharf-color-danger - Errors.
 * @cssproperty --wharf-color-success - Met rules and success messages.
 * @cssproperty --wharf-color-text - Text.
 * @cssproperty --wharf-color-muted - Hints.
 * @cssproperty --wharf-color-border - Input and form borders.
 * @cssproperty --wharf-color-surface - Backgrounds.
 * @cssproperty --wharf-radius - Corner radius.
 * @cssproperty --wharf-font-family - Font.
 */
export class WharfRegisterForm extends WharfElement {
  static override styles = registerFormStyles;

  @state() private step: Step = 'email';
  @state() private busy = false;
  @state() private errors: FormErrors = NO_ERRORS;
  @state() private user?: User;

  private flow = new CodeFlow({ host: this, purpose: 'register' });
  private newPassword = new NewPasswordFields({ host: this, id: 'password' });

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

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('step' as keyof WharfRegisterForm)) this.#focusFirst();
  }

  #focusFirst() {
    // An invalid field wins over the step's first field; a selector list would match in document order.
    const root = this.renderRoot;
    const target =
      root.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root.querySelector<HTMLElement>('input, [data-focus]');
    target?.focus();
  }

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    const t = this.t;
    if (this.step === 'email') {
      if (await this.flow.sendCode(this.client, t)) this.step = 'code';
    } else if (this.step === 'code') {
      if (await this.flow.checkCode(this.client, t)) this.step = 'password';
    } else if (this.step === 'password') {
      await this.#register();
    }
    await this.updateComplete;
    if (hasErrors(this.flow.errors) || hasErrors(this.errors)) this.#focusFirst();
  }

  async #register() {
    const invalid = this.newPassword.validate(this.effectiveLocale, this.t);
    if (invalid) {
      this.errors = invalid;
      return;
    }
    this.busy = true;
    this.errors = NO_ERRORS;
    try {
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
    } catch (error) {
      const errors = errorsFrom(error, this.t, ['password', 'code', 'email']);
      if (errors.fields.code || errors.fields.email) {
        // The code expired or the email was taken meanwhile: go back to where it can be fixed.
        this.flow.errors = errors;
        this.step = errors.fields.email ? 'email' : 'code';
      } else this.errors = errors;
    } finally {
      this.busy = false;
    }
  }

  #restart() {
    this.flow.code = '';
    this.flow.errors = NO_ERRORS;
    this.step = 'email';
  }

  #renderStep() {
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
    const t = this.t;
    if (this.step === 'done') {
      return html`<div part="form" class="done">${formMessage(this.text.done(this.user?.email ?? this.flow.email), 'success')}</div>`;
    }
    const errors = this.step === 'password' ? this.errors : this.flow.errors;
    const busy = this.busy || this.flow.busy;
    const label = { email: this.text.sendCode, code: this.text.continue, password: this.text.submit }[this.step];
    const taken = this.step === 'email' && this.flow.errors.codes?.email === 'email_taken';
    return html`<form part="form" novalidate aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'} @submit=${this.#submit}>
      <h2 id="title">${this.text.title}</h2>
      <p class="step">${t.common.stepOf(STEPS.indexOf(this.step) + 1, STEPS.length)}</p>
      ${this.#renderStep()}
      ${formMessage(errors.form)}
      ${taken
        ? html`<button type="button" class="link" part="reset-link" @click=${() => this.emit(new WharfForgotPasswordEvent({ email: this.flow.email }))}>
            ${this.text.resetInstead}
          </button>`
        : nothing}
      <button type="submit" part="submit" ?disabled=${busy}>${busy ? t.common.working : label}</button>
      <p class="row hint">
        ${this.text.haveAccount}
        <button type="button" class="link" part="sign-in-link" @click=${() => this.emit(new WharfSignInRequestEvent({ email: this.flow.email }))}>
          ${this.text.signIn}
        </button>
      </p>
    </form>`;
  }
}
