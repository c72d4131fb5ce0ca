import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Import, Locale, Product, ProductOptions } from '@wharf/domain';
import { importMessagesFor } from '@wharf/domain/messages';
import { callApi, CREAM_DECLARATION, sampleSheets, seed, type EnterpriseAdmin } from '@wharf/mocks';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { inside, press, shadowOf, shows, textOf, waitUntil } from '../../testing/story-helpers.ts';
import { wharfElement, defaultStory } from '../../testing/story-meta.ts';
import '../provider/define.ts';
import type { WharfBatchUpload } from './batch-upload.ts';
import './define.ts';
import { batchUploadText } from './batch-upload.ts';
import type { WharfImportCommittedEvent } from '../../events/import-committed.ts';

const TAG = 'wharf-batch-upload';
type Args = Record<string, unknown>;
type Loaded = { admin: EnterpriseAdmin; file?: File; damaged?: File; skus?: string[]; options?: ProductOptions; products?: Product[] };

/**
 * Batch upload (seed 002 产品批量上传, 海关申报要素上传): download the template, fill it in, upload it, see every
 * problem at its row and column, fix cells in place or leave rows out, then import — products as drafts, or
 * declaration elements that send their products for filing. The workbooks are the real template, downloaded
 * from the Wharf app running in this page (`@wharf/mocks`) in the story's language and filled in with ExcelJS.
 *
 * Uploads go through the service worker, so Chromium reports no upload progress here; against a real server
 * the bar fills as the bytes go out, then follows the check (percent of the sheet read, rows so far).
 */
