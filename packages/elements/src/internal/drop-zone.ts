import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface DropZoneOptions {
  /** Ids of the zone's name and of what it accepts. */
  labelledBy: string;
  describedBy: string;
  over: boolean;
  /** Files are being dragged over the zone (`true`) or left it (`false`). */
  setOver: (over: boolean) => void;
  drop: (event: DragEvent) => void;
  choose: { label: string; id?: string; disabled?: boolean; click: () => void };
  dropHint: string;
  accept: string;
  multiple?: boolean;
  /** The files picked with the button; the input is cleared first, so the same file can be picked again. */
  picked: (files: File[]) => void;
  /** What the zone shows under its file input (limits, progress, errors). */
  content: TemplateResult;
}

/** A zone files are dropped on, with a button that opens the (hidden) file input instead. */
export function dropZone(options: DropZoneOptions) {
  const { choose } = options;
  return html`<div
    part="drop-zone"
    role="group"
    aria-labelledby=${options.labelledBy}
    aria-describedby=${options.describedBy}
    ?data-over=${options.over}
    @dragover=${(event: DragEvent) => (event.preventDefault(), options.setOver(true))}
    @dragleave=${() => options.setOver(false)}
    @drop=${options.drop}
  >
    <div class="row">
      <button type="button" id=${ifDefined(choose.id)} class="secondary" ?disabled=${Boolean(choose.disabled)} @click=${choose.click}>${choose.label}</button>
      <span class="hint">${options.dropHint}</span>
    </div>
    <input
      type="file"
      ?multiple=${Boolean(options.multiple)}
      tabindex="-1"
      aria-hidden="true"
      accept=${options.accept}
      @change=${(event: Event) => {
        const input = event.target as HTMLInputElement;
        const files = [...(input.files ?? [])];
        input.value = '';
        options.picked(files);
      }}
    />
    ${options.content}
  </div>`;
}
