import type { Contact, Enterprise, LogEntry } from '@wharf/domain';
import { enterpriseMessagesFor, fieldMessage } from '@wharf/domain/enterprises';
import { CURRENCY_CODES, isEmail } from '@wharf/domain/common';
import { isConflictError, isForbiddenError } from '@wharf/sdk';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { SessionTask } from '../../controllers/session-task.ts';
import { clientErrors, errorsFrom, hasErrors, NO_ERRORS, type FormErrors } from '../../internal/form-errors.ts';
import { field, formMessage } from '../../internal/templates.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { catalogue, formatDateTime } from '../../i18n/localize.ts';
import { factsStyles } from '../../styles/facts.styles.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { panelStyles } from '../../styles/panel.styles.ts';
import { WharfEnterpriseUpdatedEvent } from '../../events/enterprise-updated.ts';
import { en, type ProfileText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { enterpriseProfileStyles } from './enterprise-profile.styles.ts';

/** The strings of `<wharf-enterprise-profile>` in each locale. */
export const profileText = catalogue<ProfileText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

const CONTACT_FIELDS = ['name', 'phone', 'email', 'address'] as const;
type ContactField = (typeof CONTACT_FIELDS)[number];
const emptyContact = (): Record<ContactField, string> => ({ name: '', phone: '', email: '', address: '' });

/**
 * The enterprise's settings (seed 002): basic information read-only, contact information editable by
 * admins, the trading currency until the first fee, and the change log — who changed what, and when.
 *
 * @tagname wharf-enterprise-profile
 * @event wharf-enterprise-updated - Contact information or the currency was saved (`enterprise`).
 *
 * @csspart section - Each section (basic information, contact, log).
 * @csspart form - The contact form.
 * @csspart field - Each label, input and error group.
 * @csspart label - Field labels.
 * @csspart input - Inputs.
 * @csspart error - The error under a field.
 * @csspart message - Form messages.
 * @csspart submit - Save buttons.
 * @csspart log - The change log list.
 */
export class WharfEnterpriseProfile extends WharfElement {
  static override styles = [formStyles, panelStyles, factsStyles, enterpriseProfileStyles];

  @state() private enterprise?: Enterprise;
  @state() private loadError?: string;
  @state() private contact = emptyContact();
  @state() private currency = '';
  @state() private errors: FormErrors = NO_ERRORS;
  @state() private saved = false;
  @state() private stale = false;
  @state() private busy = false;
  @state() private log: LogEntry[] = [];
  @state() private nextCursor: string | null = null;

  #data = new SessionTask(this, {
    client: () => this.client,
    // Another user or enterprise loads again; a change of role does not (the page shows the same enterprise).
    sessionKey: (session) => `${session.user.id}:${session.enterprise?.enterpriseId ?? ''}`,
    load: (client, signal) =>
      // Both at once. The log is refused (403) to someone still waiting for approval, who is not shown it.
      Promise.all([
        client.enterprises.get('current', { signal }),
        client.enterprises.log('current', {}, { signal }).catch((error: unknown) => {
          if (isForbiddenError(error)) return undefined;
          throw error;
        }),
      ]),
    onComplete: ([enterprise, log]) => {
      this.loadError = undefined;
      this.#show(enterprise);
      this.log = log?.data ?? [];
      this.nextCursor = log?.nextCursor ?? null;
    },
    onError: (error) => {
      this.enterprise = undefined;
      this.loadError = errorsFrom(error, this.t, []).form;
    },
  });

  private get text(): ProfileText {
    return profileText(this.effectiveLocale);
  }

  private get isAdmin() {
    return this.enterprise?.role === 'admin';
  }

  /** Loads the enterprise and the newest page of its log. */
  load(): Promise<void> {
    return this.#data.run();
  }

  #show(enterprise: Enterprise) {
    this.enterprise = enterprise;
    this.contact = { ...emptyContact(), ...(enterprise.contact ?? {}) } as Record<ContactField, string>;
    this.currency = enterprise.tradingCurrency ?? '';
    this.stale = false;
  }

  async #loadMore() {
    if (!this.nextCursor) return;
    const page = await this.client.enterprises.log('current', { cursor: this.nextCursor });
    this.log = [...this.log, ...page.data];
    this.nextCursor = page.nextCursor;
  }

  async #save(event: SubmitEvent, body: { contact?: Partial<Contact>; tradingCurrency?: string }) {
    event.preventDefault();
    if (!this.enterprise) return;
    this.saved = false;
    if (body.contact) {
      const problems: Record<string, string | undefined> = {};
      for (const name of CONTACT_FIELDS) if (!this.contact[name].trim()) problems[`contact.${name}`] = 'required';
      if (this.contact.email.trim() && !isEmail(this.contact.email)) problems['contact.email'] = 'invalid_email';
      this.errors = clientErrors(this.effectiveLocale, problems, fieldMessage);
      if (hasErrors(this.errors)) return this.#focusInvalid();
    }
    this.busy = true;
    try {
      const updated = await this.client.enterprises.update('current', body as never, { version: this.enterprise.version });
      this.#show(updated);
      this.errors = NO_ERRORS;
      this.saved = true;
      this.emit(new WharfEnterpriseUpdatedEvent({ enterprise: updated }));
      void this.client.enterprises.log('current').then((log) => {
        this.log = log.data;
        this.nextCursor = log.nextCursor;
      });
    } catch (error) {
      if (isConflictError(error) && error.fieldError('version')) this.stale = true;
      this.errors = errorsFrom(error, this.t, [...CONTACT_FIELDS.map((name) => `contact.${name}`), 'tradingCurrency']);
      this.#focusInvalid();
    } finally {
      this.busy = false;
    }
  }

  async #focusInvalid() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  #contactChanges(): Partial<Contact> {
    const before = this.enterprise?.contact ?? {};
    const changed: Partial<Record<ContactField, string>> = {};
    for (const name of CONTACT_FIELDS) if (this.contact[name] !== (before[name] ?? '')) changed[name] = this.contact[name];
    return changed as Partial<Contact>;
  }

  override render() {
    const text = this.text;
    if (this.loadError) return html`<section part="section">${formMessage(this.loadError)}</section>`;
    const enterprise = this.enterprise;
    if (!enterprise) return html`<p role="status">${text.loading}</p>`;
    if (enterprise.role === 'pending') return this.#waiting(enterprise, text);
    return html`
      <h2>${enterprise.name}</h2>
      ${this.#basic(enterprise, text)} ${this.#contactSection(enterprise, text)} ${this.#logSection(text)}
    `;
  }

  /** Someone whose request to join waits: what they wait for and whom to ask, nothing of the enterprise's details. */
  #waiting(enterprise: Enterprise, text: ProfileText) {
    const approvers = enterprise.approvers ?? [];
    return html`<h2>${enterprise.name}</h2>
      <div role="status" part="message" class="message">
        <p>${enterpriseMessagesFor(this.effectiveLocale).detail.pendingApproval({ name: enterprise.name })}</p>
        ${approvers.length ? html`<p>${text.askApprovers(approvers.join(', '))}</p>` : nothing}
      </div>`;
  }

  #basic(enterprise: Enterprise, text: ProfileText) {
    const row = (label: string, value: string | null) => html`<dt>${label}</dt><dd>${value || text.notSet}</dd>`;
    const canChangeCurrency = this.isAdmin && !enterprise.currencyLocked;
    return html`<section part="section" aria-labelledby="basic-title">
      <h3 id="basic-title">${text.basic}</h3>
      <p class="hint">${text.basicNote}</p>
      <dl class="facts">
        ${row(text.name, enterprise.name)} ${row(text.registrationNumber, enterprise.registrationNumber)}
        ${row(text.accountNumber, enterprise.accountNumber)} ${row(text.billingEmail, enterprise.billingEmail)}
        ${canChangeCurrency ? nothing : row(text.tradingCurrency, enterprise.tradingCurrency)}
      </dl>
      ${canChangeCurrency
        ? html`<form class="row" @submit=${(event: SubmitEvent) => this.#save(event, { tradingCurrency: this.currency })}>
            <label for="tradingCurrency">${text.tradingCurrency}</label>
            <select
              id="tradingCurrency"
              aria-describedby="currency-note tradingCurrency-error"
              aria-invalid=${this.errors.fields.tradingCurrency ? 'true' : 'false'}
              @change=${(event: Event) => (this.currency = (event.target as HTMLSelectElement).value)}
            >
              ${enterprise.tradingCurrency ? nothing : html`<option value="" ?selected=${!this.currency}>${text.notSet}</option>`}
              ${CURRENCY_CODES.map((code) => html`<option value=${code} ?selected=${code === this.currency}>${code}</option>`)}
            </select>
            <button type="submit" part="submit" ?disabled=${this.busy || !this.currency || this.currency === enterprise.tradingCurrency}>
              ${text.saveCurrency}
            </button>
            <p class="hint" id="currency-note">${text.currencyNote}</p>
            <p class="error" id="tradingCurrency-error" part="error">${this.errors.fields.tradingCurrency ?? ''}</p>
          </form>`
        : enterprise.currencyLocked
          ? html`<p class="hint">${text.currencyLocked}</p>`
          : nothing}
    </section>`;
  }

  #contactSection(enterprise: Enterprise, text: ProfileText) {
    const labels: Record<ContactField, [string, string, 'text' | 'tel' | 'email']> = {
      name: [text.contactName, 'name', 'text'],
      phone: [text.phone, 'tel', 'tel'],
      email: [text.email, 'email', 'email'],
      address: [text.address, 'street-address', 'text'],
    };
    if (!this.isAdmin) {
      return html`<section part="section" aria-labelledby="contact-title">
        <h3 id="contact-title">${text.contact}</h3>
        <dl class="facts">${CONTACT_FIELDS.map((name) => html`<dt>${labels[name][0]}</dt><dd>${enterprise.contact?.[name] || text.notSet}</dd>`)}</dl>
        <p class="hint">${text.readOnlyForMembers}</p>
      </section>`;
    }
    const changes = this.#contactChanges();
    return html`<section part="section" aria-labelledby="contact-title">
      <h3 id="contact-title">${text.contact}</h3>
      <form part="form" novalidate @submit=${(event: SubmitEvent) => this.#save(event, { contact: changes })}>
        ${CONTACT_FIELDS.map((name) =>
          field({
            id: `contact.${name}`,
            label: labels[name][0],
            value: this.contact[name],
            type: labels[name][2],
            autocomplete: labels[name][1],
            error: this.errors.fields[`contact.${name}`],
            onInput: (value) => {
              this.contact = { ...this.contact, [name]: value };
              this.saved = false;
            },
          }),
        )}
        ${this.stale
          ? html`<div role="alert" part="message" class="message error-message">
              ${text.stale} <button type="button" class="link" @click=${() => this.load()}>${text.reload}</button>
            </div>`
          : this.saved
            ? formMessage(text.saved, 'success')
            : formMessage(this.errors.form)}
        <button type="submit" part="submit" ?disabled=${this.busy || Object.keys(changes).length === 0}>
          ${this.busy ? this.t.common.working : text.save}
        </button>
      </form>
    </section>`;
  }

  #logSection(text: ProfileText) {
    const locale = this.effectiveLocale;
    const who = (entry: LogEntry) => entry.actor.email ?? (entry.actor.kind === 'operator' ? text.operator : text.system);
    const value = (v: unknown) => (v === null || v === undefined || v === '' ? text.empty : Array.isArray(v) ? v.join(', ') || text.empty : String(v));
    const changes = (entry: LogEntry) => {
      if (entry.action !== 'updated' || !entry.data) return nothing;
      return html`<ul>
        ${Object.entries(entry.data).map(([name, change]) => {
          const { from, to } = (change ?? {}) as { from?: unknown; to?: unknown };
          return html`<li>${text.change(this.#fieldLabel(name), value(from), value(to))}</li>`;
        })}
      </ul>`;
    };
    return html`<section part="section" aria-labelledby="log-title">
      <h3 id="log-title">${text.log}</h3>
      ${this.log.length === 0
        ? html`<p class="hint">${text.logEmpty}</p>`
        : html`<ol part="log">
            ${this.log.map(
              (entry) => html`<li>
                <span><strong>${who(entry)}</strong> ${text.actions[entry.action] ?? entry.action}</span>
                <span class="meta"><time datetime=${entry.at}>${formatDateTime(locale, new Date(entry.at))}</time></span>
                ${changes(entry)}
              </li>`,
            )}
          </ol>`}
      ${this.nextCursor ? html`<button type="button" class="secondary" @click=${() => this.#loadMore()}>${text.loadMore}</button>` : nothing}
    </section>`;
  }

  #fieldLabel(name: string): string {
    const text = this.text;
    const labels: Record<string, string> = {
      'contact.name': text.contactName,
      'contact.phone': text.phone,
      'contact.email': text.email,
      'contact.address': text.address,
      tradingCurrency: text.tradingCurrency,
    };
    return labels[name] ?? name;
  }
}
