import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { seed } from '@wharf/mocks';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../provider/define.ts';
import './define.ts';
import { fill, inside, shows, submit } from '../../testing/story-helpers.ts';

const TAG = 'wharf-password-reset';

/** Password reset by emailed code; also unlocks an account locked by failed sign-ins. */
const meta: Meta<{ locale: string }> = {
  title: 'Account/Password reset',
  component: TAG,
  args: { locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] } },
  render: ({ locale }) => html`<wharf-provider locale=${locale}><wharf-password-reset></wharf-password-reset></wharf-provider>`,
};
export default meta;
type Story = StoryObj<{ locale: string }>;

async function toPasswordStep(canvas: HTMLElement, email: string) {
  await fill(canvas, TAG, '#reset-email', email);
  await submit(canvas, TAG);
  await inside(canvas, TAG, '#reset-code');
  await fill(canvas, TAG, '#reset-code', await seed.codeFor(email));
  await submit(canvas, TAG);
  await inside(canvas, TAG, '#newPassword');
}

export const Empty: Story = {
  play: async ({ canvasElement }) => expect(await inside(canvasElement, TAG, '#reset-email')).toBeTruthy(),
};

export const UnknownEmail: Story = {
  play: async ({ canvasElement }) => {
    await fill(canvasElement, TAG, '#reset-email', seed.email('nobody'));
    await submit(canvasElement, TAG);
    await shows(canvasElement, TAG, 'No account uses this email');
  },
};

export const CodeSent: Story = {
  loaders: [async () => ({ user: await seed.registeredUser() })],
  play: async ({ canvasElement, loaded }) => {
    await fill(canvasElement, TAG, '#reset-email', loaded.user.email);
    await submit(canvasElement, TAG);
    await shows(canvasElement, TAG, /New code in \d+ s/);
  },
};

export const PasswordMismatch: Story = {
  loaders: [async () => ({ user: await seed.registeredUser() })],
  play: async ({ canvasElement, loaded }) => {
    await toPasswordStep(canvasElement, loaded.user.email);
    await fill(canvasElement, TAG, '#newPassword', 'Harbour-Reset-9');
    await fill(canvasElement, TAG, '#confirm', 'Harbour-Reset-8');
    await submit(canvasElement, TAG);
    await shows(canvasElement, TAG, 'The two passwords are not the same.');
  },
};

/** A locked account reset: the password is changed and the lock is gone. */
export const Done: Story = {
  loaders: [async () => ({ user: await seed.lockedUser() })],
  play: async ({ canvasElement, loaded }) => {
    await toPasswordStep(canvasElement, loaded.user.email);
    await fill(canvasElement, TAG, '#newPassword', 'Harbour-Reset-9');
    await fill(canvasElement, TAG, '#confirm', 'Harbour-Reset-9');
    await submit(canvasElement, TAG);
    await shows(canvasElement, TAG, 'Your password has been changed');
    const login = await seed.call('POST', '/v1/auth/login', { body: { email: loaded.user.email, password: 'Harbour-Reset-9' } });
    expect(login.status).toBe(200);
  },
};
