import type { Locale } from '@wharf/domain';
import { ADDRESS_KINDS, ADDRESS_POLICY, type AddressKind } from '@wharf/domain/addresses';
import { html, nothing } from 'lit';
import { formMessage } from '../../internal/templates.ts';
import type { Translation } from '../../i18n/translation.ts';
import type { AddressDraft } from './address-draft.ts';
import { addressFields } from './address-fields.ts';
import type { AddressBookText } from './i18n/en.ts';


/** What the editor shows and changes besides the address itself. */
export interface EditorState {
  /** The address edited; none when adding. */
  id?: string | undefined;
  /** Its version as read (a change someone made since is refused, not overwritten). */
  version?: number | undefined;
  name: string;
  kind: AddressKind;
  label: string;
  isDefault: boolean;
}

export interface EditorView {
  text: AddressBookText;
  t: Translation;
  locale: Locale;
  draft: AddressDraft;
  editor: EditorState;
  busy: boolean;
  change: (patch: Partial<EditorState>) => void;
  save: (event: SubmitEvent) => void;
  cancel: () => void;
}

/** The add/edit form: kind, label, the address's fields, and (senders) whether it is the default sender. */
export function addressEditor({ text, t, locale, draft, editor, busy, change, save, cancel }: EditorView) {
  const problems = draft.problems(locale);
  const error = (path: string) => draft.errorAt(path, problems);
  return html`<form part="editor" novalidate aria-labelledby="editor-title" @submit=${save} @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && cancel()}>
    <h3 id="editor-title" tabindex="-1">${editor.id ? text.editTitle(editor.name) : text.addTitle}</h3>
    <fieldset class="kinds">
      <legend>${text.kind}</legend>
      ${ADDRESS_KINDS.map(
        (kind) => html`<label class="choice"
          ><input type="radio" name="kind" value=${kind} .checked=${editor.kind === kind} @change=${() => change({ kind, isDefault: kind === 'sender' && editor.isDefault })} />
          ${text.kinds[kind]}</label
        >`,
      )}
    </fieldset>
    <div class="field">
      <label for="label">${text.label}</label>
      <input id="label" name="label" part="input" maxlength=${ADDRESS_POLICY.labelMax} autocomplete="off" .value=${editor.label} aria-describedby="label-hint label-error"
        @input=${(event: InputEvent) => change({ label: (event.target as HTMLInputElement).value })} />
      <p class="hint" id="label-hint">${text.labelHint}</p>
      <p class="error" id="label-error" part="error">${draft.errors.fields.label ?? ''}</p>
    </div>
    ${addressFields({ text, draft, error })}
    ${editor.kind === 'sender'
      ? html`<label class="choice"><input type="checkbox" name="isDefault" .checked=${editor.isDefault} @change=${(event: Event) => change({ isDefault: (event.target as HTMLInputElement).checked })} /> ${text.isDefault}</label>`
      : nothing}
    ${formMessage(draft.errors.form)}
    <div class="row">
      <button type="submit" part="save" ?disabled=${busy}>${busy ? t.common.working : text.save}</button>
      <button type="button" class="secondary" part="cancel" @click=${cancel}>${text.cancel}</button>
    </div>
  </form>`;
}
