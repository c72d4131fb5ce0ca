import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { seed } from '@wharf/mocks';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../provider/define.ts';
import './define.ts';
import { fill, inside, shows, submit } from '../../testing/story-helpers.ts';

const TAG = 'wharf-login-form';

/** Sign-in: remaining attempts, the lock (until when, and that a reset unlocks), the background browser check. */
const meta: Meta<{ locale: string }> = {
  title: 'Account/Login form',
  component: TAG,
  args: { locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] } },
  render: ({ locale }) => html`<wharf-provider locale=${locale}
    @wharf-session-change=${(event: Event & { session: { status: string; user?: { email: string } } }) => {
      const out = (event.currentTarget as HTMLElement).querySelector('output')!;
      out.textContent = event.session.status === 'signed-in' ? `Signed in as ${event.session.user!.email}` : '';
    }}
  >
    <wharf-login-form></wharf-login-form>
    <output role="status" style="display:block;margin-top:1rem;font:14px system-ui"></output>
  </wharf-provider>`,
};
export default meta;
type Story = StoryObj<{ locale: string }>;

export const Empty: Story = {
  play: async ({ canvasElement }) => expect(await inside(canvasElement, TAG, '#email')).toBeTruthy(),
};

export const FieldErrors: Story = {
  play: async ({ canvasElement }) => {
    await submit(canvasElement, TAG);
    await shows(canvasElement, TAG, 'This field is required.');
    expect((await inside(canvasElement, TAG, '#email')).getAttribute('aria-invalid')).toBe('true');
    expect((await inside(canvasElement, TAG, '#password')).getAttribute('aria-invalid')).toBe('true');
  },
};

export const WrongPassword: Story = {
  loaders: [async () => ({ user: await seed.registeredUser() })],
  play: async ({ canvasElement, loaded }) => {
    await fill(canvasElement, TAG, '#email', loaded.user.email);
    await fill(canvasElement, TAG, '#password', 'Not-the-password1');
    await submit(canvasElement, TAG);
    await shows(canvasElement, TAG, '4 attempts left before the account is locked.');
  },
};

export const Locked: Story = {
  loaders: [async () => ({ user: await seed.lockedUser() })],
  play: async ({ canvasElement, loaded }) => {
    await fill(canvasElement, TAG, '#email', loaded.user.email);
    await fill(canvasElement, TAG, '#password', loaded.user.password);
    await submit(canvasElement, TAG);
    await shows(canvasElement, TAG, 'This account is locked until');
    await shows(canvasElement, TAG, 'Reset your password to unlock it now');
  },
};

/** This browser failed three times: the next sign-in runs the proof-of-work check first, with nothing to do. */
export const CaptchaRequired: Story = {
  loaders: [async () => ({ user: await seed.registeredUser(), ready: await seed.captchaRequired() })],
  play: async ({ canvasElement, loaded }) => {
    await fill(canvasElement, TAG, '#email', loaded.user.email);
    await fill(canvasElement, TAG, '#password', loaded.user.password);
    await submit(canvasElement, TAG);
    await shows(canvasElement, TAG, 'Browser check done.');
    await waitFor(() => expect(canvasElement.querySelector('output')!.textContent).toContain('Signed in as'), { timeout: 20000 });
  },
};

export const SignedIn: Story = {
  loaders: [async () => ({ user: await seed.registeredUser() })],
  play: async ({ canvasElement, loaded }) => {
    await fill(canvasElement, TAG, '#email', loaded.user.email);
    await fill(canvasElement, TAG, '#password', loaded.user.password);
    await submit(canvasElement, TAG);
    await waitFor(() => expect(canvasElement.querySelector('output')!.textContent).toBe(`Signed in as ${loaded.user.email}`), {
      timeout: 20000,
    });
  },
};

export const HongKongChinese: Story = {
  args: { locale: 'zh-HK' },
  play: ({ canvasElement }) => shows(canvasElement, TAG, '忘記密碼？'),
};
