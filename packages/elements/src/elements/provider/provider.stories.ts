import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { seed } from '@wharf/mocks';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import './define.ts';
import '../login-form/define.ts';
import { shows } from '../../testing/story-helpers.ts';
import type { WharfProvider } from './provider.ts';

/** Configures Wharf once: client, session and locale for every element inside, through @lit/context. */
const meta: Meta = {
  title: 'Account/Provider',
  component: 'wharf-provider',
};
export default meta;

const sessionView = (token: string) => html`<wharf-provider
  session-token=${token}
  @wharf-session-change=${(event: Event & { session: { status: string; user?: { email: string } } }) => {
    const out = (event.currentTarget as HTMLElement).querySelector('output')!;
    out.textContent = event.session.status === 'signed-in' ? `Signed in as ${event.session.user!.email}` : event.session.status;
  }}
>
  <output role="status" style="font:14px system-ui">resolving…</output>
</wharf-provider>`;

/** A host hands over a session token (e.g. an embed session): the provider resolves who it belongs to. */
export const SessionFromToken: StoryObj = {
  loaders: [async () => ({ user: await seed.registeredUser() })],
  render: (_args, { loaded }) => sessionView(loaded.user.token),
  play: async ({ canvasElement, loaded }) =>
    waitFor(() => expect(canvasElement.querySelector('output')!.textContent).toBe(`Signed in as ${loaded.user.email}`), { timeout: 20000 }),
};

export const BadToken: StoryObj = {
  render: () => sessionView('wst_not-a-real-token'),
  play: async ({ canvasElement }) =>
    waitFor(() => expect(canvasElement.querySelector('output')!.textContent).toBe('signed-out'), { timeout: 20000 }),
};

/** Changing the provider's locale re-renders every element inside it. */
export const LocaleSwitch: StoryObj = {
  render: () => html`<label style="font:14px system-ui">Language
      <select
        @change=${(event: Event) => {
          const select = event.target as HTMLSelectElement;
          (select.closest('div')!.querySelector('wharf-provider') as WharfProvider).locale = select.value as 'en';
        }}
      >
        <option value="en">English</option>
        <option value="zh-CN">简体中文</option>
        <option value="zh-HK">繁體中文</option>
      </select>
    </label>
    <wharf-provider locale="en"><wharf-login-form></wharf-login-form></wharf-provider>`,
  decorators: [(story) => html`<div>${story()}</div>`],
  play: async ({ canvasElement }) => {
    await shows(canvasElement, 'wharf-login-form', 'Sign in');
    const select = canvasElement.querySelector('select')!;
    select.value = 'zh-HK';
    select.dispatchEvent(new Event('change'));
    await shows(canvasElement, 'wharf-login-form', '登入');
  },
};
