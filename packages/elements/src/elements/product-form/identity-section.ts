import { PRODUCT_POLICY } from '@wharf/domain/products';
import { html, type TemplateResult } from 'lit';
import { input, select } from './fields.ts';
import { choices, type FormView } from './form-view.ts';

/** SKU (fixed once the product exists) and name: what every product starts with, normal or combo. */
function identityFields({ text, draft, error, required }: FormView) {
  const v = draft.values;
  const editing = Boolean(draft.product);
  return html`${input({
      id: 'sku',
      label: text.sku,
      value: v.sku,
      required: required('sku'),
      readonly: editing,
      maxlength: PRODUCT_POLICY.skuMax,
      hint: editing ? text.skuFixed : text.skuHint,
      error: error('sku'),
      onInput: (value) => draft.set('sku', value),
    })}
    ${input({ id: 'name', label: text.name, value: v.name, required: required('name'), maxlength: PRODUCT_POLICY.nameMax, error: error('name'), onInput: (value) => draft.set('name', value) })}`;
}

/**
 * The basic information both product types open with: identity, then the category (required for a normal product
 * only, the empty choice reading `categoryPlaceholder`), then the type's own `fields`.
 */
export function basicFieldset(view: FormView, categoryPlaceholder: string, fields: TemplateResult) {
  const { text, draft, options, error, required } = view;
  return html`<fieldset part="section">
    <legend>${text.basic}</legend>
    <p class="hint">${text.requiredNote}</p>
    <div class="grid">
      ${identityFields(view)}
      ${select({
        id: 'category',
        label: text.category,
        value: draft.values.category,
        required: required('category'),
        placeholder: categoryPlaceholder,
        options: choices(options.categories),
        error: error('category'),
        onChange: (value) => draft.set('category', value),
      })}
      ${fields}
    </div>
  </fieldset>`;
}

/** A normal product's basic information: identity, category, brand and model, unit, origin, barcode. */
export function basicSection(view: FormView) {
  const { text, draft, options, error, required } = view;
  const v = draft.values;
  return basicFieldset(
    view,
    text.choose,
    html`${input({ id: 'brand', label: text.brand, value: v.brand, maxlength: PRODUCT_POLICY.brandMax, error: error('brand'), onInput: (value) => draft.set('brand', value) })}
      ${input({ id: 'model', label: text.model, value: v.model, maxlength: PRODUCT_POLICY.modelMax, error: error('model'), onInput: (value) => draft.set('model', value) })}
      ${select({
        id: 'unit',
        label: text.unit,
        value: v.unit,
        required: required('unit'),
        placeholder: text.choose,
        hint: text.unitHint,
        options: choices(options.units, true),
        error: error('unit'),
        onChange: (value) => draft.set('unit', value),
      })}
      ${select({
        id: 'originCountry',
        label: text.originCountry,
        value: v.originCountry,
        required: required('originCountry'),
        placeholder: text.choose,
        options: choices(options.countries),
        error: error('originCountry'),
        onChange: (value) => draft.set('originCountry', value),
      })}
      ${input({
        id: 'barcode',
        label: text.barcode,
        value: v.barcode,
        inputmode: 'numeric',
        maxlength: PRODUCT_POLICY.barcodeMax,
        hint: text.barcodeHint,
        error: error('barcode'),
        onInput: (value) => draft.set('barcode', value),
      })}`,
  );
}
