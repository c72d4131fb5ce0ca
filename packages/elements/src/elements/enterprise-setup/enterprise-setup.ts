import type { Enterprise, JoinResult } from '@wharf/domain';
import { fieldMessage, isAccountNumber, SECURITY_PIN_POLICY } from '@wharf/domain/enterprises';
import { CURRENCY_CODES, isEmail } from '@wharf/domain/common';
import { CODE_POLICY, isCodeShaped } from '@wharf/domain/auth';
import { isLockedError, isRateLimitedError } from '@wharf/sdk';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { CountdownController } from '../../internal/countdown.ts';
import { clientErrors, errorsFrom, hasErrors, NO_ERRORS, type FormErrors } from '../../internal/form-errors.ts';
import { field, formMessage } from '../../internal/templates.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { catalogue, formatDateTime } from '../../i18n/localize.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { WharfEnterpriseCreatedEvent } from '../../events/enterprise-created.ts';
import { WharfEnterpriseJoinedEvent } from '../../events/enterprise-joined.ts';
import { en, type SetupText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { enterpriseSetupStyles } from './enterprise-setup.styles.ts';

/** The strings of `<wharf-enterprise-setup>` in each locale. */
export const setupText = catalogue<SetupText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

type Step = 'choose' | 'create' | 'account' | 'code' | 'done';
const CREATE_FIELDS = ['name', 'registrationNumber', 'tradingCurrency', 'contact.name', 'contact.phone', 'contact.email', 'contact.address'] as const;
type CreateField = (typeof CREATE_FIELDS)[number];

/**
 * For a signed-in user: create a new enterprise (PRODUCT §1.4, seed 002), or join the company's existing
 * customer account (seed 000): account number → a code to the billing email, shown masked → code, and the security
 * PIN when the admin set one → admin if first, otherwise waiting for an admin's approval inside the portal.
 *
 * @tagname wharf-enterprise-setup
 * @event wharf-enterprise-created - A new enterprise (`enterprise`); `<wharf-provider>` refreshes the session.
 * @event wharf-enterprise-joined - Joined (`enterpriseId`, `role`: `admin` or `pending`).
 *
 * @csspart form - Each form.
 * @csspart choice - The two choices at the start.
 * @csspart field - Each label, input and error group.
 * @csspart label - Field labels.
 * @csspart input - Inputs.
 * @csspart error - The error under a field.
 * @csspart message - Form messages.
 * @csspart submit - Submit buttons.
 * @csspart resend - The resend-code button.
 */
export class WharfEnterpriseSetup extends WharfElement {
  static override styles = [formStyles, enterpriseSetupStyles];

  @state() private step: Step = 'choose';
  @state() private values: Record<CreateField, string> = Object.fromEntries(CREATE_FIELDS.map((name) => [name, ''])) as Record<CreateField, string>;
  @state() private accountNumber = '';
  @state() private code = '';
  @state() private pin = '';
  @state() private masked = '';
  @state() private pinRequired = false;
  @state() private errors: FormErrors = NO_ERRORS;
  @state() private busy = false;
  @state() private result?: { kind: 'created'; enterprise: Enterprise } | { kind: 'joined'; join: JoinResult };

  private resend = new CountdownController({ host: this });

  private get text(): SetupText {
    return setupText(this.effectiveLocale);
  }

  /** Back to the start (e.g. to set up another enterprise). */
  reset() {
    this.step = 'choose';
    this.errors = NO_ERRORS;
    this.result = undefined;
    this.code = '';
    this.pin = '';
  }

  #go(step: Step) {
    this.step = step;
    this.errors = NO_ERRORS;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('input, select, button[data-focus]')?.focus());
  }

  async #focusInvalid() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  async #run(work: () => Promise<void>, fields: readonly string[]) {
    this.busy = true;
    try {
      await work();
    } catch (error) {
      this.errors = errorsFrom(error, this.t, fields);
      if (isLockedError(error) && error.lockedUntil && this.errors.fields.securityPin !== undefined) {
        this.errors = { ...this.errors, fields: { ...this.errors.fields, securityPin: this.text.pinBlocked(formatDateTime(this.effectiveLocale, error.lockedUntil)) } };
      }
      if (this.errors.codes?.securityPin === 'pin_required') this.pinRequired = true;
      if (isRateLimitedError(error) && error.retryAfter) this.resend.start(error.retryAfter);
      await this.#focusInvalid();
    } finally {
      this.busy = false;
    }
  }

  async #create(event: SubmitEvent) {
    event.preventDefault();
    const v = this.values;
    const problems: Record<string, string | undefined> = {};
    for (const name of CREATE_FIELDS) if (!v[name].trim()) problems[name] = 'required';
    if (v['contact.email'].trim() && !isEmail(v['contact.email'])) problems['contact.email'] = 'invalid_email';
    this.errors = clientErrors(this.effectiveLocale, problems, fieldMessage);
    if (hasErrors(this.errors)) return this.#focusInvalid();
    await this.#run(async () => {
      const enterprise = await this.client.enterprises.create({
        name: v.name,
        registrationNumber: v.registrationNumber,
        tradingCurrency: v.tradingCurrency as never,
        contact: { name: v['contact.name'], phone: v['contact.phone'], email: v['contact.email'], address: v['contact.address'] },
      });
      this.result = { kind: 'created', enterprise };
      this.#go('done');
      this.emit(new WharfEnterpriseCreatedEvent({ enterprise }));
    }, CREATE_FIELDS);
  }

  async #requestCode(event?: SubmitEvent) {
    event?.preventDefault();
    const text = this.text;
    if (isEmail(this.accountNumber)) {
      this.errors = { fields: { accountNumber: text.emailNotAccount } };
      return this.#focusInvalid();
    }
    this.errors = clientErrors(this.effectiveLocale, { accountNumber: !this.accountNumber.trim() ? 'required' : isAccountNumber(this.accountNumber) ? undefined : 'account_number_format' }, fieldMessage);
    if (hasErrors(this.errors)) return this.#focusInvalid();
    await this.#run(async () => {
      const sent = await this.client.enterprises.requestJoin({ accountNumber: this.accountNumber });
      this.masked = sent.billingEmailMasked;
      this.pinRequired = sent.securityPinRequired;
      this.resend.start(Math.max(0, Math.ceil((Date.parse(sent.resendAt) - Date.now()) / 1000)));
      if (this.step !== 'code') this.#go('code');
    }, ['accountNumber']);
  }

  async #join(event: SubmitEvent) {
    event.preventDefault();
    this.errors = clientErrors(
      this.effectiveLocale,
      {
        code: isCodeShaped(this.code.trim()) ? undefined : 'code_format',
        securityPin: this.pinRequired && !new RegExp(`^\\d{${SECURITY_PIN_POLICY.length}}$`).test(this.pin.trim()) ? 'pin_format' : undefined,
      },
      fieldMessage,
    );
    if (hasErrors(this.errors)) return this.#focusInvalid();
    await this.#run(async () => {
      const join = await this.client.enterprises.verifyJoin({
        accountNumber: this.accountNumber,
        code: this.code.trim(),
        ...(this.pinRequired ? { securityPin: this.pin.trim() } : {}),
      });
      this.result = { kind: 'joined', join };
      this.#go('done');
      this.emit(new WharfEnterpriseJoinedEvent({ enterpriseId: join.enterpriseId, role: join.role }));
    }, ['accountNumber', 'code', 'securityPin']);
  }

  override render() {
    const text = this.text;
    switch (this.step) {
      case 'choose':
        return html`<div class="step">
          <h2>${text.title}</h2>
          <p>${text.intro}</p>
          <div class="choices" part="choice">
            <button type="button" data-focus @click=${() => this.#go('create')}><strong>${text.createChoice}</strong><span>${text.createHint}</span></button>
            <button type="button" @click=${() => this.#go('account')}><strong>${text.joinChoice}</strong><span>${text.joinHint}</span></button>
          </div>
        </div>`;
      case 'create':
        return this.#createForm(text);
      case 'account':
      case 'code':
        return this.#joinForm(text);
      case 'done':
        return this.#done(text);
    }
  }

  #input(name: CreateField, label: string, autocomplete: string, type: 'text' | 'tel' | 'email' = 'text', hint?: string) {
    return field({
      id: name,
      label,
      value: this.values[name],
      type,
      autocomplete,
      hint,
      marked: true,
      error: this.errors.fields[name],
      onInput: (value) => (this.values = { ...this.values, [name]: value }),
    });
  }

  #createForm(text: SetupText) {
    const currencyError = this.errors.fields.tradingCurrency;
    return html`<form part="form" novalidate @submit=${this.#create}>
      <h2>${text.createChoice}</h2>
      <p class="hint">${text.required}</p>
      ${this.#input('name', text.name, 'organization')}
      ${this.#input('registrationNumber', text.registrationNumber, 'off', 'text', text.registrationHint)}
      <div class="field" part="field">
        <label for="tradingCurrency" part="label">${text.tradingCurrency}<span aria-hidden="true"> *</span></label>
        <select
          id="tradingCurrency"
          required
          aria-required="true"
          aria-invalid=${currencyError ? 'true' : 'false'}
          aria-describedby="tradingCurrency-hint tradingCurrency-error"
          @change=${(event: Event) => (this.values = { ...this.values, tradingCurrency: (event.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${!this.values.tradingCurrency}>${text.chooseCurrency}</option>
          ${CURRENCY_CODES.map((code) => html`<option value=${code} ?selected=${this.values.tradingCurrency === code}>${code}</option>`)}
        </select>
        <p class="hint" id="tradingCurrency-hint">${text.currencyHint}</p>
        <p class="error" id="tradingCurrency-error" part="error">${currencyError ?? ''}</p>
      </div>
      <fieldset>
        <legend>${text.contactTitle}</legend>
        ${this.#input('contact.name', text.contactName, 'name')} ${this.#input('contact.phone', text.phone, 'tel', 'tel')}
        ${this.#input('contact.email', text.email, 'email', 'email')} ${this.#input('contact.address', text.address, 'street-address')}
      </fieldset>
      ${formMessage(this.errors.form)}
      <div class="row">
        <button type="submit" part="submit" ?disabled=${this.busy}>${this.busy ? this.t.common.working : text.create}</button>
        <button type="button" class="secondary" @click=${() => this.#go('choose')}>${text.back}</button>
      </div>
    </form>`;
  }

  #joinForm(text: SetupText) {
    const codeStep = this.step === 'code';
    return html`<form part="form" novalidate @submit=${codeStep ? this.#join : this.#requestCode}>
      <h2>${text.joinChoice}</h2>
      ${field({
        id: 'accountNumber',
        label: text.accountNumber,
        value: this.accountNumber,
        autocomplete: 'off',
        hint: text.accountNumberHint,
        error: this.errors.fields.accountNumber,
        onInput: (value) => {
          this.accountNumber = value;
          if (codeStep) this.step = 'account';
        },
      })}
      ${codeStep
        ? html`<p role="status" class="message info">${text.codeSentTo(this.masked)}</p>
            ${field({
              id: 'code',
              label: text.code,
              value: this.code,
              autocomplete: 'one-time-code',
              inputmode: 'numeric',
              maxlength: CODE_POLICY.length,
              error: this.errors.fields.code,
              onInput: (value) => (this.code = value),
            })}
            ${this.pinRequired
              ? field({
                  id: 'securityPin',
                  label: text.pin,
                  value: this.pin,
                  type: 'password',
                  autocomplete: 'off',
                  inputmode: 'numeric',
                  maxlength: SECURITY_PIN_POLICY.length,
                  hint: text.pinHint,
                  error: this.errors.fields.securityPin,
                  onInput: (value) => (this.pin = value),
                })
              : nothing}
            <button type="button" class="link" part="resend" ?disabled=${this.busy || this.resend.remaining > 0} @click=${() => this.#requestCode()}>
              ${this.resend.remaining > 0 ? text.resendIn(this.resend.remaining) : text.resend}
            </button>`
        : nothing}
      ${formMessage(this.errors.form)}
      <div class="row">
        <button type="submit" part="submit" ?disabled=${this.busy}>${this.busy ? this.t.common.working : codeStep ? text.join : text.sendCode}</button>
        <button type="button" class="secondary" @click=${() => this.#go('choose')}>${text.back}</button>
      </div>
    </form>`;
  }

  #done(text: SetupText) {
    const result = this.result;
    if (!result) return nothing;
    if (result.kind === 'created') {
      return html`<div class="step" role="status">
        <h2>${text.createdTitle}</h2>
        <p>${text.created(result.enterprise.name, result.enterprise.accountNumber)}</p>
      </div>`;
    }
    const { join } = result;
    if (join.role === 'admin') {
      return html`<div class="step" role="status"><h2>${text.adminTitle}</h2><p>${text.admin(join.enterpriseName)}</p></div>`;
    }
    return html`<div class="step" role="status">
      <h2>${text.pendingTitle}</h2>
      <p>${text.pending(join.enterpriseName)}</p>
      ${join.approvers.length ? html`<p>${text.askApprovers(join.approvers.join(', '))}</p>` : nothing}
    </div>`;
  }
}
