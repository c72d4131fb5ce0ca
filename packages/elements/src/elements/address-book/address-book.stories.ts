import type { Meta } from '@storybook/web-components-vite';
import { fieldMessage } from '@wharf/domain/addresses';
import { callApi, seed, type EnterpriseAdmin } from '@wharf/mocks';
import { createAddress } from '@wharf/server/testing/fixtures';
import { expect } from 'storybook/test';
import { fieldError, fill, inside, press, shadowOf, shows, waitUntil } from '../../testing/story-helpers.ts';
import { enterpriseAdminMeta, type Story, type StoryArgs, defaultStory } from '../../testing/story-meta.ts';
import './define.ts';
import { addressBookText } from './address-book.ts';

const TAG = 'wharf-address-book';

const save = (admin: EnterpriseAdmin, overrides: Record<string, unknown> = {}) => createAddress(callApi, admin.token, overrides);

async function withAddresses() {
  const admin = await seed.enterpriseAdmin();
  await save(admin, { kind: 'sender', name: '深圳仓发货组', label: 'Shenzhen office', isDefault: true });
  await save(admin, { name: '张三' });
  await save(admin, { name: '黄小明', phone: '+852 9123 4567', province: '香港', city: '香港', district: '九龙城区', street: '太子道西 1 号', postcode: null });
  return { admin };
}

/**
 * The enterprise's senders and recipients (seed 000 地址簿): searched, added and edited with the same checks as an
 * order's recipient, deleted after a confirmation, one default sender; exported and imported as .xlsx. Every
 * request is answered by the real Wharf app running in this page (`@wharf/mocks`).
 */
const meta: Meta<StoryArgs> = {
  title: 'Orders/Address book',
  component: TAG,
  ...enterpriseAdminMeta(TAG, withAddresses),
};
export default meta;

/** The element as a page first shows it, its attributes in the Controls panel. */
export const Default: Story = defaultStory(TAG);

/** A default sender and two recipients, one in Hong Kong. */
export const WithAddresses: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = addressBookText(globals.locale);
    await shows(canvasElement, TAG, t.caption(3));
    await shows(canvasElement, TAG, t.defaultSender);
    await shows(canvasElement, TAG, '+85291234567');
  },
};

/** Nothing saved yet. */
export const Empty: Story = {
  loaders: [async () => ({ admin: await seed.enterpriseAdmin() })],
  play: async ({ canvasElement, globals }) => {
    await shows(canvasElement, TAG, addressBookText(globals.locale).empty);
  },
};

/** A new recipient: a wrong phone said at the field, fixed, saved. */
export const AddRecipient: Story = {
  loaders: [async () => ({ admin: await seed.enterpriseAdmin() })],
  play: async ({ canvasElement, globals }) => {
    const t = addressBookText(globals.locale);
    await press(canvasElement, TAG, t.add);
    for (const [id, value] of Object.entries({ name: '李四', phone: '12345', province: '广东省', city: '广州市', district: '天河区', street: '天河路 385 号' })) {
      await fill(canvasElement, TAG, `[id="${id}"]`, value);
    }
    await press(canvasElement, TAG, t.save);
    await fieldError(canvasElement, TAG, 'phone', fieldMessage(globals.locale, 'address_phone_format'));
    await fill(canvasElement, TAG, '[id="phone"]', '13912345678');
    await press(canvasElement, TAG, t.save);
    await shows(canvasElement, TAG, t.saved('李四'));
  },
};

/** The ID number's check digit is wrong. */
export const IdNumberWrong: Story = {
  loaders: [async () => ({ admin: await seed.enterpriseAdmin() })],
  play: async ({ canvasElement, globals }) => {
    await press(canvasElement, TAG, addressBookText(globals.locale).add);
    await fill(canvasElement, TAG, '[id="idNumber"]', '110105194912310020');
    await fieldError(canvasElement, TAG, 'idNumber', fieldMessage(globals.locale, 'id_number_check_digit'));
  },
};

/** Deleting asks first, with the focus on the confirming button. */
export const DeleteConfirm: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = addressBookText(globals.locale);
    await press(canvasElement, TAG, t.removeLabel('张三'));
    await shows(canvasElement, TAG, t.confirmRemove('张三'));
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.activeElement?.textContent?.trim()).toBe(t.remove));
  },
};

/** A search that finds nothing. */
export const NoMatch: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = addressBookText(globals.locale);
    await shows(canvasElement, TAG, '张三');
    await fill(canvasElement, TAG, '#address-search', 'nobody');
    await press(canvasElement, TAG, t.search);
    await shows(canvasElement, TAG, t.noMatch('nobody'));
  },
};

/** Simplified Chinese (zh-CN). */
export const SimplifiedChinese: Story = { ...WithAddresses, globals: { locale: 'zh-CN' }, tags: ['!dev', '!autodocs', 'locale-check'] };
/** Traditional Chinese (zh-HK). */
export const TraditionalChinese: Story = { ...WithAddresses, globals: { locale: 'zh-HK' }, tags: ['!dev', '!autodocs', 'locale-check'] };
