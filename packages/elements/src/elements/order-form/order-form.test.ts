import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { fieldMessage as addressMessage } from '@wharf/domain/addresses';
import { fieldMessage } from '@wharf/domain/orders';
import { acceptTerms, createAddress, uniqueReference } from '@wharf/server/testing/fixtures';
import '../provider/define.ts';
import './define.ts';
import { orderDetailText } from '../order-detail/order-detail.ts';
import { orderFormText, type WharfOrderForm } from './order-form.ts';
import { api, eventually, recordRequests, shadow, shadowText, typeInto } from '../../testing/helpers.ts';
import { orderCustomer, type OrderCustomer } from '../../testing/orders.ts';
import type { WharfOrderSavedEvent } from '../../events/order-saved.ts';

const t = orderFormText('en');

async function mount(token: string, options: { locale?: string; mode?: string } = {}) {
  const provider = await fixture(html`<wharf-provider session-token=${token} locale=${options.locale ?? 'en'}>
    <wharf-order-form mode=${options.mode ?? 'consolidation'}></wharf-order-form>
  </wharf-provider>`);
  const form = provider.querySelector('wharf-order-form') as WharfOrderForm;
  await eventually(() => form.shadowRoot!.querySelector('h2'), () => shadowText(form), 15000);
  return form;
}

