import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { CodeFlow } from './code-flow.ts';
import { errorsFrom, hasErrors, NO_ERRORS, type FormErrors } from './form-errors.ts';
import type { NewPasswordFields } from './new-password.ts';
import { formMessage } from './templates.ts';
import { WharfElement } from './wharf-element.ts';

export type CodeStep = 'email' | 'code' | 'password' | 'done';
const STEPS: CodeStep[] = ['email', 'code', 'password'];

/** The form's own words around the steps. */
export interface CodeStepsText {
  title: string;
  sendCode: string;
  continue: string;
  submit: string;
}

/**
 * A form that asks for an email, then the code mailed to it, then a new password, one step at a time
 * (registration, password reset): what submit does on each step, where focus goes, how a refused password step
 * sends the user back to the field at fault, and the form around the step. Subclasses send the password and
 * render each step's fields.
 */
export abstract class CodeStepsForm extends WharfElement {
  @state() protected step: CodeStep = 'email';
  @state() protected busy = false;
  @state() protected errors: FormErrors = NO_ERRORS;

  protected abstract readonly flow: CodeFlow;
  protected abstract readonly newPassword: NewPasswordFields;

  /** Sends the new password with the checked code and moves to `done`; what it throws is shown at its field. */
  protected abstract sendPassword(): Promise<void>;
  protected abstract renderStep(): TemplateResult | typeof nothing;

  protected override updated(changed: PropertyValues) {
    if ((changed as Map<PropertyKey, unknown>).has('step')) this.focusFirst();
  }

  /** An invalid field wins over the step's first field; a selector list would match in document order. */
  protected focusFirst() {
    const root = this.renderRoot;
    const target = root.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root.querySelector<HTMLElement>('input, [data-focus]');
    target?.focus();
  }

  /** Where focus goes when a submit was refused. */
  protected focusRefusal() {
    this.focusFirst();
  }

  protected async submit(event: SubmitEvent) {
    event.preventDefault();
    const t = this.t;
    if (this.step === 'email') {
      if (await this.flow.sendCode(this.client, t)) this.step = 'code';
    } else if (this.step === 'code') {
      if (await this.flow.checkCode(this.client, t)) this.step = 'password';
    } else if (this.step === 'password') {
      await this.#finish();
    }
    await this.updateComplete;
    if (hasErrors(this.flow.errors) || hasErrors(this.errors)) this.focusRefusal();
  }

  async #finish() {
    const invalid = this.newPassword.validate(this.effectiveLocale, this.t);
    if (invalid) {
      this.errors = invalid;
      return;
    }
    this.busy = true;
    this.errors = NO_ERRORS;
    try {
      await this.sendPassword();
    } catch (error) {
      const errors = errorsFrom(error, this.t, [this.newPassword.id, 'code', 'email']);
      if (errors.fields.code || errors.fields.email) {
        // The code expired or the email was taken meanwhile: go back to where it can be fixed.
        this.flow.errors = errors;
        this.step = errors.fields.email ? 'email' : 'code';
      } else this.errors = errors;
    } finally {
      this.busy = false;
    }
  }

  /** The form on the current (not done) step: title, "step n of 3", its fields, the form's message, `extra`, submit, `after`. */
  protected renderForm(text: CodeStepsText, extra: unknown = nothing, after: unknown = nothing) {
    const t = this.t;
    const errors = this.step === 'password' ? this.errors : this.flow.errors;
    const busy = this.busy || this.flow.busy;
    const label = { email: text.sendCode, code: text.continue, password: text.submit, done: text.submit }[this.step];
    return html`<form part="form" novalidate aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'} @submit=${this.submit}>
      <h2 id="title">${text.title}</h2>
      <p class="step">${t.common.stepOf(STEPS.indexOf(this.step) + 1, STEPS.length)}</p>
      ${this.renderStep()}
      ${formMessage(errors.form)}
      ${extra}
      <button type="submit" part="submit" ?disabled=${busy}>${busy ? t.common.working : label}</button>
      ${after}
    </form>`;
  }
}
