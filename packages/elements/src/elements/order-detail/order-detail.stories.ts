import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { orderMessagesFor } from '@wharf/domain/orders';
import { callApi, MOCK_OPERATOR_TOKEN, seed, type EnterpriseAdmin } from '@wharf/mocks';
import { acceptTerms, addStock, createOrder, fileProduct, moveOrder, orderBody, reportOrderEvent, setUpOrderReference } from '@wharf/server/testing/fixtures';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { fill, press, shadowOf, shows, waitUntil } from '../../testing/story-helpers.ts';
import '../provider/define.ts';
import { defaultStory } from '../../testing/story-meta.ts';
import './define.ts';
import { orderDetailText } from './order-detail.ts';

const TAG = 'wharf-order-detail';
type Args = Record<string, unknown>;
type Loaded = { admin: EnterpriseAdmin; order: { number: string } };
type Status = 'draft' | 'confirmed' | 'submitted' | 'shipped';

/** An admin with a route, a filed product in stock, and an order moved on to `status`. */
async function orderIn(status: Status, options: { pin?: string; termsAccepted?: boolean } = {}): Promise<Loaded> {
  const admin = await seed.enterpriseAdmin();
  const route = await setUpOrderReference(callApi, MOCK_OPERATOR_TOKEN);
  const sku = await fileProduct(callApi, admin.token, MOCK_OPERATOR_TOKEN, admin.enterprise.id);
  await addStock(callApi, MOCK_OPERATOR_TOKEN, { enterpriseId: admin.enterprise.id, sku, warehouse: route.warehouse, quantity: 20 });
  let order = await createOrder(callApi, admin.token, orderBody(route, [sku], { mode: 'stock', remarks: '工作日送达' }));
  if (options.pin) await callApi('PUT', '/v1/enterprises/current/security-pin', { token: admin.token, body: { pin: options.pin } });
  if (status !== 'draft' || options.termsAccepted) await acceptTerms(callApi, admin.token);
  if (status !== 'draft') order = await moveOrder(callApi, admin.token, order.number, 'confirm');
  if (status === 'submitted' || status === 'shipped') order = await moveOrder(callApi, admin.token, order.number, 'submit', options.pin ? { securityPin: options.pin } : undefined);
  if (status === 'shipped') {
    await reportOrderEvent(callApi, MOCK_OPERATOR_TOKEN, order.number, { type: 'cleared' });
    order = await reportOrderEvent(callApi, MOCK_OPERATOR_TOKEN, order.number, { type: 'shipped', carrier: 'SF Express', trackingNumber: 'SF1234567890' });
  }
  return { admin, order };
}

/**
 * One order (seed 002 订单详情): status and the moves it allows, the waybill terms asked once per version, the
 * security PIN when the enterprise has one, the label, remarks and appointment, items, log and tracking. Every
 * request is answered by the real Wharf app running in this page (`@wharf/mocks`); operators' events are reported
 * through the API in the loaders.
 */
const meta: Meta<Args> = {
  title: 'Orders/Order detail',
  component: TAG,
  loaders: [() => orderIn('draft')],
  render: (_args, { loaded, globals: { locale } }) => html`<wharf-provider session-token=${(loaded as Loaded).admin.token} locale=${locale}>
    <wharf-order-detail number=${(loaded as Loaded).order.number}></wharf-order-detail>
  </wharf-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The element as a page first shows it, its attributes in the Controls panel. */
export const Default: Story = defaultStory(TAG);

/** A draft: confirm or delete. */
export const Draft: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    await shows(canvasElement, TAG, orderDetailText(globals.locale).title((loaded as Loaded).order.number));
    await shows(canvasElement, TAG, orderMessagesFor(globals.locale).labels.statuses.draft);
    await shows(canvasElement, TAG, orderMessagesFor(globals.locale).labels.moves.confirm);
  },
};

/** Confirming when the user has not accepted the current waybill terms: they are asked, once. */
export const TermsAsked: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = orderDetailText(globals.locale);
    await press(canvasElement, TAG, orderMessagesFor(globals.locale).labels.moves.confirm);
    await shows(canvasElement, TAG, t.termsTitle);
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.activeElement?.id).toBe('prompt-title'));
  },
};

/** Submitting when the enterprise has a security PIN: it is asked, and a wrong one is said at the field. */
export const PinAsked: Story = {
  loaders: [() => orderIn('confirmed', { pin: '731946' })],
  play: async ({ canvasElement, globals }) => {
    const t = orderDetailText(globals.locale);
    await press(canvasElement, TAG, orderMessagesFor(globals.locale).labels.moves.submit);
    await shows(canvasElement, TAG, t.pinHint);
    await fill(canvasElement, TAG, '#securityPin', '111111');
    await press(canvasElement, TAG, t.pinSubmit);
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.querySelector('#securityPin')!.getAttribute('aria-invalid')).toBe('true'));
  },
};

/** Confirmed: back to draft or submit. */
export const Confirmed: Story = {
  loaders: [() => orderIn('confirmed')],
  play: async ({ canvasElement, globals }) => {
    await shows(canvasElement, TAG, orderMessagesFor(globals.locale).labels.statuses.confirmed);
    await shows(canvasElement, TAG, orderMessagesFor(globals.locale).labels.moves.unconfirm);
  },
};

/**
 * Submitted, awaiting pickup: the waybill label is offered. (Its PDF needs the server's CJK font file, which the
 * server running inside this page does not have; the element test downloads it from the real server.)
 */
export const Submitted: Story = {
  loaders: [() => orderIn('submitted')],
  play: async ({ canvasElement, globals }) => {
    await shows(canvasElement, TAG, orderMessagesFor(globals.locale).labels.statuses.submitted);
    await shows(canvasElement, TAG, orderDetailText(globals.locale).label);
  },
};

/** Shipped: tracking with the carrier's number; nothing left to move. */
export const Shipped: Story = {
  loaders: [() => orderIn('shipped')],
  play: async ({ canvasElement, globals }) => {
    await press(canvasElement, TAG, orderDetailText(globals.locale).tabs.tracking);
    await shows(canvasElement, TAG, 'SF1234567890');
  },
};

/** Remarks and the appointment are edited after shipping too. */
export const EditNotes: Story = {
  loaders: [() => orderIn('shipped')],
  play: async ({ canvasElement, globals }) => {
    const t = orderDetailText(globals.locale);
    await press(canvasElement, TAG, t.editNotes);
    await fill(canvasElement, TAG, '#remarks', '请在工作日送达');
    await press(canvasElement, TAG, t.saveNotes);
    await shows(canvasElement, TAG, t.notesSaved);
  },
};

/** Deleting asks first. */
export const DeleteConfirm: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    await press(canvasElement, TAG, orderMessagesFor(globals.locale).labels.moves.delete);
    await shows(canvasElement, TAG, orderDetailText(globals.locale).confirmDelete((loaded as Loaded).order.number));
  },
};

/** Simplified Chinese (zh-CN). */
export const SimplifiedChinese: Story = { ...Draft, globals: { locale: 'zh-CN' }, tags: ['!dev', '!autodocs', 'locale-check'] };
/** Traditional Chinese (zh-HK). */
export const TraditionalChinese: Story = { ...Draft, globals: { locale: 'zh-HK' }, tags: ['!dev', '!autodocs', 'locale-check'] };
