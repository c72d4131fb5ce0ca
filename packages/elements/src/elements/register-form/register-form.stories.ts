import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { seed } from '@wharf/mocks';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../provider/define.ts';
import './define.ts';
import { fill, inside, shows, submit } from '../../testing/story-helpers.ts';

const TAG = 'wharf-register-form';

/** Registration by email: email → emailed code → password with the live policy checklist → signed in. */
const meta: Meta<{ locale: string }> = {
  title: 'Account/Register form',
  component: TAG,
  args: { locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] } },
  render: ({ locale }) => html`<wharf-provider locale=${locale}><wharf-register-form></wharf-register-form></wharf-provider>`,
};
export default meta;
type Story = StoryObj<{ locale: string }>;

async function toCodeStep(canvas: HTMLElement, email: string) {
  await fill(canvas, TAG, '#register-email', email);
  await submit(canvas, TAG);
  await inside(canvas, TAG, '#register-code');
}

export const Empty: Story = {
  play: async ({ canvasElement }) => expect(await inside(canvasElement, TAG, '#register-email')).toBeTruthy(),
};

export const SimplifiedChinese: Story = {
  args: { locale: 'zh-CN' },
  play: ({ canvasElement }) => shows(canvasElement, TAG, '注册账号'),
};

export const HongKongChinese: Story = {
  args: { locale: 'zh-HK' },
  play: ({ canvasElement }) => shows(canvasElement, TAG, '註冊帳戶'),
};

/** A customer account number (月结号) typed as the email is explained at the field, before any request. */
export const AccountNumberAsEmail: Story = {
  play: async ({ canvasElement }) => {
    await fill(canvasElement, TAG, '#register-email', '7551234567');
    await submit(canvasElement, TAG);
    await shows(canvasElement, TAG, 'customer account number');
    expect((await inside(canvasElement, TAG, '#register-email')).getAttribute('aria-invalid')).toBe('true');
  },
};

/** An email that already has an account: said at the field, with the way to reset the password. */
export const EmailAlreadyRegistered: Story = {
  loaders: [async () => ({ user: await seed.registeredUser() })],
  play: async ({ canvasElement, loaded }) => {
    await fill(canvasElement, TAG, '#register-email', loaded.user.email);
    await submit(canvasElement, TAG);
    await inside(canvasElement, TAG, '[part=reset-link]');
    await shows(canvasElement, TAG, 'already registered');
  },
};

/** The code was emailed: the resend button counts down the 60 seconds. */
export const CodeSent: Story = {
  play: async ({ canvasElement }) => {
    await toCodeStep(canvasElement, seed.email('code-sent'));
    await shows(canvasElement, TAG, /New code in \d+ s/);
  },
};

export const WrongCode: Story = {
  play: async ({ canvasElement }) => {
    const email = seed.email('wrong-code');
    await toCodeStep(canvasElement, email);
    const code = await seed.codeFor(email);
    await fill(canvasElement, TAG, '#register-code', code === '000000' ? '111111' : '000000');
    await submit(canvasElement, TAG);
    await shows(canvasElement, TAG, '4 tries left');
  },
};

/** The checklist follows what is typed: here length and lower case are met, three classes are not. */
export const PasswordChecklist: Story = {
  play: async ({ canvasElement }) => {
    const email = seed.email('checklist');
    await toCodeStep(canvasElement, email);
    await fill(canvasElement, TAG, '#register-code', await seed.codeFor(email));
    await submit(canvasElement, TAG);
    await fill(canvasElement, TAG, '#password', 'harbourside');
    const rule = await inside(canvasElement, TAG, '.rule');
    expect(rule.getAttribute('data-met')).toBe('true');
    const form = canvasElement.querySelector(TAG)!.shadowRoot!;
    expect([...form.querySelectorAll('.rule')].map((li) => li.getAttribute('data-met'))).toEqual(['true', 'false', 'false', 'true', 'false', 'false']);
  },
};

export const Registered: Story = {
  play: async ({ canvasElement }) => {
    const email = seed.email('registered');
    await toCodeStep(canvasElement, email);
    await fill(canvasElement, TAG, '#register-code', await seed.codeFor(email));
    await submit(canvasElement, TAG);
    await fill(canvasElement, TAG, '#password', 'Hk27300273');
    await fill(canvasElement, TAG, '#confirm', 'Hk27300273');
    await submit(canvasElement, TAG);
    await shows(canvasElement, TAG, 'is ready and you are signed in');
  },
};
