import type { AddressBookEntry, AddressKind } from '@wharf/domain/addresses';
import type { Page } from '@wharf/sdk';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { SessionTask } from '../../controllers/session-task.ts';
import { WharfAddressDeletedEvent } from '../../events/address-deleted.ts';
import { WharfAddressSavedEvent } from '../../events/address-saved.ts';
import { errorsFrom, NO_ERRORS } from '../../internal/form-errors.ts';
import { formMessage } from '../../internal/templates.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { catalogue } from '../../i18n/localize.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { panelStyles } from '../../styles/panel.styles.ts';
import { tableStyles } from '../../styles/table.styles.ts';
import { addressBookStyles } from './address-book.styles.ts';
import { AddressDraft } from './address-draft.ts';
import { addressEditor, type EditorState } from './address-editor.ts';
import { addressName, addressTable } from './address-table.ts';
import { AddressTransfer } from './address-transfer.ts';
import { en, type AddressBookText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';

/** The strings of `<wharf-address-book>` in each locale. */
export const addressBookText = catalogue<AddressBookText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

interface Query {
  kind?: AddressKind | undefined;
  q?: string | undefined;
}

/**
 * The enterprise's saved senders and recipients (PRODUCT §4.5; seed 000 地址簿): searched and filtered by
 * kind, added and edited with the same checks as an order's recipient (mobile phone, ID number check digit),
 * deleted after a confirmation, one sender the default for new orders; exported as .xlsx and imported through
 * `<wharf-batch-upload kind="addresses">`, every problem at its row and column, all or nothing.
 *
 * @tagname wharf-address-book
 *
 * @fires wharf-address-saved - An address was added or changed (`address`, `created`).
 * @fires wharf-address-deleted - An address was deleted (`id`).
 *
 * @csspart search - The search and kind filter.
 * @csspart add - The “Add an address” button.
 * @csspart editor - The add/edit form.
 * @csspart field - Each label, input and error group of the form.
 * @csspart label - The label of each field.
 * @csspart input - Text inputs.
 * @csspart error - The error under a field.
 * @csspart save - The “Save address” button.
 * @csspart cancel - The editor's “Cancel” button.
 * @csspart table - The table of addresses.
 * @csspart default - The default sender's badge.
 * @csspart confirm - The confirmation of a deletion.
 * @csspart more - The “Show more” button.
 * @csspart transfer - The import and export section.
 * @csspart export - The export button.
 * @csspart import - The button that opens the import.
 * @csspart batch-upload - The `<wharf-batch-upload kind="addresses">` of an import (style its own parts inside it).
 * @csspart message - Errors and announcements.
 *
 * @cssproperty --wharf-color-primary - Buttons.
 * @cssproperty --wharf-color-danger - Errors and the delete confirmation.
 * @cssproperty --wharf-color-border - Borders.
 * @cssproperty --wharf-color-surface - Backgrounds.
 * @cssproperty --wharf-radius - Corner radius.
 * @cssproperty --wharf-space - Spacing.
 */
export class WharfAddressBook extends WharfElement {
  static override styles = [formStyles, tableStyles, panelStyles, addressBookStyles];

  @state() private query: Query = {};
  @state() private typedQuery = '';
  @state() private addresses: AddressBookEntry[] = [];
  @state() private nextCursor: string | null = null;
  @state() private editor?: EditorState;
  @state() private confirming?: string;
  @state() private rowErrors: Record<string, string> = {};
  @state() private busy = false;
  @state() private announcement = '';

  readonly #draft = new AddressDraft(this);
  readonly #transfer = new AddressTransfer({
    host: this,
    client: () => this.client,
    text: () => this.text,
    t: () => this.t,
    announce: (message) => (this.announcement = message),
    imported: () => void this.load(),
  });

  readonly #data = new SessionTask(this, {
    client: () => this.client,
    args: (): [Query] => [this.query],
    load: (client, signal, query) => client.addresses.list(query, { signal }),
    onComplete: (page: Page<AddressBookEntry>) => {
      this.addresses = page.data;
      this.nextCursor = page.nextCursor;
    },
  });

  private get text(): AddressBookText {
    return addressBookText(this.effectiveLocale);
  }

  /** Loads the addresses again. */
  load(): Promise<void> {
    return this.#data.run();
  }

  #search(event: SubmitEvent) {
    event.preventDefault();
    this.query = { ...this.query, q: this.typedQuery.trim() || undefined };
  }

  async #more() {
    if (!this.nextCursor) return;
    try {
      const page = await this.client.addresses.list({ ...this.query, cursor: this.nextCursor });
      this.addresses = [...this.addresses, ...page.data];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      this.announcement = errorsFrom(error, this.t, []).form ?? '';
    }
  }

  #open(address?: AddressBookEntry) {
    this.#draft.show(address);
    this.editor = address
      ? { id: address.id, version: address.version, name: addressName(address), kind: address.kind, label: address.label ?? '', isDefault: address.isDefault }
      : { name: '', kind: this.query.kind ?? 'recipient', label: '', isDefault: false };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#editor-title')?.focus());
  }

  #close(focus?: string) {
    const id = this.editor?.id;
    this.editor = undefined;
    void this.updateComplete.then(() => {
      const back = focus ?? id;
      this.renderRoot.querySelector<HTMLElement>(back ? `[data-edit="${back}"]` : '[part=add]')?.focus();
    });
  }

  async #save(event: SubmitEvent) {
    event.preventDefault();
    const editor = this.editor;
    const draft = this.#draft;
    if (!editor || this.busy) return;
    draft.attempted = true;
    draft.errors = NO_ERRORS;
    this.requestUpdate();
    if (Object.keys(draft.problems(this.effectiveLocale)).length) return this.#focusInvalid();
    const body = { kind: editor.kind, label: editor.label.trim() || undefined, isDefault: editor.kind === 'sender' && editor.isDefault, ...draft.body() };
    this.busy = true;
    try {
      const saved = editor.id ? await this.client.addresses.update(editor.id, body, { version: editor.version }) : await this.client.addresses.create(body);
      this.announcement = this.text.saved(addressName(saved));
      this.emit(new WharfAddressSavedEvent({ address: saved, created: !editor.id }));
      await this.load();
      this.#close(saved.id);
    } catch (error) {
      draft.errors = errorsFrom(error, this.t, [...draft.knownFields(), 'label']);
      this.requestUpdate();
      void this.#focusInvalid();
    } finally {
      this.busy = false;
    }
  }

  async #focusInvalid() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=editor] [aria-invalid="true"]')?.focus();
  }

  async #act(address: AddressBookEntry, work: () => Promise<unknown>, said: string, after?: () => void) {
    this.busy = true;
    const { [address.id]: _, ...others } = this.rowErrors;
    this.rowErrors = others;
    try {
      await work();
      this.confirming = undefined;
      this.announcement = said;
      after?.();
      await this.load();
    } catch (error) {
      this.rowErrors = { ...this.rowErrors, [address.id]: errorsFrom(error, this.t, []).form ?? this.t.common.unexpected };
    } finally {
      this.busy = false;
    }
  }

  #remove(address: AddressBookEntry) {
    void this.#act(address, () => this.client.addresses.remove(address.id), this.text.removed(addressName(address)), () => {
      this.emit(new WharfAddressDeletedEvent({ id: address.id }));
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=add]')?.focus());
    });
  }

  #makeDefault(address: AddressBookEntry) {
    void this.#act(address, () => this.client.addresses.update(address.id, { isDefault: true }, { version: address.version }), this.text.nowDefault(addressName(address)));
  }

  override render() {
    const text = this.text;
    return html`<h2>${text.title}</h2>
      <div role="status" part="message" class="visually-hidden">${this.announcement}</div>
      ${this.#searchForm(text)}
      ${this.editor
        ? addressEditor({
            text,
            t: this.t,
            locale: this.effectiveLocale,
            draft: this.#draft,
            editor: this.editor,
            busy: this.busy,
            change: (patch) => (this.editor = { ...this.editor!, ...patch }),
            save: (event) => void this.#save(event),
            cancel: () => this.#close(),
          })
        : html`<button type="button" part="add" class="primary" @click=${() => this.#open()}>${text.add}</button>`}
      ${this.#data.render({
        initial: () => html`<p role="status">${text.loading}</p>`,
        pending: () => (this.#data.value ? this.#list(text) : html`<p role="status">${text.loading}</p>`),
        complete: () => this.#list(text),
        error: (error) => formMessage(errorsFrom(error, this.t, []).form),
      })}
      ${this.#transfer.render(this.locale)}`;
  }

  #searchForm(text: AddressBookText) {
    return html`<form part="search" class="search" role="search" novalidate @submit=${this.#search}>
      <div class="field">
        <label for="address-search">${text.search}</label>
        <input id="address-search" type="search" .value=${this.typedQuery} aria-describedby="address-search-hint"
          @input=${(event: InputEvent) => (this.typedQuery = (event.target as HTMLInputElement).value)} />
        <p class="hint" id="address-search-hint">${text.searchHint}</p>
      </div>
      <div class="field">
        <label for="address-kind">${text.kindFilter}</label>
        <select id="address-kind" @change=${(event: Event) => (this.query = { ...this.query, kind: ((event.target as HTMLSelectElement).value || undefined) as AddressKind | undefined })}>
          <option value="" ?selected=${!this.query.kind}>${text.allKinds}</option>
          <option value="sender" ?selected=${this.query.kind === 'sender'}>${text.kinds.sender}</option>
          <option value="recipient" ?selected=${this.query.kind === 'recipient'}>${text.kinds.recipient}</option>
        </select>
      </div>
      <button type="submit">${text.search}</button>
    </form>`;
  }

  #list(text: AddressBookText) {
    if (!this.addresses.length) return html`<p class="hint">${this.query.q ? text.noMatch(this.query.q) : text.empty}</p>`;
    return html`${addressTable({
        text,
        addresses: this.addresses,
        busy: this.busy,
        confirming: this.confirming,
        rowError: (id) => this.rowErrors[id],
        edit: (address) => this.#open(address),
        askRemove: (address) => {
          this.confirming = address.id;
          void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=confirm] button')?.focus());
        },
        remove: (address) => this.#remove(address),
        cancelRemove: () => {
          const id = this.confirming;
          this.confirming = undefined;
          void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-id="${id}"] button[aria-label]:nth-of-type(2)`)?.focus());
        },
        makeDefault: (address) => this.#makeDefault(address),
      })}
      ${this.nextCursor ? html`<button type="button" class="secondary" part="more" @click=${this.#more}>${text.more}</button>` : nothing}`;
  }
}
