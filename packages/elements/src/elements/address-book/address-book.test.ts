import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { fieldMessage } from '@wharf/domain/addresses';
import '../provider/define.ts';
import './define.ts';
import { addressBookText, type WharfAddressBook } from './address-book.ts';
import { api, enterpriseAdmin, eventually, recordRequests, shadow, shadowText, typeInto } from '../../testing/helpers.ts';
import { createAddress } from '@wharf/server/testing/fixtures';
import { exceljs, filled, upload } from '../../testing/batch-upload.ts';
import type { WharfBatchUpload } from '../batch-upload/batch-upload.ts';
import type { WharfAddressSavedEvent } from '../../events/address-saved.ts';
import type { WharfAddressDeletedEvent } from '../../events/address-deleted.ts';

const t = addressBookText('en');

async function mount(token: string, locale = 'en') {
  const provider = await fixture(html`<wharf-provider session-token=${token} locale=${locale}><wharf-address-book></wharf-address-book></wharf-provider>`);
  const book = provider.querySelector('wharf-address-book') as WharfAddressBook;
  await eventually(() => !shadowText(book).includes(addressBookText(locale as 'en').loading) && book.shadowRoot!.querySelector('[part=add]'), () => shadowText(book), 10000);
  return book;
}

/** Saves an address through the API. */
const saved = (token: string, overrides: Record<string, unknown> = {}) => createAddress(api, token, overrides) as Promise<{ id: string; name: string }>;

const rows = (book: HTMLElement) => [...book.shadowRoot!.querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
const errorAt = (book: HTMLElement, id: string) => shadow(book, `[id="${id}-error"]`).textContent!.trim();
const buttonLabelled = (book: HTMLElement, label: string) => shadow<HTMLButtonElement>(book, `button[aria-label="${label}"]`);

async function fillAddress(book: HTMLElement, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) await typeInto(book, `[id="${id}"]`, value);
}

