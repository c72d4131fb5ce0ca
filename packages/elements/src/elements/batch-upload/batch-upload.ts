import type { HsCode, Import, ImportColumn, ImportError, ImportKind, ImportRow, ProductOptions } from '@wharf/domain';
import { IMPORT_POLICY, isOpenImport } from '@wharf/domain/rules';
import { isConflictError, isWharfError, type ImportProgress } from '@wharf/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { errorsFrom } from '../../internal/form-errors.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { formStyles } from '../../styles/form.styles.ts';
import type { WharfHsCodePicker } from '../hs-code-picker/hs-code-picker.ts';
import { batchUploadStyles } from './batch-upload.styles.ts';
import { batchUploadText, type BatchUploadText } from './i18n.ts';
import { WharfImportCheckedEvent } from '../../events/import-checked.ts';
import { WharfImportCommittedEvent } from '../../events/import-committed.ts';


/** Where the element is: nothing uploaded, the file on its way or being checked, its result, or imported. */
type Phase = 'start' | 'uploading' | 'checking' | 'result' | 'committed';

/** A problem with the file itself (or a refusal of the upload), where the server placed it. */
interface FileProblem {
  row?: number;
  column?: string | null;
  message: string;
}

/** A value a cell may be set to from a list (a category, a unit, a declaration element's code). */
interface Choice {
  /** What the cell is set to: the label as the template's drop-down writes it, which the server reads back. */
  value: string;
  code: string;
  name: string;
}

interface Editing {
  row: number;
  key: string;
  col: number;
  value: string;
  saving?: boolean;
  error?: string;
}

/** Rows asked for at a time. */
const PAGE = 50;

/**
 * @tagname wharf-batch-upload
 * @summary Batch upload of products, or of one HS code's declaration elements (PRODUCT §3.6–3.7; seed 002
 * 产品批量上传 and 海关申报要素上传): download the template, upload the filled-in .xlsx (dropped or chosen) with its
 * progress, see every problem at its row and column — in a grid of the uploaded rows, bad cells outlined, marked
 * and described — fix cells in place or leave rows out, check again, then import all or nothing. Products are
 * created as drafts; declaration elements send their products for filing.
 *
 * The grid is a single tab stop: the arrow keys move between cells, Home/End to the row's ends (with Ctrl, the
 * grid's), Enter or F2 edits the cell, Enter saves and Escape cancels.
 *
 * @event wharf-import-checked - An upload was checked: after uploading and after “Check again” (`import`).
 * @event wharf-import-committed - The upload was imported (`import`, `created`).
 *
 * @csspart steps - The list of steps at the top.
 * @csspart hs-code - The HS code picker (declarations).
 * @csspart template - The template section.
 * @csspart template-button - The “Download template” button.
 * @csspart drop-zone - The area files are dropped on, with the “Choose file” button.
 * @csspart progress - The progress of the upload and of the check, with its cancel button.
 * @csspart file-problems - Problems with the file itself (unreadable, missing or repeated headers, too many rows).
 * @csspart summary - The check's result: counts, file problems and what to do next.
 * @csspart grid-scroll - The scrolling box around the grid.
 * @csspart grid - The table of rows with their cells.
 * @csspart cell - A cell of the grid (`cell invalid` for one with problems).
 * @csspart cell-problems - The problems under a cell or a row number.
 * @csspart editor - The input or list a cell is edited with.
 * @csspart confirm - The confirmation before a row is left out.
 * @csspart import-button - The import (or “send for filing”) button.
 * @csspart message - Announcements and errors shown to everybody.
 * @csspart status - The visually hidden live region that announces progress and results.
 *
 * @cssproperty --wharf-color-primary - Buttons and the drop zone while a file is dragged over it.
 * @cssproperty --wharf-color-danger - Problems and the outline of bad cells.
 * @cssproperty --wharf-color-success - Success messages and fixed rows.
 * @cssproperty --wharf-color-text - Text.
 * @cssproperty --wharf-color-muted - Hints and column letters.
 * @cssproperty --wharf-color-border - Borders of the panels, the drop zone and the grid.
 * @cssproperty --wharf-color-surface - Backgrounds.
 * @cssproperty --wharf-color-focus - The focus ring (also of the grid's current cell).
 * @cssproperty --wharf-radius - Corner radius.
 * @cssproperty --wharf-font-family - Font.
 * @cssproperty --wharf-batch-upload-grid-height - How tall the grid grows before it scrolls (default 32rem).
 * @cssproperty --wharf-batch-upload-invalid-background - The background of a bad cell.
 */
export class WharfBatchUpload extends WharfElement {
  static override styles = [formStyles, batchUploadStyles];

  /** What is uploaded: `products` (basic information, created as drafts) or `declarations` (one HS code's elements). */
  @property({ reflect: true }) kind: ImportKind = 'products';
  /** Declarations: the 10-digit HS code chosen (preselects the picker; follows the user's choice). */
  @property({ attribute: 'hs-code', reflect: true }) hsCode = '';

