import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { fieldMessage as enterpriseMessage } from '@wharf/domain/enterprises';
import { orderMessagesFor } from '@wharf/domain/orders';
import '../provider/define.ts';
import './define.ts';
import { orderDetailText, type WharfOrderDetail } from './order-detail.ts';
import { api, eventually, shadow, shadowText, typeInto } from '../../testing/helpers.ts';
import { orderCustomer, orderIn } from '../../testing/orders.ts';
import type { WharfOrderMovedEvent } from '../../events/order-moved.ts';
import type { WharfOrderSavedEvent } from '../../events/order-saved.ts';

const t = orderDetailText('en');
const labels = orderMessagesFor('en').labels;

async function mount(token: string, number: string, locale = 'en') {
  const provider = await fixture(html`<wharf-provider session-token=${token} locale=${locale}><wharf-order-detail number=${number}></wharf-order-detail></wharf-provider>`);
  const detail = provider.querySelector('wharf-order-detail') as WharfOrderDetail;
  await eventually(() => detail.shadowRoot!.querySelector('[part=header]'), () => shadowText(detail), 10000);
  return detail;
}

const moves = (detail: HTMLElement) => [...detail.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=move]')].map((button) => button.dataset.move);
const move = (detail: HTMLElement, name: string) => shadow<HTMLButtonElement>(detail, `[data-move=${name}]`);
const statusOf = (detail: HTMLElement) => shadow(detail, '[part=status]').textContent!.trim();

