import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../provider/define.ts';
import './define.ts';
import type { WharfTicketWidget } from './ticket-widget.ts';
import type { WharfAttachmentPicker } from '../attachment-picker/attachment-picker.ts';
import { api, askedTicket, eventually, pasteFiles, pngFile, shadowText, TEST_OPERATOR_TOKEN, ticketCustomer, typeInto } from '../../testing/helpers.ts';
import type { WharfTicketCreatedEvent } from '../../events/ticket-created.ts';
import type { WharfTicketUpdatedEvent } from '../../events/ticket-updated.ts';

async function mount(token: string, options: { locale?: string; view?: string; ticket?: string } = {}) {
  const provider = await fixture(html`<wharf-provider session-token=${token} locale=${options.locale ?? 'en'}>
    <wharf-ticket-widget view=${options.view ?? 'dashboard'} ticket=${options.ticket ?? ''}></wharf-ticket-widget>
  </wharf-provider>`);
  const widget = provider.querySelector('wharf-ticket-widget') as WharfTicketWidget;
  await eventually(() => widget.shadowRoot!.querySelector('h2'), () => shadowText(widget));
  return widget;
}
const button = (root: ParentNode, label: string) => {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(label) || b.getAttribute('aria-label') === label);
  if (!found) throw new Error(`no button “${label}”`);
  return found;
};
const choose = (widget: HTMLElement, id: string, value: string) => {
  const select = widget.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
};
const liveConnected = (widget: HTMLElement) => eventually(() => shadowText(widget).includes('Live updates on'), () => shadowText(widget));