  @state() private phase: Phase = 'start';
  @state() private current?: Import;
  @state() private fileName = '';
  @state() private progress?: { phase: ImportProgress['phase']; percent: number; rows: number; known: boolean };
  @state() private fileProblems: FileProblem[] = [];
  @state() private refusal?: string;
  @state() private over = false;
  @state() private announcement = '';
  @state() private template?: { name: string; url: string };
  @state() private templateBusy = false;
  @state() private templateError?: string;
  @state() private hsCodeError?: string;
  @state() private rows: ImportRow[] = [];
  @state() private nextCursor: string | null = null;
  @state() private rowsLoading = false;
  @state() private rowsError?: string;
  @state() private showAll = false;
  @state() private focusCell?: { row: number; col: number };
  @state() private editing?: Editing;
  @state() private confirming?: number;
  @state() private busy?: 'revalidate' | 'commit' | 'remove';
  @state() private actionError?: string;
  @state() private options?: ProductOptions;
  @state() private hsCodeInfo?: HsCode;

  #controller?: AbortController;
  /** The upload the server has taken and is still checking (to discard it when cancelled). */
  #accepted?: string;
  #milestone = 0;
  #rowLoads = 0;
  #fixed = new Set<number>();

  private get text(): BatchUploadText {
    return batchUploadText(this.effectiveLocale);
  }

  /** The upload shown (checked, fixed or imported); undefined before one. */
  get import(): Import | undefined {
    return this.current;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // An upload on its way stops with the element, and what the server already took is discarded.
    if (this.#controller) {
      this.#abandon();
      this.phase = 'start';
      this.progress = undefined;
    }
    if (this.template) URL.revokeObjectURL(this.template.url);
    this.template = undefined;
  }

  protected override updated(changed: PropertyValues<this>) {
    // Another kind of upload: what was shown belongs to the other one.
    if (changed.has('kind') && changed.get('kind') !== undefined) void this.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // The picker is loaded only where it is used, so the products upload does not pay for it.
    if (changed.has('kind') && this.kind === 'declarations') void import('../hs-code-picker/define.ts');
    if ((changed.has('hsCode') || changed.has('kind')) && this.hsCodeInfo && this.hsCodeInfo.code !== this.hsCode) this.hsCodeInfo = undefined;
    if (changed.has('hsCode') && this.template && changed.get('hsCode') !== undefined) this.#forgetTemplate();
  }

  // ── the template

