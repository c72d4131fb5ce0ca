import type { Import, ImportKind } from '@wharf/domain';
import { IMPORT_POLICY, isOpenImport } from '@wharf/domain/imports';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { catalogue } from '../../i18n/localize.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { WharfImportCheckedEvent } from '../../events/import-checked.ts';
import { WharfImportCommittedEvent } from '../../events/import-committed.ts';
import { formStyles } from '../../styles/form.styles.ts';
import type { WharfHsCodePicker } from '../hs-code-picker/hs-code-picker.ts';
import { batchUploadStyles } from './batch-upload.styles.ts';
import { CellEditor } from './cell-editor.ts';
import { CellChoices } from './choices.ts';
import { GridNavigation } from './grid-navigation.ts';
import { ImportActions } from './import-actions.ts';
import { en, type BatchUploadText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { UploadRows } from './rows.ts';
import { doneSection, resultSection, templateSection, uploadSection, type ResultView } from './sections.ts';
import { summaryLine } from './summary.ts';
import { TemplateDownload } from './template-download.ts';
import { refusalOf, UploadController, type FileProblem } from './upload.ts';

/** The words of `<wharf-batch-upload>` in a locale. */
export const batchUploadText = catalogue<BatchUploadText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

/** Where the element is: nothing uploaded (or a file on its way), a checked upload, or one imported. */
type Phase = 'start' | 'result' | 'committed';

/**
 * Batch upload of products, or of one HS code's declaration elements (PRODUCT §3.6–3.7; seed 002
 * 产品批量上传 and 海关申报要素上传): download the template, upload the filled-in .xlsx (dropped or chosen) with its
 * progress, see every problem at its row and column — in a grid of the uploaded rows, bad cells outlined, marked
 * and described — fix cells in place or leave rows out, check again, then import all or nothing. Products are
 * created as drafts; declaration elements send their products for filing.
 *
 * The grid is a single tab stop: the arrow keys move between cells, Home/End to the row's ends (with Ctrl, the
 * grid's), Enter or F2 edits the cell, Enter saves and Escape cancels.
 *
 * @tagname wharf-batch-upload
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
 * @csspart invalid - Also on a cell with problems (`cell invalid`).
 * @csspart editing - Also on the cell being edited (`cell editing`).
 * @csspart cell-problems - The problems under a cell or a row number.
 * @csspart editor - The input or list a cell is edited with.
 * @csspart confirm - The confirmation before a row is left out.
 * @csspart import-button - The import (or “send for filing”) button.
 * @csspart footer - The import button and what it will do, under the grid.
 * @csspart message - Announcements and errors shown to everybody.
 * @csspart status - The visually hidden live region that announces progress and results.
 *
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
  /** Problems with the file itself: why it was refused (`refusal`), or found by the check (rows 0 and 1). */
  @state() private fileProblems: FileProblem[] = [];
  @state() private refusal?: string;
  @state() private hsCodeError?: string;
  @state() private over = false;
  @state() private announcement = '';

  /** What every part of the element's work is given: the element, its client and its words. */
  readonly #base = { host: this, client: () => this.client, t: () => this.t, text: () => this.text, announce: (message: string) => (this.announcement = message) };
  readonly #upload = new UploadController(this.#base);
  readonly #template = new TemplateDownload({
    ...this.#base,
    target: () => ({ kind: this.kind, hsCode: this.hsCode }),
  });
  readonly #choices = new CellChoices({
    ...this.#base,
    picked: (code) => {
      const picked = this.renderRoot.querySelector<WharfHsCodePicker>('wharf-hs-code-picker')?.hsCode;
      return picked?.code === code ? picked : undefined;
    },
  });
  readonly #rows = new UploadRows({
    ...this.#base,
    onMore: async (first) => {
      this.#navigation.set({ row: first.row, col: 0 });
      await this.updateComplete;
      this.#navigation.focus();
    },
  });
  readonly #navigation: GridNavigation = new GridNavigation({
    host: this,
    rows: () => this.#rows.rows,
    columns: () => this.current?.columns ?? [],
    edit: (row, col) => void this.#editor.start(row, col),
  });
  readonly #editor: CellEditor = new CellEditor({
    ...this.#base,
    upload: () => this.current,
    busy: () => Boolean(this.#actions.busy),
    rows: this.#rows,
    choices: this.#choices,
    navigation: this.#navigation,
    onStart: () => this.#actions.clear(),
    onSaved: (upload, row, problems) => {
      this.current = upload;
      const text = this.text;
      this.announcement = `${problems ? text.edit.rowStill(row, problems) : text.edit.rowFine(row)} ${summaryLine(text, upload)}`;
    },
  });
  readonly #actions: ImportActions = new ImportActions({
    ...this.#base,
    upload: () => this.current,
    setUpload: (upload) => (this.current = upload),
    show: (upload) => this.#show(upload, { keepView: true }),
    rows: this.#rows,
    navigation: this.#navigation,
    editor: this.#editor,
    checked: (upload) => this.emit(new WharfImportCheckedEvent({ import: upload })),
    committed: (upload, created) => {
      this.current = upload;
      this.phase = 'committed';
      this.emit(new WharfImportCommittedEvent({ import: upload, created }));
    },
  });

  private get text(): BatchUploadText {
    return batchUploadText(this.effectiveLocale);
  }

  /** The upload shown (checked, fixed or imported); undefined before one. */
  get import(): Import | undefined {
    return this.current;
  }

  protected override updated(changed: PropertyValues<this>) {
    // Another kind of upload: what was shown belongs to the other one.
    if (changed.has('kind') && changed.get('kind') !== undefined) void this.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // The picker is loaded only where it is used, so the products upload does not pay for it.
    if (changed.has('kind') && this.kind === 'declarations') void import('../hs-code-picker/define.ts');
    const known = this.#choices.hsCode;
    if ((changed.has('hsCode') || changed.has('kind')) && known && known.code !== this.hsCode) this.#choices.hsCode = undefined;
    if (changed.has('hsCode') && this.#template.file && changed.get('hsCode') !== undefined) this.#template.forget();
  }

  #onHsCodeChange(event: Event) {
    const picker = event.target as WharfHsCodePicker;
    this.hsCode = picker.value;
    this.#choices.hsCode = picker.hsCode;
    this.hsCodeError = undefined;
    if (this.#template.error === this.text.hsCode.first) this.#template.clearError();
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
      const { importMessagesFor } = await import('@wharf/domain/imports');
      this.refusal = text.upload.notXlsx(file.name, importMessagesFor(this.effectiveLocale).field.file_not_xlsx({}));
      return;
    }
    this.phase = 'start';
    // The “Choose file” button is disabled while the file is on its way: the focus goes to “Cancel”.
    void this.updateComplete.then(() => this.#mayFocus() && this.#focus('[part=progress] button'));
    try {
      const checked = await this.#upload.send(file, { kind: this.kind, ...(this.kind === 'declarations' && this.hsCode ? { hsCode: this.hsCode } : {}) });
      if (!checked) return;
      await this.#show(checked, { focus: true });
      this.emit(new WharfImportCheckedEvent({ import: checked }));
    } catch (error) {
      this.phase = 'start';
      const refused = refusalOf(error, this.kind, this.t);
      this.fileProblems = refused.problems;
      if (refused.hsCode) this.hsCodeError = refused.hsCode;
      this.refusal = text.upload.refused(file.name);
      this.announcement = '';
    }
  }

  #cancel() {
    this.#upload.abandon();
    this.phase = 'start';
    this.announcement = this.text.upload.cancelled;
    void this.updateComplete.then(() => this.#focus('#choose'));
  }

  #onDrop(event: DragEvent) {
    event.preventDefault();
    this.over = false;
    if (this.#upload.active) return;
    const [file] = event.dataTransfer?.files ?? [];
    if (file) void this.addFile(file);
  }

  // ── the result

  async #show(checked: Import, options: { focus?: boolean; keepView?: boolean } = {}) {
    this.current = checked;
    this.phase = checked.status === 'committed' ? 'committed' : 'result';
    this.#editor.drop();
    this.#actions.clear();
    this.fileProblems = checked.errors.filter((problem) => problem.row <= 1).map((problem) => ({ row: problem.row, column: problem.column, message: problem.message }));
    if (!options.keepView) this.#rows.showAll = checked.invalidRows === 0;
    this.#rows.clear();
    this.#navigation.set(undefined);
    this.#editor.fixed.clear();
    this.announcement = summaryLine(this.text, checked);
    if (isOpenImport(checked.status)) {
      void this.#choices.load(checked);
      await this.#rows.load(checked);
    }
    if (options.focus && this.#mayFocus()) {
      await this.updateComplete;
      this.#focus('#summary-heading');
    }
  }

  #toggleAll(event: Event) {
    this.#rows.showAll = (event.target as HTMLInputElement).checked;
    this.#editor.drop();
    this.#actions.clear();
    this.#navigation.set(undefined);
    if (this.current) void this.#rows.load(this.current);
  }

  /** Starts over: an upload not imported is thrown away on the server, and the drop zone is shown again. */
  async reset() {
    this.#upload.abandon();
    const previous = this.current;
    this.current = undefined;
    this.phase = 'start';
    this.#rows.clear();
    this.fileProblems = [];
    this.refusal = undefined;
    this.#editor.drop();
    this.#actions.clear();
    this.announcement = '';
    this.#editor.fixed.clear();
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
      ${kind === 'declarations' ? this.#hsCodeSection() : nothing} ${templateSection(text, this.#template, kind === 'declarations' && !this.hsCode)}
      ${this.#main(text)}
    </div>`;
  }

  #main(text: BatchUploadText) {
    const current = this.current;
    if (!this.#upload.active && current && this.phase === 'committed') return doneSection(text, current, () => void this.reset());
    if (!this.#upload.active && current && this.phase === 'result') return resultSection(this.#resultView(text, current));
    return uploadSection({
      text,
      upload: this.#upload,
      over: this.over,
      refusal: this.refusal,
      fileProblems: this.fileProblems,
      setOver: (over) => (this.over = over),
      drop: (event) => this.#onDrop(event),
      choose: () => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click(),
      add: (file) => void this.addFile(file),
      cancel: () => this.#cancel(),
    });
  }

  #resultView(text: BatchUploadText, upload: Import): ResultView {
    return {
      text,
      upload,
      rows: this.#rows,
      navigation: this.#navigation,
      editor: this.#editor,
      choices: this.#choices,
      actions: this.#actions,
      fileProblems: this.fileProblems,
      toggleAll: (event) => this.#toggleAll(event),
      more: () => void this.#rows.load(upload, true),
      reset: () => void this.reset(),
    };
  }

  #hsCodeSection() {
    return html`<wharf-hs-code-picker
      part="hs-code"
      name="hsCode"
      required
      .value=${this.hsCode}
      .locale=${this.locale}
      .error=${this.hsCodeError}
      ?disabled=${this.phase !== 'start' || this.#upload.active}
      @change=${this.#onHsCodeChange}
    ></wharf-hs-code-picker>`;
  }
}
