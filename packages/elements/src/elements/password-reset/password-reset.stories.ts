import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fieldMessage } from '@wharf/domain/messages';
import { seed } from '@wharf/mocks';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { translationFor } from '../../i18n/localize.ts';
import { countsDown, expectNoFieldErrors, fieldError, fill, inside, shows, submit } from '../../testing/story-helpers.ts';
import { wharfElement, defaultStory } from '../../testing/story-meta.ts';
import '../provider/define.ts';
import './define.ts';
import { passwordResetText } from './password-reset.ts';

const TAG = 'wharf-password-reset';
type Args = Record<string, unknown>;

/**
 * Password reset by emailed code: email → code (with the resend countdown) → new password with the live
 * policy checklist. Resetting also unlocks an account locked by failed sign-ins. Every request is answered by
 * the real Wharf app running in this page (`@wharf/mocks`).
 */
const meta: Meta<Args> = {
  title: 'Account/Password reset',
  component: TAG,
  render: (args, { globals: { locale } }) => html`<wharf-provider locale=${locale}>${wharfElement(TAG, args)}</wharf-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

async function toCodeStep(canvas: HTMLElement, email: string) {
  await fill(canvas, TAG, '#reset-email', email);
  await submit(canvas, TAG);
  await inside(canvas, TAG, '#reset-code');
}

async function toPasswordStep(canvas: HTMLElement, email: string) {
  await toCodeStep(canvas, email);
  await fill(canvas, TAG, '#reset-code', await seed.codeFor(email));
  await submit(canvas, TAG);
  await inside(canvas, TAG, '#newPassword');
}

/** The element as a page first shows it: its attributes and CSS custom properties are the Controls below. */
export const Default: Story = defaultStory(TAG);

/** Step 1 of 3: the email, and the promise that resetting also unlocks a locked account. */
export const Empty: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = translationFor(globals.locale);
    await shows(canvasElement, TAG, passwordResetText(globals.locale).title);
    await shows(canvasElement, TAG, passwordResetText(globals.locale).intro);
    await shows(canvasElement, TAG, t.common.stepOf(1, 3));
    expect((await inside<HTMLInputElement>(canvasElement, TAG, '#reset-email')).value).toBe('');
    expectNoFieldErrors(canvasElement, TAG);
  },
};

/** No account uses the email: said at the email field (with the hint to register first). */
export const UnknownEmail: Story = {
  play: async ({ canvasElement, globals }) => {
    await fill(canvasElement, TAG, '#reset-email', seed.email('nobody'));
    await submit(canvasElement, TAG);
    await fieldError(canvasElement, TAG, 'reset-email', fieldMessage(globals.locale, 'email_not_registered'));
    expect(await inside(canvasElement, TAG, '#reset-email')).toBeTruthy();
  },
};

/** The code was emailed: step 2 names the address, and the resend button counts down the 60 seconds. */
export const CodeSent: Story = {
  loaders: [async () => ({ user: await seed.registeredUser() })],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = translationFor(globals.locale);
    await toCodeStep(canvasElement, loaded.user.email);
    await shows(canvasElement, TAG, t.common.stepOf(2, 3));
    await shows(canvasElement, TAG, t.common.codeHint(loaded.user.email));
    await countsDown(canvasElement, TAG, t.common.resendIn);
    expectNoFieldErrors(canvasElement, TAG);
  },
};

/** The new password meets the policy but the confirmation differs: said at the confirmation field. */
export const PasswordMismatch: Story = {
  loaders: [async () => ({ user: await seed.registeredUser() })],
  play: async ({ canvasElement, globals, loaded }) => {
    await toPasswordStep(canvasElement, loaded.user.email);
    await fill(canvasElement, TAG, '#newPassword', 'Harbour-Reset-9');
    await fill(canvasElement, TAG, '#confirm', 'Harbour-Reset-8');
    await submit(canvasElement, TAG);
    await fieldError(canvasElement, TAG, 'confirm', translationFor(globals.locale).common.passwordsDiffer);
    expect((await inside(canvasElement, TAG, '#newPassword')).getAttribute('aria-invalid')).toBe('false');
  },
};

/** A full reset of a locked account: the password is changed, the lock is gone, and the new password works. */
export const Done: Story = {
  loaders: [async () => ({ user: await seed.lockedUser() })],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = passwordResetText(globals.locale);
    await toPasswordStep(canvasElement, loaded.user.email);
    await fill(canvasElement, TAG, '#newPassword', 'Harbour-Reset-9');
    await fill(canvasElement, TAG, '#confirm', 'Harbour-Reset-9');
    await submit(canvasElement, TAG);
    await shows(canvasElement, TAG, t.done);
    await shows(canvasElement, TAG, t.backToLogin);
    const login = await seed.call('POST', '/v1/auth/login', { body: { email: loaded.user.email, password: 'Harbour-Reset-9' } });
    expect(login.status).toBe(200);
  },
};