const meta: Meta<Args> = {
  title: 'Products/Batch upload',
  component: TAG,
  args: { kind: 'products' },
  loaders: [async () => ({ admin: await seed.enterpriseAdmin({ name: 'Harbour Cross-border Trading' }) })],
  render: (args, { loaded, globals: { locale } }) => html`<wharf-provider session-token=${(loaded as Loaded).admin.token} locale=${locale}>
    ${wharfElement(TAG, args)}
  </wharf-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

async function element(canvas: HTMLElement): Promise<WharfBatchUpload> {
  await inside(canvas, TAG, '[part=template-button]');
  return canvas.querySelector<WharfBatchUpload>(TAG)!;
}

/** Drops a file on the drop zone, as dragging it from the desktop does. */
async function drop(canvas: HTMLElement, file: File) {
  const zone = await inside(canvas, TAG, '[part=drop-zone]');
  const data = new DataTransfer();
  data.items.add(file);
  zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }));
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }));
}

/** Drops a sheet and waits for the check's result (the summary, focused). */
async function uploaded(canvas: HTMLElement, file: File): Promise<Import> {
  const upload = await element(canvas);
  await drop(canvas, file);
  await inside(canvas, TAG, '#summary-heading');
  await waitUntil(() => expect(shadowOf(canvas, TAG)!.activeElement?.id).toBe('summary-heading'));
  return upload.import!;
}

const cell = (canvas: HTMLElement, row: number, letter: string) => inside(canvas, TAG, `#cell-${row}-${letter}`);
const status = (canvas: HTMLElement) => shadowOf(canvas, TAG)!.querySelector('[part=status]')!.textContent!.trim();

/** The text of what a cell's `aria-describedby` points at. */
function description(canvas: HTMLElement, target: Element): string {
  const root = shadowOf(canvas, TAG)!;
  return (target.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Opens a cell's editor with its edit button. */
async function edit(canvas: HTMLElement, row: number, letter: string) {
  const target = await cell(canvas, row, letter);
  target.querySelector<HTMLButtonElement>('button.edit')!.click();
  return inside<HTMLInputElement | HTMLSelectElement>(canvas, TAG, `#edit-${row}-${letter}`);
}

/** Sets an editor's value as the user does (typing or choosing), then presses Enter in it. */
async function saveEdit(control: HTMLInputElement | HTMLSelectElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
  control.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
}

/** Keeps the template link from saving a file in the story's page (the play function reads it instead). */
function keepDownloads(canvas: HTMLElement) {
  shadowOf(canvas, TAG)!.addEventListener(
    'click',
    (event) => {
      if ((event.target as Element).matches?.('a[download]')) event.preventDefault();
    },
    true,
  );
}

/** The element as a page first shows it: its attributes and CSS custom properties are the Controls below. */
export const Default: Story = defaultStory(TAG);

/** Where to start: the steps, the template to download, and the drop zone with its “Choose file” button. */
export const Start: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = batchUploadText(globals.locale);
    await element(canvasElement);
    await shows(canvasElement, TAG, t.title.products);
    await shows(canvasElement, TAG, t.upload.choose);
    await shows(canvasElement, TAG, t.upload.drop);
    keepDownloads(canvasElement);
    await press(canvasElement, TAG, t.template.download);
    const name = `${t.template.fileName.products('')}.xlsx`;
    const link = await inside<HTMLAnchorElement>(canvasElement, TAG, 'a[download]');
    expect(link.getAttribute('download')).toBe(name);
    await waitUntil(() => expect(status(canvasElement)).toBe(t.template.downloaded(name)));
    const bytes = await (await fetch(link.href)).arrayBuffer();
    expect(new Uint8Array(bytes.slice(0, 2))).toEqual(new Uint8Array([0x50, 0x4b])); // a zip: an .xlsx
  },
};

/**
 * A sheet with mistakes: only the rows with problems, each bad cell outlined and marked, its message under it
 * and tied to it (`aria-describedby`); the summary counts them and takes the focus. Nothing can be imported yet.
 */
export const WithProblems: Story = {
  loaders: [
    async ({ globals }) => {
      const admin = await seed.enterpriseAdmin();
      return { admin, ...(await sampleSheets.sheetWithProblems(admin, { locale: globals.locale })) };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = batchUploadText(globals.locale);
    const result = await uploaded(canvasElement, (loaded as Loaded).file!);
    expect(result.errors.map((problem) => `${problem.row}${problem.column}:${problem.code}`)).toEqual([
      '3C:category_unknown',
      '3L:sale_below_purchase',
      '4A:duplicate_in_file',
      '5H:gtin',
    ]);
    await shows(canvasElement, TAG, t.summary.counts(5, 3, 4));
    await shows(canvasElement, TAG, t.grid.captionProblems(3));
    for (const problem of result.errors) {
      const bad = await cell(canvasElement, problem.row, problem.column!);
      expect(bad.getAttribute('aria-invalid')).toBe('true');
      expect(description(canvasElement, bad)).toContain(problem.message);
    }
    const rows = [...shadowOf(canvasElement, TAG)!.querySelectorAll('tbody th[scope=row]')].map((th) => th.getAttribute('data-row'));
    expect(rows).toEqual(['3', '4', '5']);
    expect((await inside<HTMLButtonElement>(canvasElement, TAG, '[part=import-button]')).disabled).toBe(true);
  },
};

/**
 * Fixed in place: the category chosen from the list the product form offers, the sale price typed again. Each
 * save checks the row again; the row is marked fixed and the summary follows.
 */
export const FixInPlace: Story = {
  loaders: [
    async ({ globals }) => {
      const locale = globals.locale;
      const admin = await seed.enterpriseAdmin();
      const options = (await callApi('GET', '/v1/products/options', { token: admin.token, locale })).body as ProductOptions;
      return { admin, options, ...(await sampleSheets.sheetWithProblems(admin, { locale })) };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = batchUploadText(globals.locale);
    const { file, options } = loaded as Loaded;
    await uploaded(canvasElement, file!);

    const category = await edit(canvasElement, 3, 'C');
    expect(category.localName).toBe('select');
    const babyCare = options!.categories.find((option) => option.code === 'baby-care')!;
    await saveEdit(category, babyCare.name);
    await waitUntil(async () => expect((await cell(canvasElement, 3, 'C')).getAttribute('aria-invalid')).toBe('false'));
    await waitUntil(() => expect(status(canvasElement)).toBe(`${t.edit.rowStill(3, 1)} ${t.summary.counts(5, 3, 3)}`));

    const price = await edit(canvasElement, 3, 'L');
    expect(price.localName).toBe('input');
    await saveEdit(price, '99');
    await waitUntil(() => expect(status(canvasElement)).toBe(`${t.edit.rowFine(3)} ${t.summary.counts(5, 2, 2)}`));
    await shows(canvasElement, TAG, t.grid.fixed);
    expect(shadowOf(canvasElement, TAG)!.activeElement?.id).toBe('cell-3-L');

    // The duplicated SKU is left out, after confirming.
    await press(canvasElement, TAG, t.leaveOut.label(4));
    await shows(canvasElement, TAG, t.leaveOut.confirm(4));
    await press(canvasElement, TAG, t.leaveOut.button, '[part=confirm]');
    await waitUntil(() => expect(status(canvasElement)).toBe(`${t.leaveOut.done(4)} ${t.summary.counts(4, 1, 1)}`));
  },
};

/** Every row is fine: all rows shown, and the import button says how many will be created. */
export const ReadyToImport: Story = {
  loaders: [
    async ({ globals }) => {
      const admin = await seed.enterpriseAdmin();
      return { admin, ...(await sampleSheets.readySheet(admin, { locale: globals.locale, count: 3 })) };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = batchUploadText(globals.locale);
    await uploaded(canvasElement, (loaded as Loaded).file!);
    await shows(canvasElement, TAG, t.summary.allFine(3, 'products'));
    await shows(canvasElement, TAG, t.grid.captionAll(3));
    expect(shadowOf(canvasElement, TAG)!.querySelectorAll('tbody tr').length).toBe(3);
    expect(shadowOf(canvasElement, TAG)!.querySelectorAll('[aria-invalid="true"]').length).toBe(0);
    const importButton = await inside<HTMLButtonElement>(canvasElement, TAG, '[part=import-button]');
    expect(importButton.disabled).toBe(false);
    expect(importButton.textContent!.trim()).toBe(t.actions.import.products(3));
  },
};

/** Imported: announced, with `wharf-import-committed`; the products exist as drafts. */
export const Imported: Story = {
  loaders: ReadyToImport.loaders,
  play: async ({ canvasElement, globals, loaded }) => {
    const t = batchUploadText(globals.locale);
    const { admin, file, skus } = loaded as Loaded;
    const upload = await element(canvasElement);
    const committed = new Promise<WharfImportCommittedEvent>((resolve) => upload.addEventListener('wharf-import-committed', resolve, { once: true }));
    await uploaded(canvasElement, file!);
    await press(canvasElement, TAG, t.actions.import.products(3));
    expect((await committed).created).toBe(3);
    await shows(canvasElement, TAG, t.actions.imported.products(3));
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.activeElement?.id).toBe('done'));
    for (const sku of skus!) {
      const product = await callApi('GET', `/v1/products/${encodeURIComponent(sku)}`, { token: admin.token });
      expect([product.status, product.body.status]).toEqual([200, 'draft']);
    }
  },
};

/**
 * Files that cannot be used: a CSV is refused before anything is uploaded; a workbook cut short is refused by
 * the server, whose message says what to do.
 */
export const UnreadableFile: Story = {
  loaders: [
    async () => {
      const admin = await seed.enterpriseAdmin();
      return { admin, damaged: await sampleSheets.damagedSheet(admin) };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = batchUploadText(globals.locale);
    const messages = importMessagesFor(globals.locale).field;
    await element(canvasElement);
    await drop(canvasElement, sampleSheets.csvFile('products.csv'));
    await shows(canvasElement, TAG, t.upload.notXlsx('products.csv', messages.file_not_xlsx({})));
    expect(canvasElement.querySelector<WharfBatchUpload>(TAG)!.import).toBeUndefined();

    await drop(canvasElement, (loaded as Loaded).damaged!);
    await shows(canvasElement, TAG, messages.file_damaged({}));
    await shows(canvasElement, TAG, t.upload.refused('products.xlsx'));
    await inside(canvasElement, TAG, '#choose');
  },
};

/**
 * Declaration elements for one HS code (`hs-code="3304990099"`, cosmetics): a coded element answered with a
 * code the element does not have is fixed from that element's own choices; importing sends both products for
 * filing.
 */
export const Declarations: Story = {
  loaders: [
    async ({ globals }) => {
      const admin = await seed.enterpriseAdmin();
      const products = [await seed.draftProduct(admin), await seed.draftProduct(admin, { name: '维生素 C 精华液 30ml' })];
      const file = await sampleSheets.declarationSheet(
        admin,
        CREAM_DECLARATION.hsCode,
        [
          [products[0]!.sku, '4', '0', '面部保湿', '50ml/瓶', 'Harbour'],
          [products[1]!.sku, '9', '0', '精华', '30ml/瓶', 'Harbour'],
        ],
        { locale: globals.locale },
      );
      return { admin, products, file };
    },
  ],
  render: (_args, { loaded, globals: { locale } }) => html`<wharf-provider session-token=${(loaded as Loaded).admin.token} locale=${locale}>
    <wharf-batch-upload kind="declarations" hs-code=${CREAM_DECLARATION.hsCode}></wharf-batch-upload>
  </wharf-provider>`,
  play: async ({ canvasElement, globals, loaded }) => {
    const t = batchUploadText(globals.locale);
    const { admin, products, file } = loaded as Loaded;
    await shows(canvasElement, TAG, t.title.declarations);
    const picker = await inside<HTMLElement & { hsCode?: { code: string } }>(canvasElement, TAG, 'wharf-hs-code-picker');
    await waitUntil(() => expect(picker.hsCode?.code).toBe(CREAM_DECLARATION.hsCode));

    const result = await uploaded(canvasElement, file!);
    expect(result.errors.map((problem) => `${problem.row}${problem.column}:${problem.code}`)).toEqual(['3B:declaration_element_choice']);
    const select = await edit(canvasElement, 3, 'B');
    expect(select.localName).toBe('select');
    const brandType = [...(select as HTMLSelectElement).options].find((option) => option.value.startsWith('4 '))!;
    await saveEdit(select, brandType.value);
    await shows(canvasElement, TAG, t.summary.allFine(2, 'declarations'));

    await press(canvasElement, TAG, t.actions.import.declarations(2));
    await shows(canvasElement, TAG, t.actions.imported.declarations(2));
    for (const product of products!) {
      const read = await callApi('GET', `/v1/products/${encodeURIComponent(product.sku)}`, { token: admin.token });
      expect([read.body.status, read.body.hsCode]).toEqual(['filing', CREAM_DECLARATION.hsCode]);
    }
    expect(textOf(canvasElement, TAG)).not.toContain(t.actions.importHint);
  },
};