describe('<wharf-address-book>', () => {
  it('adds a recipient: a wrong phone is said at the field before anything is sent, then it is saved and listed', async () => {
    const admin = await enterpriseAdmin();
    const book = await mount(admin.token);
    expect(shadowText(book)).to.contain(t.empty);
    shadow<HTMLButtonElement>(book, '[part=add]').click();
    await eventually(() => book.shadowRoot!.activeElement?.id === 'editor-title');
    expect(shadow(book, 'input[id=phone]').getAttribute('autocomplete')).to.equal('tel');
    expect(shadow(book, 'input[id=province]').getAttribute('autocomplete')).to.equal('address-level1');

    const recorder = recordRequests();
    try {
      await fillAddress(book, { name: '李四', phone: '12345', province: '广东省', city: '广州市', district: '天河区', street: '天河路 385 号' });
      shadow<HTMLButtonElement>(book, 'button[part=save]').click();
      await eventually(() => errorAt(book, 'phone') === fieldMessage('en', 'address_phone_format'), () => shadowText(book));
      expect(book.shadowRoot!.activeElement?.id).to.equal('phone');
      expect(recorder.requests.filter((request) => request.method !== 'GET')).to.have.length(0);
    } finally {
      recorder.stop();
    }

    await typeInto(book, '[id="phone"]', '139 1234 5678');
    const event = oneEvent(book, 'wharf-address-saved') as Promise<WharfAddressSavedEvent>;
    shadow<HTMLButtonElement>(book, 'button[part=save]').click();
    const { address, created } = await event;
    expect(created).to.equal(true);
    expect(address.phone).to.equal('13912345678');
    await eventually(() => rows(book).length === 1, () => shadowText(book));
    expect(rows(book)[0]).to.contain('李四').and.contain('13912345678').and.contain(t.kinds.recipient);
    expect(shadowText(book)).to.contain(t.saved('李四'));
    await expect(book).to.be.accessible();
  });

  it('an ID number with a wrong check digit is refused at the field', async () => {
    const admin = await enterpriseAdmin();
    const book = await mount(admin.token);
    shadow<HTMLButtonElement>(book, '[part=add]').click();
    await eventually(() => book.shadowRoot!.querySelector('[id="idNumber"]'));
    await typeInto(book, '[id="idNumber"]', '11010519491231002Y');
    await eventually(() => errorAt(book, 'idNumber') === fieldMessage('en', 'id_number_format'));
    await typeInto(book, '[id="idNumber"]', '110105194912310020');
    await eventually(() => errorAt(book, 'idNumber') === fieldMessage('en', 'id_number_check_digit'), () => errorAt(book, 'idNumber'));
  });

  it('edits an address, makes a sender the default, and deletes after a confirmation', async () => {
    const admin = await enterpriseAdmin();
    const recipient = await saved(admin.token, { name: '王五' });
    const sender = await saved(admin.token, { kind: 'sender', name: '深圳仓发货组', label: 'Shenzhen office' });
    const book = await mount(admin.token);
    await eventually(() => rows(book).length === 2, () => shadowText(book));

    buttonLabelled(book, t.editLabel('王五')).click();
    await eventually(() => book.shadowRoot!.querySelector<HTMLInputElement>('[id="name"]')?.value === '王五', () => shadowText(book));
    await typeInto(book, '[id="street"]', '科技园南路 2 号');
    const edited = oneEvent(book, 'wharf-address-saved') as Promise<WharfAddressSavedEvent>;
    shadow<HTMLButtonElement>(book, 'button[part=save]').click();
    expect((await edited).address.street).to.equal('科技园南路 2 号');
    await eventually(() => rows(book).some((row) => row.includes('科技园南路 2 号')), () => shadowText(book));
    await eventually(() => book.shadowRoot!.activeElement?.getAttribute('data-edit') === recipient.id, () => String(book.shadowRoot!.activeElement?.outerHTML));

    buttonLabelled(book, t.makeDefaultLabel('Shenzhen office · 深圳仓发货组')).click();
    await eventually(() => book.shadowRoot!.querySelector(`tr[data-id="${sender.id}"] [part=default]`), () => shadowText(book));

    buttonLabelled(book, t.removeLabel('王五')).click();
    await eventually(() => book.shadowRoot!.activeElement?.textContent?.trim() === t.remove);
    const deleted = oneEvent(book, 'wharf-address-deleted') as Promise<WharfAddressDeletedEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await deleted).id).to.equal(recipient.id);
    await eventually(() => rows(book).length === 1, () => shadowText(book));
    expect(shadowText(book)).to.contain(t.removed('王五'));
  });

  it('searches and filters by kind', async () => {
    const admin = await enterpriseAdmin();
    await saved(admin.token, { name: '陈大文' });
    await saved(admin.token, { name: '黄小明', phone: '+852 9123 4567' });
    await saved(admin.token, { kind: 'sender', name: '仓库发货组' });
    const book = await mount(admin.token);
    await eventually(() => rows(book).length === 3, () => shadowText(book));
    await typeInto(book, '#address-search', '小明');
    await sendKeys({ press: 'Enter' });
    await eventually(() => rows(book).length === 1 && rows(book)[0]!.includes('黄小明'), () => shadowText(book));
    await typeInto(book, '#address-search', '');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    const kind = shadow<HTMLSelectElement>(book, '#address-kind');
    kind.value = 'sender';
    kind.dispatchEvent(new Event('change'));
    await eventually(() => rows(book).length === 1 && rows(book)[0]!.includes('仓库发货组'), () => shadowText(book));
    await typeInto(book, '#address-search', 'nobody');
    await sendKeys({ press: 'Enter' });
    await eventually(() => shadowText(book).includes(t.noMatch('nobody')), () => shadowText(book));
  });

  it('exports the book as .xlsx, and imports one through the batch upload: the list shows the new addresses', async () => {
    const admin = await enterpriseAdmin();
    await saved(admin.token, { name: '张三' });
    const book = await mount(admin.token);
    book.shadowRoot!.addEventListener('click', (event) => (event.target as Element).matches?.('a[download]') && event.preventDefault(), true);

    shadow<HTMLButtonElement>(book, 'button[part=export]').click();
    await eventually(() => book.shadowRoot!.querySelector(`a[download="${t.exportName}"]`), () => shadowText(book), 10000);
    const ExcelJS = await exceljs();
    const exported = new ExcelJS.Workbook();
    const bytes = await (await fetch(shadow<HTMLAnchorElement>(book, `a[download="${t.exportName}"]`).href)).arrayBuffer();
    await exported.xlsx.load(bytes);
    const first = (exported.worksheets[0]!.getRow(2).values as unknown[]).slice(1);
    expect(first.map(String)).to.include('张三');

    // The export is in the template's columns: its row, renamed, is an upload of another book.
    shadow<HTMLButtonElement>(book, 'button[part=import]').click();
    await eventually(() => book.shadowRoot!.querySelector('wharf-batch-upload')?.shadowRoot?.querySelector('[part=template-button]'), () => shadowText(book), 10000);
    const uploader = shadow<WharfBatchUpload>(book, 'wharf-batch-upload');
    const rowOf = (name: string) => first.map((value) => (value === '张三' ? name : (value ?? '')) as string);
    const file = await filled(bytes, [rowOf('赵六'), rowOf('钱七')], 'book.xlsx');
    const checked = await upload(uploader, file);
    expect(checked.status).to.equal('valid');
    [...uploader.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => /Add 2 addresses/.test(button.textContent!))!.click();
    await eventually(() => rows(book).length === 3, () => shadowText(book), 15000);
    expect(rows(book).some((row) => row.includes('赵六'))).to.equal(true);
  });

  it('fits a 360 px wide screen in Simplified Chinese and passes an accessibility audit with its form open', async () => {
    await setViewport({ width: 360, height: 720 });
    try {
      const admin = await enterpriseAdmin();
      await saved(admin.token);
      const book = await mount(admin.token, 'zh-CN');
      await eventually(() => rows(book).length === 1);
      expect(shadow(book, 'h2').textContent).to.equal('地址簿');
      shadow<HTMLButtonElement>(book, '[part=add]').click();
      await eventually(() => book.shadowRoot!.querySelector('[part=editor]'));
      expect(book.scrollWidth, 'no sideways scrolling of the page').to.be.at.most(book.clientWidth);
      await expect(book).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
