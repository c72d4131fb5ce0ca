import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { type ChoiceOptions, selectField } from '../../internal/templates.ts';

// The product form's inputs: the shared `field()`/`selectField()` markup (label, hint and error tied to the control
// by id, the error at the field), plus what product data needs — read-only SKUs, decimal keyboards, a unit or
// currency shown after the input — and ids that are the server's field paths (`declarationElements.3`).

export interface InputOptions {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** Shown after the input and read with it (the trading currency, `kg`). */
  suffix?: string | undefined;
  required?: boolean;
  readonly?: boolean;
  inputmode?: 'decimal' | 'numeric' | 'text';
  maxlength?: number;
  onInput: (value: string) => void;
}

const describedBy = (id: string, hint: unknown, suffix: unknown) =>
  [suffix ? `${id}-suffix` : '', hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');

const requiredMark = (required: boolean | undefined) => (required ? html`<span aria-hidden="true"> *</span>` : nothing);

/** A labelled text input; required ones are marked `*` (screen readers hear `aria-required`). */
export function input(options: InputOptions) {
  const { id, error, hint, suffix } = options;
  const control = html`<input
    id=${id}
    name=${id}
    part="input"
    type="text"
    autocomplete="off"
    .value=${live(options.value)}
    inputmode=${ifDefined(options.inputmode)}
    maxlength=${ifDefined(options.maxlength)}
    ?readonly=${options.readonly}
    ?required=${options.required}
    aria-required=${options.required ? 'true' : 'false'}
    aria-invalid=${error ? 'true' : 'false'}
    aria-describedby=${describedBy(id, hint, suffix)}
    @input=${(event: InputEvent) => options.onInput((event.target as HTMLInputElement).value)}
  />`;
  return html`<div class="field" part="field">
    <label for=${id} part="label">${options.label}${requiredMark(options.required)}</label>
    ${suffix ? html`<div class="with-suffix">${control}<span class="suffix" id="${id}-suffix" part="suffix">${suffix}</span></div>` : control}
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    <p class="error" id="${id}-error" part="error">${error ?? ''}</p>
  </div>`;
}

export type SelectOptions = Omit<ChoiceOptions, 'optional'> & { required?: boolean };

/** The shared {@link selectField}, asked as the inputs are: required only when `required` says so. */
export function select({ required, ...options }: SelectOptions) {
  return selectField({ ...options, optional: !required });
}
