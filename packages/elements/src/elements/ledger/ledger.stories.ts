import type { Meta } from '@storybook/web-components-vite';
import { callApi, MOCK_OPERATOR_TOKEN, seed, type EnterpriseAdmin } from '@wharf/mocks';
import { expect } from 'storybook/test';
import { fill, inside, press, shadowOf, shows, waitUntil } from '../../testing/story-helpers.ts';
import { enterpriseAdminMeta, type Story, type StoryArgs, defaultStory } from '../../testing/story-meta.ts';
import './define.ts';
import { ledgerText } from './ledger.ts';

const TAG = 'wharf-ledger';

/** Records an entry as the warehouse does (the mock operator). */
async function record(admin: EnterpriseAdmin, kind: 'top-up' | 'fee', amount: string, note: string) {
  const answer = await callApi('POST', `/v1/operator/enterprises/${admin.enterprise.id}/ledger`, { token: MOCK_OPERATOR_TOKEN, body: { kind, amount, note } });
  if (answer.status !== 201) throw new Error(`entry not recorded: ${answer.status}`);
}

async function withEntries() {
  const admin = await seed.enterpriseAdmin();
  await record(admin, 'top-up', '1000.00', 'Bank transfer 0001');
  await record(admin, 'fee', '35.50', 'SO0000000001');
  await record(admin, 'fee', '28.00', 'SO0000000002');
  return { admin };
}

/**
 * The enterprise's monthly account (seed 000 月结): balance, entries narrowed to a period, and the monthly statement
 * (月结账单) as .xlsx. Every request is answered by the real Wharf app running in this page (`@wharf/mocks`); the
 * warehouse's top-ups and fees are recorded through the operator API in the loaders.
 */
const meta: Meta<StoryArgs> = {
  title: 'Orders/Ledger',
  component: TAG,
  ...enterpriseAdminMeta(TAG, withEntries),
};
export default meta;

/** The element as a page first shows it, its attributes in the Controls panel. */
export const Default: Story = defaultStory(TAG);

/** A top-up and two shipping fees: the balance, and the entries newest first. */
export const WithEntries: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = ledgerText(globals.locale);
    await shows(canvasElement, TAG, t.balance);
    await shows(canvasElement, TAG, 'SO0000000002');
    await shows(canvasElement, TAG, t.entriesCaption(3, undefined));
  },
};

/** Nothing charged or paid in yet. */
export const Empty: Story = {
  loaders: [async () => ({ admin: await seed.enterpriseAdmin() })],
  play: async ({ canvasElement, globals }) => {
    await shows(canvasElement, TAG, ledgerText(globals.locale).noEntries);
  },
};

/** More fees than top-ups: the balance is below zero and said to be owed. */
export const Owing: Story = {
  loaders: [
    async () => {
      const admin = await seed.enterpriseAdmin();
      await record(admin, 'fee', '35.50', 'SO0000000003');
      return { admin };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    await shows(canvasElement, TAG, ledgerText(globals.locale).owing);
  },
};

const typeDate = async (canvas: HTMLElement, id: string, value: string) => {
  const input = await inside<HTMLInputElement>(canvas, TAG, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
};

/** A period that ends before it starts: said at the dates, nothing asked of the server. */
export const PeriodReversed: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = ledgerText(globals.locale);
    await shows(canvasElement, TAG, 'SO0000000001');
    await typeDate(canvasElement, 'ledger-from', '2026-12-31');
    await typeDate(canvasElement, 'ledger-to', '2026-01-01');
    await press(canvasElement, TAG, t.apply);
    await shows(canvasElement, TAG, t.periodWrong);
  },
};

/** A period with no entries in it. */
export const EmptyPeriod: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = ledgerText(globals.locale);
    await shows(canvasElement, TAG, 'SO0000000001');
    await typeDate(canvasElement, 'ledger-from', '2020-01-01');
    await typeDate(canvasElement, 'ledger-to', '2020-01-31');
    await press(canvasElement, TAG, t.apply);
    await shows(canvasElement, TAG, t.noEntriesInPeriod);
  },
};

/** Simplified Chinese (zh-CN). */
export const SimplifiedChinese: Story = { ...WithEntries, globals: { locale: 'zh-CN' }, tags: ['!dev', '!autodocs', 'locale-check'] };
/** Traditional Chinese (zh-HK). */
export const TraditionalChinese: Story = { ...WithEntries, globals: { locale: 'zh-HK' }, tags: ['!dev', '!autodocs', 'locale-check'] };
