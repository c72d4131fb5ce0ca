import type { Import, ImportColumn, ImportError, ImportRow } from '@wharf/domain';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CellChoices } from './choices.ts';
import type { CellEditor, Editing } from './cell-editor.ts';
import type { GridNavigation } from './grid-navigation.ts';
import type { ImportActions } from './import-actions.ts';
import type { UploadRows } from './rows.ts';
import type { BatchUploadText } from './i18n/en.ts';

/** What the grid of uploaded rows shows and what its buttons do. */
export interface GridView {
  text: BatchUploadText;
  upload: Import;
  rows: UploadRows;
  navigation: GridNavigation;
  editor: CellEditor;
  choices: CellChoices;
  actions: ImportActions;
  toggleAll: (event: Event) => void;
  more: () => void;
}

/** The rows with their cells, bad ones outlined and explained, each fixable in place or left out. */
export function rowsSection(view: GridView) {
  const { text, upload, rows } = view;
  const caption = rows.showAll ? text.grid.captionAll(upload.rows) : text.grid.captionProblems(upload.invalidRows);
  return html`<section aria-labelledby="grid-caption">
    <label class="toggle"><input type="checkbox" .checked=${live(rows.showAll)} @change=${view.toggleAll} />${text.grid.showAll}</label>
    ${view.actions.confirming !== undefined ? confirmation(view, view.actions.confirming) : nothing}
    ${rows.rows.length
      ? html`<p class="hint" id="grid-hint">${text.grid.hint}</p>
          <div part="grid-scroll">
            <table part="grid" role="grid" aria-labelledby="grid-caption" aria-describedby="grid-hint">
              <caption id="grid-caption">${caption}</caption>
              <thead>
                <tr>
                  <th scope="col">${text.grid.row}</th>
                  ${upload.columns.map((column) => html`<th scope="col"><span class="letter">${column.column}</span> ${column.header}</th>`)}
                  <th scope="col">${text.grid.actions}</th>
                </tr>
              </thead>
              <tbody @keydown=${view.navigation.onKeydown} @focusin=${view.navigation.onFocusin}>
                ${rows.rows.map((line) => row(view, line))}
              </tbody>
            </table>
          </div>`
      : html`<p id="grid-caption" class="hint">${rows.loading ? text.grid.loading : caption}</p>
          ${rows.loading ? nothing : html`<p class="hint">${rows.showAll ? text.summary.noRows : text.grid.empty}</p>`}`}
    ${rows.error ? html`<p class="error" role="alert">${rows.error}</p>` : nothing}
    ${rows.nextCursor
      ? html`<div><button type="button" class="secondary" ?disabled=${rows.loading} @click=${view.more}>${rows.loading ? text.grid.loading : text.grid.more}</button></div>`
      : nothing}
  </section>`;
}

