import { Task } from '@lit/task';
import type { HsCode } from '@wharf/domain';
import { isHsCode } from '@wharf/domain/products';
import { isNotFoundError } from '@wharf/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { errorsFrom } from '../../internal/form-errors.ts';
import { WharfFormAssociatedElement } from '../../internal/form-associated-element.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { hsCodePickerStyles } from './hs-code-picker.styles.ts';
import { codeListbox } from './listbox.ts';
import { catalogue } from '../../i18n/localize.ts';
import { isAbort, pause } from '../../internal/pause.ts';
import { en, type HsCodePickerText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';

/** The strings of `<wharf-hs-code-picker>` in each locale. */
export const hsCodePickerText = catalogue<HsCodePickerText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

/** How long typing pauses before the catalogue is asked. */
const DEBOUNCE_MS = 200;
/** How many codes the list offers at most. */
const LIMIT = 8;

/** Digits as people write codes — `3304.99`, `3304 99 00` — without the dots and spaces. */
const digitsOf = (text: string) => text.replace(/[\s.]/g, '');

/**
 * Chooses a 10-digit HS code from the customs catalogue (PRODUCT §3.5): type the first digits of the
 * code (`3304.99`) or words of its name (`奶粉`), then pick from the list with the arrow keys and Enter, or the
 * mouse. An ARIA 1.2 combobox with a listbox popup; results counts and empty results are announced.
 *
 * A form-associated custom element: inside a `<form>` it submits its `value` under its `name`, is invalid while
 * `required` and empty, follows a disabled `<fieldset>` and goes back to its `value` attribute on reset.
 * `await picker.updateComplete` also waits for a code being loaded after `value` was set.
 *
 * @tagname wharf-hs-code-picker
 * @event change - A code was chosen, or the choice was cleared (read `value` and `hsCode`).
 *
 * @csspart field - The label, input, list and messages together.
 * @csspart label - The label.
 * @csspart input - The combobox input.
 * @csspart clear - The button that clears the choice.
 * @csspart listbox - The popup list of matching codes.
 * @csspart option - One code in the list (`option active` for the one the arrow keys are on).
 * @csspart option-code - The 10-digit code in an option.
 * @csspart option-name - The code's name in an option.
 * @csspart chosen - The chosen code and its name, under the input.
 * @csspart empty - What to try when nothing matches.
 * @csspart hint - The hint under the input.
 * @csspart error - The error under the input.
 *
 * @cssproperty --wharf-shadow - The list's shadow.
 * @cssproperty --wharf-hs-code-picker-list-height - The list's height before it scrolls (default 20rem).
 * @cssproperty --wharf-hs-code-picker-active-background - The background of the active option.
 */
export class WharfHsCodePicker extends WharfFormAssociatedElement {
  static override shadowRootOptions: ShadowRootInit = { ...WharfFormAssociatedElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [formStyles, hsCodePickerStyles];

  /** The chosen 10-digit code, or empty. Setting it loads the code (its name and declaration elements). */
  @property() value = '';
  /** The name it is submitted under in a form. */
  @property({ reflect: true }) name = '';
  /** A code must be chosen for the form to be valid. */
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** The label (default: “HS code” in the element's language). */
  @property() label?: string;
  /** An error to show under the input (e.g. the server's refusal of the code); marks the input invalid. */
  @property() error?: string;

  @state() private chosen?: HsCode;
  /** What the input shows: the chosen code, or what is being typed. */
  @state() private text = '';
  @state() private open = false;
  @state() private options: HsCode[] = [];
  @state() private active = -1;
  /** The query that found nothing, for the empty state. */
  @state() private emptyFor?: string;
  @state() private announcement = '';
  @state() private problem?: string;
  @state() private loadingCode?: string;

  /** The chosen code's details, loaded when `value` is set from outside. */
  #code = new Task(this, {
    autoRun: false,
    task: async ([code]: readonly [string], { signal }) => {
      const hsCode = await this.client.hsCodes.get(code, { signal });
      signal.throwIfAborted();
      return hsCode;
    },
    onComplete: (hsCode) => {
      this.loadingCode = undefined;
      this.chosen = hsCode;
      if (!this.#focused) this.text = hsCode.code;
    },
    onError: (error) => {
      // A load stopped because the value changed again, or the element left: nothing to say.
      if (isAbort(error)) return;
      const code = this.loadingCode ?? '';
      this.loadingCode = undefined;
      this.problem = isNotFoundError(error) ? this.text$.unknownCode(code) : errorsFrom(error, this.t, []).form;
    },
  });
  #loading: Promise<void> = Promise.resolve();
  #focused = false;

  #search = new Task(this, {
    autoRun: false,
    task: async ([query]: readonly [string], { signal }) => {
      if (query === '') return { query, codes: [] as HsCode[] };
      await pause(DEBOUNCE_MS, signal);
      return { query, codes: await this.client.hsCodes.search(query, { limit: LIMIT, signal }) };
    },
    onComplete: ({ query, codes }) => this.#showResults(query, codes),
    onError: (error) => {
      // A search stopped because the user chose, cleared or left: nothing to say.
      if (isAbort(error)) return;
      this.options = [];
      this.open = false;
      this.problem = errorsFrom(error, this.t, []).form;
      this.announcement = this.problem ?? '';
    },
  });

  /** The chosen code with its name, legal units and declaration elements; undefined while none is (or while loading). */
  get hsCode(): HsCode | undefined {
    return this.chosen;
  }

  private get text$(): HsCodePickerText {
    return hsCodePickerText(this.effectiveLocale);
  }

  private get isDisabled() {
    return this.disabled || this.formDisabled;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // A code being loaded (after `value` was set) is part of being up to date.
    await this.#loading;
    complete = (await super.getUpdateComplete()) && complete;
    return complete;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#code.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('value')) {
      const value = (this.value ?? '').trim();
      if (value !== (this.chosen?.code ?? '')) {
        this.#code.abort();
        this.chosen = undefined;
        this.problem = undefined;
        this.loadingCode = undefined;
        this.text = value;
        if (value) this.#loadCode(value);
      }
    }
  }

  protected override updated(changed: PropertyValues) {
    if (['value', 'required', 'locale', 'providedLocale', 'problem', 'error'].some((name) => changed.has(name))) {
      this.internals.setFormValue(this.value ? this.value : null);
      const input = this.renderRoot.querySelector('input') ?? undefined;
      // A code the catalogue does not have (or the host's own error) is no more valid than no code.
      const invalid = this.error || this.problem;
      if (this.required && !this.value) this.internals.setValidity({ valueMissing: true }, this.text$.valueMissing, input);
      else if (invalid) this.internals.setValidity({ customError: true }, invalid, input);
      else this.internals.setValidity({});
    }
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  formResetCallback() {
    this.value = this.getAttribute('value') ?? '';
    this.#restore();
  }

  formStateRestoreCallback(state: string | File | FormData | null) {
    this.value = typeof state === 'string' ? state : '';
  }

  #loadCode(code: string) {
    if (!isHsCode(code)) {
      this.problem = this.text$.unknownCode(code);
      return;
    }
    this.loadingCode = code;
    this.#loading = this.#code.run([code]);
  }

  #showResults(query: string, codes: HsCode[]) {
    const text = this.text$;
    this.options = codes;
    this.active = -1;
    this.problem = undefined;
    if (query === '') {
      this.open = false;
      this.emptyFor = undefined;
      this.announcement = '';
      return;
    }
    this.open = codes.length > 0 && this.#focused;
    this.emptyFor = codes.length ? undefined : query;
    this.announcement = codes.length ? `${text.found(codes.length)}${codes.length === LIMIT ? ` ${text.more}` : ''}` : text.noMatch(query);
  }

  #onInput(event: InputEvent) {
    this.text = (event.target as HTMLInputElement).value;
    this.active = -1;
    this.emptyFor = undefined;
    // While an input method composes (pinyin `naifen` on its way to 奶粉), wait for the characters it settles on.
    if (event.isComposing) return;
    void this.#search.run([this.text.trim()]);
  }

  #onCompositionEnd(event: CompositionEvent) {
    this.text = (event.target as HTMLInputElement).value;
    void this.#search.run([this.text.trim()]);
  }

  #onKeydown(event: KeyboardEvent) {
    if (event.isComposing) return; // choosing characters in an input method (pinyin, cangjie)
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!this.open) {
          if (count) {
            this.open = true;
            this.active = event.key === 'ArrowDown' ? 0 : count - 1;
          } else if (this.text.trim()) void this.#search.run([this.text.trim()]);
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
        return;
      }
      case 'Enter': {
        const option = this.open && this.active >= 0 ? this.options[this.active] : this.#exactMatch();
        if (option) {
          event.preventDefault();
          this.#choose(option);
        } else if (this.open) {
          event.preventDefault();
        } else if (this.text.trim() === '' && this.chosen) {
          event.preventDefault();
          this.#clear();
        }
        return;
      }
      case 'Escape':
        if (this.open || this.text !== (this.chosen?.code ?? this.value)) {
          event.preventDefault();
          this.#restore();
        }
        return;
      case 'Tab':
        this.open = false;
        return;
    }
  }

  /** The listed code the typed digits spell out in full, if any. */
  #exactMatch(): HsCode | undefined {
    const digits = digitsOf(this.text);
    return this.options.find((option) => option.code === digits);
  }

  #onFocus() {
    this.#focused = true;
  }

  /** Leaving the input: a code typed in full is chosen, an emptied input clears the choice, anything else is undone. */
  #onBlur() {
    this.#focused = false;
    this.#search.abort();
    this.open = false;
    this.active = -1;
    if (this.text.trim() === '' && this.value) return this.#clear(false);
    if (this.text === (this.chosen?.code ?? this.value)) return;
    const exact = this.#exactMatch();
    if (exact) this.#choose(exact);
    else this.#restore();
  }

  /** Closes the list and shows the chosen code again (Escape, or leaving with half a query). */
  #restore() {
    this.#search.abort();
    this.open = false;
    this.active = -1;
    this.emptyFor = undefined;
    this.text = this.chosen?.code ?? this.value ?? '';
  }

  #choose(code: HsCode) {
    this.#search.abort();
    this.#code.abort();
    this.loadingCode = undefined;
    this.problem = undefined;
    this.chosen = code;
    this.value = code.code;
    this.text = code.code;
    this.open = false;
    this.active = -1;
    this.options = [];
    this.emptyFor = undefined;
    this.announcement = this.text$.chosen(code.code, code.name);
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Clears the choice; `refocus` when the user asked from the input or its clear button (not when leaving). */
  #clear(refocus = true) {
    this.#search.abort();
    this.#code.abort();
    this.loadingCode = undefined;
    this.problem = undefined;
    this.chosen = undefined;
    this.value = '';
    this.text = '';
    this.open = false;
    this.options = [];
    this.emptyFor = undefined;
    this.announcement = this.text$.cleared;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    if (refocus) void this.updateComplete.then(() => this.renderRoot.querySelector('input')?.focus());
  }

  override render() {
    const text = this.text$;
    const error = this.error || this.problem;
    const describedBy = ['chosen', this.emptyFor !== undefined ? 'empty' : '', 'hint', 'error'].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label for="input" part="label">${this.label || text.label}${this.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
      <div class="combo">
        <div class="control">
          <input
            id="input"
            part="input"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${this.open ? 'true' : 'false'}
            aria-controls="listbox"
            aria-activedescendant=${ifDefined(this.open && this.active >= 0 ? `option-${this.active}` : undefined)}
            aria-required=${this.required ? 'true' : 'false'}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy}
            ?disabled=${this.isDisabled}
            .value=${live(this.text)}
            @input=${this.#onInput}
            @compositionend=${this.#onCompositionEnd}
            @keydown=${this.#onKeydown}
            @focus=${this.#onFocus}
            @blur=${this.#onBlur}
          />
          ${this.chosen && !this.isDisabled
            ? html`<button type="button" class="secondary" part="clear" aria-label=${text.clear} title=${text.clear} @click=${() => this.#clear()}>
                <span aria-hidden="true">×</span>
              </button>`
            : nothing}
        </div>
        ${codeListbox({ label: text.listLabel, codes: this.options, active: this.active, open: this.open, choose: (code) => this.#choose(code) })}
      </div>
      <p class="hint" id="chosen" part="chosen">
        ${this.chosen
          ? html`${text.chosen(this.chosen.code, '')}<strong>${this.chosen.name}</strong>`
          : this.loadingCode
            ? text.loading(this.loadingCode)
            : nothing}
      </p>
      ${this.emptyFor !== undefined ? html`<p id="empty" part="empty">${text.noMatch(this.emptyFor)}</p>` : nothing}
      <p class="hint" id="hint" part="hint">${text.hint}</p>
      <p class="error" id="error" part="error">${error ?? ''}</p>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }
}
