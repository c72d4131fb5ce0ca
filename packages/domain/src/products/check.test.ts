import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classify } from '../common/issues.ts';
import { elementsFromNames } from '../reference/declaration-elements.ts';
import { checkComponentList, checkPricePrecision, checkProductDraft, type ProductDraft } from './check.ts';
import { PRODUCT_POLICY } from './rules.ts';
import { CreateNormalProduct, CreateProductRequest } from './schemas.ts';

/** A normal product as the form holds it: every field typed, all fine. */
const typed = {
  type: 'normal',
  sku: 'HB-1002',
  name: 'Hydrating lotion',
  category: 'cosmetics',
  unit: '007',
  originCountry: 'CN',
  barcode: '6901234567892',
  grossWeight: '0.25',
  netWeight: '0.2',
  purchasePrice: '45.50',
  salePrice: '129.90',
} as const satisfies ProductDraft;

/** The same product as a request carries it. */
const sent = { ...typed, grossWeight: 0.25, netWeight: 0.2 } as const;

const found = (draft: ProductDraft, context?: Parameters<typeof checkProductDraft>[1]) => checkProductDraft(draft, context).map(({ path, code }) => ({ path, code }));

describe('checkProductDraft', () => {
  test('a complete draft passes, typed or sent', () => {
    assert.deepEqual(checkProductDraft(typed), []);
    assert.deepEqual(checkProductDraft(sent, { currency: 'CNY' }), []);
    assert.deepEqual(checkProductDraft({ type: 'combo', sku: 'SET-1', name: 'Set', components: [{ sku: 'A', quantity: '1' }, { sku: 'B', quantity: 2 }] }), []);
  });

  test('required fields, by type', () => {
    assert.deepEqual(found({ type: 'normal', name: ' ' }), [
      { path: 'sku', code: 'required' },
      { path: 'name', code: 'required' },
      { path: 'category', code: 'required' },
      { path: 'unit', code: 'required' },
      { path: 'originCountry', code: 'required' },
      { path: 'purchasePrice', code: 'required' },
      { path: 'salePrice', code: 'required' },
    ]);
    assert.deepEqual(found({ type: 'combo', components: [{ sku: 'A', quantity: 1 }, { sku: 'B', quantity: 1 }] }), [
      { path: 'sku', code: 'required' },
      { path: 'name', code: 'required' },
    ]);
  });

  test('the SKU’s format, unless the product exists already', () => {
    assert.deepEqual(found({ ...typed, sku: '-bad sku' }), [{ path: 'sku', code: 'sku_format' }]);
    assert.deepEqual(found({ ...typed, sku: '-bad sku' }, { existing: true }), []);
  });

  test('prices: a number, at most two decimals, below the bound', () => {
    assert.deepEqual(found({ ...typed, purchasePrice: 'abc' }), [{ path: 'purchasePrice', code: 'price_format' }]);
    assert.deepEqual(found({ ...typed, salePrice: '129.999' }), [{ path: 'salePrice', code: 'price_decimals' }]);
    assert.deepEqual(found({ ...typed, salePrice: PRODUCT_POLICY.priceMax }), [{ path: 'salePrice', code: 'number_too_large' }]);
  });

  test('the sale price is not below the purchase price', () => {
    const issues = checkProductDraft({ ...typed, purchasePrice: '50', salePrice: '49.99' });
    assert.deepEqual(issues, [{ path: 'salePrice', code: 'sale_below_purchase', params: { min: '50.00' } }]);
    const inYen = checkProductDraft({ ...sent, purchasePrice: '50', salePrice: '49' }, { currency: 'JPY' });
    assert.deepEqual(inYen, [{ path: 'salePrice', code: 'sale_below_purchase', params: { min: '50' } }]);
  });

  test('the barcode’s check digit', () => {
    assert.deepEqual(found({ ...typed, barcode: '6901234567891' }), [{ path: 'barcode', code: 'gtin' }]);
  });

  test('weights: kilograms above 0, and the net weight not above the gross weight', () => {
    assert.deepEqual(found({ ...typed, grossWeight: 'heavy', netWeight: '0' }), [
      { path: 'grossWeight', code: 'weight_format' },
      { path: 'netWeight', code: 'weight_format' },
    ]);
    assert.deepEqual(found({ ...typed, grossWeight: String(PRODUCT_POLICY.weightMax + 1) }), [{ path: 'grossWeight', code: 'number_too_large' }]);
    assert.deepEqual(checkProductDraft({ ...sent, grossWeight: 1, netWeight: 1.5 }), [{ path: 'netWeight', code: 'net_above_gross', params: { max: 1 } }]);
    assert.deepEqual(found({ ...typed, grossWeight: '', netWeight: '3' }), []);
  });

  test('price precision in the trading currency the caller knows: none for JPY and KRW, two for CNY', () => {
    assert.deepEqual(checkProductDraft({ ...sent, purchasePrice: '45.50', salePrice: '130.00' }, { currency: 'JPY' }), [
      { path: 'purchasePrice', code: 'amount_precision', params: { max: 0 } },
    ]);
    assert.deepEqual(found({ ...sent, purchasePrice: '45', salePrice: '130.00' }, { currency: 'KRW' }), []);
    assert.deepEqual(found(sent, { currency: 'CNY' }), []);
    assert.deepEqual(found(sent), [], 'no currency, no precision rule');
    assert.deepEqual(checkPricePrecision({ salePrice: '10.10' }, 'JPY'), [{ path: 'salePrice', code: 'amount_precision', params: { max: 0 } }]);
    assert.deepEqual(checkPricePrecision({ salePrice: '10.10' }, 'XXX'), []);
    const combo = { type: 'combo', sku: 'SET-1', name: 'Set', components: [{ sku: 'A', quantity: 1 }, { sku: 'B', quantity: 1 }] } as const;
    assert.deepEqual(found({ ...combo, salePrice: '299.50' }, { currency: 'JPY', fieldsChecked: true }), [{ path: 'salePrice', code: 'amount_precision' }], 'a combo’s price too');
    assert.deepEqual(found({ ...combo, salePrice: '299.50' }, { currency: 'CNY' }), []);
  });

  test('an HS code is needed to send for filing; its declaration elements are answered', () => {
    assert.deepEqual(found(typed, { intent: 'submit' }), [{ path: 'hsCode', code: 'hs_code_required' }]);
    assert.deepEqual(found(typed, { intent: 'save' }), []);
    const elements = elementsFromNames(['品牌类型', '出口享惠情况', '品牌']);
    const answered = { ...typed, hsCode: '3304990099', declarationElements: { '0': '4', '1': '0', '2': 'Harbour' } };
    assert.deepEqual(found(answered, { intent: 'submit', declarationElements: elements }), []);
    assert.deepEqual(found({ ...answered, declarationElements: { '0': '9', '2': 'Harbour' } }, { declarationElements: elements }), [
      { path: 'declarationElements.0', code: 'declaration_element_choice' },
      { path: 'declarationElements.1', code: 'declaration_element_required' },
    ]);
  });

  test('combos: at least two components, each once, each with a quantity from 1 to the limit', () => {
    assert.deepEqual(found({ type: 'combo', sku: 'SET', name: 'Set', components: [{ sku: 'A', quantity: 1 }] }), [{ path: 'components', code: 'combo_too_few' }]);
    assert.deepEqual(found({ type: 'combo', sku: 'SET', name: 'Set', components: [{ sku: 'A', quantity: 1 }, { sku: 'a', quantity: 1 }] }), [
      { path: 'components.1.sku', code: 'duplicate' },
    ]);
    assert.deepEqual(
      found({ type: 'combo', sku: 'SET', name: 'Set', components: [{ sku: 'A', quantity: '0' }, { sku: 'B', quantity: String(PRODUCT_POLICY.componentMaxQuantity + 1) }] }),
      [
        { path: 'components.0.quantity', code: 'number_too_small' },
        { path: 'components.1.quantity', code: 'number_too_large' },
      ],
    );
    assert.deepEqual(checkComponentList([]), [{ path: 'components', code: 'combo_too_few', params: { min: PRODUCT_POLICY.comboMinComponents } }]);
  });

  test('one issue per field: the first rule broken', () => {
    const paths = checkProductDraft({ type: 'normal', sku: '', purchasePrice: 'x', salePrice: 'y' }).map((issue) => issue.path);
    assert.equal(new Set(paths).size, paths.length);
  });
});