describe('<wharf-ticket-widget>', () => {
  it('asks with a pasted screenshot: required fields named first, then the number, the detail and the host event', async () => {
    const customer = await ticketCustomer();
    const widget = await mount(customer.token, { view: 'ask' });
    await eventually(() => widget.shadowRoot!.querySelector('#product option[value="Wharf WMS"]'));
    button(widget.shadowRoot!, 'Submit ticket').click();
    await eventually(() => widget.shadowRoot!.querySelector('#title[aria-invalid=true]'));
    for (const id of ['contactName', 'contactPhone', 'product', 'category', 'title', 'description']) {
      expect(widget.shadowRoot!.querySelector(`#${id}-error`)!.textContent, id).to.match(/\w/);
    }

    await typeInto(widget, '#contactName', 'Lai Shengjiang');
    await typeInto(widget, '#contactPhone', '+86 138 0013 8000');
    choose(widget, 'product', 'Wharf WMS');
    choose(widget, 'category', 'error');
    await typeInto(widget, '#title', 'Labels print blank');
    await typeInto(widget, '#description', 'Every label comes out blank since this morning.');
    const description = widget.shadowRoot!.querySelector('#description')!;
    pasteFiles(description, [new File([await pngFile().arrayBuffer()], 'image.png', { type: 'image/png' })]);
    const picker = widget.shadowRoot!.querySelector('wharf-attachment-picker') as WharfAttachmentPicker;
    await eventually(() => picker.attachments.length === 1, () => picker.shadowRoot!.textContent!);
    expect(picker.attachments[0]!.name).to.match(/^screenshot-\d{8}-\d{6}\.png$/);

    const created = oneEvent<WharfTicketCreatedEvent>(widget, 'wharf-ticket-created');
    button(widget.shadowRoot!, 'Submit ticket').click();
    const { number } = await created;
    expect(number).to.match(/^OD\d{9}$/);
    await eventually(() => shadowText(widget).includes(`Ticket ${number} was submitted.`), () => shadowText(widget));
    expect(widget.shadowRoot!.activeElement?.id).to.equal('detail-heading');
    button(widget.shadowRoot!, 'Attachments (1)').click();
    await eventually(() => widget.shadowRoot!.querySelector('[role=tabpanel] img[src^="blob:"]'), () => shadowText(widget));
  });

  it('shows an agent’s acceptance and completion live, and tells the host', async () => {
    const customer = await ticketCustomer();
    const number = await askedTicket(customer.token);
    const widget = await mount(customer.token, { ticket: number });
    await eventually(() => shadowText(widget).includes(`${number}: Voucher template missing`), () => shadowText(widget));
    await liveConnected(widget);

    const updated = oneEvent<WharfTicketUpdatedEvent>(widget, 'wharf-ticket-updated');
    await api('POST', `/v1/operator/tickets/${number}/accept`, { token: TEST_OPERATOR_TOKEN, body: { note: 'Looking at it now', expectedBy: '2099-01-31' } });
    const event = await updated;
    expect([event.number, event.status, event.change]).to.deep.equal([number, 'accepted', 'ticket.accepted']);
    await eventually(() => widget.shadowRoot!.querySelector('h2 [data-status=accepted]'), () => shadowText(widget));
    expect(shadowText(widget)).to.contain(`Ticket ${number} is now Accepted.`);

    button(widget.shadowRoot!, 'Processing records (1)').click();
    await eventually(() => shadowText(widget).includes('Looking at it now'));
    await api('POST', `/v1/operator/tickets/${number}/records`, { token: TEST_OPERATOR_TOKEN, body: { category: 'configuration', note: 'Template set up', result: 'resolved' } });
    await eventually(() => shadowText(widget).includes('Template set up'), () => shadowText(widget));
    await eventually(() => widget.shadowRoot!.querySelector('#reopen-note'), () => shadowText(widget));
  });

  it('replies while open and reopens within the window; the records show both', async () => {
    const customer = await ticketCustomer();
    const number = await askedTicket(customer.token);
    await api('POST', `/v1/operator/tickets/${number}/accept`, { token: TEST_OPERATOR_TOKEN, body: { note: 'ok', expectedBy: '2099-01-31' } });
    const widget = await mount(customer.token, { ticket: number });
    await eventually(() => widget.shadowRoot!.querySelector('#reply-note'));
    button(widget.shadowRoot!, 'Send reply').click();
    await eventually(() => widget.shadowRoot!.querySelector('#reply-note[aria-invalid=true]'));
    await typeInto(widget, '#reply-note', 'It happens on every voucher.');
    button(widget.shadowRoot!, 'Send reply').click();
    await eventually(() => shadowText(widget).includes('Your reply was added.'), () => shadowText(widget));
    expect(shadowText(widget)).to.contain('It happens on every voucher.');

    await api('POST', `/v1/operator/tickets/${number}/records`, { token: TEST_OPERATOR_TOKEN, body: { category: 'other', note: 'Fixed', result: 'resolved' } });
    await eventually(() => widget.shadowRoot!.querySelector('#reopen-note'), () => shadowText(widget));
    await typeInto(widget, '#reopen-note', 'Still blank on the second printer.');
    button(widget.shadowRoot!, 'Reopen ticket').click();
    await eventually(() => shadowText(widget).includes('The ticket was reopened.'), () => shadowText(widget));
    expect(widget.shadowRoot!.querySelector('h2 [data-status]')!.getAttribute('data-status')).to.equal('processing');
  });

  it('the overview counts by category and lists; a file of the wrong kind is refused before it is sent', async () => {
    const customer = await ticketCustomer();
    const first = await askedTicket(customer.token, { category: 'data', title: 'Stock differs' });
    await askedTicket(customer.token, { category: 'error' });
    await api('POST', `/v1/operator/tickets/${first}/accept`, { token: TEST_OPERATOR_TOKEN, body: { note: 'ok', expectedBy: '2099-01-31' } });
    await api('POST', `/v1/operator/tickets/${first}/records`, { token: TEST_OPERATOR_TOKEN, body: { category: 'data', note: 'Recounted', result: 'resolved' } });
    const widget = await mount(customer.token);
    await eventually(() => shadowText(widget).includes('Recently completed'), () => shadowText(widget));
    const cells = (row: Element) => [...row.children].map((cell) => cell.textContent!.trim());
    expect([...widget.shadowRoot!.querySelectorAll('.counts div')].map(cells)).to.deep.equal([['In progress', '1'], ['Completed', '1']]);
    expect([...widget.shadowRoot!.querySelectorAll('tbody tr')].map(cells)).to.deep.equal([
      ['Data problem', '0', '1'],
      ['Error or malfunction', '1', '0'],
    ]);
    expect(shadowText(widget)).to.contain('Your support service runs until');
    expect(shadowText(widget)).to.contain(first);

    button(widget.shadowRoot!, 'In progress').click();
    await eventually(() => shadowText(widget).includes('Tickets in progress'));
    expect(widget.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(1);

    button(widget.shadowRoot!, 'Ask for help').click();
    await eventually(() => widget.shadowRoot!.querySelector('wharf-attachment-picker'));
    const picker = widget.shadowRoot!.querySelector('wharf-attachment-picker') as WharfAttachmentPicker;
    await picker.addFiles([new File(['MZ'], 'setup.exe'), new File(['%PDF-1.7'], 'photo.png')]);
    await eventually(() => picker.shadowRoot!.querySelectorAll('li[data-state=error]').length === 2);
    expect(picker.shadowRoot!.textContent).to.contain('Files of this type cannot be attached');
    expect(picker.shadowRoot!.textContent).to.contain('does not match its name');
    expect(picker.attachments).to.deep.equal([]);
  });

  it('speaks Simplified Chinese and passes an accessibility audit', async () => {
    const customer = await ticketCustomer();
    const number = await askedTicket(customer.token);
    const widget = await mount(customer.token, { locale: 'zh-CN' });
    await eventually(() => shadowText(widget).includes('处理中'), () => shadowText(widget));
    expect(shadowText(widget)).to.contain('贵企业的服务有效期至');
    await expect(widget).shadowDom.to.be.accessible();
    await widget.openTicket(number);
    await eventually(() => shadowText(widget).includes('详细信息'));
    await expect(widget).shadowDom.to.be.accessible();
    button(widget.shadowRoot!, '我要提问').click();
    await eventually(() => widget.shadowRoot!.querySelector('#contactPhone'));
    await expect(widget).shadowDom.to.be.accessible();
  });
});
