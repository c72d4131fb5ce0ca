import { html } from 'lit';
import { input } from './fields.ts';
import type { FormView } from './form-view.ts';

/** A normal product's weights (kg) and prices (in the trading currency). */
export function pricesSection({ text, draft, currency, error, required }: FormView) {
  const v = draft.values;
  return html`<fieldset part="section">
    <legend>${text.weightsAndPrices}</legend>
    <div class="grid">
      ${input({ id: 'grossWeight', label: text.grossWeight, value: v.grossWeight, inputmode: 'decimal', suffix: text.kg, error: error('grossWeight'), onInput: (value) => draft.set('grossWeight', value) })}
      ${input({
        id: 'netWeight',
        label: text.netWeight,
        value: v.netWeight,
        inputmode: 'decimal',
        suffix: text.kg,
        hint: text.netWeightHint,
        error: error('netWeight'),
        onInput: (value) => draft.set('netWeight', value),
      })}
      ${input({
        id: 'purchasePrice',
        label: text.purchasePrice,
        value: v.purchasePrice,
        required: required('purchasePrice'),
        inputmode: 'decimal',
        suffix: currency,
        hint: text.purchasePriceHint,
        error: error('purchasePrice'),
        onInput: (value) => draft.set('purchasePrice', value),
      })}
      ${input({
        id: 'salePrice',
        label: text.salePrice,
        value: v.salePrice,
        required: required('salePrice'),
        inputmode: 'decimal',
        suffix: currency,
        hint: text.salePriceHint,
        error: error('salePrice'),
        onInput: (value) => draft.set('salePrice', value),
      })}
    </div>
  </fieldset>`;
}
