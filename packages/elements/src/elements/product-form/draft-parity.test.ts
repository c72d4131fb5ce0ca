import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MessageParams } from '@wharf/domain/messages';
import { fieldMessage } from '@wharf/domain/messages';
import { BAD_DRAFTS, GOOD_TYPED_PRODUCT, type BadDraft } from '@wharf/server/testing/fixtures';
import '../provider/define.ts';
import './define.ts';
import type { WharfHsCodePicker } from '../hs-code-picker/hs-code-picker.ts';
import { productFormText, type WharfProductForm } from './product-form.ts';
import { CREAM_DECLARATION, createProduct, enterpriseAdmin, eventually, recordRequests, shadow, shadowText, typeInto, uniqueSku } from '../../testing/helpers.ts';

// The form's half of the product rule's parity: every bad draft the server refuses (the same list its server test
// sends, packages/server/src/modules/products/draft-parity.test.ts), typed in, is refused in the browser — nothing
// is sent — with the rule's message at the same field.

const admins = new Map<string, ReturnType<typeof enterpriseAdmin>>();
const adminIn = (currency: string) => {
  if (!admins.has(currency)) admins.set(currency, enterpriseAdmin({ tradingCurrency: currency }));
  return admins.get(currency)!;
};

const errorAt = (form: HTMLElement, path: string) => shadow(form, `[id="${path}-error"]`).textContent!.trim();

async function mount(token: string, type: string) {
  const provider = await fixture(html`<wharf-provider session-token=${token} locale="en"><wharf-product-form type=${type}></wharf-product-form></wharf-provider>`);
  const form = provider.querySelector('wharf-product-form') as WharfProductForm;
  await eventually(() => form.shadowRoot!.querySelector('h2'), () => `not loaded: ${shadowText(form)}`, 10000);
  return form;
}

function choose(form: HTMLElement, id: string, value: string) {
  const select = shadow<HTMLSelectElement>(form, `[id="${id}"]`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Types into a field as a user does (or chooses in a drop-down); an empty text clears it. */
async function type(form: HTMLElement, id: string, typed: string) {
  if (form.shadowRoot!.querySelector(`select[id="${id}"]`)) {
    choose(form, id, typed);
  } else if (typed) {
    await typeInto(form, `[id="${id}"]`, typed);
  } else {
    await typeInto(form, `[id="${id}"]`, 'x');
    await sendKeys({ press: 'Backspace' });
  }
}

async function answerDeclaration(form: HTMLElement, answers: Record<string, string>) {
  const picker = shadow<WharfHsCodePicker>(form, 'wharf-hs-code-picker');
  await typeInto(picker, 'input', CREAM_DECLARATION.hsCode);
  await eventually(() => picker.shadowRoot!.querySelector('[role=option]')?.textContent?.includes(CREAM_DECLARATION.hsCode), () => shadowText(picker));
  await sendKeys({ press: 'Enter' });
  await eventually(() => form.shadowRoot!.querySelector('[id="declarationElements.0"]'), 'no declaration elements');
  for (const [index, answer] of Object.entries(answers)) {
    await type(form, `declarationElements.${index}`, answer);
  }
}

async function addComponents(form: WharfProductForm, token: string, spec: NonNullable<BadDraft['components']>) {
  const t = productFormText('en');
  for (let index = 0; index < spec.distinct; index++) {
    const product = await createProduct(token, { name: `成分 ${uniqueSku('C')}` });
    await typeInto(form, '#productSearch', product.sku);
    const add = `button[aria-label="${t.addLabel(product.sku, product.name)}"]`;
    await eventually(() => form.shadowRoot!.querySelector(add), () => shadowText(form));
    shadow<HTMLButtonElement>(form, add).click();
    await form.updateComplete;
    if (spec.firstAgain && index === 0) {
      // The form does not let the same product in twice: it is not offered again.
      await typeInto(form, '#productSearch', product.sku.toLowerCase());
      await eventually(() => form.shadowRoot!.querySelectorAll('[part=product-results] li').length === 1, () => shadowText(form));
      expect(form.shadowRoot!.querySelector(add), `${product.sku} is offered again`).to.equal(null);
    }
  }
  if (spec.firstQuantity !== undefined) await type(form, 'components.0.quantity', spec.firstQuantity);
}

/** Fills the form with the draft as typed and saves it; answers what the form sent. */
async function typeAndSave(draft: BadDraft) {
  const admin = await adminIn(draft.currency);
  const form = await mount(admin.token, draft.type);
  await type(form, 'sku', uniqueSku(draft.type === 'combo' ? 'SET' : 'HB'));
  if (draft.type === 'combo') {
    await type(form, 'name', '保湿护肤套装');
    await addComponents(form, admin.token, draft.components ?? { distinct: 0 });
  } else {
    for (const [id, typed] of Object.entries({ ...GOOD_TYPED_PRODUCT, ...draft.values })) await type(form, id, typed);
    if (draft.declarationElements) await answerDeclaration(form, draft.declarationElements);
  }
  const recorder = recordRequests();
  try {
    shadow<HTMLButtonElement>(form, 'button[part=save-draft]').click();
    await form.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { form, sent: recorder.requests.filter((request) => request.method !== 'GET') };
  } finally {
    recorder.stop();
  }
}

describe('<wharf-product-form> refuses the drafts the server refuses', () => {
  it('saves the good product they are made from', async () => {
    const { form, sent } = await typeAndSave({ rule: 'none', type: 'normal', currency: 'JPY', values: { purchasePrice: '45', salePrice: '130' }, path: '', code: '' });
    expect(sent.map((request) => request.method)).to.deep.equal(['POST']);
    await eventually(() => shadowText(form).includes(productFormText('en').savedDraft), () => shadowText(form));
  });

  for (const draft of BAD_DRAFTS) {
    if (draft.components?.firstAgain) {
      it(`${draft.rule}: the product is not offered twice`, async () => {
        const { form, sent } = await typeAndSave(draft);
        // One product in the combo: the form names the list, with nothing sent.
        expect(sent).to.have.length(0);
        expect(errorAt(form, 'components')).to.equal(fieldMessage('en', 'combo_too_few', { min: 2 }));
      });
      continue;
    }
    it(`${draft.rule}: refused at ${draft.path}, nothing sent`, async () => {
      const { form, sent } = await typeAndSave(draft);
      expect(sent, `the form sent ${sent.map((request) => request.body).join(' ')}`).to.have.length(0);
      expect(errorAt(form, draft.path)).to.equal(fieldMessage('en', draft.formCode ?? draft.code, (draft.params ?? {}) as MessageParams));
    });
  }
});
