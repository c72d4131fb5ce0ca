import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MessageParams } from '@wharf/domain/messages';
import { fieldMessage } from '@wharf/domain/messages';
import '../provider/define.ts';
import './define.ts';
import type { WharfHsCodePicker } from '../hs-code-picker/hs-code-picker.ts';
import { productFormText, type WharfProductForm } from './product-form.ts';
import { CREAM_DECLARATION, createProduct, enterpriseAdmin, eventually, fileProduct, recordRequests, shadow, shadowText, typeInto, uniqueSku } from '../../testing/helpers.ts';
import type { WharfProductSavedEvent } from '../../events/product-saved.ts';

async function mount(token: string, options: { sku?: string; type?: string; locale?: string } = {}) {
  const provider = await fixture(html`<wharf-provider session-token=${token} locale=${options.locale ?? 'en'}>
    <wharf-product-form sku=${ifDefined(options.sku)} type=${options.type ?? 'normal'}></wharf-product-form>
  </wharf-provider>`);
  const form = provider.querySelector('wharf-product-form') as WharfProductForm;
  await eventually(() => form.shadowRoot!.querySelector('h2'), () => `not loaded: ${shadowText(form)}`, 10000);
  return form;
}

/** The price rule's message; the domain types `min` as a number, but prices are decimal strings (as the server passes them). */
const saleBelow = (locale: 'en' | 'zh-CN', min: string) => fieldMessage(locale, 'sale_below_purchase', { min });
const at = <T extends Element = HTMLInputElement>(form: HTMLElement, id: string) => shadow<T>(form, `[id="${id}"]`);
const errorAt = (form: HTMLElement, id: string) => at<HTMLElement>(form, `${id}-error`).textContent!.trim();

