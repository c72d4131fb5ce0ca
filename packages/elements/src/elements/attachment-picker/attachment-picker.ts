import type { Attachment } from '@wharf/domain';
import { ATTACHMENT_POLICY, checkAttachment, fieldMessage, TICKET_POLICY } from '@wharf/domain/tickets';
import type { UploadOptions } from '@wharf/sdk';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { errorsFrom } from '../../internal/form-errors.ts';
import { dropZone } from '../../internal/drop-zone.ts';
import { ticketText } from '../../tickets/text.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { WharfAttachmentsChangeEvent } from '../../events/attachments-change.ts';
import { attachmentPickerStyles } from './attachment-picker.styles.ts';
import { catalogue } from '../../i18n/localize.ts';
import { en, type AttachmentPickerText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';

/** The strings of `<wharf-attachment-picker>` in each locale. */
export const attachmentPickerText = catalogue<AttachmentPickerText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

/** Uploads one file; `<wharf-ticket-desk>` passes the agents' upload. */
export type Uploader = (file: File, options: UploadOptions) => Promise<Attachment>;

interface Item {
  key: number;
  name: string;
  size: number;
  /** 0–100 while uploading. */
  percent: number;
  attachment?: Attachment;
  error?: string;
  controller?: AbortController;
}

let keys = 0;

/**
 * Files for a ticket or a reply: chosen with the picker, dropped on it, or pasted as a screenshot
 * (PRODUCT §2.1). Each is checked in the browser by the same rule the server applies (type by name and by
 * content, size), then uploaded with a progress bar; refusals are shown at the file, in the user's language.
 *
 * @tagname wharf-attachment-picker
 * @event wharf-attachments-change - The uploaded files changed (`attachments`).
 *
 * @csspart drop-zone - The area files are dropped on.
 * @csspart files - The list of files with their progress.
 */
export class WharfAttachmentPicker extends WharfElement {
  static override styles = [formStyles, attachmentPickerStyles];

  /** The label above the picker (default: “Attachments”). */
  @property() label?: string;
  /** How many files may be attached (default: the ticket policy's 10). */
  @property({ type: Number, attribute: 'max-files' }) maxFiles: number = TICKET_POLICY.maxAttachments;
  /** How files are uploaded: by default to `POST /v1/attachments` with the provider's client. */
  @property({ attribute: false }) uploader?: Uploader;

  @state() private items: Item[] = [];
  @state() private over = false;
  @state() private notice?: string;

  /** The files uploaded so far, in the order they were added. */
  get attachments(): Attachment[] {
    return this.items.flatMap((item) => (item.attachment ? [item.attachment] : []));
  }

  /** Whether a file is still on its way (a form should wait before it submits). */
  get uploading(): boolean {
    return this.items.some((item) => !item.attachment && !item.error);
  }

  /** Forgets every file (after the form they belonged to was sent). */
  clear() {
    for (const item of this.items) item.controller?.abort();
    this.items = [];
    this.notice = undefined;
  }

  /** Adds files (from a picker, a drop or a paste elsewhere in the form); each is checked, then uploaded. */
  async addFiles(files: readonly File[]) {
    const text = attachmentPickerText(this.effectiveLocale);
    const room = this.maxFiles - this.items.filter((item) => !item.error).length;
    this.notice = files.length > room ? text.tooMany(this.maxFiles) : undefined;
    await Promise.all(files.slice(0, Math.max(0, room)).map((file) => this.#add(file)));
  }

  async #add(original: File) {
    const file = original.name && original.name !== 'image.png' ? original : this.#named(original);
    const item: Item = { key: ++keys, name: file.name, size: file.size, percent: 0 };
    this.items = [...this.items, item];
    const head = new Uint8Array(await file.slice(0, ATTACHMENT_POLICY.sniffBytes).arrayBuffer());
    const check = checkAttachment({ name: file.name, size: file.size, head });
    if (!check.ok) {
      this.#update(item, { error: fieldMessage(this.effectiveLocale, check.code, { max: ATTACHMENT_POLICY.maxBytes, options: ATTACHMENT_POLICY.extensions }) });
      return;
    }
    const controller = new AbortController();
    this.#update(item, { controller });
    try {
      const upload = this.uploader ?? ((f, options) => this.client.attachments.upload(f, options));
      const attachment = await upload(file, {
        signal: controller.signal,
        onProgress: (progress) => this.#update(item, { percent: Math.round(progress.fraction * 100) }),
      });
      this.#update(item, { attachment, percent: 100, controller: undefined });
      this.emit(new WharfAttachmentsChangeEvent({ attachments: this.attachments }));
    } catch (error) {
      if (controller.signal.aborted) return;
      const problems = errorsFrom(error, this.t, ['file']);
      this.#update(item, { error: problems.fields.file ?? problems.form ?? this.t.common.unexpected, controller: undefined });
    }
  }

  /** A pasted screenshot arrives as `image.png`: named by when it was taken, so several stay apart. */
  #named(file: File) {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    const extension = file.type.split('/')[1]?.replace('jpeg', 'jpg') ?? 'png';
    return new File([file], `${attachmentPickerText(this.effectiveLocale).pasted}-${stamp}.${extension}`, { type: file.type });
  }

  #update(item: Item, changes: Partial<Item>) {
    this.items = this.items.map((existing) => (existing.key === item.key ? Object.assign(existing, changes) : existing));
  }

  #remove(item: Item) {
    item.controller?.abort();
    this.items = this.items.filter((existing) => existing.key !== item.key);
    if (item.attachment) this.emit(new WharfAttachmentsChangeEvent({ attachments: this.attachments }));
    this.notice = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=drop-zone] button')?.focus());
  }

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('paste', this.#onPaste);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('paste', this.#onPaste);
  }

  #onPaste = (event: ClipboardEvent) => {
    const files = [...(event.clipboardData?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    void this.addFiles(files);
  };

  #onDrop(event: DragEvent) {
    event.preventDefault();
    this.over = false;
    void this.addFiles([...(event.dataTransfer?.files ?? [])]);
  }

  override render() {
    const text = ticketText(this.effectiveLocale);
    const picker = attachmentPickerText(this.effectiveLocale);
    const megabytes = ATTACHMENT_POLICY.maxBytes / 1048576;
    return html`<div class="field">
      <span id="label" class="label">${this.label ?? picker.label}</span>
      ${dropZone({
        labelledBy: 'label',
        describedBy: 'limits',
        over: this.over,
        setOver: (over) => (this.over = over),
        drop: this.#onDrop,
        choose: { label: picker.choose, click: () => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')!.click() },
        dropHint: picker.drop,
        accept: ATTACHMENT_POLICY.extensions.map((extension) => `.${extension}`).join(','),
        multiple: true,
        picked: (files) => void this.addFiles(files),
        content: html`<p class="hint" id="limits">${picker.limits(ATTACHMENT_POLICY.extensions.join(', '), megabytes, this.maxFiles)}</p>
        <p class="error" role="alert">${this.notice ?? ''}</p>
        ${this.items.length
          ? html`<ul part="files" aria-label=${picker.label}>
              ${this.items.map(
                (item) => html`<li data-state=${item.error ? 'error' : item.attachment ? 'done' : 'uploading'}>
                  <span>${item.name} <span class="hint">(${text.size(item.size)})</span></span>
                  <button type="button" class="secondary" aria-label=${picker.remove(item.name)} @click=${() => this.#remove(item)}>×</button>
                  ${item.error
                    ? html`<p class="error" role="alert">${item.error}</p>`
                    : item.attachment
                      ? html`<span class="visually-hidden" role="status">${picker.uploaded(item.name)}</span>`
                      : html`<progress max="100" value=${item.percent} aria-label=${picker.uploading(item.name, item.percent)}></progress>`}
                </li>`,
              )}
            </ul>`
          : nothing}`,
      })}
    </div>`;
  }
}