const at = <T extends Element = HTMLInputElement>(form: HTMLElement, id: string) => shadow<T>(form, `[id="${id}"]`);
const errorAt = (form: HTMLElement, id: string) => at<HTMLElement>(form, `${id}-error`).textContent!.trim();
const button = (form: HTMLElement, part: string) => shadow<HTMLButtonElement>(form, `button[part=${part}]`);
/** Sets a date or time input as its picker does. */
function setValue(form: HTMLElement, id: string, value: string) {
  const input = at(form, id);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
}
function choose(form: HTMLElement, id: string, value: string) {
  const select = at<HTMLSelectElement>(form, id);
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

/** Finds the product by SKU in the picker and adds it. */
async function addProduct(form: HTMLElement, product: { sku: string; name: string }, locale: 'en' | 'zh-CN' = 'en') {
  await typeInto(form, '#productSearch', product.sku);
  const add = `button[aria-label="${orderFormText(locale).addLabel(product.sku, product.name)}"]`;
  await eventually(() => form.shadowRoot!.querySelector(add), () => shadowText(form), 10000);
  shadow<HTMLButtonElement>(form, add).click();
  await eventually(() => form.shadowRoot!.querySelector('[id="items.0.quantity"]'));
}

async function fillRoute(form: HTMLElement, customer: OrderCustomer) {
  await typeInto(form, '#reference', uniqueReference());
  choose(form, 'warehouse', customer.route.warehouse);
  choose(form, 'shippingMethod', customer.route.shippingMethod);
}

async function fillNewRecipient(form: HTMLElement, phone = '13800138000') {
  const values = { name: '张三', phone, province: '广东省', city: '深圳市', district: '南山区', street: '科技园南路 1 号' };
  for (const [id, value] of Object.entries(values)) await typeInto(form, `[id="recipient.${id}"]`, value);
}

/** Saves with `part` and answers what the form sent (nothing when it refused in the browser). */
async function pressAndRecord(form: WharfOrderForm, part: string) {
  const recorder = recordRequests();
  try {
    button(form, part).click();
    await form.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    return recorder.requests.filter((request) => request.method !== 'GET');
  } finally {
    recorder.stop();
  }
}

describe('<wharf-order-form>', () => {
  it('creates a consolidation draft for a recipient from the address book, with the default sender chosen', async () => {
    const customer = await orderCustomer();
    const recipient = await createAddress(api, customer.token, { name: '王五', phone: '13912345678' });
    const sender = await createAddress(api, customer.token, { kind: 'sender', name: '深圳仓发货组', isDefault: true });
    const form = await mount(customer.token);
    expect(shadow(form, 'h2').textContent).to.equal(t.titleNew);
    expect(at<HTMLSelectElement>(form, 'sender').value, 'the default sender is chosen').to.equal(sender.id);
    await fillRoute(form, customer);
    expect(shadowText(form)).to.contain(t.fee('HK$25.00'));
    choose(form, 'savedRecipient', recipient.id);
    await eventually(() => at(form, 'recipient.name').value === '王五');
    await addProduct(form, customer.product);
    expect(at(form, 'items.0.unitPrice').value).to.equal('129.90');
    await typeInto(form, '[id="items.0.quantity"]', '2');
    await typeInto(form, '#declaredGoods', '护肤品');
    const saved = oneEvent(form, 'wharf-order-saved') as Promise<WharfOrderSavedEvent>;
    button(form, 'save-draft').click();
    const { order, created } = await saved;
    expect(created).to.equal(true);
    expect(order.status).to.equal('draft');
    expect(order.recipient.name).to.equal('王五');
    expect(order.sender?.name).to.equal('深圳仓发货组');
    expect(order.items).to.deep.include({ sku: customer.product.sku, name: customer.product.name, quantity: 2, unitPrice: '129.90' });
    await eventually(() => shadowText(form).includes(t.savedDraft(order.number)), () => shadowText(form));
    await expect(form).to.be.accessible();
  });

  it('names what is missing or wrong at its field with the domain’s words, sending nothing', async () => {
    const customer = await orderCustomer({ requiresIdNumber: true });
    const form = await mount(customer.token);
    expect(await pressAndRecord(form, 'save-draft')).to.have.length(0);
    expect(errorAt(form, 'reference')).to.equal(fieldMessage('en', 'required'));
    expect(errorAt(form, 'items')).to.equal(fieldMessage('en', 'items_required'));
    expect(errorAt(form, 'declaredGoods')).to.equal(fieldMessage('en', 'required'));
    expect(form.shadowRoot!.activeElement?.id, 'the first invalid field has the focus').to.equal('reference');

    await typeInto(form, '#reference', 'PO 2026 0001');
    await eventually(() => errorAt(form, 'reference') === fieldMessage('en', 'reference_format'));
    await fillRoute(form, customer);
    expect(shadowText(form)).to.contain(t.needsIdNumber);
    await fillNewRecipient(form, '2730 0273');
    await eventually(() => errorAt(form, 'recipient.phone') === addressMessage('en', 'address_phone_format'));
    await typeInto(form, '[id="recipient.phone"]', '13800138000');
    await addProduct(form, customer.product);
    await typeInto(form, '[id="items.0.quantity"]', '0');
    await typeInto(form, '[id="items.0.unitPrice"]', '0');
    await typeInto(form, '#declaredGoods', '护肤品');
    setValue(form, 'appointment.from', '12:00');
    setValue(form, 'appointment.to', '09:00');
    expect(await pressAndRecord(form, 'save-draft')).to.have.length(0);
    expect(errorAt(form, 'recipient.idNumber')).to.equal(addressMessage('en', 'id_number_required'));
    expect(errorAt(form, 'items.0.quantity')).to.equal(fieldMessage('en', 'number_too_small', { min: 1 }));
    expect(errorAt(form, 'items.0.unitPrice')).to.equal(fieldMessage('en', 'price_not_positive'));
    expect(errorAt(form, 'appointment.to')).to.contain('12:00');
  });

  it('a reference the enterprise already used is refused by the server at the reference', async () => {
    const customer = await orderCustomer();
    const form = await mount(customer.token);
    const reference = uniqueReference();
    const fillAll = async () => {
      await typeInto(form, '#reference', reference);
      choose(form, 'warehouse', customer.route.warehouse);
      choose(form, 'shippingMethod', customer.route.shippingMethod);
      await fillNewRecipient(form);
      await typeInto(form, '#declaredGoods', '护肤品');
    };
    await fillAll();
    await addProduct(form, customer.product);
    const first = oneEvent(form, 'wharf-order-saved') as Promise<WharfOrderSavedEvent>;
    button(form, 'save-draft').click();
    await first;
    const second = await mount(customer.token);
    await typeInto(second, '#reference', reference);
    choose(second, 'warehouse', customer.route.warehouse);
    choose(second, 'shippingMethod', customer.route.shippingMethod);
    await fillNewRecipient(second);
    await typeInto(second, '#declaredGoods', '护肤品');
    await addProduct(second, customer.product);
    button(second, 'save-draft').click();
    await eventually(() => errorAt(second, 'reference').includes(reference), () => shadowText(second), 10000);
    expect(second.shadowRoot!.activeElement?.id).to.equal('reference');
  });

  it('stock mode shows what is available, refuses more before confirming, then confirms after the terms are accepted', async () => {
    const customer = await orderCustomer({ stock: 3 });
    const form = await mount(customer.token, { mode: 'stock' });
    await fillRoute(form, customer);
    await fillNewRecipient(form);
    await typeInto(form, '#declaredGoods', '护肤品');
    await typeInto(form, '#productSearch', customer.product.sku);
    await eventually(() => shadowText(form).includes(t.availableIn(3, customer.route.warehouseName)), () => shadowText(form), 10000);
    shadow<HTMLButtonElement>(form, `button[aria-label="${t.addLabel(customer.product.sku, customer.product.name)}"]`).click();
    await eventually(() => form.shadowRoot!.querySelector('[id="items.0.quantity"]'));
    await typeInto(form, '[id="items.0.quantity"]', '4');
    expect(await pressAndRecord(form, 'confirm')).to.have.length(0);
    expect(errorAt(form, 'items.0.quantity')).to.equal(fieldMessage('en', 'stock_short', { max: 3 }));

    await typeInto(form, '[id="items.0.quantity"]', '3');
    button(form, 'confirm').click();
    await eventually(() => form.shadowRoot!.querySelector('[part=prompt]'), () => shadowText(form), 10000);
    expect(shadowText(form)).to.contain(orderDetailText('en').termsTitle);
    shadow<HTMLInputElement>(form, '#terms-accept').click();
    await form.updateComplete;
    const saved = oneEvent(form, 'wharf-order-saved') as Promise<WharfOrderSavedEvent>;
    shadow<HTMLButtonElement>(form, 'button[part=accept]').click();
    const { order } = await saved;
    expect(order.status).to.equal('confirmed');
    await eventually(() => shadowText(form).includes(t.confirmed(order.number)));
    const inventory = await api('GET', `/v1/products/${encodeURIComponent(customer.product.sku)}/inventory`, { token: customer.token });
    expect(inventory.body.data.find((line: { warehouse: string }) => line.warehouse === customer.route.warehouse).available).to.equal(0);
  });

  it('confirm and submit: the terms already accepted are not asked, the PIN is, and a new recipient goes into the book', async () => {
    const customer = await orderCustomer({ stock: 5 });
    await acceptTerms(api, customer.token);
    await api('PUT', '/v1/enterprises/current/security-pin', { token: customer.token, body: { pin: '731946' } });
    const form = await mount(customer.token, { mode: 'stock' });
    await fillRoute(form, customer);
    await fillNewRecipient(form);
    shadow<HTMLInputElement>(form, '#saveRecipient').click();
    await typeInto(form, '#declaredGoods', '护肤品');
    await addProduct(form, customer.product);
    button(form, 'submit').click();
    await eventually(() => form.shadowRoot!.querySelector('#securityPin'), () => shadowText(form), 10000);
    expect(shadowText(form)).not.to.contain(orderDetailText('en').termsTitle);
    await typeInto(form, '#securityPin', '731946');
    const saved = oneEvent(form, 'wharf-order-saved') as Promise<WharfOrderSavedEvent>;
    shadow<HTMLButtonElement>(form, 'button[part=submit-pin]').click();
    const { order } = await saved;
    expect(order.status).to.equal('submitted');
    const book = await api('GET', '/v1/addresses?kind=recipient', { token: customer.token });
    expect(book.body.data.map((entry: { name: string }) => entry.name)).to.include('张三');
  });

  it('fits a 360 px wide screen in Simplified Chinese and passes an accessibility audit', async () => {
    await setViewport({ width: 360, height: 720 });
    try {
      const customer = await orderCustomer();
      const form = await mount(customer.token, { locale: 'zh-CN' });
      expect(shadow(form, 'h2').textContent).to.equal('新增订单');
      await addProduct(form, customer.product, 'zh-CN');
      expect(form.scrollWidth, 'no sideways scrolling of the page').to.be.at.most(form.clientWidth);
      await expect(form).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