  #forgetTemplate() {
    if (this.template) URL.revokeObjectURL(this.template.url);
    this.template = undefined;
  }

  async #downloadTemplate() {
    const text = this.text;
    if (this.kind === 'declarations' && !this.hsCode) {
      this.templateError = text.hsCode.first;
      return;
    }
    this.templateBusy = true;
    this.templateError = undefined;
    this.announcement = text.template.downloading;
    // The file is named for what was asked: a code chosen meanwhile does not rename another code's template.
    const { kind, hsCode } = this;
    try {
      const blob = await this.client.imports.template(kind, kind === 'declarations' ? { hsCode } : {});
      if (kind !== this.kind || hsCode !== this.hsCode) return;
      this.#forgetTemplate();
      const name = `${text.template.fileName[kind](hsCode)}${IMPORT_POLICY.extension}`;
      this.template = { name, url: URL.createObjectURL(blob) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLAnchorElement>('a[download]')?.click();
      this.announcement = text.template.downloaded(name);
    } catch (error) {
      this.templateError = errorsFrom(error, this.t, []).form;
      this.announcement = '';
    } finally {
      this.templateBusy = false;
    }
  }

  // ── the HS code (declarations)

  #onHsCodeChange(event: Event) {
    const picker = event.target as WharfHsCodePicker;
    this.hsCode = picker.value;
    this.hsCodeInfo = picker.hsCode;
    this.hsCodeError = undefined;
    if (this.templateError === this.text.hsCode.first) this.templateError = undefined;
  }

  /** The HS code's elements (for the choices of coded elements), from the picker or the catalogue. */
  async #loadHsCode(code: string) {
    if (this.hsCodeInfo?.code === code) return;
    const picked = this.renderRoot.querySelector<WharfHsCodePicker>('wharf-hs-code-picker')?.hsCode;
    if (picked?.code === code) {
      this.hsCodeInfo = picked;
      return;
    }
    try {
      this.hsCodeInfo = await this.client.hsCodes.get(code);
    } catch {
      // Coded cells are then edited as text; the server still checks them.
    }
  }

  // ── uploading

  /** Uploads a filled-in template (what dropping it or choosing it does); anything but an .xlsx is refused first. */
  async addFile(file: File) {
    const text = this.text;
    this.fileProblems = [];
    this.refusal = undefined;
    this.hsCodeError = undefined;
    if (!file.name.toLowerCase().endsWith(IMPORT_POLICY.extension)) {
      // The server's own words for it, loaded only when needed (most files are workbooks).
      const { importMessagesFor } = await import('@wharf/domain/messages/imports');
      this.refusal = text.upload.notXlsx(file.name, importMessagesFor(this.effectiveLocale).field.file_not_xlsx({}));
      return;
    }
    this.#abandon();
    const controller = new AbortController();
    this.#controller = controller;
    this.fileName = file.name;
    this.phase = 'uploading';
    this.progress = { phase: 'uploading', percent: 0, rows: 0, known: false };
    this.#milestone = 0;
    this.announcement = text.upload.started(file.name);
    // The “Choose file” button is disabled while the file is on its way: the focus goes to “Cancel”.
    void this.updateComplete.then(() => this.#mayFocus() && this.#focus('[part=progress] button'));
    try {
      const checked = await this.client.imports.upload(file, {
        kind: this.kind,
        ...(this.kind === 'declarations' && this.hsCode ? { hsCode: this.hsCode } : {}),
        signal: controller.signal,
        onAccepted: (accepted) => {
          if (this.#controller === controller) this.#accepted = accepted.id;
        },
        onProgress: (progress) => {
          if (this.#controller === controller) this.#onProgress(progress);
        },
      });
      if (this.#controller !== controller) return;
      this.#accepted = undefined;
      this.#controller = undefined;
      await this.#show(checked, { focus: true });
      this.emit(new WharfImportCheckedEvent({ import: checked }));
    } catch (error) {
      if (controller.signal.aborted || this.#controller !== controller) return;
      this.#controller = undefined;
      this.phase = 'start';
      this.progress = undefined;
      this.#refused(error, file.name);
    }
  }

  #onProgress(progress: ImportProgress) {
    const text = this.text;
    const percent = Math.round(progress.fraction * 100);
    if (progress.phase === 'checking' && this.phase !== 'checking') {
      this.phase = 'checking';
      this.#milestone = 0;
      this.announcement = text.upload.checkingStarted;
    }
    this.progress = { phase: progress.phase, percent, rows: progress.rows ?? 0, known: progress.phase === 'checking' || progress.fraction > 0 };
    // Milestones at each quarter, announced once (not every poll).
    const quarter = Math.floor(percent / 25);
    if (quarter > this.#milestone && percent < 100) {
      this.#milestone = quarter;
      this.announcement = progress.phase === 'checking' ? text.upload.checking(percent, progress.rows ?? 0) : text.upload.uploading(this.fileName, percent);
    }
  }

  /** A refusal of the upload itself: each problem where the server placed it (row 0: the file; row 1: its header). */
  #refused(error: unknown, name: string) {
    if (isWharfError(error) && error.fieldErrors.length) {
      const hsCode = error.fieldErrors.filter((problem) => problem.path === 'hsCode');
      if (hsCode.length && this.kind === 'declarations') this.hsCodeError = hsCode.map((problem) => problem.message).join(' ');
      // A file refused before its rows were read has no row: it is the file as a whole.
      this.fileProblems = error.fieldErrors.map((problem) => ({ row: problem.row ?? (problem.path === 'file' ? 0 : undefined), column: problem.column ?? null, message: problem.message }));
    } else {
      this.fileProblems = [{ message: errorsFrom(error, this.t, []).form ?? this.t.common.unexpected }];
    }
    this.refusal = this.text.upload.refused(name);
    this.announcement = '';
  }

  /** Stops the upload on its way, if any; one the server already took (it was checking it) is discarded. */
  #abandon() {
    this.#controller?.abort();
    this.#controller = undefined;
    if (this.#accepted) void this.client.imports.discard(this.#accepted).catch(() => {});
    this.#accepted = undefined;
  }

  #cancel() {
    this.#abandon();
    this.phase = 'start';
    this.progress = undefined;
    this.announcement = this.text.upload.cancelled;
    void this.updateComplete.then(() => this.#focus('#choose'));
  }

  #onDrop(event: DragEvent) {
    event.preventDefault();
    this.over = false;
    if (this.phase === 'uploading' || this.phase === 'checking') return;
    const [file] = event.dataTransfer?.files ?? [];
    if (file) void this.addFile(file);
  }

  // ── the result

  async #show(checked: Import, options: { focus?: boolean; keepView?: boolean } = {}) {
    this.current = checked;
    this.phase = checked.status === 'committed' ? 'committed' : 'result';
    this.progress = undefined;
    this.editing = undefined;
    this.confirming = undefined;
    this.actionError = undefined;
    this.fileProblems = checked.errors.filter((problem) => problem.row <= 1).map((problem) => ({ row: problem.row, column: problem.column, message: problem.message }));
    if (!options.keepView) this.showAll = checked.invalidRows === 0;
    this.rows = [];
    this.nextCursor = null;
    this.focusCell = undefined;
    this.#fixed.clear();
    this.announcement = this.#summaryLine(checked);
    if (isOpenImport(checked.status)) {
      void this.#loadChoices(checked);
      await this.#loadRows();
    }
    if (options.focus && this.#mayFocus()) {
      await this.updateComplete;
      this.#focus('#summary-heading');
    }
  }

  async #loadChoices(checked: Import) {
    if (checked.kind === 'declarations') {
      if (checked.hsCode) await this.#loadHsCode(checked.hsCode);
      return;
    }
    if (this.options) return;
    try {
      this.options = await this.client.products.options();
    } catch {
      // Cells are then edited as text; the server reads codes and names alike.
    }
  }

  async #loadRows(more = false) {
    const checked = this.current;
    if (!checked) return;
    const attempt = ++this.#rowLoads;
    this.rowsLoading = true;
    this.rowsError = undefined;
    try {
      const page = await this.client.imports.rows(checked.id, {
        limit: PAGE,
        ...(this.showAll ? {} : { invalid: 'true' as const }),
        ...(more && this.nextCursor ? { cursor: this.nextCursor } : {}),
      });
      if (attempt !== this.#rowLoads) return;
      const first = page.data[0];
      this.rows = more ? [...this.rows, ...page.data] : page.data;
      this.nextCursor = page.nextCursor;
      if (more && first) {
        this.focusCell = { row: first.row, col: 0 };
        await this.updateComplete;
        this.#focusCell();
      }
    } catch (error) {
      if (attempt === this.#rowLoads) this.rowsError = errorsFrom(error, this.t, []).form;
    } finally {
      if (attempt === this.#rowLoads) this.rowsLoading = false;
    }
  }

  #toggleAll(event: Event) {
    this.showAll = (event.target as HTMLInputElement).checked;
    this.editing = undefined;
    this.confirming = undefined;
    this.focusCell = undefined;
    void this.#loadRows();
  }

  #summaryLine(checked: Import): string {
    const text = this.text;
    if (checked.status === 'failed') return text.summary.failed;
    if (checked.status === 'committed') return text.actions.imported[checked.kind](checked.created ?? 0);
    if (checked.status === 'valid') return checked.rows ? text.summary.allFine(checked.rows, checked.kind) : text.summary.noRows;
    return text.summary.counts(checked.rows, checked.invalidRows, checked.errorCount);
  }

  // ── fixing in place

  #choicesFor(key: string): Choice[] | undefined {
    const pair = (option: { code: string; name: string }): Choice => ({ value: `${option.code} ${option.name}`, code: option.code, name: option.name });
    if (this.current?.kind === 'declarations') {
      const index = /^declarationElements\.(\d+)$/.exec(key)?.[1];
      const element = index === undefined ? undefined : this.hsCodeInfo?.elements.find((candidate) => String(candidate.index) === index);
      return element?.choices?.length ? element.choices.map(pair) : undefined;
    }
    const options = this.options;
    if (!options) return undefined;
    if (key === 'category') return options.categories.map((option) => ({ value: option.name, code: option.code, name: option.name }));
    if (key === 'unit') return options.units.map(pair);
    if (key === 'originCountry') return options.countries.map(pair);
    return undefined;
  }

  /**
   * The choice a cell's text stands for: its code, its name, or both as the drop-down writes them. Text written
   * another way (a name in another language, `7` for `007`) stays as written: the list offers it as it is, so
   * saving without choosing never blanks a cell the server reads fine.
   */
  #chosen(choices: Choice[], text: string): string {
    const wanted = text.trim().toLowerCase();
    if (!wanted) return '';
    const found = choices.find((choice) => {
      const code = choice.code.toLowerCase();
      return [code, choice.name.toLowerCase(), choice.value.toLowerCase()].includes(wanted) || wanted.startsWith(`${code} `);
    });
    return found?.value ?? text.trim();
  }

  async #startEdit(row: number, col: number) {
    const column = this.current?.columns[col - 1];
    const line = this.rows.find((candidate) => candidate.row === row);
    if (!column || !line || this.busy) return;
    const value = line.cells[column.key] ?? '';
    const choices = this.#choicesFor(column.key);
    this.confirming = undefined;
    this.focusCell = { row, col };
    this.editing = { row, key: column.key, col, value: choices ? this.#chosen(choices, value) : value };
    await this.updateComplete;
    const control = this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>('.editor input, .editor select');
    control?.focus();
    if (control instanceof HTMLInputElement) control.select();
  }

  async #cancelEdit() {
    const editing = this.editing;
    this.editing = undefined;
    if (!editing) return;
    await this.updateComplete;
    this.#focusCell();
  }

  async #save() {
    const editing = this.editing;
    const checked = this.current;
    if (!editing || !checked || editing.saving) return;
    this.editing = { ...editing, saving: true, error: undefined };
    try {
      const answer = await this.client.imports.fixRow(checked.id, editing.row, { [editing.key]: editing.value });
      this.current = answer.import;
      this.#merge(answer.rows);
      const fixed = answer.rows.find((line) => line.row === editing.row);
      const problems = fixed?.errors.length ?? 0;
      if (problems === 0) this.#fixed.add(editing.row);
      this.editing = undefined;
      const text = this.text;
      this.announcement = `${problems ? text.edit.rowStill(editing.row, problems) : text.edit.rowFine(editing.row)} ${this.#summaryLine(answer.import)}`;
      await this.updateComplete;
      this.#focusCell();
    } catch (error) {
      this.editing = { ...editing, saving: false, error: errorsFrom(error, this.t, []).form };
    }
  }

  /** Rows checked again (the one fixed, and any whose duplicate changed), put in place. */
  #merge(updated: ImportRow[]) {
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
  }

  #onEditorKeydown(event: KeyboardEvent) {
    if (event.isComposing) return; // choosing characters in an input method
    const target = event.composedPath()[0] as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      void this.#cancelEdit();
    } else if (event.key === 'Enter' && !(target instanceof HTMLButtonElement)) {
      event.preventDefault();
      event.stopPropagation();
      void this.#save();
    }
  }

  // ── leaving rows out

  async #confirmLeaveOut(row: number) {
    this.editing = undefined;
    this.confirming = row;
    await this.updateComplete;
    this.#focus('[part=confirm] button');
  }

  async #leaveOut(row: number) {
    const checked = this.current;
    if (!checked) return;
    this.busy = 'remove';
    this.actionError = undefined;
    const index = this.rows.findIndex((line) => line.row === row);
    try {
      const updated = await this.client.imports.removeRow(checked.id, row);
      this.current = updated;
      this.confirming = undefined;
      const duplicates = this.rows.some((line) => line.errors.some((problem) => problem.code === 'duplicate_in_file'));
      this.rows = this.rows.filter((line) => line.row !== row);
      // The row may have been the first of a duplicated SKU: the others are checked again on the server.
      if (duplicates) await this.#loadRows();
      this.announcement = `${this.text.leaveOut.done(row)} ${this.#summaryLine(updated)}`;
      const next = this.rows[Math.min(index, this.rows.length - 1)];
      this.focusCell = next ? { row: next.row, col: 0 } : undefined;
      await this.updateComplete;
      if (next) this.#focusCell();
      else this.#focus('#summary-heading');
    } catch (error) {
      this.actionError = errorsFrom(error, this.t, []).form;
    } finally {
      this.busy = undefined;
    }
  }

  async #cancelLeaveOut() {
    const row = this.confirming;
    this.confirming = undefined;
    await this.updateComplete;
    if (row !== undefined) this.#focus(`[data-row="${row}"][data-col="${(this.current?.columns.length ?? 0) + 1}"]`);
  }

  // ── checking again, importing, starting over

  async #revalidate() {
    const checked = this.current;
    if (!checked) return;
    this.busy = 'revalidate';
    this.actionError = undefined;
    this.announcement = this.text.actions.checking;
    try {
      const again = await this.client.imports.revalidate(checked.id);
      await this.#show(again, { keepView: true });
      this.emit(new WharfImportCheckedEvent({ import: again }));
    } catch (error) {
      this.actionError = errorsFrom(error, this.t, []).form;
      this.announcement = '';
    } finally {
      this.busy = undefined;
    }
  }

  async #commit() {
    const checked = this.current;
    if (!checked || checked.status !== 'valid') return;
    this.busy = 'commit';
    this.actionError = undefined;
    this.announcement = this.text.actions.importing;
    try {
      const done = await this.client.imports.commit(checked.id);
      const created = done.created ?? 0;
      this.current = done;
      this.phase = 'committed';
      this.rows = [];
      this.announcement = this.text.actions.imported[done.kind](created);
      this.emit(new WharfImportCommittedEvent({ import: done, created }));
      await this.updateComplete;
      this.#focus('#done');
    } catch (error) {
      // 409: rows no longer pass (a SKU was taken meanwhile); the answer carries the upload as it is now.
      const now = isConflictError(error) ? (error.problem.import as Import | undefined) : undefined;
      if (now && typeof now === 'object' && 'status' in now) {
        this.showAll = false;
        await this.#show(now, { keepView: true });
      }
      this.actionError = errorsFrom(error, this.t, []).form;
      this.announcement = '';
      await this.updateComplete;
      this.#focus('#summary-heading');
    } finally {
      this.busy = undefined;
    }
  }

  /** Starts over: an upload not imported is thrown away on the server, and the drop zone is shown again. */
  async reset() {
    this.#abandon();
    const previous = this.current;
    this.current = undefined;
    this.phase = 'start';
    this.progress = undefined;
    this.rows = [];
    this.nextCursor = null;
    this.fileProblems = [];
    this.refusal = undefined;
    this.editing = undefined;
    this.confirming = undefined;
    this.actionError = undefined;
    this.announcement = '';
    this.#fixed.clear();
    await this.updateComplete;
    if (this.#mayFocus()) this.#focus('#choose');
    if (previous && previous.status !== 'committed') await this.client.imports.discard(previous.id).catch(() => {});
  }

  // ── focus

  /** Whether moving the focus is ours to do: it is in this element, or nowhere (on the page's body). */
  #mayFocus(): boolean {
    const active = document.activeElement;
    return !active || active === document.body || this.matches(':focus-within');
  }

  #focus(selector: string) {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The cell that takes the grid's one tab stop: the one last focused, else the first problem. */
  #current(): { row: number; col: number } | undefined {
    const focus = this.focusCell;
    if (focus && this.rows.some((line) => line.row === focus.row)) return focus;
    const first = this.rows[0];
    if (!first) return undefined;
    const columns = this.current?.columns ?? [];
    const bad = columns.findIndex((column) => first.errors.some((problem) => problem.column === column.column));
    return { row: first.row, col: bad >= 0 ? bad + 1 : first.errors.length ? 0 : 1 };
  }

  #focusCell() {
    const cell = this.#current();
    if (cell) this.#focus(`[data-row="${cell.row}"][data-col="${cell.col}"]`);
  }

  #onGridFocusin(event: FocusEvent) {
    const cell = (event.composedPath()[0] as HTMLElement).closest?.<HTMLElement>('[data-col]');
    if (!cell) return;
    const row = Number(cell.dataset.row);
    const col = Number(cell.dataset.col);
    if (this.focusCell?.row !== row || this.focusCell?.col !== col) this.focusCell = { row, col };
  }

  #onGridKeydown(event: KeyboardEvent) {
    const target = event.composedPath()[0] as HTMLElement;
    if (target.closest('.editor')) return;
    const cell = target.closest<HTMLElement>('[data-col]');
    if (!cell) return;
    const index = this.rows.findIndex((line) => line.row === Number(cell.dataset.row));
    const col = Number(cell.dataset.col);
    const last = (this.current?.columns.length ?? 0) + 1;
    let next: [number, number] | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = [index, Math.min(col + 1, last)];
        break;
      case 'ArrowLeft':
        next = [index, Math.max(col - 1, 0)];
        break;
      case 'ArrowDown':
        next = [Math.min(index + 1, this.rows.length - 1), col];
        break;
      case 'ArrowUp':
        next = [Math.max(index - 1, 0), col];
        break;
      case 'Home':
        next = [event.ctrlKey ? 0 : index, 0];
        break;
      case 'End':
        next = [event.ctrlKey ? this.rows.length - 1 : index, last];
        break;
      case 'Enter':
      case 'F2':
        if (target === cell && col >= 1 && col < last) {
          event.preventDefault();
          void this.#startEdit(Number(cell.dataset.row), col);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    const line = this.rows[next[0]];
    if (!line) return;
    this.focusCell = { row: line.row, col: next[1] };
    void this.updateComplete.then(() => this.#focusCell());
  }

  // ── rendering

  override render() {
    const text = this.text;
    const kind = this.kind;
    return html`<div class="panel">
      <h2>${text.title[kind]}</h2>
      <ol part="steps" aria-label=${text.stepsLabel}>
        ${text.steps[kind].map((step) => html`<li>${step}</li>`)}
      </ol>
      <div role="status" part="status" class="visually-hidden">${this.announcement}</div>
      ${kind === 'declarations' ? this.#hsCodeSection() : nothing} ${this.#templateSection(text)}
      ${this.phase === 'committed' ? this.#doneSection(text) : this.phase === 'result' ? this.#resultSection(text) : this.#uploadSection(text)}
    </div>`;
  }

  #hsCodeSection() {
    const locked = this.phase !== 'start';
    return html`<wharf-hs-code-picker
      part="hs-code"
      name="hsCode"
      required
      .value=${this.hsCode}
      .locale=${this.locale}
      .error=${this.hsCodeError}
      ?disabled=${locked}
      @change=${this.#onHsCodeChange}
    ></wharf-hs-code-picker>`;
  }

  #templateSection(text: BatchUploadText) {
    const needsCode = this.kind === 'declarations' && !this.hsCode;
    return html`<section part="template" aria-labelledby="template-heading">
      <h3 id="template-heading">${text.template.heading}</h3>
      <div class="row">
        <button
          type="button"
          class="secondary"
          part="template-button"
          aria-describedby=${ifDefined(needsCode ? 'template-first' : undefined)}
          ?disabled=${this.templateBusy}
          @click=${this.#downloadTemplate}
        >
          ${this.templateBusy ? text.template.downloading : text.template.download}
        </button>
        ${this.template
          ? html`<span class="hint">${text.template.saveAgain} <a href=${this.template.url} download=${this.template.name}>${this.template.name}</a></span>`
          : nothing}
      </div>
      ${needsCode ? html`<p class="hint" id="template-first">${text.hsCode.first}</p>` : nothing}
      <p class="error" role="alert">${this.templateError ?? ''}</p>
    </section>`;
  }

  #uploadSection(text: BatchUploadText) {
    const working = this.phase === 'uploading' || this.phase === 'checking';
    return html`<section aria-labelledby="upload-heading">
      <h3 id="upload-heading">${text.upload.heading}</h3>
      <div
        part="drop-zone"
        role="group"
        aria-labelledby="upload-heading"
        aria-describedby="accepts"
        ?data-over=${this.over}
        @dragover=${(event: DragEvent) => (event.preventDefault(), (this.over = !working))}
        @dragleave=${() => (this.over = false)}
        @drop=${this.#onDrop}
      >
        <div class="row">
          <button type="button" id="choose" class="secondary" ?disabled=${working} @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')!.click()}>
            ${text.upload.choose}
          </button>
          <span class="hint">${text.upload.drop}</span>
        </div>
        <input
          type="file"
          tabindex="-1"
          aria-hidden="true"
          accept=${`${IMPORT_POLICY.extension},${IMPORT_POLICY.contentType}`}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            const [file] = input.files ?? [];
            input.value = '';
            if (file) void this.addFile(file);
          }}
        />
        <p class="hint" id="accepts">${text.upload.accepts}</p>
        ${working && this.progress ? this.#progress(text) : nothing}
      </div>
      <div role="alert" part="message">${this.refusal ? this.#fileProblems(this.refusal) : nothing}</div>
    </section>`;
  }

  #progress(text: BatchUploadText) {
    const progress = this.progress!;
    const label =
      progress.phase === 'checking'
        ? text.upload.checking(progress.percent, progress.rows)
        : progress.known
          ? text.upload.uploading(this.fileName, progress.percent)
          : text.upload.uploadingUnknown(this.fileName);
    return html`<div part="progress">
      <progress
        max="100"
        value=${ifDefined(progress.known ? progress.percent : undefined)}
        aria-labelledby="progress-text"
        aria-valuetext=${label}
        data-phase=${progress.phase}
      ></progress>
      <div class="row">
        <span id="progress-text">${label}</span>
        <button type="button" class="secondary" @click=${this.#cancel}>${text.upload.cancel}</button>
      </div>
    </div>`;
  }

  #fileProblems(intro: string) {
    const text = this.text;
    return html`<div part="file-problems" class="message error-message">
      <p>${intro}</p>
      <ul class="problems" aria-label=${text.summary.fileProblems}>
        ${this.fileProblems.map(
          (problem) =>
            html`<li>${problem.row === undefined ? nothing : html`<span class="where">${text.summary.at(problem.row, problem.column ?? null)}:</span>`} ${problem.message}</li>`,
        )}
      </ul>
    </div>`;
  }

  #resultSection(text: BatchUploadText) {
    const checked = this.current!;
    const open = isOpenImport(checked.status);
    const valid = checked.status === 'valid' && checked.rows > 0;
    return html`<section part="summary" aria-labelledby="summary-heading">
        <h3 id="summary-heading" tabindex="-1">${text.summary.heading}</h3>
        <p class="hint">${text.summary.file(checked.fileName)}</p>
        <p class="message ${valid ? 'success' : 'error-message'}" id="summary-line">
          ${valid ? html`<span aria-hidden="true">✓ </span>` : html`<span aria-hidden="true">⚠ </span>`}${this.#summaryLine(checked)}
        </p>
        ${this.fileProblems.length ? this.#fileProblems(text.summary.fileProblems) : nothing}
        <div role="alert" part="message">${this.actionError ? html`<p class="message error-message">${this.actionError}</p>` : nothing}</div>
        <div class="row">
          ${open
            ? html`<button type="button" class="secondary" ?disabled=${Boolean(this.busy)} @click=${this.#revalidate}>
                ${this.busy === 'revalidate' ? text.actions.checking : text.actions.checkAgain}
              </button>`
            : nothing}
          <button type="button" class="secondary" ?disabled=${Boolean(this.busy)} @click=${() => this.reset()}>${text.actions.uploadAnother}</button>
        </div>
      </section>
      ${open ? this.#rowsSection(text, checked) : nothing}
      ${open
        ? html`<div part="footer">
            <button type="button" class="primary" part="import-button" aria-describedby=${valid ? 'summary-line' : 'import-hint summary-line'} ?disabled=${!valid || Boolean(this.busy)} @click=${this.#commit}>
              ${this.busy === 'commit' ? text.actions.importing : text.actions.import[checked.kind](checked.rows)}
            </button>
            ${valid ? nothing : html`<p class="hint" id="import-hint">${text.actions.importHint}</p>`}
          </div>`
        : nothing}`;
  }

  #doneSection(text: BatchUploadText) {
    const done = this.current!;
    return html`<section part="summary" aria-labelledby="done">
      <p class="message success" id="done" tabindex="-1"><span aria-hidden="true">✓ </span>${text.actions.imported[done.kind](done.created ?? 0)}</p>
      <div class="row">
        <button type="button" class="secondary" @click=${() => this.reset()}>${text.actions.uploadAnother}</button>
      </div>
    </section>`;
  }

  #rowsSection(text: BatchUploadText, checked: Import) {
    const caption = this.showAll ? text.grid.captionAll(checked.rows) : text.grid.captionProblems(checked.invalidRows);
    return html`<section aria-labelledby="grid-caption">
      <label class="toggle"><input type="checkbox" .checked=${live(this.showAll)} @change=${this.#toggleAll} />${text.grid.showAll}</label>
      ${this.confirming !== undefined ? this.#confirmation(text, this.confirming) : nothing}
      ${this.rows.length
        ? html`<p class="hint" id="grid-hint">${text.grid.hint}</p>
            <div part="grid-scroll">
              <table part="grid" role="grid" aria-labelledby="grid-caption" aria-describedby="grid-hint">
                <caption id="grid-caption">${caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">${text.grid.row}</th>
                    ${checked.columns.map((column) => html`<th scope="col"><span class="letter">${column.column}</span> ${column.header}</th>`)}
                    <th scope="col">${text.grid.actions}</th>
                  </tr>
                </thead>
                <tbody @keydown=${this.#onGridKeydown} @focusin=${this.#onGridFocusin}>
                  ${this.rows.map((line) => this.#row(text, checked.columns, line))}
                </tbody>
              </table>
            </div>`
        : html`<p id="grid-caption" class="hint">${this.rowsLoading ? text.grid.loading : caption}</p>
            ${this.rowsLoading ? nothing : html`<p class="hint">${this.showAll ? text.summary.noRows : text.grid.empty}</p>`}`}
      ${this.rowsError ? html`<p class="error" role="alert">${this.rowsError}</p>` : nothing}
      ${this.nextCursor
        ? html`<div><button type="button" class="secondary" ?disabled=${this.rowsLoading} @click=${() => this.#loadRows(true)}>${this.rowsLoading ? text.grid.loading : text.grid.more}</button></div>`
        : nothing}
    </section>`;
  }

  #row(text: BatchUploadText, columns: readonly ImportColumn[], line: ImportRow) {
    const letters = new Set(columns.map((column) => column.column));
    const atCell = new Map<string, ImportError[]>();
    const whole: ImportError[] = [];
    for (const problem of line.errors) {
      if (problem.column && letters.has(problem.column)) atCell.set(problem.column, [...(atCell.get(problem.column) ?? []), problem]);
      else whole.push(problem);
    }
    const focus = this.#current();
    const tabindex = (col: number) => (focus?.row === line.row && focus.col === col ? '0' : '-1');
    const last = columns.length + 1;
    const wholeId = `row-${line.row}-problems`;
    return html`<tr data-state=${line.errors.length ? 'invalid' : 'valid'}>
      <th
        scope="row"
        data-row=${line.row}
        data-col="0"
        tabindex=${tabindex(0)}
        aria-invalid=${whole.length ? 'true' : 'false'}
        aria-describedby=${ifDefined(whole.length ? wholeId : undefined)}
      >
        ${line.row}
        ${this.#fixed.has(line.row) && line.errors.length === 0 ? html`<span class="fixed"><span aria-hidden="true">✓ </span>${text.grid.fixed}</span>` : nothing}
        ${whole.length ? this.#problems(text, wholeId, whole, true) : nothing}
      </th>
      ${columns.map((column, index) => this.#cell(text, line, column, index + 1, atCell.get(column.column), tabindex(index + 1)))}
      <td class="actions">
        <button type="button" class="secondary" data-row=${line.row} data-col=${last} tabindex=${tabindex(last)} aria-label=${text.leaveOut.label(line.row)} ?disabled=${Boolean(this.busy)} @click=${() => this.#confirmLeaveOut(line.row)}>
          ${text.leaveOut.button}
        </button>
      </td>
    </tr>`;
  }

  #cell(text: BatchUploadText, line: ImportRow, column: ImportColumn, col: number, problems: ImportError[] | undefined, tabindex: string) {
    const id = `cell-${line.row}-${column.column}`;
    const value = line.cells[column.key] ?? '';
    const editing = this.editing?.row === line.row && this.editing.key === column.key ? this.editing : undefined;
    if (editing) {
      return html`<td id=${id} part="cell editing" data-row=${line.row} data-col=${col} tabindex="-1" aria-invalid=${problems ? 'true' : 'false'}>
        ${this.#editor(text, line, column, editing, problems)}
      </td>`;
    }
    return html`<td
      id=${id}
      part=${problems ? 'cell invalid' : 'cell'}
      data-row=${line.row}
      data-col=${col}
      data-key=${column.key}
      tabindex=${tabindex}
      aria-invalid=${problems ? 'true' : 'false'}
      aria-describedby=${ifDefined(problems ? `${id}-problems` : undefined)}
      @dblclick=${() => this.#startEdit(line.row, col)}
    >
      <div class="cell">
        <span class="value">${value}</span>
        <button type="button" class="edit" tabindex="-1" aria-label=${text.grid.edit(column.column, line.row, column.header)} title=${text.grid.edit(column.column, line.row, column.header)} @click=${() => this.#startEdit(line.row, col)}>✎</button>
      </div>
      ${problems ? this.#problems(text, `${id}-problems`, problems, false) : nothing}
    </td>`;
  }

  #problems(text: BatchUploadText, id: string, problems: readonly ImportError[], withHeader: boolean) {
    return html`<ul class="cell-problems" part="cell-problems" id=${id}>
      ${problems.map(
        (problem) =>
          html`<li><span class="icon" aria-hidden="true">⚠</span><span class="visually-hidden">${text.grid.problem} </span>${withHeader && problem.header ? `${problem.header}: ` : ''}${problem.message}</li>`,
      )}
    </ul>`;
  }

  #editor(text: BatchUploadText, line: ImportRow, column: ImportColumn, editing: Editing, problems: ImportError[] | undefined) {
    const id = `edit-${line.row}-${column.column}`;
    const choices = this.#choicesFor(column.key);
    const describedBy = [problems ? `${id}-problems` : '', `${id}-error`].filter(Boolean).join(' ');
    const onValue = (event: Event) => (this.editing = { ...editing, value: (event.target as HTMLInputElement | HTMLSelectElement).value });
    return html`<div class="editor" part="editor" @keydown=${this.#onEditorKeydown}>
      <label for=${id} class="visually-hidden">${text.grid.cell(column.column, line.row, column.header)}</label>
      ${choices
        ? html`<select id=${id} aria-invalid=${problems ? 'true' : 'false'} aria-describedby=${describedBy} ?disabled=${editing.saving} @change=${onValue}>
            <option value="" ?selected=${!editing.value}>${text.edit.choose}</option>
            ${editing.value && !choices.some((choice) => choice.value === editing.value) ? html`<option value=${editing.value} selected>${editing.value}</option>` : nothing}
            ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === editing.value}>${choice.value}</option>`)}
          </select>`
        : html`<input id=${id} type="text" autocomplete="off" aria-invalid=${problems ? 'true' : 'false'} aria-describedby=${describedBy} .value=${live(editing.value)} ?disabled=${editing.saving} @input=${onValue} />`}
      <div class="row">
        <button type="button" class="primary" ?disabled=${editing.saving} @click=${this.#save}>${editing.saving ? text.edit.saving : text.edit.save}</button>
        <button type="button" class="secondary" ?disabled=${editing.saving} @click=${this.#cancelEdit}>${text.edit.cancel}</button>
      </div>
      ${problems ? this.#problems(text, `${id}-problems`, problems, false) : nothing}
      <p class="error" id=${`${id}-error`} role="alert">${editing.error ?? ''}</p>
    </div>`;
  }

  #confirmation(text: BatchUploadText, row: number) {
    return html`<div
      part="confirm"
      role="group"
      aria-label=${text.leaveOut.confirm(row)}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && (event.preventDefault(), this.#cancelLeaveOut())}
    >
      <span>${text.leaveOut.confirm(row)}</span>
      <button type="button" ?disabled=${this.busy === 'remove'} @click=${() => this.#leaveOut(row)}>${text.leaveOut.button}</button>
      <button type="button" class="secondary" @click=${this.#cancelLeaveOut}>${text.leaveOut.cancel}</button>
    </div>`;
  }
}
