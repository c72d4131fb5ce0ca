import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fieldMessage } from '@wharf/domain/messages';
import { seed } from '@wharf/mocks';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { fieldError, fill, inside, press, sessionReadout, sessionSays, shadowOf, showSession, shows, submit, waitUntil } from '../../testing/story-helpers.ts';
import { wharfElement, defaultStory } from '../../testing/story-meta.ts';
import '../provider/define.ts';
import './define.ts';
import { menuText } from './account-menu.ts';

const TAG = 'wharf-account-menu';
type Args = Record<string, unknown>;

/**
 * Who is signed in and for which enterprise, in a menu button: switch enterprise, change the password, sign
 * out. Arrow keys move through the menu and Escape closes it. The line under it is the host page listening to
 * the provider's `wharf-session-change`. Every request is answered by the real Wharf app running in this page.
 */
const meta: Meta<Args> = {
  title: 'Account/Account menu',
  component: TAG,
  // The menu button does not shrink below its user, enterprise and role on one line: about 30 px too wide for a
  // 360 px phone. Reported by the story check until account-menu.styles.ts lets it wrap.
  tags: ['known-phone-overflow'],
  loaders: [async () => ({ user: await seed.enterpriseAdmin() })],
  render: (args, { loaded, globals: { locale } }) => html`<wharf-provider session-token=${loaded.user.token} locale=${locale} @wharf-session-change=${showSession}>
    ${wharfElement(TAG, args)} ${sessionReadout()}
  </wharf-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

const openMenu = async (canvas: HTMLElement) => (await inside<HTMLButtonElement>(canvas, TAG, '[part=button]')).click();

/** The element as a page first shows it: its attributes and CSS custom properties are the Controls below. */
export const Default: Story = defaultStory(TAG);

/** Closed: the user, and the enterprise they act for with their role. */
export const Closed: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    await shows(canvasElement, TAG, loaded.user.email);
    await shows(canvasElement, TAG, `${loaded.user.enterprise.name} · ${menuText(globals.locale).roles.admin}`);
    expect((await inside(canvasElement, TAG, '[part=button]')).getAttribute('aria-expanded')).toBe('false');
  },
};

/** Open: the actions, the first one focused. */
export const Open: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = menuText(globals.locale);
    await openMenu(canvasElement);
    await inside(canvasElement, TAG, '[role=menu]');
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.activeElement?.textContent?.trim()).toBe(t.changePassword));
    await shows(canvasElement, TAG, t.signOut);
  },
};

/** Someone in two enterprises switches between them; the menu shows the one they act for now. */
export const SwitchEnterprise: Story = {
  loaders: [
    async () => {
      const user = await seed.enterpriseAdmin();
      const other = await seed.openAccount('Tsing Yi Cold Chain Ltd');
      await seed.call('POST', '/v1/enterprises/join', { token: user.token, body: { accountNumber: other.accountNumber } });
      const code = await seed.codeFor(other.billingEmail);
      await seed.call('POST', '/v1/enterprises/join/verify', { token: user.token, body: { accountNumber: other.accountNumber, code } });
      return { user, other };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = menuText(globals.locale);
    await openMenu(canvasElement);
    await press(canvasElement, TAG, loaded.other.name, '[role=menu]');
    await shows(canvasElement, TAG, `${loaded.other.name} · ${t.roles.admin}`);
  },
};

/** Changing the password: the current one is checked by the server and a wrong one is named at its field. */
export const ChangePasswordWrongCurrent: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = menuText(globals.locale);
    await openMenu(canvasElement);
    await press(canvasElement, TAG, t.changePassword, '[role=menu]');
    await fill(canvasElement, TAG, '#currentPassword', 'Wrong-pass1');
    await fill(canvasElement, TAG, '#newPassword', 'Hk27300274');
    await fill(canvasElement, TAG, '#confirm', 'Hk27300274');
    await submit(canvasElement, TAG);
    await fieldError(canvasElement, TAG, 'currentPassword', fieldMessage(globals.locale, 'current_password_wrong'));
  },
};

/** Signing out ends the session on the server; the menu disappears and the host hears of it. */
export const SignOut: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    await sessionSays(canvasElement, `Signed in as ${loaded.user.email}`);
    await openMenu(canvasElement);
    await press(canvasElement, TAG, menuText(globals.locale).signOut, '[role=menu]');
    await sessionSays(canvasElement, 'Signed out');
    expect(shadowOf(canvasElement, TAG)!.querySelector('[part=button]')).toBeNull();
  },
};

/** Someone without an enterprise yet. */
export const NoEnterprise: Story = {
  loaders: [async () => ({ user: await seed.registeredUser() })],
  play: async ({ canvasElement, globals }) => {
    await shows(canvasElement, TAG, menuText(globals.locale).noEnterprise);
  },
};

/** Traditional Chinese as written in Hong Kong (zh-HK). */
export const HongKongChinese: Story = { ...Closed, globals: { locale: 'zh-HK' }, tags: ['!dev', '!autodocs', 'locale-check'] };
