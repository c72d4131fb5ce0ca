import type { HsCode, HsCodeElement, Locale } from '@wharf/domain';
import { BRAND_TYPE_CHOICES, DECLARATION_POLICY, declaredSpecification, PREFERENTIAL_STATUS_CHOICES, referenceMessagesFor } from '@wharf/domain/reference';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { WharfHsCodePicker } from '../hs-code-picker/hs-code-picker.ts';
import { answersFor } from './draft-rules.ts';
import { input, select } from './fields.ts';
import type { FormView } from './form-view.ts';

/** The customs data: the HS code, then that code's declaration elements with the declared specification they make. */
export function customsSection(view: FormView) {
  const { text, draft, error } = view;
  const hsCode = draft.hsCode;
  const hsError = error('hsCode');
  const onChange = (event: Event) => {
    // The picker's `change` is the form's business, not the page's.
    event.stopPropagation();
    draft.chooseHsCode((event.target as WharfHsCodePicker).hsCode);
  };
  return html`<fieldset part="section" class="customs">
    <legend>${text.customs}</legend>
    <p class="hint">${text.customsIntro}</p>
    <wharf-hs-code-picker
      id="hsCode"
      part="hs-code-picker"
      .value=${hsCode?.code ?? ''}
      .locale=${view.ownLocale}
      .error=${hsError}
      data-invalid=${ifDefined(hsError ? '' : undefined)}
      @change=${onChange}
    ></wharf-hs-code-picker>
    ${hsCode ? declarationElements(view, hsCode) : nothing}
  </fieldset>`;
}

function declarationElements(view: FormView, hsCode: HsCode) {
  const { text, draft, error } = view;
  const specification = declaredSpecification(hsCode, answersFor(hsCode, draft.answers));
  const max = DECLARATION_POLICY.specificationMax;
  const tooLong = error('declarationElements');
  const elements = [...hsCode.elements].sort((a, b) => a.index - b.index);
  return html`<div class="elements" part="elements" role="group" aria-labelledby="elements-title">
    <h3 id="elements-title">${text.elementsTitle(hsCode.code)}</h3>
    <p class="hint" id="elements-hint">${text.elementsHint}</p>
    <div class="grid">
      ${elements.map((element) => {
        const id = `declarationElements.${element.index}`;
        const label = `${element.index} ${element.name}`;
        const value = draft.answers[String(element.index)] ?? '';
        if (element.choices) {
          return select({
            id,
            label,
            value,
            required: element.required,
            placeholder: text.choose,
            options: element.choices.map((choice) => ({ value: choice.code, label: choiceLabel(view.locale, choice) })),
            error: error(id),
            onChange: (answer) => draft.setAnswer(element, answer),
          });
        }
        return input({
          id,
          label,
          value,
          required: element.required,
          maxlength: DECLARATION_POLICY.answerMax,
          hint: element.required ? undefined : text.optionalElement,
          error: error(id),
          onInput: (answer) => draft.setAnswer(element, answer),
        });
      })}
    </div>
    <div class="specification" part="specification">
      <p class="label" id="specification-label">${text.specification}</p>
      <output id="specification" aria-labelledby="specification-label" aria-describedby="specification-count declarationElements-error">${specification}</output>
      <p class="hint" id="specification-count" data-over=${specification.length > max ? 'true' : 'false'}>${text.specificationCount(specification.length, max)}</p>
      <p class="error" id="declarationElements-error" part="error">${tooLong ?? ''}</p>
    </div>
  </div>`;
}

/** A coded answer as `4 Foreign brand (other)`: its code and its name in the user's language (the catalogue's Chinese otherwise). */
function choiceLabel(locale: Locale, choice: { code: string; name: string }): string {
  const labels = referenceMessagesFor(locale).labels;
  const brandType = BRAND_TYPE_CHOICES.find((known) => known.name === choice.name);
  const preferential = PREFERENTIAL_STATUS_CHOICES.find((known) => known.name === choice.name);
  const name = brandType
    ? labels.brandTypes[brandType.code as keyof typeof labels.brandTypes]
    : preferential
      ? labels.preferentialStatus[preferential.code as keyof typeof labels.preferentialStatus]
      : undefined;
  return `${choice.code} ${name ?? choice.name}`;
}

/** An element's answer as shown read-only: coded ones with their names. */
export function answerText(locale: Locale, element: HsCodeElement, answer: string | undefined): string | undefined {
  const choice = answer ? element.choices?.find((known) => known.code === answer) : undefined;
  return choice ? choiceLabel(locale, choice) : answer;
}
