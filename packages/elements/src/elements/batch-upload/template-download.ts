import type { ImportKind } from '@wharf/domain';
import { IMPORT_POLICY } from '@wharf/domain/imports';
import type { WharfClient } from '@wharf/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorsFrom } from '../../internal/form-errors.ts';
import type { Translation } from '../../i18n/translation.ts';
import type { BatchUploadText } from './i18n/en.ts';

export interface TemplateDownloadOptions {
  host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  client: () => WharfClient;
  text: () => BatchUploadText;
  t: () => Translation;
  /** What is uploaded, and for which HS code (declarations), as the element says now. */
  target: () => { kind: ImportKind; hsCode: string };
  announce: (message: string) => void;
}

/** The blank template: downloaded for the kind (and HS code) asked for, kept as a link to save it again. */
export class TemplateDownload implements ReactiveController {
  busy = false;
  error?: string;
  file?: { name: string; url: string };

  readonly #options: TemplateDownloadOptions;

  constructor(options: TemplateDownloadOptions) {
    this.#options = options;
    options.host.addController(this);
  }

  hostDisconnected() {
    this.forget();
  }

  /** Lets the file go (another HS code's template, or the element left the page). */
  forget() {
    if (this.file) URL.revokeObjectURL(this.file.url);
    this.file = undefined;
    this.#options.host.requestUpdate();
  }

  clearError() {
    this.error = undefined;
    this.#options.host.requestUpdate();
  }

  async download() {
    const { host, text: textOf, announce } = this.#options;
    const text = textOf();
    // The file is named for what was asked: a code chosen meanwhile does not rename another code's template.
    const { kind, hsCode } = this.#options.target();
    if (kind === 'declarations' && !hsCode) {
      this.error = text.hsCode.first;
      host.requestUpdate();
      return;
    }
    this.busy = true;
    this.error = undefined;
    announce(text.template.downloading);
    host.requestUpdate();
    try {
      const blob = await this.#options.client().imports.template(kind, kind === 'declarations' ? { hsCode } : {});
      const now = this.#options.target();
      if (kind !== now.kind || hsCode !== now.hsCode) return;
      this.forget();
      const name = `${text.template.fileName[kind](hsCode)}${IMPORT_POLICY.extension}`;
      this.file = { name, url: URL.createObjectURL(blob) };
      host.requestUpdate();
      await host.updateComplete;
      host.renderRoot.querySelector<HTMLAnchorElement>('a[download]')?.click();
      announce(text.template.downloaded(name));
    } catch (error) {
      this.error = errorsFrom(error, this.#options.t(), []).form;
      announce('');
    } finally {
      this.busy = false;
      host.requestUpdate();
    }
  }
}
