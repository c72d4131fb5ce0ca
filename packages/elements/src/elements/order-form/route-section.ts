import { ORDER_MODES, ORDER_POLICY, orderMessagesFor } from '@wharf/domain/orders';
import { html } from 'lit';
import { field, selectField } from '../../internal/templates.ts';
import { formatPrice } from '../product-list/format.ts';
import type { FormView } from './form-view.ts';

/** The mode (集货 or 备货), the reference, the warehouse and the shipping method with its fee and ID requirement. */
export function routeSection(view: FormView) {
  const { text, locale, draft, options, error, currency } = view;
  const labels = orderMessagesFor(locale).labels;
  const method = options.shippingMethods.find((option) => option.code === draft.values.shippingMethod);
  const fee = method?.fees.find((option) => option.currency === currency);
  const methodHint = method ? [fee ? text.fee(formatPrice(locale, fee.amount, fee.currency)) : text.noFee, method.requiresIdNumber ? text.needsIdNumber : ''].filter(Boolean).join(' ') : undefined;
  return html`<fieldset part="section">
    <legend>${text.route}</legend>
    <p class="hint">${text.requiredNote}</p>
    <fieldset class="modes" aria-describedby="mode-hint mode-error">
      <legend>${text.mode}<span aria-hidden="true"> *</span></legend>
      ${ORDER_MODES.map(
        (mode) => html`<label class="choice"
          ><input type="radio" name="mode" value=${mode} .checked=${draft.mode === mode} ?disabled=${Boolean(draft.order)}
            @change=${() => (draft.setMode(mode), view.changed('mode'))} />
          ${labels.modes[mode]}</label
        >`,
      )}
      <p class="hint" id="mode-hint">${text.modeHints[draft.mode]}</p>
      <p class="error" id="mode-error" part="error">${error('mode') ?? ''}</p>
    </fieldset>
    <div class="grid">
      ${field({
        id: 'reference',
        label: text.reference,
        value: draft.values.reference,
        autocomplete: 'off',
        marked: true,
        maxlength: ORDER_POLICY.referenceMax,
        hint: text.referenceHint,
        error: error('reference'),
        onInput: (value) => draft.set('reference', value),
      })}
      ${selectField({
        id: 'warehouse',
        label: text.warehouse,
        value: draft.values.warehouse,
        placeholder: text.choose,
        options: options.warehouses.map((option) => ({ value: option.code, label: option.name })),
        error: error('warehouse'),
        onChange: (value) => (draft.set('warehouse', value), view.changed('warehouse')),
      })}
      ${selectField({
        id: 'shippingMethod',
        label: text.shippingMethod,
        value: draft.values.shippingMethod,
        placeholder: text.choose,
        options: options.shippingMethods.map((option) => ({ value: option.code, label: option.name })),
        hint: methodHint,
        error: error('shippingMethod'),
        onChange: (value) => draft.set('shippingMethod', value),
      })}
    </div>
  </fieldset>`;
}
