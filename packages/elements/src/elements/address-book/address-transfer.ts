import type { WharfClient } from '@wharf/sdk';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { FileDownload } from '../../controllers/file-download.ts';
import { errorsFrom } from '../../internal/form-errors.ts';
import { formMessage } from '../../internal/templates.ts';
import type { Translation } from '../../i18n/translation.ts';
import type { AddressBookText } from './i18n/en.ts';

export interface AddressTransferOptions {
  host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  client: () => WharfClient;
  text: () => AddressBookText;
  t: () => Translation;
  announce: (message: string) => void;
  /** After an import: the list is loaded again. */
  imported: () => void;
}

/**
 * Moving an address book in and out (seed 000 usage Q10): the book exported as .xlsx in the template's columns,
 * and an import through `<wharf-batch-upload kind="addresses">` (the template, every problem at its row and column,
 * fixed in place, all or nothing) — loaded the first time it is opened.
 */
export class AddressTransfer {
  readonly exportFile: FileDownload;
  importing = false;
  readonly #options: AddressTransferOptions;

  constructor(options: AddressTransferOptions) {
    this.#options = options;
    this.exportFile = new FileDownload({ host: options.host, announce: options.announce });
  }

  export() {
    const text = this.#options.text();
    void this.exportFile.download(
      text.exportName,
      () => this.#options.client().addresses.exportBook(),
      { busy: text.exporting, done: text.exported },
      (error) => errorsFrom(error, this.#options.t(), []).form,
    );
  }

  async openImport() {
    await import('../batch-upload/define.ts');
    this.importing = !this.importing;
    this.#options.host.requestUpdate();
  }

  render(locale: string | undefined) {
    const text = this.#options.text();
    const t = this.#options.t();
    const file = this.exportFile.file;
    return html`<section part="transfer" aria-labelledby="transfer-title">
      <h3 id="transfer-title">${text.transfer}</h3>
      <p class="hint">${text.transferHint}</p>
      <div class="row">
        <button type="button" class="secondary" part="export" ?disabled=${this.exportFile.busy} @click=${() => this.export()}>${this.exportFile.busy ? t.common.working : text.exportFile}</button>
        <button type="button" class="secondary" part="import" aria-expanded=${this.importing ? 'true' : 'false'} aria-controls="address-import" @click=${() => void this.openImport()}>
          ${text.importFile}
        </button>
      </div>
      ${file ? html`<a href=${file.url} download=${file.name}>${text.saveAgain(file.name)}</a>` : nothing}
      ${this.exportFile.error ? formMessage(this.exportFile.error) : nothing}
      <div id="address-import">
        ${this.importing
          ? html`<wharf-batch-upload kind="addresses" part="batch-upload" locale=${locale ?? nothing} @wharf-import-committed=${() => this.#options.imported()}></wharf-batch-upload>`
          : nothing}
      </div>
    </section>`;
  }
}
