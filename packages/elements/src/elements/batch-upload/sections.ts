import type { Import } from '@wharf/domain';
import { IMPORT_POLICY, isOpenImport } from '@wharf/domain/imports';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dropZone } from '../../internal/drop-zone.ts';
import { rowsSection, type GridView } from './grid.ts';
import type { TemplateDownload } from './template-download.ts';
import type { BatchUploadText } from './i18n/en.ts';
import { summaryLine } from './summary.ts';
import type { FileProblem, UploadController } from './upload.ts';

export function templateSection(text: BatchUploadText, template: TemplateDownload, needsCode: boolean) {
  return html`<section part="template" aria-labelledby="template-heading">
    <h3 id="template-heading">${text.template.heading}</h3>
    <div class="row">
      <button
        type="button"
        class="secondary"
        part="template-button"
        aria-describedby=${ifDefined(needsCode ? 'template-first' : undefined)}
        ?disabled=${template.busy}
        @click=${() => template.download()}
      >
        ${template.busy ? text.template.downloading : text.template.download}
      </button>
      ${template.file ? html`<span class="hint">${text.template.saveAgain} <a href=${template.file.url} download=${template.file.name}>${template.file.name}</a></span>` : nothing}
    </div>
    ${needsCode ? html`<p class="hint" id="template-first">${text.hsCode.first}</p>` : nothing}
    <p class="error" role="alert">${template.error ?? ''}</p>
  </section>`;
}

/** What the drop zone shows and does. */
export interface UploadView {
  text: BatchUploadText;
  upload: UploadController;
  over: boolean;
  /** The upload refused, with its file problems. */
  refusal?: string | undefined;
  fileProblems: readonly FileProblem[];
  setOver: (over: boolean) => void;
  drop: (event: DragEvent) => void;
  choose: () => void;
  add: (file: File) => void;
  cancel: () => void;
}

export function uploadSection(view: UploadView) {
  const { text, upload } = view;
  const working = upload.active;
  return html`<section aria-labelledby="upload-heading">
    <h3 id="upload-heading">${text.upload.heading}</h3>
    ${dropZone({
      labelledBy: 'upload-heading',
      describedBy: 'accepts',
      over: view.over,
      setOver: (over) => view.setOver(over && !working),
      drop: view.drop,
      choose: { label: text.upload.choose, id: 'choose', disabled: working, click: view.choose },
      dropHint: text.upload.drop,
      accept: `${IMPORT_POLICY.extension},${IMPORT_POLICY.contentType}`,
      picked: ([file]) => {
        if (file) view.add(file);
      },
      content: html`<p class="hint" id="accepts">${text.upload.accepts}</p>
        ${working && upload.progress ? progress(view) : nothing}`,
    })}
    <div role="alert" part="message">${view.refusal ? fileProblems(text, view.refusal, view.fileProblems) : nothing}</div>
  </section>`;
}

function progress({ text, upload, cancel }: UploadView) {
  const { progress, fileName } = upload;
  if (!progress) return nothing;
  const label =
    progress.phase === 'checking'
      ? text.upload.checking(progress.percent, progress.rows)
      : progress.known
        ? text.upload.uploading(fileName, progress.percent)
        : text.upload.uploadingUnknown(fileName);
  return html`<div part="progress">
    <progress max="100" value=${ifDefined(progress.known ? progress.percent : undefined)} aria-labelledby="progress-text" aria-valuetext=${label} data-phase=${progress.phase}></progress>
    <div class="row">
      <span id="progress-text">${label}</span>
      <button type="button" class="secondary" @click=${cancel}>${text.upload.cancel}</button>
    </div>
  </div>`;
}

export function fileProblems(text: BatchUploadText, intro: string, problems: readonly FileProblem[]) {
  return html`<div part="file-problems" class="message error-message">
    <p>${intro}</p>
    <ul class="problems" aria-label=${text.summary.fileProblems}>
      ${problems.map(
        (problem) => html`<li>${problem.row === undefined ? nothing : html`<span class="where">${text.summary.at(problem.row, problem.column ?? null)}:</span>`} ${problem.message}</li>`,
      )}
    </ul>
  </div>`;
}

/** What the check's result shows and what its buttons do. */
export interface ResultView extends GridView {
  fileProblems: readonly FileProblem[];
  reset: () => void;
}

export function resultSection(view: ResultView) {
  const { text, upload: checked, actions } = view;
  const action = actions.busy;
  const open = isOpenImport(checked.status);
  const valid = checked.status === 'valid' && checked.rows > 0;
  return html`<section part="summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading" tabindex="-1">${text.summary.heading}</h3>
      <p class="hint">${text.summary.file(checked.fileName)}</p>
      <p class="message ${valid ? 'success' : 'error-message'}" id="summary-line">
        ${valid ? html`<span aria-hidden="true">✓ </span>` : html`<span aria-hidden="true">⚠ </span>`}${summaryLine(text, checked)}
      </p>
      ${view.fileProblems.length ? fileProblems(text, text.summary.fileProblems, view.fileProblems) : nothing}
      <div role="alert" part="message">${actions.error ? html`<p class="message error-message">${actions.error}</p>` : nothing}</div>
      <div class="row">
        ${open
          ? html`<button type="button" class="secondary" ?disabled=${Boolean(action)} @click=${actions.revalidate}>
              ${action === 'revalidate' ? text.actions.checking : text.actions.checkAgain}
            </button>`
          : nothing}
        <button type="button" class="secondary" ?disabled=${Boolean(action)} @click=${view.reset}>${text.actions.uploadAnother}</button>
      </div>
    </section>
    ${open ? rowsSection(view) : nothing}
    ${open
      ? html`<div part="footer">
          <button
            type="button"
            class="primary"
            part="import-button"
            aria-describedby=${valid ? 'summary-line' : 'import-hint summary-line'}
            ?disabled=${!valid || Boolean(action)}
            @click=${actions.commit}
          >
            ${action === 'commit' ? text.actions.importing : text.actions.import[checked.kind](checked.rows)}
          </button>
          ${valid ? nothing : html`<p class="hint" id="import-hint">${text.actions.importHint}</p>`}
        </div>`
      : nothing}`;
}

export function doneSection(text: BatchUploadText, done: Import, reset: () => void) {
  return html`<section part="summary" aria-labelledby="done">
    <p class="message success" id="done" tabindex="-1"><span aria-hidden="true">✓ </span>${text.actions.imported[done.kind](done.created ?? 0)}</p>
    <div class="row">
      <button type="button" class="secondary" @click=${reset}>${text.actions.uploadAnother}</button>
    </div>
  </section>`;
}

