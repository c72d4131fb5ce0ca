import type { Locale, Ticket, TicketOptions } from '@wharf/domain';
import { fieldMessage, TICKET_POLICY } from '@wharf/domain/tickets';
import type { WharfClient } from '@wharf/sdk';
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import '../attachment-picker/define.ts';
import type { WharfAttachmentPicker } from '../attachment-picker/attachment-picker.ts';
import { errorsFrom, NO_ERRORS, type FormErrors } from '../../internal/form-errors.ts';
import { field, formMessage, selectField, textareaField } from '../../internal/templates.ts';
import type { TicketText } from '../../tickets/text.ts';
import type { Translation } from '../../i18n/translation.ts';
import type { TicketWidgetText } from './i18n/en.ts';
import { attachmentPickerText } from '../attachment-picker/attachment-picker.ts';

const FIELDS = ['contactName', 'contactPhone', 'product', 'category', 'title', 'description'] as const;
type Field = (typeof FIELDS)[number];
const ASK_FIELDS: readonly string[] = [...FIELDS, 'attachmentIds'];

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The ask form of `<wharf-ticket-widget>` (PRODUCT §2.1): contact, product (only those subscribed), category,
 * title, description and attachments. Required fields are checked in the browser with the server's own
 * messages; everything else the server says is shown at its field.
 */
export class AskForm implements ReactiveController {
  values: Record<Field, string> = { contactName: '', contactPhone: '', product: '', category: '', title: '', description: '' };
  errors: FormErrors = NO_ERRORS;
  busy = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected() {}

  /** Fills the contact name once (the signed-in user's), without overwriting what was typed. */
  prefill(name: string | null | undefined) {
    if (name && !this.values.contactName) this.values = { ...this.values, contactName: name };
  }

  #set(name: Field, value: string) {
    this.values = { ...this.values, [name]: value };
    if (this.errors.fields[name]) {
      const { [name]: _, ...rest } = this.errors.fields;
      this.errors = { ...this.errors, fields: rest };
    }
    this.host.requestUpdate();
  }

  get #picker() {
    return this.host.renderRoot.querySelector<WharfAttachmentPicker>('wharf-attachment-picker');
  }

  /** Sends the form; resolves with the created ticket, or undefined when refused (errors shown at the fields). */
  async submit(client: WharfClient, locale: Locale, t: Translation, text: TicketWidgetText): Promise<Ticket | undefined> {
    const missing = Object.fromEntries(FIELDS.flatMap((name) => (this.values[name].trim() ? [] : [[name, fieldMessage(locale, 'required')]])));
    const picker = this.#picker;
    if (Object.keys(missing).length || picker?.uploading) {
      this.errors = { fields: missing, form: picker?.uploading ? attachmentPickerText(locale).waitForUploads : undefined };
      this.host.requestUpdate();
      this.#focusFirstError();
      return undefined;
    }
    this.busy = true;
    this.errors = NO_ERRORS;
    this.host.requestUpdate();
    try {
      const ticket = await client.tickets.create({
        ...this.values,
        category: this.values.category as Ticket['category'],
        attachmentIds: picker?.attachments.map((attachment) => attachment.id) ?? [],
      });
      this.values = { ...this.values, product: '', category: '', title: '', description: '' };
      picker?.clear();
      return ticket;
    } catch (error) {
      this.errors = errorsFrom(error, t, ASK_FIELDS);
      // `attachmentIds.2` and the like: said for the form, next to the files.
      this.#focusFirstError();
      return undefined;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  #focusFirstError() {
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>('form [aria-invalid=true], form [role=alert] p')?.focus?.(),
    );
  }

  render(options: { locale: Locale; text: TicketText; widget: TicketWidgetText; t: Translation; ticketOptions?: TicketOptions; onSubmit: (event: Event) => void }) {
    const { text, widget, ticketOptions } = options;
    const errors = this.errors.fields;
    const products = ticketOptions?.products ?? [];
    return html`<form part="form" novalidate @submit=${options.onSubmit} aria-labelledby="ask-heading"
      @paste=${(event: ClipboardEvent) => {
        const files = [...(event.clipboardData?.files ?? [])];
        if (files.length && event.target !== this.#picker) {
          event.preventDefault();
          void this.#picker?.addFiles(files);
        }
      }}>
      <h2 id="ask-heading">${widget.ask.heading}</h2>
      <p class="hint">${widget.ask.intro}</p>
      ${products.length === 0 && ticketOptions ? html`<p class="message info" role="status">${widget.ask.noProducts}</p>` : ''}
      <div class="columns">
        ${field({ id: 'contactName', label: text.contactName, value: this.values.contactName, autocomplete: 'name', error: errors.contactName, marked: true, maxlength: TICKET_POLICY.contactNameMax, onInput: (v) => this.#set('contactName', v) })}
        ${field({ id: 'contactPhone', label: text.contactPhone, value: this.values.contactPhone, type: 'tel', autocomplete: 'tel', inputmode: 'tel', hint: widget.ask.phoneHint, error: errors.contactPhone, marked: true, onInput: (v) => this.#set('contactPhone', v) })}
        ${selectField({ id: 'product', label: text.product, value: this.values.product, placeholder: widget.ask.chooseProduct, options: products.map((p) => ({ value: p, label: p })), error: errors.product, onChange: (v) => this.#set('product', v) })}
        ${selectField({
          id: 'category',
          label: text.category,
          value: this.values.category,
          placeholder: widget.ask.chooseCategory,
          options: (ticketOptions?.categories ?? []).map((c) => ({ value: c, label: text.labels.categories[c] })),
          error: errors.category,
          onChange: (v) => this.#set('category', v),
        })}
      </div>
      ${field({ id: 'title', label: text.title, value: this.values.title, autocomplete: 'off', error: errors.title, marked: true, maxlength: TICKET_POLICY.titleMax, onInput: (v) => this.#set('title', v) })}
      ${textareaField({ id: 'description', label: text.description, value: this.values.description, error: errors.description, maxlength: TICKET_POLICY.descriptionMax, rows: 6, onInput: (v) => this.#set('description', v) })}
      <wharf-attachment-picker max-files=${ticketOptions?.attachments.maxFiles ?? TICKET_POLICY.maxAttachments}></wharf-attachment-picker>
      ${formMessage(this.errors.form)}
      <div class="row">
        <button type="submit" part="submit" ?disabled=${this.busy}>${this.busy ? widget.ask.submitting : widget.ask.submit}</button>
      </div>
    </form>`;
  }
}
