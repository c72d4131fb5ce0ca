import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fieldMessage } from '@wharf/domain/messages';
import '../provider/define.ts';
import './define.ts';
import type { WharfProductList } from './product-list.ts';
import { api, CREAM_DECLARATION, createProduct, enterpriseAdmin, eventually, fileProduct, shadowText, typeInto, uniqueSku } from '../../testing/helpers.ts';
import type { WharfProductCreateEvent } from '../../events/product-create.ts';
import type { WharfProductDeletedEvent } from '../../events/product-deleted.ts';
import type { WharfProductEditEvent } from '../../events/product-edit.ts';
import type { WharfProductOpenEvent } from '../../events/product-open.ts';
import type { WharfProductSubmittedEvent } from '../../events/product-submitted.ts';

async function mount(token: string, options: { locale?: string; pageSize?: number; sku?: string } = {}) {
  const provider = await fixture(html`<wharf-provider session-token=${token} locale=${options.locale ?? 'en'}>
    <wharf-product-list page-size=${options.pageSize ?? 20} sku=${options.sku ?? ''}></wharf-product-list>
  </wharf-provider>`);
  const list = provider.querySelector('wharf-product-list') as WharfProductList;
  if (options.sku) await eventually(() => list.shadowRoot!.querySelector('#detail-heading, [role=alert] p'), () => shadowText(list));
  else await eventually(() => list.shadowRoot!.querySelector('table[part=table], .empty'), () => shadowText(list));
  return list;
}
const rows = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('table[part=table] tbody tr')].map((row) => row.getAttribute('data-sku'));
const byLabel = (el: HTMLElement, label: string) => {
  const found = el.shadowRoot!.querySelector<HTMLButtonElement>(`[aria-label="${label}"]`);
  if (!found) throw new Error(`nothing labelled “${label}” in: ${shadowText(el)}`);
  return found;
};
const button = (el: HTMLElement, label: string, scope = '') => {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(`${scope} button`)].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label);
  if (!found) throw new Error(`no button “${label}” in: ${shadowText(el)}`);
  return found;
};
const setValue = (el: HTMLElement, selector: string, value: string) => {
  const input = el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
};
/** Searches and waits until the rows are exactly `expected` (newest first). */
async function searchFor(el: HTMLElement, expected: string[]) {
  button(el, 'Search', 'form[part=filters]').click();
  await eventually(() => JSON.stringify(rows(el)) === JSON.stringify(expected), () => `rows ${JSON.stringify(rows(el))}, wanted ${JSON.stringify(expected)}; ${shadowText(el)}`);
}
/** A day in this browser's time zone, as a date input holds it. */
const localDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
const today = () => localDay(new Date());
const daysFromToday = (days: number) => localDay(new Date(Date.now() + days * 86_400_000));

