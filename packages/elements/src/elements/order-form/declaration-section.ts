import { ORDER_POLICY } from '@wharf/domain/orders';
import { html } from 'lit';
import { field } from '../../internal/templates.ts';
import { appointmentInputs } from '../order-detail/notes-editor.ts';
import type { FormView } from './form-view.ts';

/** Declared goods (required for shipping), insured value, remarks, the pickup appointment and 是否换单. */
export function declarationSection(view: FormView) {
  const { text, draft, error, currency } = view;
  const v = draft.values;
  return html`<fieldset part="section">
    <legend>${text.declaration}</legend>
    <div class="grid">
      ${field({
        id: 'declaredGoods',
        label: text.declaredGoods,
        value: v.declaredGoods,
        autocomplete: 'off',
        marked: true,
        maxlength: ORDER_POLICY.declaredGoodsMax,
        hint: text.declaredGoodsHint,
        error: error('declaredGoods'),
        onInput: (value) => draft.set('declaredGoods', value),
      })}
      ${field({
        id: 'insuredValue',
        label: `${text.insuredValue}${currency ? ` (${currency})` : ''}`,
        value: v.insuredValue,
        autocomplete: 'off',
        optional: true,
        inputmode: 'text',
        hint: text.insuredValueHint,
        error: error('insuredValue'),
        onInput: (value) => draft.set('insuredValue', value),
      })}
    </div>
    <div class="field">
      <label for="remarks">${text.remarks}</label>
      <textarea id="remarks" rows="3" maxlength=${ORDER_POLICY.remarksMax} .value=${v.remarks} aria-invalid=${error('remarks') ? 'true' : 'false'} aria-describedby="remarks-error"
        @input=${(event: InputEvent) => draft.set('remarks', (event.target as HTMLTextAreaElement).value)}></textarea>
      <p class="error" id="remarks-error" part="error">${error('remarks') ?? ''}</p>
    </div>
    <fieldset>
      <legend>${text.appointment}</legend>
      <p class="hint">${text.appointmentHint}</p>
      ${appointmentInputs({ labels: text, values: v, error, onInput: (patch) => Object.entries(patch).forEach(([id, value]) => draft.set(id as 'date', value!)) })}
    </fieldset>
    <label class="choice"><input type="checkbox" id="changeWaybill" .checked=${draft.changeWaybill}
      @change=${(event: Event) => ((draft.changeWaybill = (event.target as HTMLInputElement).checked), draft.touch())} /> ${text.changeWaybill}</label>
  </fieldset>`;
}