function row(view: GridView, line: ImportRow) {
  const { text, upload } = view;
  const columns = upload.columns;
  const letters = new Set(columns.map((column) => column.column));
  const atCell = new Map<string, ImportError[]>();
  const whole: ImportError[] = [];
  for (const problem of line.errors) {
    if (problem.column && letters.has(problem.column)) atCell.set(problem.column, [...(atCell.get(problem.column) ?? []), problem]);
    else whole.push(problem);
  }
  const focus = view.navigation.current();
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
      ${view.editor.fixed.has(line.row) && line.errors.length === 0 ? html`<span class="fixed"><span aria-hidden="true">✓ </span>${text.grid.fixed}</span>` : nothing}
      ${whole.length ? problemList(text, wholeId, whole, true) : nothing}
    </th>
    ${columns.map((column, index) => cell(view, line, column, index + 1, atCell.get(column.column), tabindex(index + 1)))}
    <td class="actions">
      <button
        type="button"
        class="secondary"
        data-row=${line.row}
        data-col=${last}
        tabindex=${tabindex(last)}
        aria-label=${text.leaveOut.label(line.row)}
        ?disabled=${Boolean(view.actions.busy)}
        @click=${() => view.actions.askLeaveOut(line.row)}
      >
        ${text.leaveOut.button}
      </button>
    </td>
  </tr>`;
}

function cell(view: GridView, line: ImportRow, column: ImportColumn, col: number, problems: ImportError[] | undefined, tabindex: string) {
  const { text, editor } = view;
  const id = `cell-${line.row}-${column.column}`;
  const value = line.cells[column.key] ?? '';
  const editing = editor.editing?.row === line.row && editor.editing.key === column.key ? editor.editing : undefined;
  if (editing) {
    return html`<td id=${id} part="cell editing" data-row=${line.row} data-col=${col} tabindex="-1" aria-invalid=${problems ? 'true' : 'false'}>
      ${cellEditor(view, line, column, editing, problems)}
    </td>`;
  }
  const label = text.grid.edit(column.column, line.row, column.header);
  return html`<td
    id=${id}
    part=${problems ? 'cell invalid' : 'cell'}
    data-row=${line.row}
    data-col=${col}
    data-key=${column.key}
    tabindex=${tabindex}
    aria-invalid=${problems ? 'true' : 'false'}
    aria-describedby=${ifDefined(problems ? `${id}-problems` : undefined)}
    @dblclick=${() => editor.start(line.row, col)}
  >
    <div class="cell">
      <span class="value">${value}</span>
      <button type="button" class="edit" tabindex="-1" aria-label=${label} title=${label} @click=${() => editor.start(line.row, col)}>✎</button>
    </div>
    ${problems ? problemList(text, `${id}-problems`, problems, false) : nothing}
  </td>`;
}

function problemList(text: BatchUploadText, id: string, problems: readonly ImportError[], withHeader: boolean) {
  return html`<ul class="cell-problems" part="cell-problems" id=${id}>
    ${problems.map(
      (problem) =>
        html`<li><span class="icon" aria-hidden="true">⚠</span><span class="visually-hidden">${text.grid.problem} </span>${withHeader && problem.header ? `${problem.header}: ` : ''}${problem.message}</li>`,
    )}
  </ul>`;
}

/** The fix-in-place editor: a list where the cell has one, else a text input; Enter saves, Escape cancels. */
function cellEditor(view: GridView, line: ImportRow, column: ImportColumn, editing: Editing, problems: ImportError[] | undefined) {
  const { text, editor } = view;
  const id = `edit-${line.row}-${column.column}`;
  const choices = view.choices.for(view.upload, column.key);
  const describedBy = [problems ? `${id}-problems` : '', `${id}-error`].filter(Boolean).join(' ');
  const onValue = (event: Event) => editor.setValue((event.target as HTMLInputElement | HTMLSelectElement).value);
  return html`<div class="editor" part="editor" @keydown=${editor.onKeydown}>
    <label for=${id} class="visually-hidden">${text.grid.cell(column.column, line.row, column.header)}</label>
    ${choices
      ? html`<select id=${id} aria-invalid=${problems ? 'true' : 'false'} aria-describedby=${describedBy} ?disabled=${editing.saving} @change=${onValue}>
          <option value="" ?selected=${!editing.value}>${text.edit.choose}</option>
          ${editing.value && !choices.some((choice) => choice.value === editing.value) ? html`<option value=${editing.value} selected>${editing.value}</option>` : nothing}
          ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === editing.value}>${choice.value}</option>`)}
        </select>`
      : html`<input id=${id} type="text" autocomplete="off" aria-invalid=${problems ? 'true' : 'false'} aria-describedby=${describedBy} .value=${live(editing.value)} ?disabled=${editing.saving} @input=${onValue} />`}
    <div class="row">
      <button type="button" class="primary" ?disabled=${editing.saving} @click=${editor.save}>${editing.saving ? text.edit.saving : text.edit.save}</button>
      <button type="button" class="secondary" ?disabled=${editing.saving} @click=${editor.cancel}>${text.edit.cancel}</button>
    </div>
    ${problems ? problemList(text, `${id}-problems`, problems, false) : nothing}
    <p class="error" id=${`${id}-error`} role="alert">${editing.error ?? ''}</p>
  </div>`;
}

function confirmation(view: GridView, row: number) {
  const { text, actions } = view;
  return html`<div
    part="confirm"
    role="group"
    aria-label=${text.leaveOut.confirm(row)}
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && (event.preventDefault(), actions.cancelLeaveOut())}
  >
    <span>${text.leaveOut.confirm(row)}</span>
    <button type="button" ?disabled=${actions.busy === 'remove'} @click=${() => actions.leaveOut(row)}>${text.leaveOut.button}</button>
    <button type="button" class="secondary" @click=${actions.cancelLeaveOut}>${text.leaveOut.cancel}</button>
  </div>`;
}
