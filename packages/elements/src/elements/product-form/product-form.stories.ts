import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Locale, Product } from '@wharf/domain';
import type { MessageParams } from '@wharf/domain/messages';
import { fieldMessage, productMessagesFor, referenceMessagesFor } from '@wharf/domain/messages';
import { seed, type EnterpriseAdmin } from '@wharf/mocks';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import { choose, fieldError, fill, inside, press, shadowOf, shows, textOf, waitUntil } from '../../testing/story-helpers.ts';
import { wharfElement, defaultStory } from '../../testing/story-meta.ts';
import type { WharfHsCodePicker } from '../hs-code-picker/hs-code-picker.ts';
import '../provider/define.ts';
import './define.ts';
import { productFormText } from './product-form.ts';

const TAG = 'wharf-product-form';
type Args = { type: 'normal' | 'combo' };
type Loaded = { owner: EnterpriseAdmin; product?: Product; products?: Product[] };

/**
 * Creates or edits a product (seed 002 产品新增 / 组合产品新增): required fields marked *, the sale price never below
 * the purchase price on the VAT invoice (checked as you type), the HS code with its declaration elements (申报要素)
 * and a live preview of the declared specification (规格型号); combos bind two or more normal products with
 * quantities. Every request is answered by the real Wharf app running in this page (`@wharf/mocks`); customs'
 * decisions are taken through the API in the loaders.
 */