describe('<wharf-product-list>', () => {
  it('filters by SKU prefix, name, status, category and created dates; Reset brings everything back', async () => {
    const admin = await enterpriseAdmin();
    const cream = await createProduct(admin.token, { sku: uniqueSku('CRM'), name: '玻尿酸保湿面霜 50ml' });
    const diapers = await createProduct(admin.token, { sku: uniqueSku('DPR'), name: '婴儿纸尿裤 L 号', category: 'diapers', unit: '011' });
    const filed = await createProduct(admin.token, { sku: uniqueSku('CRM'), name: '维生素 C 精华液', ...CREAM_DECLARATION });
    await fileProduct(admin.token, admin.enterprise.id, filed.sku, { approved: true });
    const list = await mount(admin.token);
    const all = [filed.sku, diapers.sku, cream.sku];
    expect(rows(list)).to.deep.equal(all);
    expect(shadowText(list)).to.contain('Products (3 shown)');
    expect(shadowText(list)).to.contain('Page 1: 3 products shown.');
    // Category names come with the product options, which may answer after the first page.
    await eventually(() => list.shadowRoot!.querySelector('#filter-category option[value=diapers]'));
    const creamRow = list.shadowRoot!.querySelector(`tr[data-sku="${cream.sku}"]`)!.textContent!.replace(/\s+/g, ' ');
    expect(creamRow).to.contain('Cosmetics and skin care').and.to.contain('HK$129.90').and.to.contain('Draft').and.to.contain('Normal product');

    // SKU prefix, typed and searched with Enter.
    await typeInto(list, '#filter-sku', 'crm');
    await sendKeys({ press: 'Enter' });
    await eventually(() => JSON.stringify(rows(list)) === JSON.stringify([filed.sku, cream.sku]), () => shadowText(list));
    setValue(list, '#filter-sku', '');

    setValue(list, '#filter-name', '纸尿裤');
    await searchFor(list, [diapers.sku]);
    setValue(list, '#filter-name', '');

    setValue(list, '#filter-status', 'filed');
    await searchFor(list, [filed.sku]);
    setValue(list, '#filter-status', '');

    setValue(list, '#filter-category', 'diapers');
    await searchFor(list, [diapers.sku]);
    setValue(list, '#filter-category', '');

    setValue(list, '#filter-from', today());
    setValue(list, '#filter-to', today());
    await searchFor(list, all);
    setValue(list, '#filter-from', daysFromToday(-10));
    setValue(list, '#filter-to', daysFromToday(-1));
    await searchFor(list, []);
    expect(shadowText(list)).to.contain('No product matches these filters.');

    // Reversed dates are named at the field, and nothing is asked.
    setValue(list, '#filter-from', daysFromToday(1));
    setValue(list, '#filter-to', daysFromToday(-1));
    button(list, 'Search', 'form[part=filters]').click();
    await eventually(() => list.shadowRoot!.querySelector('#filter-to[aria-invalid=true]'));
    expect(list.shadowRoot!.querySelector('#filter-to-error')!.textContent).to.contain('The start date is after the end date');

    button(list, 'Reset', 'form[part=filters]').click();
    await eventually(() => JSON.stringify(rows(list)) === JSON.stringify(all), () => shadowText(list));
    expect(list.shadowRoot!.querySelector<HTMLInputElement>('#filter-from')!.value).to.equal('');
  });

  it('pages forward and back by cursor with a small page size; the size can change', async () => {
    const admin = await enterpriseAdmin();
    const skus: string[] = [];
    for (let i = 0; i < 5; i++) skus.unshift((await createProduct(admin.token, { sku: uniqueSku(`P${i}`) })).sku);
    const list = await mount(admin.token, { pageSize: 2 });
    expect(rows(list)).to.deep.equal(skus.slice(0, 2));
    const previous = button(list, 'Previous', 'nav[part=pager]');
    const next = button(list, 'Next', 'nav[part=pager]');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');

    next.click();
    await eventually(() => JSON.stringify(rows(list)) === JSON.stringify(skus.slice(2, 4)), () => shadowText(list));
    expect(shadowText(list)).to.contain('Page 2: 2 products shown; more on the next page.');
    button(list, 'Next', 'nav[part=pager]').click();
    await eventually(() => JSON.stringify(rows(list)) === JSON.stringify(skus.slice(4)), () => shadowText(list));
    expect(button(list, 'Next', 'nav[part=pager]').getAttribute('aria-disabled')).to.equal('true');
    expect(shadowText(list)).to.contain('Page 3: 1 product shown.');

    button(list, 'Previous', 'nav[part=pager]').click();
    await eventually(() => JSON.stringify(rows(list)) === JSON.stringify(skus.slice(2, 4)), () => shadowText(list));
    button(list, 'Previous', 'nav[part=pager]').click();
    await eventually(() => JSON.stringify(rows(list)) === JSON.stringify(skus.slice(0, 2)), () => shadowText(list));

    setValue(list, '#page-size', '20');
    await eventually(() => rows(list).length === 5, () => shadowText(list));
    expect(list.pageSize).to.equal(20);
  });

  it('opens a product: every field, declaration elements by name; tabs by keyboard; a rejected one shows customs’ reason', async () => {
    const admin = await enterpriseAdmin();
    const product = await createProduct(admin.token, { ...CREAM_DECLARATION, barcode: '6901234567892', grossWeight: 0.12 });
    await fileProduct(admin.token, admin.enterprise.id, product.sku, { approved: false, reason: '用途请写明“面部保湿”。' });
    const list = await mount(admin.token);
    const opened = oneEvent<WharfProductOpenEvent>(list, 'wharf-product-open');
    byLabel(list, `View ${product.sku}`).click();
    expect((await opened).sku).to.equal(product.sku);
    await eventually(() => list.shadowRoot!.querySelector('#detail-heading'), () => shadowText(list));
    expect(list.sku).to.equal(product.sku);
    expect(list.shadowRoot!.activeElement?.id).to.equal('detail-heading');
    const rejection = list.shadowRoot!.querySelector('[part=rejection]')!;
    expect(rejection.textContent).to.contain('Customs rejected this product').and.to.contain('用途请写明“面部保湿”。');
    const details = shadowText(list);
    for (const expected of ['品牌类型', '出口享惠情况', '用途', '包装规格', '面部保湿', '3304990099', '4|0|面部保湿|50ml/瓶|Harbour', '6901234567892', 'HK$45.50', 'Korea']) {
      expect(details, expected).to.contain(expected);
    }

    const detailsTab = list.shadowRoot!.querySelector<HTMLElement>('#product-tab-details')!;
    detailsTab.focus();
    await sendKeys({ press: 'ArrowRight' });
    await eventually(() => list.shadowRoot!.querySelector('#product-tab-log[aria-selected=true]'));
    await eventually(() => list.shadowRoot!.activeElement?.id === 'product-tab-log');
    const log = [...list.shadowRoot!.querySelectorAll('[part=log] tbody tr')].map((row) => row.getAttribute('data-action'));
    expect(log).to.deep.equal(['rejected', 'submitted', 'created']);
    expect(shadowText(list)).to.contain(admin.email).and.to.contain('Reason: 用途请写明');

    await sendKeys({ press: 'ArrowRight' });
    await eventually(() => shadowText(list).includes('No warehouse holds this product yet.'), () => shadowText(list));
    await sendKeys({ press: 'End' });
    await eventually(() => shadowText(list).includes('No ASN carries this product yet.'), () => shadowText(list));
    await sendKeys({ press: 'ArrowLeft' });
    await eventually(() => shadowText(list).includes('No order carries this product yet.'), () => shadowText(list));
    await sendKeys({ press: 'Home' });
    await eventually(() => list.shadowRoot!.querySelector('#product-tab-details[aria-selected=true]'));

    // Sent again from the detail: filing, locked, the reason gone.
    const submitted = oneEvent<WharfProductSubmittedEvent>(list, 'wharf-product-submitted');
    button(list, 'Submit for filing', '[part=actions]').click();
    expect((await submitted).sku).to.equal(product.sku);
    await eventually(() => list.shadowRoot!.querySelector('#detail-heading [data-status=filing]'), () => shadowText(list));
    expect(list.shadowRoot!.querySelector('[part=rejection]')).to.equal(null);
    expect(list.shadowRoot!.querySelector('[part=actions] button')).to.equal(null);
    expect(shadowText(list)).to.contain(fieldMessage('en', 'product_filing'));

    button(list, 'Back to products').click();
    await eventually(() => rows(list).length === 1);
    expect(list.sku).to.equal(undefined);
    await eventually(() => list.shadowRoot!.activeElement?.getAttribute('aria-label') === `View ${product.sku}`);
  });

  it('deletes after confirming in a dialog; cancelling leaves the product; focus goes into the dialog and back', async () => {
    const admin = await enterpriseAdmin();
    const keep = await createProduct(admin.token);
    const gone = await createProduct(admin.token);
    const list = await mount(admin.token);
    const remove = byLabel(list, `Delete ${gone.sku}`);
    remove.focus();
    remove.click();
    const dialog = list.shadowRoot!.querySelector('dialog')!;
    await eventually(() => dialog.open);
    expect(list.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Cancel');
    expect(dialog.textContent).to.contain(gone.sku);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('confirm-title');
    button(list, 'Cancel', 'dialog').click();
    await eventually(() => !dialog.open);
    await eventually(() => list.shadowRoot!.activeElement?.getAttribute('aria-label') === `Delete ${gone.sku}`);
    expect(rows(list)).to.deep.equal([gone.sku, keep.sku]);

    byLabel(list, `Delete ${gone.sku}`).click();
    await eventually(() => dialog.open);
    const deleted = oneEvent<WharfProductDeletedEvent>(list, 'wharf-product-deleted');
    button(list, 'Delete', 'dialog').click();
    expect((await deleted).sku).to.equal(gone.sku);
    await eventually(() => shadowText(list).includes(`${gone.sku} was deleted.`), () => shadowText(list));
    await eventually(() => JSON.stringify(rows(list)) === JSON.stringify([keep.sku]), () => shadowText(list));
    expect(dialog.open).to.equal(false);
    expect((await api('GET', `/v1/products?sku=${gone.sku}`, { token: admin.token })).body.data).to.deep.equal([]);
  });

  it('submits a declared draft for filing; a draft without HS code shows the server’s reason', async () => {
    const admin = await enterpriseAdmin();
    const bare = await createProduct(admin.token);
    const declared = await createProduct(admin.token, CREAM_DECLARATION);
    const list = await mount(admin.token);
    const submitted = oneEvent<WharfProductSubmittedEvent>(list, 'wharf-product-submitted');
    byLabel(list, `Submit for filing ${declared.sku}`).click();
    expect((await submitted).product.status).to.equal('filing');
    await eventually(() => shadowText(list).includes(`${declared.sku} was sent to customs for filing.`), () => shadowText(list));
    await eventually(() => list.shadowRoot!.querySelector(`tr[data-sku="${declared.sku}"]`)?.getAttribute('data-status') === 'filing');
    // Filing: locked, so no edit, delete or submit.
    const row = list.shadowRoot!.querySelector(`tr[data-sku="${declared.sku}"]`)!;
    expect([...row.querySelectorAll('button')].map((b) => b.dataset.action)).to.deep.equal(['view']);

    byLabel(list, `Submit for filing ${bare.sku}`).click();
    await eventually(() => list.shadowRoot!.querySelector('[role=alert] p'), () => shadowText(list));
    expect(list.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain(fieldMessage('en', 'hs_code_required'));
    expect(list.shadowRoot!.querySelector(`tr[data-sku="${bare.sku}"]`)!.getAttribute('data-status')).to.equal('draft');
  });

  it('a filed product offers neither edit nor delete, in the list or its detail', async () => {
    const admin = await enterpriseAdmin();
    const filed = await createProduct(admin.token, CREAM_DECLARATION);
    await fileProduct(admin.token, admin.enterprise.id, filed.sku, { approved: true });
    const list = await mount(admin.token);
    const row = list.shadowRoot!.querySelector(`tr[data-sku="${filed.sku}"]`)!;
    expect([...row.querySelectorAll('button')].map((b) => b.dataset.action)).to.deep.equal(['view']);
    expect(row.textContent).to.contain('Filed');

    const direct = await mount(admin.token, { sku: filed.sku });
    expect(direct.shadowRoot!.querySelector('[part=actions] button')).to.equal(null);
    expect(shadowText(direct)).to.contain(fieldMessage('en', 'product_filed'));

    // A SKU the enterprise does not have: the server's answer, and the way back.
    const unknown = await mount(admin.token, { sku: uniqueSku('NONE') });
    await eventually(() => unknown.shadowRoot!.querySelector('[role=alert] p'), () => shadowText(unknown));
    button(unknown, 'Back to products').click();
    await eventually(() => rows(unknown).length === 1, () => shadowText(unknown));
  });

  it('fires cancelable create and edit events; with <wharf-product-form> registered it shows the form, then the saved product', async () => {
    const admin = await enterpriseAdmin();
    const draft = await createProduct(admin.token);
    const list = await mount(admin.token);

    // The host takes over: the list stays.
    const onCreate = (event: WharfProductCreateEvent) => event.preventDefault();
    list.addEventListener('wharf-product-create', onCreate);
    const create = oneEvent<WharfProductCreateEvent>(list, 'wharf-product-create');
    button(list, 'New combo').click();
    const created = await create;
    expect(created.productType).to.equal('combo');
    expect(created.cancelable).to.equal(true);
    list.removeEventListener('wharf-product-create', onCreate);
    expect(list.shadowRoot!.querySelector('wharf-product-form')).to.equal(null);

    // No form on the page and no host taking it: said so.
    const edit = oneEvent<WharfProductEditEvent>(list, 'wharf-product-edit');
    byLabel(list, `Edit ${draft.sku}`).click();
    expect((await edit).sku).to.equal(draft.sku);
    await eventually(() => shadowText(list).includes('cannot be created or edited on this page'), () => shadowText(list));

    // A stand-in form (the real one is its own element): shown in place of the list with the SKU and type.
    customElements.define('wharf-product-form', class extends HTMLElement {});
    byLabel(list, `Edit ${draft.sku}`).click();
    const form = await (async () => {
      await eventually(() => list.shadowRoot!.querySelector('wharf-product-form'));
      return list.shadowRoot!.querySelector('wharf-product-form')!;
    })();
    expect([form.getAttribute('sku'), form.getAttribute('type')]).to.deep.equal([draft.sku, 'normal']);
    expect(list.shadowRoot!.querySelector('table[part=table]')).to.equal(null);
    form.dispatchEvent(new Event('wharf-product-cancel', { bubbles: true, composed: true }));
    await eventually(() => rows(list).length === 1);
    await eventually(() => list.shadowRoot!.activeElement?.getAttribute('aria-label') === `Edit ${draft.sku}`);

    button(list, 'New product').click();
    await eventually(() => list.shadowRoot!.querySelector('wharf-product-form[type=normal]:not([sku])'));
    const saved = (await api('POST', '/v1/products', { token: admin.token, body: { type: 'normal', sku: uniqueSku('NEW'), name: '抹茶粉 100g', category: 'food', unit: '035', originCountry: 'JP', purchasePrice: '20', salePrice: '39.90' } })).body;
    const event = Object.assign(new Event('wharf-product-saved', { bubbles: true, composed: true }), { product: saved, submitted: false });
    list.shadowRoot!.querySelector('wharf-product-form')!.dispatchEvent(event);
    await eventually(() => list.shadowRoot!.querySelector('#detail-heading')?.textContent?.includes(saved.sku), () => shadowText(list));
    expect(list.sku).to.equal(saved.sku);
    expect(shadowText(list)).to.contain(`${saved.sku} was saved.`);
    button(list, 'Back to products').click();
    await eventually(() => rows(list)[0] === saved.sku, () => shadowText(list));
  });

  it('speaks Simplified Chinese (zh-CN) and passes an accessibility audit, in the list, the detail and the dialog', async () => {
    const admin = await enterpriseAdmin();
    const product = await createProduct(admin.token, CREAM_DECLARATION);
    const list = await mount(admin.token, { locale: 'zh-CN' });
    await eventually(() => list.shadowRoot!.querySelector(`tr[data-sku="${product.sku}"]`)!.textContent!.includes('化妆品及护肤品'), () => shadowText(list));
    expect(shadowText(list)).to.contain('产品列表').and.to.contain('草稿').and.to.contain('第 1 页：显示 1 个产品');
    await expect(list).shadowDom.to.be.accessible();
    await expect(list).to.be.accessible();

    byLabel(list, `删除 ${product.sku}`).click();
    await eventually(() => list.shadowRoot!.querySelector('dialog')!.open);
    expect(shadowText(list)).to.contain('删除该产品？');
    await expect(list).shadowDom.to.be.accessible();
    button(list, '取消', 'dialog').click();
    await eventually(() => !list.shadowRoot!.querySelector('dialog')!.open);

    byLabel(list, `查看 ${product.sku}`).click();
    await eventually(() => list.shadowRoot!.querySelector('#detail-heading'));
    expect(shadowText(list)).to.contain('申报要素').and.to.contain('品牌类型').and.to.contain('返回产品列表');
    await expect(list).shadowDom.to.be.accessible();
  });
});
