import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Locale, Product } from '@wharf/domain';
import { fieldMessage, productMessagesFor } from '@wharf/domain/messages';
import { seed, type EnterpriseAdmin } from '@wharf/mocks';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import { choose, fill, inside, press, shadowOf, shows, textOf, waitUntil } from '../../testing/story-helpers.ts';
import { wharfElement, defaultStory } from '../../testing/story-meta.ts';
import '../provider/define.ts';
import './define.ts';
import { productListText } from './product-list.ts';
import type { WharfProductDeletedEvent } from '../../events/product-deleted.ts';
import type { WharfProductSubmittedEvent } from '../../events/product-submitted.ts';

const TAG = 'wharf-product-list';
type Args = { pageSize: number };
type Loaded = { owner: EnterpriseAdmin; products: Product[]; sku?: string };

/**
 * The enterprise's products (seed 002 产品列表): search by SKU, name, category, status and created dates; a table
 * paged by cursor; each product's detail with tabs for its details, log, inventory, orders and ASNs; deleting
 * with a confirmation and sending for filing with customs. Every request is answered by the real Wharf app running
 * in this page (`@wharf/mocks`); customs' decisions are taken through the API in the loaders.
 */
const meta: Meta<Args> = {
  title: 'Products/Product list',
  component: TAG,
  args: { pageSize: 20 },
  argTypes: { pageSize: { control: 'inline-radio', options: [3, 20, 50, 100], description: '`page-size`' } },
  loaders: [async () => seed.productShelf()],
  render: (args, { loaded, globals: { locale } }) => html`<wharf-provider session-token=${(loaded as Loaded).owner.token} locale=${locale}>
    ${wharfElement(TAG, { ...args, sku: (loaded as Loaded).sku })}
  </wharf-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The SKUs of the rows shown, in order. */
const rows = (canvas: HTMLElement) => [...(shadowOf(canvas, TAG)?.querySelectorAll('table[part=table] tbody tr') ?? [])].map((row) => row.getAttribute('data-sku'));
const skusOf = (products: Product[]) => products.map((product) => product.sku).reverse();
const rowsAre = (canvas: HTMLElement, expected: (string | null)[]) => waitUntil(() => expect(rows(canvas)).toEqual(expected));
const statusOf = (canvas: HTMLElement, sku: string) => shadowOf(canvas, TAG)?.querySelector(`tr[data-sku="${sku}"]`)?.getAttribute('data-status');

/** The element as a page first shows it: its attributes and CSS custom properties are the Controls below. */
export const Default: Story = defaultStory(TAG);

/** A shelf in every state, newest first: drafts of several categories, filing, filed, rejected and a combo. */
export const Shelf: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    const t = productListText(globals.locale);
    const { products } = loaded as Loaded;
    await rowsAre(canvasElement, skusOf(products));
    await shows(canvasElement, TAG, t.caption(products.length));
    await shows(canvasElement, TAG, t.results(products.length, 1, false));
    const labels = productMessagesFor(globals.locale).labels;
    for (const status of ['draft', 'filing', 'filed', 'rejected'] as const) await shows(canvasElement, TAG, labels.statuses[status]);
    await shows(canvasElement, TAG, labels.types.combo);
    // Locked products offer only View.
    const filed = products.find((product) => product.status === 'filed')!;
    const actions = [...shadowOf(canvasElement, TAG)!.querySelectorAll<HTMLButtonElement>(`tr[data-sku="${filed.sku}"] button`)].map((button) => button.dataset.action);
    expect(actions).toEqual(['view']);
  },
};

/** Status “Rejected”, searched: only the product customs sent back. */
export const FilteredByStatus: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    const t = productListText(globals.locale);
    const { products } = loaded as Loaded;
    await rowsAre(canvasElement, skusOf(products));
    await choose(canvasElement, TAG, '#filter-status', 'rejected');
    await press(canvasElement, TAG, t.search);
    await rowsAre(canvasElement, [products.find((product) => product.status === 'rejected')!.sku]);
    await shows(canvasElement, TAG, t.results(1, 1, false));
    await press(canvasElement, TAG, t.reset);
    await rowsAre(canvasElement, skusOf(products));
  },
};

/** A new enterprise has no products yet; a search that matches nothing says so differently. */
export const Empty: Story = {
  loaders: [async () => ({ owner: await seed.enterpriseAdmin(), products: [] })],
  play: async ({ canvasElement, globals }) => {
    const t = productListText(globals.locale);
    await shows(canvasElement, TAG, t.empty);
    await fill(canvasElement, TAG, '#filter-name', '抹茶');
    await press(canvasElement, TAG, t.search);
    await shows(canvasElement, TAG, t.emptyFiltered);
  },
};

/** Three per page: Next follows the server's cursor, Previous goes back through the pages already seen. */
export const Paging: Story = {
  args: { pageSize: 3 },
  loaders: [async () => seed.productShelf({ drafts: 3 })],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = productListText(globals.locale);
    const skus = skusOf((loaded as Loaded).products);
    await rowsAre(canvasElement, skus.slice(0, 3));
    await press(canvasElement, TAG, t.next);
    await rowsAre(canvasElement, skus.slice(3, 6));
    await shows(canvasElement, TAG, t.results(3, 2, true));
    await press(canvasElement, TAG, t.next);
    await rowsAre(canvasElement, skus.slice(6));
    await shows(canvasElement, TAG, t.results(skus.length - 6, 3, false));
    expect((await inside(canvasElement, TAG, '[data-action=next]')).getAttribute('aria-disabled')).toBe('true');
    await press(canvasElement, TAG, t.previous);
    await rowsAre(canvasElement, skus.slice(3, 6));
    await press(canvasElement, TAG, t.previous);
    await rowsAre(canvasElement, skus.slice(0, 3));
  },
};

/** Moves the selected tab with a key, as a keyboard user does. */
async function key(canvas: HTMLElement, name: string) {
  const selected = await inside(canvas, TAG, '[role=tab][aria-selected=true]');
  selected.focus();
  selected.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));
}

/**
 * A declared product opened with View: its fields, the HS code's declaration elements by name and the declared
 * specification; the arrow keys, Home and End move through the log, inventory, orders and ASNs.
 */
export const Detail: Story = {
  loaders: [
    async () => {
      const owner = await seed.enterpriseAdmin();
      return { owner, products: [await seed.declaredProduct(owner)] };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = productListText(globals.locale);
    const [product] = (loaded as Loaded).products as [Product];
    await press(canvasElement, TAG, t.viewLabel(product.sku));
    await inside(canvasElement, TAG, '#detail-heading');
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.activeElement?.id).toBe('detail-heading'));
    for (const expected of [t.fields.declarationElements, '品牌类型', '用途', product.declaredSpecification!]) await shows(canvasElement, TAG, expected);

    await key(canvasElement, 'ArrowRight');
    await shows(canvasElement, TAG, t.log.caption);
    await shows(canvasElement, TAG, t.log.actions.created);
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.activeElement?.id).toBe('product-tab-log'));
    await key(canvasElement, 'ArrowRight');
    await shows(canvasElement, TAG, t.inventory.empty);
    await key(canvasElement, 'ArrowRight');
    await shows(canvasElement, TAG, t.orders.empty);
    await key(canvasElement, 'End');
    await shows(canvasElement, TAG, t.asns.empty);
    await key(canvasElement, 'Home');
    await shows(canvasElement, TAG, t.fields.declaredSpecification);

    await press(canvasElement, TAG, t.back);
    await rowsAre(canvasElement, [product.sku]);
  },
};

/** Opened by its `sku`: customs' reason first, and the product is editable and can be submitted again. */
export const Rejected: Story = {
  loaders: [
    async () => {
      const owner = await seed.enterpriseAdmin();
      const product = await seed.rejectedProduct(owner, '用途请写明“面部保湿”，并补充包装规格。');
      return { owner, products: [product], sku: product.sku };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const t = productListText(globals.locale);
    const rejection = await inside(canvasElement, TAG, '[part=rejection]');
    await waitUntil(() => expect(rejection.textContent).toContain('用途请写明“面部保湿”，并补充包装规格。'));
    await shows(canvasElement, TAG, t.rejectedTitle);
    await shows(canvasElement, TAG, productMessagesFor(globals.locale).labels.statuses.rejected);
    await inside(canvasElement, TAG, '[part=actions] [data-action=edit]');
    await inside(canvasElement, TAG, '[part=actions] [data-action=submit]');
  },
};

/** Delete asks first in a dialog, focus on Cancel; cancelling keeps the product, confirming deletes it. */
export const DeleteConfirm: Story = {
  loaders: [
    async () => {
      const owner = await seed.enterpriseAdmin();
      return { owner, products: [await seed.draftProduct(owner), await seed.draftProduct(owner, { name: '抹茶粉 100g', category: 'food' })] };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = productListText(globals.locale);
    const [keep, gone] = (loaded as Loaded).products as [Product, Product];
    await rowsAre(canvasElement, [gone.sku, keep.sku]);
    await press(canvasElement, TAG, t.removeLabel(gone.sku));
    const dialog = await inside<HTMLDialogElement>(canvasElement, TAG, 'dialog[open]');
    expect(dialog.textContent).toContain(t.confirmRemove(gone.sku, gone.name));
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.activeElement?.textContent?.trim()).toBe(t.cancel));
    await press(canvasElement, TAG, t.cancel, 'dialog');
    await waitUntil(() => expect(dialog.open).toBe(false));
    await rowsAre(canvasElement, [gone.sku, keep.sku]);

    const deleted = new Promise<WharfProductDeletedEvent>((resolve) => canvasElement.querySelector(TAG)!.addEventListener('wharf-product-deleted', resolve, { once: true }));
    await press(canvasElement, TAG, t.removeLabel(gone.sku));
    await press(canvasElement, TAG, t.remove, 'dialog');
    await shows(canvasElement, TAG, t.removed(gone.sku));
    expect((await deleted).sku).toBe(gone.sku);
    await rowsAre(canvasElement, [keep.sku]);
  },
};

/** A declared draft goes to customs (filing, locked); one without an HS code is refused with the server's reason. */
export const SubmitForFiling: Story = {
  loaders: [
    async () => {
      const owner = await seed.enterpriseAdmin();
      return { owner, products: [await seed.draftProduct(owner, { name: '婴儿纸尿裤 L 号 54 片', category: 'diapers', unit: '011' }), await seed.declaredProduct(owner)] };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = productListText(globals.locale);
    const [bare, declared] = (loaded as Loaded).products as [Product, Product];
    const submitted = new Promise<WharfProductSubmittedEvent>((resolve) => canvasElement.querySelector(TAG)!.addEventListener('wharf-product-submitted', resolve, { once: true }));
    await press(canvasElement, TAG, t.submitLabel(declared.sku));
    await shows(canvasElement, TAG, t.submitted(declared.sku));
    expect((await submitted).product.status).toBe('filing');
    await waitUntil(() => expect(statusOf(canvasElement, declared.sku)).toBe('filing'));

    await press(canvasElement, TAG, t.submitLabel(bare.sku));
    await shows(canvasElement, TAG, fieldMessage(globals.locale, 'hs_code_required'));
    expect(statusOf(canvasElement, bare.sku)).toBe('draft');
    expect(textOf(canvasElement, TAG)).toContain(bare.sku);
  },
};

/** Simplified Chinese (zh-CN): the shelf. */
export const SimplifiedChinese: Story = { ...Shelf, globals: { locale: 'zh-CN' }, tags: ['!dev', '!autodocs', 'locale-check'] };
