import type { Import, ImportRow } from '@wharf/domain';
import type { WharfClient } from '@wharf/sdk';
import type { ReactiveControllerHost } from 'lit';
import { errorsFrom } from '../../internal/form-errors.ts';
import type { Translation } from '../../i18n/translation.ts';

/** Rows asked for at a time. */
const PAGE = 50;

export interface UploadRowsOptions {
  host: ReactiveControllerHost;
  client: () => WharfClient;
  t: () => Translation;
  /** The first row of a further page arrived (the focus moves to it). */
  onMore: (first: ImportRow) => void | Promise<void>;
}

/** The rows of a checked upload shown in the grid: those with problems, or all of them, a page at a time. */
export class UploadRows {
  rows: ImportRow[] = [];
  nextCursor: string | null = null;
  loading = false;
  error?: string;
  /** Every row, not only those with problems. */
  showAll = false;

  readonly #options: UploadRowsOptions;
  #load?: AbortController;

  constructor(options: UploadRowsOptions) {
    this.#options = options;
  }

  clear() {
    this.#load?.abort();
    this.rows = [];
    this.nextCursor = null;
    this.loading = false;
    this.#options.host.requestUpdate();
  }

  /** Loads the first page of `checked`'s rows, or (`more`) the page after those shown; a load started since wins. */
  async load(checked: Import, more = false) {
    this.#load?.abort();
    const load = new AbortController();
    this.#load = load;
    const host = this.#options.host;
    this.loading = true;
    this.error = undefined;
    host.requestUpdate();
    try {
      const page = await this.#options.client().imports.rows(
        checked.id,
        { limit: PAGE, ...(this.showAll ? {} : { invalid: 'true' as const }), ...(more && this.nextCursor ? { cursor: this.nextCursor } : {}) },
        { signal: load.signal },
      );
      if (load.signal.aborted) return;
      const first = page.data[0];
      this.rows = more ? [...this.rows, ...page.data] : page.data;
      this.nextCursor = page.nextCursor;
      this.loading = false;
      host.requestUpdate();
      if (more && first) await this.#options.onMore(first);
    } catch (error) {
      if (load.signal.aborted) return;
      this.error = errorsFrom(error, this.#options.t(), []).form;
      this.loading = false;
      host.requestUpdate();
    }
  }

  /** Rows checked again (the one fixed, and any whose duplicate changed), put in place. */
  merge(updated: readonly ImportRow[]) {
    const byRow = new Map(updated.map((line) => [line.row, line]));
    const rows = this.rows.map((line) => byRow.get(line.row) ?? line);
    const known = new Set(rows.map((line) => line.row));
    const last = rows.at(-1)?.row ?? 0;
    for (const line of updated) {
      if (known.has(line.row) || !(this.showAll || line.errors.length)) continue;
      if (this.nextCursor && line.row > last) continue;
      rows.push(line);
    }
    this.rows = rows.sort((a, b) => a.row - b.row);
    this.#options.host.requestUpdate();
  }

  /** A row left out of the import. */
  drop(row: number) {
    this.rows = this.rows.filter((line) => line.row !== row);
    this.#options.host.requestUpdate();
  }
}