describe('the request schema refuses what checkProductDraft refuses', () => {
  const schemaFound = (body: unknown) =>
    (CreateProductRequest.safeParse(body, { reportInput: true }).error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), code: classify(issue).code }));
  const bad: [string, ProductDraft][] = [
    ['sale below purchase', { ...sent, purchasePrice: '50', salePrice: '49.99' }],
    ['net above gross', { ...sent, grossWeight: 1, netWeight: 1.5 }],
    ['bad SKU', { ...sent, sku: '-x' }],
    ['bad barcode', { ...sent, barcode: '6901234567891' }],
    ['bad price', { ...sent, purchasePrice: '45.505' }],
    ['missing name', { ...sent, name: '' }],
    ['combo of one', { type: 'combo', sku: 'SET', name: 'Set', components: [{ sku: 'A', quantity: 1 }] }],
    ['combo twice the same', { type: 'combo', sku: 'SET', name: 'Set', components: [{ sku: 'A', quantity: 1 }, { sku: 'a', quantity: 2 }] }],
    ['combo quantity too large', { type: 'combo', sku: 'SET', name: 'Set', components: [{ sku: 'A', quantity: 1 }, { sku: 'B', quantity: 10_000 }] }],
  ];
  for (const [name, draft] of bad) {
    test(name, () => {
      const expected = found(draft);
      assert.notDeepEqual(expected, []);
      assert.deepEqual(schemaFound(draft), expected);
    });
  }

  test('the refinement adds only the rules between fields: a broken price is not also missing', () => {
    const result = CreateNormalProduct.safeParse({ ...sent, purchasePrice: 'abc' });
    assert.deepEqual(
      result.error?.issues.map((issue) => [issue.path.join('.'), classify(issue).code]),
      [['purchasePrice', 'price_format']],
    );
  });
});
