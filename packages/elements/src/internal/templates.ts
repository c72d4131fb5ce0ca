import { CHARACTER_CLASSES, checkPassword, PASSWORD_POLICY } from '@wharf/domain/auth';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Translation } from '../i18n/translation.ts';

export interface FieldOptions {
  id: string;
  label: string;
  value: string;
  type?: 'email' | 'password' | 'text' | 'tel' | 'date';
  /** The earliest value (dates). */
  min?: string;
  autocomplete: string;
  error?: string;
  hint?: string;
  inputmode?: 'numeric' | 'email' | 'text' | 'tel';
  maxlength?: number;
  /** Extra ids for aria-describedby (e.g. the password checklist). */
  describedBy?: string;
  onInput: (value: string) => void;
  /** Rendered after the input, inside the same row (e.g. a show-password toggle). */
  trailing?: unknown;
  /** Show the required mark (`*`) after the label; screen readers hear `aria-required` instead. */
  marked?: boolean;
  /** Leave out `required` (for fields that are optional). */
  optional?: boolean;
}

/** A labelled input whose hint and error are tied to it for screen readers, error shown at the field. */
export function field(options: FieldOptions) {
  const { id, error, hint } = options;
  const describedBy = [hint ? `${id}-hint` : '', `${id}-error`, options.describedBy ?? ''].filter(Boolean).join(' ');
  const input = html`<input
    id=${id}
    name=${id}
    part="input"
    type=${options.type ?? 'text'}
    .value=${live(options.value)}
    autocomplete=${options.autocomplete}
    inputmode=${ifDefined(options.inputmode)}
    maxlength=${ifDefined(options.maxlength)}
    min=${ifDefined(options.min)}
    ?required=${!options.optional}
    aria-required=${options.optional ? 'false' : 'true'}
    aria-invalid=${error ? 'true' : 'false'}
    aria-describedby=${describedBy}
    @input=${(event: InputEvent) => options.onInput((event.target as HTMLInputElement).value)}
  />`;
  return html`<div class="field" part="field">
    <label for=${id} part="label">${options.label}${options.marked ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
    ${options.trailing ? html`<div class="with-toggle">${input}${options.trailing}</div>` : input}
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    <p class="error" id="${id}-error" part="error">${error ?? ''}</p>
  </div>`;
}

/** The show/hide toggle for a password field. */
export function visibilityToggle(t: Translation, visible: boolean, toggle: () => void, controls: string) {
  return html`<button type="button" class="secondary" part="toggle" aria-pressed=${visible ? 'true' : 'false'} aria-controls=${controls} @click=${toggle}>
    ${visible ? t.common.hidePassword : t.common.showPassword}
  </button>`;
}

/** The password policy as a checklist that follows what is typed (the same rule the server enforces). */
export function passwordChecklist(t: Translation, password: string, id: string) {
  const check = checkPassword(password);
  const rule = (met: boolean, text: string) =>
    html`<li class="rule" data-met=${met ? 'true' : 'false'}>${text}<span class="visually-hidden">: ${met ? t.checklist.met : t.checklist.unmet}</span></li>`;
  const classesMet = check.classCount >= PASSWORD_POLICY.minClasses;
  return html`<div id=${id} part="checklist">
    <p class="hint">${t.checklist.title}</p>
    <ul class="checklist">
      ${rule(check.longEnough, t.checklist.length(PASSWORD_POLICY.minLength))}
      <li class="rule" data-met=${classesMet ? 'true' : 'false'}>
        ${t.checklist.classes(PASSWORD_POLICY.minClasses)}<span class="visually-hidden">: ${classesMet ? t.checklist.met : t.checklist.unmet}</span>
        <ul>
          ${CHARACTER_CLASSES.map((name) => rule(check.classes[name], t.checklist.classNames[name]))}
        </ul>
      </li>
    </ul>
  </div>`;
}

/** The form-level message, announced when it appears. */
export function formMessage(text: string | undefined, kind: 'error-message' | 'success' | 'info' = 'error-message') {
  return html`<div role=${kind === 'error-message' ? 'alert' : 'status'} part="message">
    ${text ? html`<p class="message ${kind}">${text}</p>` : nothing}
  </div>`;
}

export interface ChoiceOptions {
  id: string;
  label: string;
  value: string;
  /** The empty first option (“Choose …”). */
  placeholder: string;
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
  hint?: string | undefined;
  /** A choice that filters rather than asks (no “required” mark; the empty option is a real choice). */
  optional?: boolean;
  onChange: (value: string) => void;
}

/** A labelled `<select>` (required unless `optional`), its hint and error tied to it like {@link field}'s. */
export function selectField(options: ChoiceOptions) {
  const { id, error, hint } = options;
  return html`<div class="field" part="field">
    <label for=${id} part="label">${options.label}${options.optional ? nothing : html`<span aria-hidden="true"> *</span>`}</label>
    <select
      id=${id}
      name=${id}
      part="select"
      ?required=${!options.optional}
      aria-required=${options.optional ? 'false' : 'true'}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${[hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ')}
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!options.value}>${options.placeholder}</option>
      ${options.options.map((option) => html`<option value=${option.value} ?selected=${options.value === option.value}>${option.label}</option>`)}
    </select>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    <p class="error" id="${id}-error" part="error">${error ?? ''}</p>
  </div>`;
}

/** A labelled, required `<textarea>` with its hint and error, like {@link field}. */
export function textareaField(options: { id: string; label: string; value: string; error?: string; hint?: string; maxlength?: number; rows?: number; onInput: (value: string) => void }) {
  const { id, error, hint } = options;
  return html`<div class="field" part="field">
    <label for=${id} part="label">${options.label}<span aria-hidden="true"> *</span></label>
    <textarea
      id=${id}
      name=${id}
      part="textarea"
      rows=${options.rows ?? 5}
      maxlength=${ifDefined(options.maxlength)}
      required
      aria-required="true"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${[hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ')}
      .value=${live(options.value)}
      @input=${(event: InputEvent) => options.onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    <p class="error" id="${id}-error" part="error">${error ?? ''}</p>
  </div>`;
}
