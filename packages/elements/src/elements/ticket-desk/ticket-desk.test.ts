import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../provider/define.ts';
import './define.ts';
import type { WharfTicketDesk } from './ticket-desk.ts';
import type { WharfTicketUpdatedEvent } from '../../events/ticket-updated.ts';
import type { WharfAttachmentPicker } from '../attachment-picker/attachment-picker.ts';
import { api, askedTicket, eventually, pngFile, shadowText, TEST_OPERATOR_TOKEN, ticketCustomer, typeInto } from '../../testing/helpers.ts';

async function mount(locale = 'en') {
  const provider = await fixture(html`<wharf-provider locale=${locale}><wharf-ticket-desk operator-token=${TEST_OPERATOR_TOKEN}></wharf-ticket-desk></wharf-provider>`);
  const desk = provider.querySelector('wharf-ticket-desk') as WharfTicketDesk;
  await eventually(() => desk.shadowRoot!.querySelector('table, .hint'), () => shadowText(desk));
  return desk;
}
const button = (root: ParentNode, label: string) => {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(label));
  if (!found) throw new Error(`no button “${label}”`);
  return found;
};
const choose = (desk: HTMLElement, id: string, value: string) => {
  const select = desk.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
};

describe('<wharf-ticket-desk>', () => {
  it('a new ticket appears in the queue live; the agent accepts it with a date, records, and resolves it with a file', async () => {
    const desk = await mount();
    await eventually(() => shadowText(desk).includes('Live'), () => shadowText(desk));
    const customer = await ticketCustomer();
    const number = await askedTicket(customer.token, { title: 'Labels print blank' });
    await eventually(() => desk.shadowRoot!.querySelector(`tr[data-number=${number}]`), () => shadowText(desk));
    expect(desk.shadowRoot!.querySelector(`tr[data-number=${number}]`)!.textContent).to.contain('Harbour Trading Ltd');

    button(desk.shadowRoot!, number).click();
    await eventually(() => desk.shadowRoot!.querySelector('form[data-form=accept]'));
    expect(desk.shadowRoot!.activeElement?.id).to.equal('desk-heading');
    button(desk.shadowRoot!, 'Accept ticket').click();
    await eventually(() => desk.shadowRoot!.querySelector('#expectedBy[aria-invalid=true]'));
    await typeInto(desk, '#accept-note', 'We are on it');
    const date = desk.shadowRoot!.querySelector<HTMLInputElement>('#expectedBy')!;
    date.value = '2099-03-01';
    date.dispatchEvent(new InputEvent('input'));
    const accepted = oneEvent<WharfTicketUpdatedEvent>(desk, 'wharf-ticket-updated');
    button(desk.shadowRoot!, 'Accept ticket').click();
    expect((await accepted).status).to.equal('accepted');
    await eventually(() => shadowText(desk).includes(`${number} accepted; the customer was notified.`), () => shadowText(desk));

    await eventually(() => desk.shadowRoot!.querySelector('form[data-form=record]'));
    choose(desk, 'record-result', 'needs-info');
    await typeInto(desk, '#record-note', 'Which printer model?');
    button(desk.shadowRoot!, 'Add record').click();
    await eventually(() => shadowText(desk).includes(`Record added to ${number}`), () => shadowText(desk));
    expect(desk.shadowRoot!.querySelector('h2 [data-status]')!.getAttribute('data-status')).to.equal('processing');

    // The customer answers; the open ticket shows it without a reload.
    await api('POST', `/v1/tickets/${number}/replies`, { token: customer.token, body: { note: 'A Zebra ZT410' } });
    await eventually(() => shadowText(desk).includes('A Zebra ZT410'), () => shadowText(desk));

    choose(desk, 'record-result', 'resolved');
    await typeInto(desk, '#record-note', 'Driver updated; see the guide.');
    const picker = desk.shadowRoot!.querySelector('wharf-attachment-picker') as WharfAttachmentPicker;
    await picker.addFiles([pngFile('guide.png')]);
    await eventually(() => picker.attachments.length === 1, () => picker.shadowRoot!.textContent!);
    button(desk.shadowRoot!, 'Add record').click();
    await eventually(() => shadowText(desk).includes(`${number} is completed`), () => shadowText(desk));
    const ticket = (await api('GET', `/v1/tickets/${number}`, { token: customer.token })).body;
    expect(ticket.status).to.equal('completed');
    expect(ticket.records.at(-1).attachments.map((a: { name: string }) => a.name)).to.deep.equal(['guide.png']);
  });

  it('filters the queue by status; without a token it says what it needs; zh-HK and accessible', async () => {
    const customer = await ticketCustomer();
    const number = await askedTicket(customer.token);
    const desk = await mount('zh-HK');
    choose(desk, 'filter', 'submitted');
    await eventually(() => desk.shadowRoot!.querySelector(`tr[data-number=${number}]`), () => shadowText(desk));
    choose(desk, 'filter', 'completed');
    await eventually(() => !desk.shadowRoot!.querySelector(`tr[data-number=${number}]`), () => shadowText(desk));
    expect(shadowText(desk)).to.contain('客服工作台');
    await expect(desk).shadowDom.to.be.accessible();

    const bare = (await fixture(html`<wharf-ticket-desk locale="en"></wharf-ticket-desk>`)) as WharfTicketDesk;
    await eventually(() => shadowText(bare).includes('needs an operator token'));
  });
});
