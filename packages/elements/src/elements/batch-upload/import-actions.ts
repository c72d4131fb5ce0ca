import type { Import } from '@wharf/domain';
import { isConflictError, type WharfClient } from '@wharf/sdk';
import type { ReactiveControllerHost } from 'lit';
import { errorsFrom } from '../../internal/form-errors.ts';
import type { Translation } from '../../i18n/translation.ts';
import type { CellEditor } from './cell-editor.ts';
import type { GridNavigation } from './grid-navigation.ts';
import type { UploadRows } from './rows.ts';
import { summaryLine } from './summary.ts';
import type { BatchUploadText } from './i18n/en.ts';

export interface ImportActionsOptions {
  host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  client: () => WharfClient;
  t: () => Translation;
  text: () => BatchUploadText;
  /** The upload shown, and a change to it that keeps the view (a row left out). */
  upload: () => Import | undefined;
  setUpload: (upload: Import) => void;
  /** Shows an upload checked again (rows reloaded, focus kept). */
  show: (upload: Import) => Promise<void>;
  rows: UploadRows;
  navigation: GridNavigation;
  editor: CellEditor;
  announce: (message: string) => void;
  checked: (upload: Import) => void;
  committed: (upload: Import, created: number) => void;
}

/** What is done with a checked upload: leave a row out (once confirmed), check it again, import it. */
export class ImportActions {
  /** The action under way, and what went wrong with the last one. */
  busy?: 'revalidate' | 'commit' | 'remove';
  error?: string;
  /** The row whose leaving out awaits confirmation. */
  confirming?: number;

  readonly #options: ImportActionsOptions;

  constructor(options: ImportActionsOptions) {
    this.#options = options;
  }

  #update() {
    this.#options.host.requestUpdate();
  }

  #focus(selector: string) {
    this.#options.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** A new upload shown, or none: nothing awaits confirmation, no error stands. */
  clear() {
    this.confirming = undefined;
    this.error = undefined;
    this.#update();
  }

  readonly askLeaveOut = async (row: number) => {
    this.#options.editor.drop();
    this.confirming = row;
    this.#update();
    await this.#options.host.updateComplete;
    this.#focus('[part=confirm] button');
  };

  readonly cancelLeaveOut = async () => {
    const row = this.confirming;
    this.confirming = undefined;
    this.#update();
    await this.#options.host.updateComplete;
    if (row !== undefined) this.#focus(`[data-row="${row}"][data-col="${(this.#options.upload()?.columns.length ?? 0) + 1}"]`);
  };

  readonly leaveOut = async (row: number) => {
    const { host, rows, navigation, text } = this.#options;
    const checked = this.#options.upload();
    if (!checked) return;
    this.#start('remove');
    const index = rows.rows.findIndex((line) => line.row === row);
    try {
      const updated = await this.#options.client().imports.removeRow(checked.id, row);
      this.#options.setUpload(updated);
      this.confirming = undefined;
      const duplicates = rows.rows.some((line) => line.errors.some((problem) => problem.code === 'duplicate_in_file'));
      rows.drop(row);
      // The row may have been the first of a duplicated SKU: the others are checked again on the server.
      if (duplicates) await rows.load(updated);
      this.#options.announce(`${text().leaveOut.done(row)} ${summaryLine(text(), updated)}`);
      const next = rows.rows[Math.min(index, rows.rows.length - 1)];
      navigation.set(next ? { row: next.row, col: 0 } : undefined);
      await host.updateComplete;
      if (next) navigation.focus();
      else this.#focus('#summary-heading');
    } catch (error) {
      this.error = errorsFrom(error, this.#options.t(), []).form;
    } finally {
      this.#end();
    }
  };

  readonly revalidate = async () => {
    const checked = this.#options.upload();
    if (!checked) return;
    this.#start('revalidate');
    this.#options.announce(this.#options.text().actions.checking);
    try {
      const again = await this.#options.client().imports.revalidate(checked.id);
      await this.#options.show(again);
      this.#options.checked(again);
    } catch (error) {
      this.error = errorsFrom(error, this.#options.t(), []).form;
      this.#options.announce('');
    } finally {
      this.#end();
    }
  };

  readonly commit = async () => {
    const checked = this.#options.upload();
    if (!checked || checked.status !== 'valid') return;
    this.#start('commit');
    this.#options.announce(this.#options.text().actions.importing);
    try {
      const done = await this.#options.client().imports.commit(checked.id);
      const created = done.created ?? 0;
      this.#options.rows.clear();
      this.#options.announce(this.#options.text().actions.imported[done.kind](created));
      this.#options.committed(done, created);
      await this.#options.host.updateComplete;
      this.#focus('#done');
    } catch (error) {
      // 409: rows no longer pass (a SKU was taken meanwhile); the answer carries the upload as it is now.
      const now = isConflictError(error) ? (error.problem.import as Import | undefined) : undefined;
      if (now && typeof now === 'object' && 'status' in now) {
        this.#options.rows.showAll = false;
        await this.#options.show(now);
      }
      this.error = errorsFrom(error, this.#options.t(), []).form;
      this.#options.announce('');
      this.#update();
      await this.#options.host.updateComplete;
      this.#focus('#summary-heading');
    } finally {
      this.#end();
    }
  };

  #start(action: NonNullable<ImportActions['busy']>) {
    this.busy = action;
    this.error = undefined;
    this.#update();
  }

  #end() {
    this.busy = undefined;
    this.#update();
  }
}