describe('<wharf-order-detail>', () => {
  it('shows a draft with its items and the moves the state machine allows, and passes an accessibility audit', async () => {
    const customer = await orderCustomer();
    const order = await orderIn(customer, 'draft');
    const detail = await mount(customer.token, order.number);
    expect(shadow(detail, 'h2').textContent).to.equal(t.title(order.number));
    expect(statusOf(detail)).to.equal(labels.statuses.draft);
    expect(moves(detail)).to.deep.equal(['confirm', 'delete']);
    expect(shadow(detail, '[part=items]').textContent).to.contain(customer.product.sku).and.contain('HK$129.90');
    await expect(detail).to.be.accessible();
  });

  it('confirming asks for the waybill terms once, then not again for the same version', async () => {
    const customer = await orderCustomer({ stock: 10 });
    const first = await orderIn(customer, 'draft');
    const detail = await mount(customer.token, first.number);
    move(detail, 'confirm').click();
    await eventually(() => detail.shadowRoot!.querySelector('[part=prompt]'), () => shadowText(detail));
    expect(shadowText(detail)).to.contain(t.termsTitle);
    await eventually(() => detail.shadowRoot!.activeElement?.id === 'prompt-title');
    const accept = shadow<HTMLButtonElement>(detail, 'button[part=accept]');
    expect(accept.disabled, 'not before ticking “I accept”').to.equal(true);
    shadow<HTMLInputElement>(detail, '#terms-accept').click();
    await detail.updateComplete;
    const moved = oneEvent(detail, 'wharf-order-moved') as Promise<WharfOrderMovedEvent>;
    shadow<HTMLButtonElement>(detail, 'button[part=accept]').click();
    expect((await moved).order?.status).to.equal('confirmed');
    await eventually(() => statusOf(detail) === labels.statuses.confirmed, () => shadowText(detail));
    expect(moves(detail), 'a confirmed stock order can be submitted at once').to.deep.equal(['unconfirm', 'submit']);

    const second = await orderIn(customer, 'draft');
    detail.number = second.number;
    await eventually(() => shadow(detail, 'h2').textContent === t.title(second.number));
    const again = oneEvent(detail, 'wharf-order-moved') as Promise<WharfOrderMovedEvent>;
    move(detail, 'confirm').click();
    expect((await again).move).to.equal('confirm');
    expect(detail.shadowRoot!.querySelector('[part=prompt]'), 'the terms are not asked again').to.equal(null);
  });

  it('submitting asks for the security PIN when the enterprise has one; a wrong PIN is said at the field', async () => {
    const customer = await orderCustomer({ stock: 10 });
    const pin = await api('PUT', '/v1/enterprises/current/security-pin', { token: customer.token, body: { pin: '731946' } });
    expect(pin.status).to.be.oneOf([200, 204]);
    const order = await orderIn(customer, 'confirmed');
    const detail = await mount(customer.token, order.number);
    expect(moves(detail)).to.deep.equal(['unconfirm', 'submit']);
    move(detail, 'submit').click();
    await eventually(() => detail.shadowRoot!.querySelector('#securityPin'), () => shadowText(detail));
    const pinError = () => shadow(detail, '#securityPin-error').textContent!.trim();
    await typeInto(detail, '#securityPin', '12');
    await sendKeys({ press: 'Enter' });
    await eventually(() => pinError() === enterpriseMessage('en', 'pin_format'), () => shadowText(detail));
    await typeInto(detail, '#securityPin', '111111');
    await sendKeys({ press: 'Enter' });
    await eventually(() => pinError() !== '' && pinError() !== enterpriseMessage('en', 'pin_format'), () => shadowText(detail));
    expect(shadow(detail, '#securityPin').getAttribute('aria-invalid')).to.equal('true');
    const moved = oneEvent(detail, 'wharf-order-moved') as Promise<WharfOrderMovedEvent>;
    await typeInto(detail, '#securityPin', '731946');
    await sendKeys({ press: 'Enter' });
    expect((await moved).order?.status).to.equal('submitted');
    await eventually(() => statusOf(detail) === labels.statuses.submitted, () => shadowText(detail));
  });

  it('downloads the waybill label as a PDF', async () => {
    const customer = await orderCustomer();
    const order = await orderIn(customer, 'draft');
    const detail = await mount(customer.token, order.number);
    detail.shadowRoot!.addEventListener('click', (event) => (event.target as Element).matches?.('a[download]') && event.preventDefault(), true);
    shadow<HTMLButtonElement>(detail, 'button[part=label]').click();
    await eventually(() => detail.shadowRoot!.querySelector('a[download]'), () => shadowText(detail), 15000);
    const link = shadow<HTMLAnchorElement>(detail, 'a[download]');
    expect(link.download).to.equal(t.labelFile(order.number));
    const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).to.equal('%PDF-');
  });

  it('a shipped order shows its tracking and log, and its remarks and appointment stay editable', async () => {
    const customer = await orderCustomer({ stock: 10 });
    const order = await orderIn(customer, 'shipped');
    const detail = await mount(customer.token, order.number);
    expect(statusOf(detail)).to.equal(labels.statuses.shipped);
    expect(moves(detail)).to.deep.equal([]);
    shadow<HTMLButtonElement>(detail, '#order-tab-tracking').click();
    await eventually(() => detail.shadowRoot!.querySelector('[part=tracking]'), () => shadowText(detail));
    expect(shadow(detail, '[part=tracking]').textContent).to.contain(labels.events.shipped).and.contain('SF1234567890');
    shadow(detail, '#order-tab-tracking').focus();
    await sendKeys({ press: 'ArrowRight' });
    await eventually(() => detail.shadowRoot!.activeElement?.id === 'order-tab-items');
    shadow<HTMLButtonElement>(detail, '#order-tab-log').click();
    await eventually(() => detail.shadowRoot!.querySelector('[part=log] tbody tr'), () => shadowText(detail));

    [...detail.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=actions] button')].find((button) => button.textContent!.trim() === t.editNotes)!.click();
    await eventually(() => detail.shadowRoot!.activeElement?.id === 'remarks');
    await typeInto(detail, '#remarks', '请在工作日送达');
    const saved = oneEvent(detail, 'wharf-order-saved') as Promise<WharfOrderSavedEvent>;
    shadow<HTMLButtonElement>(detail, '[part=notes] button[type=submit]').click();
    expect((await saved).order.remarks).to.equal('请在工作日送达');
    await eventually(() => shadowText(detail).includes(t.notesSaved));
  });

  it('deleting a draft asks first, the focus on the confirming button, and Enter deletes it', async () => {
    const customer = await orderCustomer();
    const order = await orderIn(customer, 'draft');
    const detail = await mount(customer.token, order.number);
    move(detail, 'delete').click();
    await eventually(() => detail.shadowRoot!.activeElement?.textContent?.trim() === labels.moves.delete, () => shadowText(detail));
    expect(shadowText(detail)).to.contain(t.confirmDelete(order.number));
    const moved = oneEvent(detail, 'wharf-order-moved') as Promise<WharfOrderMovedEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await moved).move).to.equal('delete');
    await eventually(() => shadowText(detail).includes(t.deleted(order.number)));
  });

  it('fits a 360 px wide screen in Traditional Chinese', async () => {
    await setViewport({ width: 360, height: 720 });
    try {
      const customer = await orderCustomer();
      const order = await orderIn(customer, 'draft');
      const detail = await mount(customer.token, order.number, 'zh-HK');
      expect(shadow(detail, 'h2').textContent).to.equal(orderDetailText('zh-HK').title(order.number));
      expect(detail.scrollWidth, 'no sideways scrolling of the page').to.be.at.most(detail.clientWidth);
      await expect(detail).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
