import type { Locale } from '@wharf/domain';
import { checkAppointment, fieldMessage, ORDER_POLICY, type Order } from '@wharf/domain/orders';
import type { WharfClient } from '@wharf/sdk';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { errorsFrom, NO_ERRORS, type FormErrors } from '../../internal/form-errors.ts';
import { formMessage } from '../../internal/templates.ts';
import type { Translation } from '../../i18n/translation.ts';
import type { OrderDetailText } from './i18n/en.ts';

/** Today in the user's time zone, `YYYY-MM-DD` (a pickup cannot be before it). */
export const today = (now = new Date()) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

export interface NotesValues {
  remarks: string;
  date: string;
  from: string;
  to: string;
}

/** The remarks and pickup appointment as typed, checked with the domain's `checkAppointment`; problems by path. */
export function notesProblems(values: NotesValues, locale: Locale): Record<string, string> {
  const { date, from, to } = values;
  if (!date && !from && !to) return {};
  const issues = checkAppointment({ date, from, to }, { today: today() });
  return Object.fromEntries(issues.map((issue) => [issue.path, fieldMessage(locale, issue.code, issue.params)]));
}

/** The body that saves them: the appointment cleared when all three are empty. */
export function notesBody(values: NotesValues) {
  const { date, from, to } = values;
  return { remarks: values.remarks.trim() || null, appointment: date || from || to ? { date, from, to } : null };
}

type AppointmentField = 'date' | 'from' | 'to';

/** A pickup appointment's day and time window, their ids the request's paths (`appointment.date`), errors at them. */
export function appointmentInputs(options: {
  labels: Record<AppointmentField, string>;
  values: Record<AppointmentField, string>;
  error: (path: string) => string | undefined;
  onInput: (patch: Partial<Record<AppointmentField, string>>) => void;
}) {
  const input = (id: AppointmentField) => {
    const path = `appointment.${id}`;
    const error = options.error(path);
    return html`<div class="field" part="field">
      <label for=${path} part="label">${options.labels[id]}</label>
      <input id=${path} part="input" type=${id === 'date' ? 'date' : 'time'} .value=${options.values[id]} min=${id === 'date' ? today() : ''}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby="${path}-error" @input=${(event: InputEvent) => options.onInput({ [id]: (event.target as HTMLInputElement).value })} />
      <p class="error" id="${path}-error" part="error">${error ?? ''}</p>
    </div>`;
  };
  return html`<div class="grid">${input('date')} ${input('from')} ${input('to')}</div>`;
}

export interface NotesEditorOptions {
  host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  client: () => WharfClient;
  t: () => Translation;
  saved: (order: Order) => void;
}

/** Remarks and the pickup appointment, editable in every state (seed 000 usage Q4): opened, checked, saved. */
export class NotesEditor {
  values?: NotesValues | undefined;
  attempted = false;
  busy = false;
  errors: FormErrors = NO_ERRORS;
  readonly #options: NotesEditorOptions;

  constructor(options: NotesEditorOptions) {
    this.#options = options;
  }

  open(order: Order) {
    this.values = { remarks: order.remarks ?? '', date: order.appointment?.date ?? '', from: order.appointment?.from ?? '', to: order.appointment?.to ?? '' };
    this.attempted = false;
    this.errors = NO_ERRORS;
    this.#options.host.requestUpdate();
    void this.#options.host.updateComplete.then(() => this.#options.host.renderRoot.querySelector<HTMLElement>('#remarks')?.focus());
  }

  close() {
    this.values = undefined;
    this.#options.host.requestUpdate();
  }

  #set(patch: Partial<NotesValues>) {
    if (!this.values) return;
    this.values = { ...this.values, ...patch };
    this.errors = NO_ERRORS;
    this.#options.host.requestUpdate();
  }

  async save(order: Order, locale: Locale) {
    if (!this.values || this.busy) return;
    this.attempted = true;
    if (Object.keys(notesProblems(this.values, locale)).length) {
      this.#options.host.requestUpdate();
      return;
    }
    this.busy = true;
    this.#options.host.requestUpdate();
    try {
      const saved = await this.#options.client().orders.update(order.number, notesBody(this.values));
      this.values = undefined;
      this.#options.saved(saved);
    } catch (error) {
      this.errors = errorsFrom(error, this.#options.t(), ['remarks', 'appointment.date', 'appointment.from', 'appointment.to']);
    } finally {
      this.busy = false;
      this.#options.host.requestUpdate();
    }
  }

  render(text: OrderDetailText, locale: Locale, order: Order) {
    const values = this.values;
    if (!values) return nothing;
    const problems = this.attempted ? notesProblems(values, locale) : {};
    const error = (path: string) => this.errors.fields[path] ?? problems[path];
    return html`<form part="notes" class="notes" novalidate aria-label=${text.editNotes}
      @submit=${(event: SubmitEvent) => (event.preventDefault(), void this.save(order, locale))}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.close()}>
      <div class="field">
        <label for="remarks">${text.remarks}</label>
        <textarea id="remarks" rows="3" maxlength=${ORDER_POLICY.remarksMax} aria-invalid=${error('remarks') ? 'true' : 'false'} aria-describedby="remarks-error" .value=${values.remarks}
          @input=${(event: InputEvent) => this.#set({ remarks: (event.target as HTMLTextAreaElement).value })}></textarea>
        <p class="error" id="remarks-error" part="error">${error('remarks') ?? ''}</p>
      </div>
      <fieldset>
        <legend>${text.appointment}</legend>
        ${appointmentInputs({ labels: text, values, error, onInput: (patch) => this.#set(patch) })}
        <button type="button" class="link" @click=${() => this.#set({ date: '', from: '', to: '' })}>${text.clearAppointment}</button>
      </fieldset>
      ${formMessage(this.errors.form)}
      <div class="row">
        <button type="submit" ?disabled=${this.busy}>${this.busy ? this.#options.t().common.working : text.saveNotes}</button>
        <button type="button" class="secondary" @click=${() => this.close()}>${text.cancel}</button>
      </div>
    </form>`;
  }
}
