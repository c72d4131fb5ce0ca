import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { importMessagesFor } from '@wharf/domain/messages';
import '../provider/define.ts';
import type { WharfHsCodePicker } from '../hs-code-picker/hs-code-picker.ts';
import { api, createProduct, enterpriseAdmin, eventually, uniqueSku } from '../../testing/helpers.ts';
import { batchUploadText } from './batch-upload.ts';
import './define.ts';
import type { WharfImportCheckedEvent } from '../../events/import-checked.ts';
import type { WharfImportCommittedEvent } from '../../events/import-committed.ts';
import { $, at, button, cell, choose, describedText, edit, exceljs, filled, keepDownloads, mount, productLine, status, template, text, upload } from '../../testing/batch-upload.ts';

const en = batchUploadText('en');

describe('<wharf-batch-upload>', () => {
  it('downloads the template under a localized name, and announces it', async () => {
    const admin = await enterpriseAdmin();
    const element = await mount(admin.token, { locale: 'zh-CN' });
    keepDownloads(element);
    $<HTMLButtonElement>(element, '[part=template-button]')!.click();
    await eventually(() => $(element, 'a[download]'), () => text(element));
    const link = $<HTMLAnchorElement>(element, 'a[download]')!;
    expect(link.download).to.equal('产品批量上传模板.xlsx');
    expect(link.href).to.match(/^blob:/);
    await eventually(() => status(element) === '模板已下载：产品批量上传模板.xlsx。', () => status(element));
    const ExcelJS = await exceljs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await fetch(link.href)).arrayBuffer());
    expect((workbook.worksheets[0]!.getRow(1).values as string[]).slice(1, 4)).to.deep.equal(['SKU*', '产品名称*', '品类*']);
  });

  it('shows every problem at its row and column, tied to the cell, and moves the focus to the summary', async () => {
    const admin = await enterpriseAdmin();
    const prefix = uniqueSku('BAD');
    const element = await mount(admin.token);
    const result = await upload(
      element,
      await filled(await template(admin.token), [
        productLine(`${prefix}-1`),
        productLine(`${prefix}-2`, { category: 'Clothes', sale: 10, purchase: 20 }),
        productLine(`${prefix}-1`, { name: 'Another cream' }),
        productLine(`${prefix}-4`, { barcode: '12345' }),
      ]),
    );
    expect(at(result)).to.deep.equal(['3C:category_unknown', '3L:sale_below_purchase', '4A:duplicate_in_file', '5H:gtin']);
    expect(element.shadowRoot!.activeElement?.id).to.equal('summary-heading');
    expect(text(element)).to.contain(en.summary.counts(4, 3, 4));
    expect(status(element)).to.equal(en.summary.counts(4, 3, 4));

    // Only the rows with problems, under the uploaded headers and their letters, numbered as the sheet is.
    const headers = [...element.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
    expect(headers.slice(0, 4)).to.deep.equal(['Row', 'A SKU*', 'B Name*', 'C Category*']);
    const rowHeaders = [...element.shadowRoot!.querySelectorAll('tbody th[scope=row]')].map((th) => th.textContent!.trim().split(/\s/)[0]);
    expect(rowHeaders).to.deep.equal(['3', '4', '5']);
    expect(text(element)).to.contain(en.grid.captionProblems(3));

    for (const problem of result.errors) {
      const bad = cell(element, problem.row, problem.column!);
      expect(bad.getAttribute('aria-invalid'), `${problem.column}${problem.row}`).to.equal('true');
      expect(describedText(element, bad), `${problem.column}${problem.row}`).to.contain(problem.message);
      expect(bad.textContent).to.contain(problem.message);
    }
    expect(describedText(element, cell(element, 3, 'L'))).to.match(/purchase price/);
    expect(cell(element, 3, 'B').getAttribute('aria-invalid')).to.equal('false');
    expect(cell(element, 3, 'C').textContent).to.contain('Clothes');
    expect($<HTMLButtonElement>(element, '[part=import-button]')!.disabled).to.equal(true);

    // The toggle shows every row.
    $<HTMLInputElement>(element, '.toggle input')!.click();
    await eventually(() => element.shadowRoot!.querySelectorAll('tbody tr').length === 4, () => text(element));
    expect(text(element)).to.contain(en.grid.captionAll(4));
    await expect(element).to.be.accessible();

    // Starting over throws the upload away.
    button(element, en.actions.uploadAnother).click();
    await eventually(async () => (await api('GET', `/v1/imports/${result.id}`, { token: admin.token })).status === 404);
    expect($(element, '[part=drop-zone]')).to.not.equal(null);
  });

  it('fixes cells in place, leaves a row out, and imports once nothing is left', async () => {
    const admin = await enterpriseAdmin();
    const prefix = uniqueSku('FIX');
    const element = await mount(admin.token);
    await upload(
      element,
      await filled(await template(admin.token), [productLine(`${prefix}-1`), productLine(`${prefix}-2`, { category: 'Clothes', sale: 10, purchase: 20 }), productLine(`${prefix}-1`)]),
      'drop',
    );

    // The category from the list the products form offers; the row still has its price problem.
    const select = (await edit(element, 3, 'C')) as HTMLSelectElement;
    expect(select.localName).to.equal('select');
    const babyCare = [...select.options].find((option) => option.value === 'Baby care');
    expect(babyCare, [...select.options].map((option) => option.value).join(', ')).to.not.equal(undefined);
    select.value = 'Baby care';
    select.dispatchEvent(new Event('change'));
    await sendKeys({ press: 'Enter' });
    await eventually(() => cell(element, 3, 'C').getAttribute('aria-invalid') === 'false', () => text(element));
    expect(cell(element, 3, 'C').textContent).to.contain('Baby care');
    expect(cell(element, 3, 'L').getAttribute('aria-invalid')).to.equal('true');
    expect(status(element)).to.equal(`${en.edit.rowStill(3, 1)} ${en.summary.counts(3, 2, 2)}`);
    expect(element.shadowRoot!.activeElement?.id).to.equal('cell-3-C');

    // Escape leaves a cell as it was.
    const input = (await edit(element, 3, 'L')) as HTMLInputElement;
    input.value = '1';
    input.dispatchEvent(new InputEvent('input'));
    await sendKeys({ press: 'Escape' });
    await eventually(() => !$(element, '.editor'));
    expect(cell(element, 3, 'L').textContent).to.contain('10');
    expect(element.shadowRoot!.activeElement?.id).to.equal('cell-3-L');

    // A sale price above the purchase price: the row is fine, and the summary says so.
    await edit(element, 3, 'L');
    await sendKeys({ type: '35' });
    await sendKeys({ press: 'Enter' });
    await eventually(() => status(element).startsWith(en.edit.rowFine(3)), () => status(element));
    expect(text(element)).to.contain(en.summary.counts(3, 1, 1));
    expect($(element, 'tbody th[data-row="3"]')!.textContent).to.contain(en.grid.fixed);

    // The duplicate is left out, after confirming.
    button(element, en.leaveOut.label(4)).click();
    await eventually(() => $(element, '[part=confirm]'));
    expect(element.shadowRoot!.activeElement?.textContent?.trim()).to.equal(en.leaveOut.button);
    button(element, en.leaveOut.button).click();
    await eventually(() => text(element).includes(en.summary.allFine(2, 'products')), () => text(element));
    expect($(element, '#cell-4-A')).to.equal(null);

    const importButton = $<HTMLButtonElement>(element, '[part=import-button]')!;
    await eventually(() => !importButton.disabled, 'the import button stays disabled');
    expect(importButton.textContent!.trim()).to.equal(en.actions.import.products(2));
    const committed = oneEvent<WharfImportCommittedEvent>(element, 'wharf-import-committed');
    importButton.click();
    const event = await committed;
    expect([event.created, event.import.status]).to.deep.equal([2, 'committed']);
    await eventually(() => text(element).includes(en.actions.imported.products(2)));
    expect(element.shadowRoot!.activeElement?.id).to.equal('done');
    for (const sku of [`${prefix}-1`, `${prefix}-2`]) {
      const product = await api('GET', `/v1/products/${sku}`, { token: admin.token });
      expect([product.status, product.body.status], sku).to.deep.equal([200, 'draft']);
    }
    expect((await api('GET', `/v1/products/${prefix}-2`, { token: admin.token })).body.category).to.equal('baby-care');

    // Starting over shows the drop zone again, with the focus on “Choose file”.
    button(element, en.actions.uploadAnother).click();
    await eventually(() => element.shadowRoot!.activeElement?.id === 'choose');
  });

  it('refuses anything but an .xlsx before uploading, and shows the server’s reason for a damaged file', async () => {
    const admin = await enterpriseAdmin();
    const element = await mount(admin.token);
    const opened: string[] = [];
    const open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      opened.push(`${method} ${url}`);
      return (open as (...args: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof open;
    try {
      choose(element, new File(['sku,name\nA-1,Cream'], 'products.csv', { type: 'text/csv' }));
      const refusal = en.upload.notXlsx('products.csv', importMessagesFor('en').field.file_not_xlsx({}));
      await eventually(() => text(element).includes(refusal), () => text(element));
      expect($(element, '[role=alert] [part=file-problems]')).to.not.equal(null);
      expect(opened).to.deep.equal([]);
      expect(element.import).to.equal(undefined);
    } finally {
      XMLHttpRequest.prototype.open = open;
    }

    // Cut short, as a download that did not finish: the server's message, at the file.
    const bytes = await template(admin.token);
    choose(element, new File([bytes.slice(0, bytes.byteLength - 300)], 'products.xlsx'));
    const damaged = importMessagesFor('en').field.file_damaged({});
    await eventually(() => text(element).includes(damaged), () => text(element), 10000);
    expect(text(element)).to.contain(`${en.upload.refused('products.xlsx')} ${en.summary.at(0, null)}: ${damaged}`);
    // Something renamed to .xlsx.
    choose(element, new File(['just some notes'], 'notes.xlsx'));
    await eventually(() => text(element).includes(importMessagesFor('en').field.file_not_xlsx({})), () => text(element), 10000);
    expect($(element, '#choose')).to.not.equal(null);

    // A sheet of its own making: its header's problems are listed above, each at its column.
    const ExcelJS = await exceljs();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['SKU', 'Name', 'Name']);
    sheet.addRow(['A-1', 'Cream', 'Cream']);
    const result = await upload(element, new File([(await workbook.xlsx.writeBuffer()) as ArrayBuffer], 'own.xlsx'));
    expect(result.status).to.equal('failed');
    const problems = $(element, '[part=summary] [part=file-problems]')!;
    expect(problems.textContent!.replace(/\s+/g, ' ')).to.contain(`${en.summary.at(1, 'C')}: ${importMessagesFor('en').field.header_repeated({ name: 'Name' })}`);
    expect(problems.textContent).to.contain(importMessagesFor('en').field.header_missing({ name: 'Category*' }));
    expect(text(element)).to.contain(en.summary.failed);
    expect($(element, 'table')).to.equal(null);
    expect($(element, '[part=import-button]')).to.equal(null);
  });

  it('follows the upload and the check with a progress bar, and cancels', async () => {
    const admin = await enterpriseAdmin();
    const element = await mount(admin.token);
    const prefix = uniqueSku('BIG');
    const lines = Array.from({ length: 300 }, (_, index) => productLine(`${prefix}-${index}`));
    choose(element, await filled(await template(admin.token), lines));
    await eventually(() => $(element, '[part=progress] progress'), () => text(element));
    const bar = $<HTMLProgressElement>(element, '[part=progress] progress')!;
    expect(bar.getAttribute('aria-valuetext')).to.match(/^(Uploading products\.xlsx|Checking the rows)/);
    expect(bar.getAttribute('aria-labelledby')).to.equal('progress-text');
    await eventually(() => bar.dataset.phase === 'checking' || !bar.isConnected, undefined, 10000);
    button(element, en.upload.cancel).click();
    await eventually(() => status(element) === en.upload.cancelled);
    expect($(element, '[part=progress]')).to.equal(null);
    expect(element.import).to.equal(undefined);
    expect(element.shadowRoot!.activeElement?.id).to.equal('choose');
  });

  it('speaks Simplified Chinese: headers, summary and the server’s messages', async () => {
    const admin = await enterpriseAdmin();
    const prefix = uniqueSku('ZH');
    const element = await mount(admin.token, { locale: 'zh-CN' });
    const zh = batchUploadText('zh-CN');
    expect(text(element)).to.contain('产品批量上传');
    await upload(element, await filled(await template(admin.token, 'zh-CN'), [productLine(`${prefix}-1`, { category: '衣服' })]));
    expect(text(element)).to.contain(zh.summary.counts(1, 1, 1));
    expect(text(element)).to.contain('品类*');
    expect(describedText(element, cell(element, 2, 'C'))).to.match(/品类/);
    expect(text(element)).to.contain(zh.grid.captionProblems(1));
    await expect(element).to.be.accessible();
  });

  it('declaration elements: picks the HS code, downloads its template, fixes a coded element and sends the products for filing', async () => {
    const admin = await enterpriseAdmin();
    const cream = await createProduct(admin.token);
    const serum = await createProduct(admin.token, { name: '精华液 30ml' });
    const element = await mount(admin.token, { kind: 'declarations' });
    expect(text(element)).to.contain(en.hsCode.first);

    // Picked as a user does: typed, then chosen from the list.
    await eventually(() => $<WharfHsCodePicker>(element, 'wharf-hs-code-picker')?.shadowRoot?.querySelector('input'));
    const picker = $<WharfHsCodePicker>(element, 'wharf-hs-code-picker')!;
    picker.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: '3304990099' });
    await eventually(() => picker.shadowRoot!.querySelector('[role=option]'), () => picker.shadowRoot!.textContent!);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await eventually(() => element.hsCode === '3304990099', () => `hs-code: ${element.hsCode}`);
    expect(text(element)).to.not.contain(en.hsCode.first);

    keepDownloads(element);
    $<HTMLButtonElement>(element, '[part=template-button]')!.click();
    await eventually(() => $(element, 'a[download]'));
    const link = $<HTMLAnchorElement>(element, 'a[download]')!;
    expect(link.download).to.equal('declaration-elements-template-3304990099.xlsx');
    const sheet = await (await fetch(link.href)).arrayBuffer();
    const result = await upload(
      element,
      await filled(sheet, [
        [cream.sku, '4', '0', '面部保湿', '50ml/瓶', 'Harbour'],
        [serum.sku, '9', '0', '精华', '30ml/瓶', 'Harbour'],
      ], 'declarations.xlsx'),
    );
    expect(at(result)).to.deep.equal(['3B:declaration_element_choice']);
    expect(cell(element, 3, 'B').getAttribute('aria-invalid')).to.equal('true');

    const select = (await edit(element, 3, 'B')) as HTMLSelectElement;
    expect(select.localName).to.equal('select');
    const choice = [...select.options].find((option) => option.value.startsWith('4 '));
    expect(choice, [...select.options].map((option) => option.value).join(', ')).to.not.equal(undefined);
    select.value = choice!.value;
    select.dispatchEvent(new Event('change'));
    await sendKeys({ press: 'Enter' });
    await eventually(() => text(element).includes(en.summary.allFine(2, 'declarations')), () => text(element));

    const committed = oneEvent<WharfImportCommittedEvent>(element, 'wharf-import-committed');
    button(element, en.actions.import.declarations(2)).click();
    expect((await committed).created).to.equal(2);
    await eventually(() => text(element).includes(en.actions.imported.declarations(2)));
    for (const sku of [cream.sku, serum.sku]) {
      const product = await api('GET', `/v1/products/${encodeURIComponent(sku)}`, { token: admin.token });
      expect([product.body.status, product.body.hsCode], sku).to.deep.equal(['filing', '3304990099']);
    }
  });

  it('checks again against the enterprise as it is now; a late conflict at import shows the rows that no longer pass', async () => {
    const admin = await enterpriseAdmin();
    const prefix = uniqueSku('LATE');
    const element = await mount(admin.token);
    await upload(element, await filled(await template(admin.token), [productLine(`${prefix}-1`), productLine(`${prefix}-2`), productLine(`${prefix}-3`)]));
    expect(text(element)).to.contain(en.summary.allFine(3, 'products'));

    // Someone creates one of the SKUs meanwhile: “Check again” finds it.
    await createProduct(admin.token, { sku: `${prefix}-2` });
    const checked = oneEvent<WharfImportCheckedEvent>(element, 'wharf-import-checked');
    button(element, en.actions.checkAgain).click();
    expect((await checked).import.status).to.equal('invalid');
    await eventually(() => $(element, '#cell-3-A[aria-invalid=true]'), () => text(element));
    expect(text(element)).to.contain(en.summary.counts(3, 1, 1));
    button(element, en.leaveOut.label(3)).click();
    await eventually(() => $(element, '[part=confirm]'));
    button(element, en.leaveOut.button).click();
    await eventually(() => text(element).includes(en.summary.allFine(2, 'products')), () => text(element));

    // And another just before the import: refused, nothing created, the row shown with its problem.
    await createProduct(admin.token, { sku: `${prefix}-3` });
    $<HTMLButtonElement>(element, '[part=import-button]')!.click();
    await eventually(() => $(element, '#cell-4-A[aria-invalid=true]'), () => text(element));
    expect(text(element)).to.contain(importMessagesFor('en').field.import_invalid({ count: 1 }));
    expect(element.shadowRoot!.activeElement?.id).to.equal('summary-heading');
    expect($<HTMLButtonElement>(element, '[part=import-button]')!.disabled).to.equal(true);
    expect((await api('GET', `/v1/products/${prefix}-1`, { token: admin.token })).status).to.equal(404);
  });

  it('pages through many rows with problems', async () => {
    const admin = await enterpriseAdmin();
    const prefix = uniqueSku('MANY');
    const element = await mount(admin.token);
    const lines = Array.from({ length: 60 }, (_, index) => productLine(`${prefix}-${index}`, { barcode: '123' }));
    await upload(element, await filled(await template(admin.token), lines));
    expect(element.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(50);
    button(element, en.grid.more).click();
    await eventually(() => element.shadowRoot!.querySelectorAll('tbody tr').length === 60, () => text(element));
    expect(text(element)).to.not.contain(en.grid.more);
    expect(element.shadowRoot!.activeElement?.getAttribute('data-row')).to.equal('52');
    // The arrow keys move through the grid; Ctrl+End goes to its last row.
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    expect(element.shadowRoot!.activeElement?.closest('tr')?.querySelector('th')?.getAttribute('data-row')).to.equal('61');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowRight' });
    expect(element.shadowRoot!.activeElement?.id).to.equal('cell-60-A');
  });
});