const meta: Meta<Args> = {
  title: 'Products/Product form',
  component: TAG,
  args: { type: 'normal' },
  argTypes: { type: { control: 'inline-radio', options: ['normal', 'combo'], description: '`type` (new products)' } },
  loaders: [async () => ({ owner: await seed.enterpriseAdmin() })],
  render: (args, { loaded, globals: { locale } }) => html`<wharf-provider session-token=${(loaded as Loaded).owner.token} locale=${locale}>
    ${wharfElement(TAG, { ...args, sku: (loaded as Loaded).product?.sku })}
  </wharf-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The price rule's message (prices are decimal strings, as the server passes them). */
const saleBelow = (locale: Locale, min: string) => fieldMessage(locale, 'sale_below_purchase', { min });

/** Types into the form's HS-code picker and clicks the code in its list. */
async function pickCode(canvas: HTMLElement, code: string) {
  const picker = await inside<WharfHsCodePicker>(canvas, TAG, 'wharf-hs-code-picker');
  const input = await waitUntil(() => {
    const found = picker.shadowRoot?.querySelector('input');
    if (!found) throw new Error('the HS-code picker has not rendered');
    return found;
  });
  input.focus();
  input.value = code;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: code }));
  const option = await waitUntil(() => {
    const found = [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')].find((item) => item.textContent!.includes(code));
    if (!found) throw new Error(`${code} is not listed; the picker shows "${picker.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()}"`);
    return found;
  });
  option.click();
  await inside(canvas, TAG, '[id="declarationElements.0"]');
}

async function fillBasics(canvas: HTMLElement, sku: string) {
  await fill(canvas, TAG, '#sku', sku);
  await fill(canvas, TAG, '#name', '玻尿酸保湿面霜 50ml');
  await choose(canvas, TAG, '#category', 'cosmetics');
  await choose(canvas, TAG, '#unit', '007');
  await choose(canvas, TAG, '#originCountry', 'KR');
  await fill(canvas, TAG, '#purchasePrice', '45.50');
  await fill(canvas, TAG, '#salePrice', '129.90');
}

/** The element as a page first shows it: its attributes and CSS custom properties are the Controls below. */
export const Default: Story = defaultStory(TAG);

/**
 * A new normal product, required fields marked and prices in the enterprise's trading currency, filled in and saved:
 * the story ends on the saved draft, now edited under its SKU (the empty form is the Default story).
 */
export const DraftSaved: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = productFormText(globals.locale);
    await shows(canvasElement, TAG, t.titleNew);
    await shows(canvasElement, TAG, t.requiredNote);
    expect((await inside(canvasElement, TAG, '#purchasePrice-suffix')).textContent).toBe('HKD');
    expect((await inside(canvasElement, TAG, 'label[for=sku]')).textContent).toContain('*');
    const sku = seed.uniqueSku();
    await fillBasics(canvasElement, sku);
    await press(canvasElement, TAG, t.saveDraft);
    await shows(canvasElement, TAG, t.savedDraft);
    await shows(canvasElement, TAG, t.titleEdit(sku));
    await shows(canvasElement, TAG, productMessagesFor(globals.locale).labels.statuses.draft);
  },
};

/** 3304990099 chosen: its declaration elements in order, coded ones as choices, and the declared specification as you answer. */
export const DeclarationElements: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = productFormText(globals.locale);
    await pickCode(canvasElement, '3304990099');
    await shows(canvasElement, TAG, t.elementsTitle('3304990099'));
    const root = shadowOf(canvasElement, TAG)!;
    const labels = [...root.querySelectorAll('[part=elements] label')].map((label) => label.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels).toEqual(['0 品牌类型 *', '1 出口享惠情况 *', '2 用途 *', '3 包装规格 *', '4 品牌（中文或外文名称） *', '5 GTIN', '6 CAS', '7 其他']);
    const brandTypes = [...root.querySelector<HTMLSelectElement>('[id="declarationElements.0"]')!.options].map((option) => option.textContent!.trim());
    expect(brandTypes).toContain(`4 ${referenceMessagesFor(globals.locale).labels.brandTypes['4']}`);
    await choose(canvasElement, TAG, '[id="declarationElements.0"]', '4');
    await choose(canvasElement, TAG, '[id="declarationElements.1"]', '0');
    await fill(canvasElement, TAG, '[id="declarationElements.2"]', '面部保湿');
    await fill(canvasElement, TAG, '[id="declarationElements.3"]', '50ml/瓶');
    await fill(canvasElement, TAG, '[id="declarationElements.4"]', 'Harbour|Korea');
    await fieldError(
      canvasElement,
      TAG,
      'declarationElements.4',
      fieldMessage(globals.locale, 'declaration_element_separator', { name: '品牌（中文或外文名称）', field: '4' }),
    );
    await fill(canvasElement, TAG, '[id="declarationElements.4"]', 'Harbour');
    const specification = '4|0|面部保湿|50ml/瓶|Harbour|||';
    await waitUntil(() => expect(root.querySelector('output#specification')!.textContent).toBe(specification));
    await shows(canvasElement, TAG, t.specificationCount(specification.length, 510));
  },
};

/** The sale price below the purchase price on the VAT invoice: said at the sale price while typing, before saving. */
export const PriceBelowPurchase: Story = {
  play: async ({ canvasElement, globals }) => {
    await fill(canvasElement, TAG, '#purchasePrice', '45.50');
    await fill(canvasElement, TAG, '#salePrice', '30');
    await fieldError(canvasElement, TAG, 'salePrice', saleBelow(globals.locale, '45.50'));
  },
};

/** A SKU the enterprise already has: the server's refusal is shown at the SKU, which gets the focus. */
export const SkuTaken: Story = {
  loaders: [
    async () => {
      const owner = await seed.enterpriseAdmin();
      return { owner, products: [await seed.draftProduct(owner)] };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const taken = (loaded as Loaded).products![0]!.sku;
    await fillBasics(canvasElement, taken);
    await press(canvasElement, TAG, productFormText(globals.locale).saveDraft);
    await fieldError(canvasElement, TAG, 'sku', fieldMessage(globals.locale, 'sku_taken', { field: taken }));
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.activeElement?.id).toBe('sku'));
  },
};

/** A draft with its declaration elements, edited: the SKU is fixed, the answers are there, a change is saved. */
export const EditDraft: Story = {
  loaders: [
    async () => {
      const owner = await seed.enterpriseAdmin();
      return { owner, product: await seed.declaredProduct(owner) };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = productFormText(globals.locale);
    const { product } = loaded as Loaded;
    await shows(canvasElement, TAG, t.titleEdit(product!.sku));
    const sku = await inside<HTMLInputElement>(canvasElement, TAG, '#sku');
    expect(sku.readOnly).toBe(true);
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.querySelector<HTMLInputElement>('[id="declarationElements.2"]')?.value).toBe('面部保湿'));
    await fill(canvasElement, TAG, '#salePrice', '139.90');
    await press(canvasElement, TAG, t.saveDraft);
    await shows(canvasElement, TAG, t.savedDraft);
    expect((await inside<HTMLInputElement>(canvasElement, TAG, '#salePrice')).value).toBe('139.90');
  },
};

/** Customs sent it back: their reason first; saving makes it a draft again. */
export const Rejected: Story = {
  loaders: [
    async () => {
      const owner = await seed.enterpriseAdmin();
      return { owner, product: await seed.rejectedProduct(owner, '用途请写明“面部保湿”，并补充包装规格。') };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const t = productFormText(globals.locale);
    await shows(canvasElement, TAG, t.rejectedTitle);
    await shows(canvasElement, TAG, '用途请写明“面部保湿”，并补充包装规格。');
    await shows(canvasElement, TAG, productMessagesFor(globals.locale).labels.statuses.rejected);
    await fill(canvasElement, TAG, '[id="declarationElements.3"]', '50ml/瓶 单支装');
    await press(canvasElement, TAG, t.saveDraft);
    await shows(canvasElement, TAG, t.savedDraft);
    await shows(canvasElement, TAG, productMessagesFor(globals.locale).labels.statuses.draft);
    expect(textOf(canvasElement, TAG)).not.toContain(t.rejectedTitle);
  },
};

/** With customs for filing: read-only, with why, and nothing to save. */
export const FilingLocked: Story = {
  loaders: [
    async () => {
      const owner = await seed.enterpriseAdmin();
      return { owner, product: await seed.filingProduct(owner) };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    await shows(canvasElement, TAG, fieldMessage(globals.locale, 'product_filing'));
    await shows(canvasElement, TAG, productMessagesFor(globals.locale).labels.statuses.filing);
    await shows(canvasElement, TAG, '4|0|面部保湿|50ml/瓶|Harbour|||');
    expect(shadowOf(canvasElement, TAG)!.querySelector('button, input, select')).toBeNull();
  },
};

/** A combo of two of the enterprise's normal products, found in the list, one of them twice. */
export const NewCombo: Story = {
  args: { type: 'combo' },
  loaders: [
    async () => {
      const owner = await seed.enterpriseAdmin();
      return { owner, products: [await seed.draftProduct(owner), await seed.draftProduct(owner, { name: '氨基酸洁面乳 120ml' })] };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = productFormText(globals.locale);
    const [cream, cleanser] = (loaded as Loaded).products!;
    await shows(canvasElement, TAG, t.titleNewCombo);
    await fill(canvasElement, TAG, '#sku', seed.uniqueSku('SET'));
    await fill(canvasElement, TAG, '#name', '保湿护肤套装');
    await press(canvasElement, TAG, t.addLabel(cream!.sku, cream!.name));
    await press(canvasElement, TAG, t.saveDraft);
    // The count is said under the product search, which is marked invalid and focused.
    await shows(canvasElement, TAG, fieldMessage(globals.locale, 'combo_too_few', { min: 2 }));
    expect((await inside(canvasElement, TAG, '#productSearch')).getAttribute('aria-invalid')).toBe('true');
    await press(canvasElement, TAG, t.addLabel(cleanser!.sku, cleanser!.name));
    await fill(canvasElement, TAG, '[id="components.1.quantity"]', '2');
    await shows(canvasElement, TAG, t.componentsCaption(2));
    await press(canvasElement, TAG, t.saveDraft);
    await shows(canvasElement, TAG, t.savedDraft);
  },
};

/** Simplified Chinese (zh-CN): the declaration elements with their coded choices named in Chinese. */
export const SimplifiedChinese: Story = { ...DeclarationElements, globals: { locale: 'zh-CN' }, tags: ['!dev', '!autodocs', 'locale-check'] };
