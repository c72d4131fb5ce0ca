import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Locale } from '@wharf/domain';
import { fieldMessage } from '@wharf/domain/orders';
import { callApi, MOCK_OPERATOR_TOKEN, seed, type EnterpriseAdmin } from '@wharf/mocks';
import { acceptTerms, addStock, createAddress, createOrder, fileProduct, orderBody, setUpOrderReference, uniqueReference } from '@wharf/server/testing/fixtures';
import { html, nothing } from 'lit';
import { choose, fill, fieldError, inside, press, shows, waitUntil } from '../../testing/story-helpers.ts';
import { orderDetailText } from '../order-detail/order-detail.ts';
import '../provider/define.ts';
import { defaultStory } from '../../testing/story-meta.ts';
import './define.ts';
import { orderFormText } from './order-form.ts';

const TAG = 'wharf-order-form';
type Args = { mode: 'consolidation' | 'stock' };
type Loaded = {
  admin: EnterpriseAdmin;
  route: { warehouse: string; shippingMethod: string };
  product: { sku: string; name: string };
  number?: string;
};

/** An admin with a route, a filed product (with `stock` units when given), a saved recipient and a default sender. */
async function customer(options: { stock?: number; termsAccepted?: boolean; draft?: boolean; requiresIdNumber?: boolean } = {}): Promise<Loaded> {
  const admin = await seed.enterpriseAdmin();
  const reference = await setUpOrderReference(callApi, MOCK_OPERATOR_TOKEN);
  const route = { warehouse: reference.warehouse, shippingMethod: options.requiresIdNumber ? reference.idShippingMethod : reference.shippingMethod };
  const product = { sku: await fileProduct(callApi, admin.token, MOCK_OPERATOR_TOKEN, admin.enterprise.id), name: '玻尿酸保湿面霜 50ml' };
  if (options.stock) await addStock(callApi, MOCK_OPERATOR_TOKEN, { enterpriseId: admin.enterprise.id, sku: product.sku, warehouse: route.warehouse, quantity: options.stock });
  await createAddress(callApi, admin.token, { name: '王五', phone: '13912345678' });
  await createAddress(callApi, admin.token, { kind: 'sender', name: '深圳仓发货组', isDefault: true });
  if (options.termsAccepted) await acceptTerms(callApi, admin.token);
  const number = options.draft ? (await createOrder(callApi, admin.token, orderBody(route, [product.sku], { mode: 'consolidation' }))).number : undefined;
  return { admin, route, product, number };
}

/**
 * Creates or edits an order (seed 002 订单新增, seed 000 下单): mode, warehouse and shipping method with its fee,
 * recipient from the address book or new, the default sender, filed products with the stock available (stock mode),
 * declared goods, insured value, remarks and pickup appointment; saved as a draft, confirmed (the waybill terms asked
 * once per version) or submitted (the security PIN when the enterprise has one). Every request is answered by the
 * real Wharf app running in this page (`@wharf/mocks`).
 */
