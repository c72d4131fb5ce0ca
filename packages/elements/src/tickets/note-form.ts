import type { Locale } from '@wharf/domain';
import { fieldMessage, TICKET_POLICY } from '@wharf/domain/tickets';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import '../elements/attachment-picker/define.ts';
import { attachmentPickerText, type WharfAttachmentPicker } from '../elements/attachment-picker/attachment-picker.ts';
import type { Translation } from '../i18n/translation.ts';
import { errorsFrom, NO_ERRORS, type FormErrors } from '../internal/form-errors.ts';
import { formMessage, textareaField } from '../internal/templates.ts';

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** A note with optional files: the customer's reply, the reopening reason (and, in the desk, an agent's note). */
export class NoteForm implements ReactiveController {
  note = '';
  errors: FormErrors = NO_ERRORS;
  busy = false;

  constructor(
    private readonly host: Host,
    readonly kind: string,
  ) {
    host.addController(this);
  }

  hostConnected() {}

  reset() {
    this.note = '';
    this.errors = NO_ERRORS;
    this.host.requestUpdate();
  }

  get #picker() {
    return this.host.renderRoot.querySelector<WharfAttachmentPicker>(`form[data-form=${this.kind}] wharf-attachment-picker`);
  }

  /** Sends the note through `send`; resolves with its answer, or undefined when refused (shown at the field). */
  async submit<T>(locale: Locale, t: Translation, send: (note: string, attachmentIds: string[]) => Promise<T>): Promise<T | undefined> {
    const picker = this.#picker;
    if (!this.note.trim() || picker?.uploading) {
      this.errors = { fields: this.note.trim() ? {} : { note: fieldMessage(locale, 'required') }, form: picker?.uploading ? attachmentPickerText(locale).waitForUploads : undefined };
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`#${this.kind}-note`)?.focus());
      return undefined;
    }
    this.busy = true;
    this.errors = NO_ERRORS;
    this.host.requestUpdate();
    try {
      const answer = await send(this.note.trim(), picker?.attachments.map((attachment) => attachment.id) ?? []);
      this.note = '';
      picker?.clear();
      return answer;
    } catch (error) {
      this.errors = errorsFrom(error, t, ['note']);
      return undefined;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  render(options: { heading: string; label: string; submit: string; hint?: string; withFiles: boolean; onSubmit: (event: Event) => void }) {
    const id = `${this.kind}-note`;
    return html`<form part="form" data-form=${this.kind} novalidate @submit=${options.onSubmit} aria-labelledby=${`${this.kind}-heading`}>
      <h3 id=${`${this.kind}-heading`}>${options.heading}</h3>
      ${textareaField({
        id,
        label: options.label,
        value: this.note,
        hint: options.hint,
        error: this.errors.fields.note,
        maxlength: TICKET_POLICY.noteMax,
        rows: 3,
        onInput: (value) => {
          this.note = value;
          this.host.requestUpdate();
        },
      })}
      ${options.withFiles ? html`<wharf-attachment-picker></wharf-attachment-picker>` : nothing}
      ${formMessage(this.errors.form)}
      <div class="row"><button type="submit" ?disabled=${this.busy}>${options.submit}</button></div>
    </form>`;
  }
}