function choose(form: HTMLElement, id: string, value: string) {
  const select = at<HTMLSelectElement>(form, id);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Types the code into the picker, waits for it in the list and chooses it with Enter. */
async function pickCode(form: HTMLElement, code: string) {
  const picker = shadow<WharfHsCodePicker>(form, 'wharf-hs-code-picker');
  await typeInto(picker, 'input', code);
  await eventually(() => picker.shadowRoot!.querySelector('[role=option]')?.textContent?.includes(code), () => shadowText(picker));
  await sendKeys({ press: 'Enter' });
  await eventually(() => form.shadowRoot!.querySelector('[id="declarationElements.0"]'), 'no declaration elements');
}

async function fillBasics(form: HTMLElement, sku = uniqueSku()) {
  await typeInto(form, '#sku', sku);
  await typeInto(form, '#name', '玻尿酸保湿面霜 50ml');
  choose(form, 'category', 'cosmetics');
  choose(form, 'unit', '007');
  choose(form, 'originCountry', 'KR');
  await typeInto(form, '#purchasePrice', '45.50');
  await typeInto(form, '#salePrice', '129.90');
  return sku;
}

async function answerCream(form: HTMLElement) {
  choose(form, 'declarationElements.0', '4');
  choose(form, 'declarationElements.1', '0');
  await typeInto(form, '[id="declarationElements.2"]', '面部保湿');
  await typeInto(form, '[id="declarationElements.3"]', '50ml/瓶');
  await typeInto(form, '[id="declarationElements.4"]', 'Harbour');
}

const button = (form: HTMLElement, part: string) => shadow<HTMLButtonElement>(form, `button[part=${part}]`);

describe('<wharf-product-form>', () => {
  it('creates a normal product with its declaration elements and sends it for filing', async () => {
    const admin = await enterpriseAdmin();
    const form = await mount(admin.token);
    const t = productFormText('en');
    expect(shadow(form, 'h2').textContent).to.equal(t.titleNew);
    const sku = await fillBasics(form);
    expect(at(form, 'purchasePrice-suffix').textContent).to.equal('HKD');
    expect(at<HTMLSelectElement>(form, 'unit').selectedOptions[0]!.textContent).to.match(/^007 /);

    await pickCode(form, '3304990099');
    const labels = [...form.shadowRoot!.querySelectorAll('[part=elements] label')].map((label) => label.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels.slice(0, 3)).to.deep.equal(['0 品牌类型 *', '1 出口享惠情况 *', '2 用途 *']);
    expect(labels).to.include('5 GTIN');
    const brandTypes = [...at<HTMLSelectElement>(form, 'declarationElements.0').options].map((option) => option.textContent!.trim());
    expect(brandTypes).to.include('4 Foreign brand (other)');
    await answerCream(form);
    const specification = '4|0|面部保湿|50ml/瓶|Harbour|||';
    expect(shadow(form, 'output#specification').textContent).to.equal(specification);
    expect(shadowText(form)).to.contain(t.specificationCount(specification.length, 510));

    const saved = oneEvent(form, 'wharf-product-saved') as Promise<WharfProductSavedEvent>;
    button(form, 'submit').click();
    const event = await saved;
    expect(event.submitted).to.equal(true);
    expect(event.product.sku).to.equal(sku);
    expect(event.product.status).to.equal('filing');
    expect(event.product.declaredSpecification).to.equal(specification);
    await eventually(() => shadowText(form).includes(fieldMessage('en', 'product_filing')), () => shadowText(form));
    expect(shadowText(form)).to.contain(t.submitted);
    expect(form.shadowRoot!.querySelector('button[type=submit]')).to.equal(null);
    expect(form.shadowRoot!.activeElement?.id, 'the focus moves to the details').to.equal('details-title');
  });

  it('shows the price rule while typing, before anything is saved', async () => {
    const admin = await enterpriseAdmin();
    const form = await mount(admin.token);
    const recorder = recordRequests();
    try {
      await typeInto(form, '#purchasePrice', '45.50');
      await typeInto(form, '#salePrice', '30');
      await eventually(() => errorAt(form, 'salePrice') === saleBelow('en', '45.50'), () => errorAt(form, 'salePrice'));
      expect(at(form, 'salePrice').getAttribute('aria-invalid')).to.equal('true');
      await typeInto(form, '#salePrice', '45.5');
      await eventually(() => errorAt(form, 'salePrice') === '');
      await typeInto(form, '#sku', 'not a sku!');
      await eventually(() => errorAt(form, 'sku') === fieldMessage('en', 'sku_format'));
      expect(errorAt(form, 'name'), 'untouched fields are not flagged yet').to.equal('');
      expect(recorder.requests.filter((request) => request.method !== 'GET')).to.have.length(0);
    } finally {
      recorder.stop();
    }
  });

  it('a SKU the enterprise already has is refused by the server, shown at the SKU and focused', async () => {
    const admin = await enterpriseAdmin();
    const existing = await createProduct(admin.token);
    const form = await mount(admin.token);
    await fillBasics(form, existing.sku);
    button(form, 'save-draft').click();
    const message = fieldMessage('en', 'sku_taken', { field: existing.sku });
    await eventually(() => errorAt(form, 'sku') === message, () => `${errorAt(form, 'sku')} | ${shadowText(form)}`);
    expect(at(form, 'sku').getAttribute('aria-invalid')).to.equal('true');
    expect(form.shadowRoot!.activeElement?.id).to.equal('sku');
  });

  it('names every missing field in the browser and focuses the first', async () => {
    const admin = await enterpriseAdmin();
    const form = await mount(admin.token);
    button(form, 'submit').click();
    await eventually(() => errorAt(form, 'sku') === fieldMessage('en', 'required'));
    expect(form.shadowRoot!.activeElement?.id).to.equal('sku');
    expect(errorAt(form, 'category')).to.equal(fieldMessage('en', 'required'));
    expect(shadow<WharfHsCodePicker>(form, 'wharf-hs-code-picker').error).to.equal(fieldMessage('en', 'hs_code_required'));
  });

  it('changing the HS code keeps the answers of elements with the same name', async () => {
    const admin = await enterpriseAdmin();
    const form = await mount(admin.token);
    await pickCode(form, '3304990099');
    await answerCream(form);
    await pickCode(form, '3305100000'); // 0 品牌类型 1 出口享惠情况 2 用途 3 成分含量 4 包装规格 5 品牌…
    await eventually(() => at(form, 'declarationElements.4').value === '50ml/瓶');
    expect(at<HTMLSelectElement>(form, 'declarationElements.0').value).to.equal('4');
    expect(at(form, 'declarationElements.2').value).to.equal('面部保湿');
    expect(at(form, 'declarationElements.3').value).to.equal('');
    expect(at(form, 'declarationElements.5').value).to.equal('Harbour');
  });

  it('edits a rejected product: shows customs’ reason, and saving makes it a draft', async () => {
    const admin = await enterpriseAdmin();
    const product = await createProduct(admin.token, CREAM_DECLARATION);
    const reason = '用途请写明“面部保湿”，并补充包装规格。';
    await fileProduct(admin.token, admin.enterprise.id, product.sku, { approved: false, reason });
    const form = await mount(admin.token, { sku: product.sku });
    const t = productFormText('en');
    expect(shadow(form, '[part=rejection]').textContent).to.contain(reason);
    expect(shadowText(form)).to.contain(t.rejectedTitle);
    expect(at(form, 'sku').readOnly).to.equal(true);
    expect(at(form, 'declarationElements.2').value).to.equal('面部保湿');
    await typeInto(form, '[id="declarationElements.3"]', '50ml/瓶 单支装');
    const saved = oneEvent(form, 'wharf-product-saved') as Promise<WharfProductSavedEvent>;
    button(form, 'save-draft').click();
    const event = await saved;
    expect(event.submitted).to.equal(false);
    expect(event.product.status).to.equal('draft');
    expect(event.product.declarationElements['3']).to.equal('50ml/瓶 单支装');
    await eventually(() => !form.shadowRoot!.querySelector('[part=rejection]'));
    expect(shadowText(form)).to.contain(t.savedDraft);
  });

  it('shows a filed product read-only, with why, and no save buttons', async () => {
    const admin = await enterpriseAdmin();
    const product = await createProduct(admin.token, CREAM_DECLARATION);
    await fileProduct(admin.token, admin.enterprise.id, product.sku, { approved: true });
    const form = await mount(admin.token, { sku: product.sku });
    expect(shadowText(form)).to.contain(fieldMessage('en', 'product_filed'));
    expect(shadowText(form)).to.contain('4|0|面部保湿|50ml/瓶|Harbour|||');
    expect(shadowText(form)).to.contain('0 品牌类型4 Foreign brand (other)');
    expect(form.shadowRoot!.querySelector('button[type=submit], input, select')).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('creates a combo of two normal products with quantities', async () => {
    const admin = await enterpriseAdmin();
    const first = await createProduct(admin.token, { name: '玻尿酸保湿面霜 50ml' });
    const second = await createProduct(admin.token, { name: '氨基酸洁面乳 120ml' });
    const form = await mount(admin.token, { type: 'combo' });
    const t = productFormText('en');
    expect(shadow(form, 'h2').textContent).to.equal(t.titleNewCombo);
    expect(form.shadowRoot!.querySelector('button[part=submit]'), 'combos are not filed').to.equal(null);
    const sku = uniqueSku('SET');
    await typeInto(form, '#sku', sku);
    await typeInto(form, '#name', '保湿护肤套装');
    const add = (item: { sku: string; name: string }) => shadow<HTMLButtonElement>(form, `button[aria-label="${t.addLabel(item.sku, item.name)}"]`);
    await eventually(() => form.shadowRoot!.querySelector(`button[aria-label="${t.addLabel(first.sku, first.name)}"]`), () => shadowText(form));
    add(first).click();
    button(form, 'save-draft').click();
    await eventually(() => errorAt(form, 'components') === fieldMessage('en', 'combo_too_few', { min: 2 }), () => shadowText(form));
    expect(form.shadowRoot!.activeElement?.id).to.equal('productSearch');

    await typeInto(form, '#productSearch', '洁面');
    await eventually(() => form.shadowRoot!.querySelectorAll('[part=product-results] li').length === 1, () => shadowText(form));
    add(second).click();
    await form.updateComplete;
    await typeInto(form, '[id="components.1.quantity"]', '2');
    const saved = oneEvent(form, 'wharf-product-saved') as Promise<WharfProductSavedEvent>;
    button(form, 'save-draft').click();
    const event = await saved;
    expect(event.product.type).to.equal('combo');
    expect(event.product.components.map((component) => [component.sku, component.quantity])).to.deep.equal([
      [first.sku, 1],
      [second.sku, 2],
    ]);
    await eventually(() => shadowText(form).includes(t.savedDraft));
    await expect(form).to.be.accessible();
  });

  it('Cancel asks the host to leave', async () => {
    const admin = await enterpriseAdmin();
    const form = await mount(admin.token);
    const cancelled = oneEvent(form, 'wharf-product-cancel');
    button(form, 'cancel').click();
    expect((await cancelled).bubbles).to.equal(true);
  });

  it('speaks Simplified Chinese and passes an accessibility audit with its declaration elements', async () => {
    const admin = await enterpriseAdmin();
    const form = await mount(admin.token, { locale: 'zh-CN' });
    expect(shadow(form, 'h2').textContent).to.equal('新增产品');
    expect(shadowText(form)).to.contain('保存并提交备案');
    await pickCode(form, '3304990099');
    const brandTypes = [...at<HTMLSelectElement>(form, 'declarationElements.0').options].map((option) => option.textContent!.trim());
    expect(brandTypes).to.include('4 境外品牌（其他）');
    await typeInto(form, '#purchasePrice', '45.50');
    await typeInto(form, '#salePrice', '30');
    await eventually(() => errorAt(form, 'salePrice') === saleBelow('zh-CN', '45.50'));
    await expect(form).to.be.accessible();
  });
});