const meta: Meta<Args> = {
  title: 'Orders/Order form',
  component: TAG,
  args: { mode: 'consolidation' },
  argTypes: { mode: { control: 'inline-radio', options: ['consolidation', 'stock'], description: '`mode` (new orders)' } },
  loaders: [() => customer()],
  render: ({ mode }, { loaded, globals: { locale } }) => html`<wharf-provider session-token=${(loaded as Loaded).admin.token} locale=${locale}>
    <wharf-order-form mode=${mode} number=${(loaded as Loaded).number ?? nothing}></wharf-order-form>
  </wharf-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The element as a page first shows it, its attributes in the Controls panel. */
export const Default: Story = defaultStory(TAG);

/** The number the server gave the order the form has just saved. */
const savedNumber = (canvas: HTMLElement) =>
  waitUntil(() => {
    const number = canvas.querySelector<HTMLElement & { number?: string }>(TAG)?.number;
    if (!number) throw new Error('the order has no number yet');
    return number;
  });

async function fillOrder(canvas: HTMLElement, locale: Locale, loaded: Loaded, quantity = '1') {
  const t = orderFormText(locale);
  await fill(canvas, TAG, '#reference', uniqueReference());
  await choose(canvas, TAG, '#warehouse', loaded.route.warehouse);
  await choose(canvas, TAG, '#shippingMethod', loaded.route.shippingMethod);
  const recipient = await inside<HTMLSelectElement>(canvas, TAG, '#savedRecipient');
  await choose(canvas, TAG, '#savedRecipient', recipient.options[1]!.value);
  await fill(canvas, TAG, '#productSearch', loaded.product.sku);
  await press(canvas, TAG, t.addLabel(loaded.product.sku, loaded.product.name));
  await fill(canvas, TAG, '[id="items.0.quantity"]', quantity);
  await fill(canvas, TAG, '#declaredGoods', '护肤品');
}

/** A new consolidation order, saved as a draft. */
export const NewDraft: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    const t = orderFormText(globals.locale);
    await shows(canvasElement, TAG, t.titleNew);
    await fillOrder(canvasElement, globals.locale, loaded as Loaded);
    await press(canvasElement, TAG, t.saveDraft);
    await shows(canvasElement, TAG, t.savedDraft(await savedNumber(canvasElement)));
  },
};

/** Saved with nothing filled in: each missing field named at its field. */
export const Missing: Story = {
  play: async ({ canvasElement, globals }) => {
    await press(canvasElement, TAG, orderFormText(globals.locale).saveDraft);
    await fieldError(canvasElement, TAG, 'reference', fieldMessage(globals.locale, 'required'));
    await shows(canvasElement, TAG, fieldMessage(globals.locale, 'items_required'));
  },
};

/** The shipping method needs the recipient's ID number. */
export const IdNumberRequired: Story = {
  loaders: [() => customer({ requiresIdNumber: true })],
  play: async ({ canvasElement, globals, loaded }) => {
    await fillOrder(canvasElement, globals.locale, loaded as Loaded);
    await shows(canvasElement, TAG, orderFormText(globals.locale).needsIdNumber);
    await press(canvasElement, TAG, orderFormText(globals.locale).saveDraft);
    await fieldError(canvasElement, TAG, 'recipient.idNumber', fieldMessage(globals.locale, 'id_number_required'));
  },
};

/** Stock mode: the stock available shown; more than that refused before confirming. */
export const StockShort: Story = {
  args: { mode: 'stock' },
  loaders: [() => customer({ stock: 3 })],
  play: async ({ canvasElement, globals, loaded }) => {
    await fillOrder(canvasElement, globals.locale, loaded as Loaded, '4');
    await press(canvasElement, TAG, orderFormText(globals.locale).confirm);
    await fieldError(canvasElement, TAG, 'items.0.quantity', fieldMessage(globals.locale, 'stock_short', { max: 3 }));
  },
};

/** Confirming when the current waybill terms are not accepted yet: they are asked. */
export const TermsAsked: Story = {
  args: { mode: 'stock' },
  loaders: [() => customer({ stock: 3 })],
  play: async ({ canvasElement, globals, loaded }) => {
    await fillOrder(canvasElement, globals.locale, loaded as Loaded);
    await press(canvasElement, TAG, orderFormText(globals.locale).confirm);
    await shows(canvasElement, TAG, orderDetailText(globals.locale).termsTitle);
  },
};

/** Terms accepted before: confirming goes straight through. */
export const Confirmed: Story = {
  args: { mode: 'stock' },
  loaders: [() => customer({ stock: 3, termsAccepted: true })],
  play: async ({ canvasElement, globals, loaded }) => {
    await fillOrder(canvasElement, globals.locale, loaded as Loaded);
    await press(canvasElement, TAG, orderFormText(globals.locale).confirm);
    await shows(canvasElement, TAG, orderFormText(globals.locale).confirmed(await savedNumber(canvasElement)));
  },
};

/** A draft opened for editing. */
export const EditDraft: Story = {
  loaders: [() => customer({ draft: true })],
  play: async ({ canvasElement, globals, loaded }) => {
    await shows(canvasElement, TAG, orderFormText(globals.locale).titleEdit((loaded as Loaded).number!));
  },
};

/** Simplified Chinese (zh-CN). */
export const SimplifiedChinese: Story = { ...NewDraft, globals: { locale: 'zh-CN' }, tags: ['!dev', '!autodocs', 'locale-check'] };
/** Traditional Chinese (zh-HK). */
export const TraditionalChinese: Story = { ...NewDraft, globals: { locale: 'zh-HK' }, tags: ['!dev', '!autodocs', 'locale-check'] };
