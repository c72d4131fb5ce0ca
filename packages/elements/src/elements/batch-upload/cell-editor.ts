import type { Import, ImportRow } from '@wharf/domain';
import type { WharfClient } from '@wharf/sdk';
import type { ReactiveControllerHost } from 'lit';
import { errorsFrom } from '../../internal/form-errors.ts';
import type { Translation } from '../../i18n/translation.ts';
import { chosen, type CellChoices } from './choices.ts';
import type { GridNavigation } from './grid-navigation.ts';
import type { UploadRows } from './rows.ts';

/** The cell being fixed: where it is, the value typed or chosen, and how saving it went. */
export interface Editing {
  row: number;
  key: string;
  col: number;
  value: string;
  saving?: boolean;
  error?: string;
}

export interface CellEditorOptions {
  host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  client: () => WharfClient;
  t: () => Translation;
  /** The upload shown. */
  upload: () => Import | undefined;
  /** Whether another action (checking again, importing, leaving a row out) is under way. */
  busy: () => boolean;
  rows: UploadRows;
  choices: CellChoices;
  navigation: GridNavigation;
  /** An edit starts (a pending confirmation is dropped). */
  onStart: () => void;
  /** A cell was saved: the upload as it is now, and how many problems its row still has. */
  onSaved: (upload: Import, row: number, problems: number) => void;
}

/** Fixing cells in place: one cell at a time, as text or from its list, saved to the server and checked again. */
export class CellEditor {
  editing?: Editing;
  /** Rows fixed to have no problem left (marked in the grid). */
  readonly fixed = new Set<number>();
  readonly #options: CellEditorOptions;

  constructor(options: CellEditorOptions) {
    this.#options = options;
  }

  #set(editing: Editing | undefined) {
    this.editing = editing;
    this.#options.host.requestUpdate();
  }

  /** Drops the edit under way without moving the focus. */
  drop() {
    this.#set(undefined);
  }

  readonly setValue = (value: string) => {
    if (this.editing) this.#set({ ...this.editing, value });
  };

  async start(row: number, col: number) {
    const { host, rows, choices, navigation } = this.#options;
    const upload = this.#options.upload();
    const column = upload?.columns[col - 1];
    const line = rows.rows.find((candidate) => candidate.row === row);
    if (!column || !line || this.#options.busy()) return;
    const value = line.cells[column.key] ?? '';
    const list = choices.for(upload, column.key);
    this.#options.onStart();
    navigation.set({ row, col });
    this.#set({ row, key: column.key, col, value: list ? chosen(list, value) : value });
    await host.updateComplete;
    const control = host.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>('.editor input, .editor select');
    control?.focus();
    if (control instanceof HTMLInputElement) control.select();
  }

  readonly cancel = async () => {
    const editing = this.editing;
    this.#set(undefined);
    if (!editing) return;
    await this.#options.host.updateComplete;
    this.#options.navigation.focus();
  };

  readonly save = async () => {
    const editing = this.editing;
    const upload = this.#options.upload();
    if (!editing || !upload || editing.saving) return;
    this.#set({ ...editing, saving: true, error: undefined });
    try {
      const answer = await this.#options.client().imports.fixRow(upload.id, editing.row, { [editing.key]: editing.value });
      this.#options.rows.merge(answer.rows);
      const fixed: ImportRow | undefined = answer.rows.find((line) => line.row === editing.row);
      const problems = fixed?.errors.length ?? 0;
      if (problems === 0) this.fixed.add(editing.row);
      this.#set(undefined);
      this.#options.onSaved(answer.import, editing.row, problems);
      await this.#options.host.updateComplete;
      this.#options.navigation.focus();
    } catch (error) {
      this.#set({ ...editing, saving: false, error: errorsFrom(error, this.#options.t(), []).form });
    }
  };

  /** Enter saves and Escape cancels (a button's own Enter still presses it). */
  readonly onKeydown = (event: KeyboardEvent) => {
    if (event.isComposing) return; // choosing characters in an input method
    const target = event.composedPath()[0] as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      void this.cancel();
    } else if (event.key === 'Enter' && !(target instanceof HTMLButtonElement)) {
      event.preventDefault();
      event.stopPropagation();
      void this.save();
    }
  };
}
