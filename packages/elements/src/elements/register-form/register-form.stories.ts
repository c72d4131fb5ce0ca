import type { Meta } from '@storybook/web-components-vite';
import { fieldMessage } from '@wharf/domain/messages';
import { seed } from '@wharf/mocks';
import { http } from 'msw';
import { expect } from 'storybook/test';
import { translationFor } from '../../i18n/localize.ts';
import {
  countsDown,
  expectNoFieldErrors,
  fieldError,
  fill,
  inside,
  sessionSays,
  shadowOf,
  shows,
  submit,
  waitUntil,
} from '../../testing/story-helpers.ts';
import { signedOutMeta, type Story, type StoryArgs, defaultStory } from '../../testing/story-meta.ts';
import './define.ts';
import { registerFormText } from './register-form.ts';

const TAG = 'wharf-register-form';

/**
 * Registration by email: email → emailed code (with the resend countdown) → password with the live policy
 * checklist → signed in. Every request is answered by the real Wharf app running in this page (`@wharf/mocks`);
 * the line under the form is the host page listening to the provider's `wharf-session-change`.
 */
const meta: Meta<StoryArgs> = {
  title: 'Account/Register form',
  component: TAG,
  ...signedOutMeta(TAG),
};
export default meta;

async function toCodeStep(canvas: HTMLElement, email: string) {
  await fill(canvas, TAG, '#register-email', email);
  await submit(canvas, TAG);
  await inside(canvas, TAG, '#register-code');
}

async function toPasswordStep(canvas: HTMLElement, email: string) {
  await toCodeStep(canvas, email);
  await fill(canvas, TAG, '#register-code', await seed.codeFor(email));
  await submit(canvas, TAG);
  await inside(canvas, TAG, '#password');
}

/** The element as a page first shows it: its attributes and CSS custom properties are the Controls below. */
export const Default: Story = defaultStory(TAG);

/** Step 1 of 3, nothing typed, nothing wrong yet (in the locale the `locale` control selects). */
export const Empty: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = translationFor(globals.locale);
    await shows(canvasElement, TAG, registerFormText(globals.locale).title);
    await shows(canvasElement, TAG, t.common.stepOf(1, 3));
    await shows(canvasElement, TAG, t.common.emailHint);
    expect((await inside<HTMLInputElement>(canvasElement, TAG, '#register-email')).value).toBe('');
    expectNoFieldErrors(canvasElement, TAG);
  },
};

/** Simplified Chinese (zh-CN): the element's words and the server's messages. */
export const SimplifiedChinese: Story = { ...Empty, globals: { locale: 'zh-CN' }, tags: ['!dev', '!autodocs', 'locale-check'] };

/** Traditional Chinese as written in Hong Kong (zh-HK). */
export const HongKongChinese: Story = { ...Empty, globals: { locale: 'zh-HK' }, tags: ['!dev', '!autodocs', 'locale-check'] };

/** Requests this story's page sent for a code; the account-number check must happen before any. */
const codeRequests: string[] = [];

/**
 * A customer account number (月结号) typed as the email is explained at the field, in the browser, before
 * any request is made.
 */
export const AccountNumberAsEmail: Story = {
  parameters: {
    // Records code requests and falls through (returns nothing) to the mock server's own handler.
    msw: [http.post('/v1/auth/email-codes', ({ request }) => void codeRequests.push(request.url))],
  },
  play: async ({ canvasElement, globals }) => {
    codeRequests.length = 0;
    await fill(canvasElement, TAG, '#register-email', '7551234567');
    await submit(canvasElement, TAG);
    await fieldError(canvasElement, TAG, 'register-email', fieldMessage(globals.locale, 'account_number_not_email'));
    expect(shadowOf(canvasElement, TAG)!.activeElement?.id).toBe('register-email');
    // Had the form asked the server anyway, the request would have reached msw by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(codeRequests).toEqual([]);
    expect(shadowOf(canvasElement, TAG)!.querySelector('#register-code')).toBeNull();
  },
};

/** An email that already has an account: said at the field, with a way to reset the password instead. */
export const EmailAlreadyRegistered: Story = {
  loaders: [async () => ({ user: await seed.registeredUser() })],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = registerFormText(globals.locale);
    await fill(canvasElement, TAG, '#register-email', loaded.user.email);
    await submit(canvasElement, TAG);
    await fieldError(canvasElement, TAG, 'register-email', fieldMessage(globals.locale, 'email_taken'));
    const reset = await inside<HTMLButtonElement>(canvasElement, TAG, '[part=reset-link]');
    expect(reset.textContent!.trim()).toBe(t.resetInstead);
    // The offer hands the email to the host (which would show its password reset).
    const form = canvasElement.querySelector(TAG)!;
    const asked = new Promise<string>((resolve) => form.addEventListener('wharf-forgot-password', (event) => resolve(event.email), { once: true }));
    reset.click();
    expect(await asked).toBe(loaded.user.email);
  },
};

/** The code was emailed: step 2 names the address, and the resend button counts down the 60 seconds. */
export const CodeSent: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = translationFor(globals.locale);
    const email = seed.email('code-sent');
    await toCodeStep(canvasElement, email);
    await shows(canvasElement, TAG, t.common.stepOf(2, 3));
    await shows(canvasElement, TAG, t.common.codeHint(email));
    await countsDown(canvasElement, TAG, t.common.resendIn);
    expectNoFieldErrors(canvasElement, TAG);
  },
};

/** A wrong code is refused at the code field, saying how many tries are left. */
export const WrongCode: Story = {
  play: async ({ canvasElement, globals }) => {
    const email = seed.email('wrong-code');
    await toCodeStep(canvasElement, email);
    const code = await seed.codeFor(email);
    await fill(canvasElement, TAG, '#register-code', code === '000000' ? '111111' : '000000');
    await submit(canvasElement, TAG);
    await fieldError(canvasElement, TAG, 'register-code', fieldMessage(globals.locale, 'code_wrong', { remaining: 4 }));
  },
};

/**
 * The checklist follows what is typed: "harbourside" (shown with the visibility toggle) is long enough and has
 * lower case, but not three kinds of characters yet. Nothing is marked wrong until the user tries to continue.
 */
export const PasswordChecklist: Story = {
  play: async ({ canvasElement, globals }) => {
    const email = seed.email('checklist');
    await toPasswordStep(canvasElement, email);
    await shows(canvasElement, TAG, translationFor(globals.locale).common.stepOf(3, 3));
    await fill(canvasElement, TAG, '#password', 'harbourside');
    const rules = () => [...shadowOf(canvasElement, TAG)!.querySelectorAll('.rule')].map((li) => li.getAttribute('data-met'));
    // length, three kinds of characters (upper, lower, digit, symbol)
    await waitUntil(() => expect(rules()).toEqual(['true', 'false', 'false', 'true', 'false', 'false']), { timeout: 5000 });
    expectNoFieldErrors(canvasElement, TAG);
    // Show what was typed, so the story reads on its own.
    (await inside<HTMLButtonElement>(canvasElement, TAG, '[part=toggle]')).click();
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.querySelector('#password')?.getAttribute('type')).toBe('text'), { timeout: 5000 });
  },
};

/** Done: the account exists and the provider now holds its session (the host prints who is signed in). */
export const Registered: Story = {
  play: async ({ canvasElement, globals }) => {
    const email = seed.email('registered');
    await toPasswordStep(canvasElement, email);
    await fill(canvasElement, TAG, '#password', 'Hk27300273');
    await fill(canvasElement, TAG, '#confirm', 'Hk27300273');
    await submit(canvasElement, TAG);
    await shows(canvasElement, TAG, registerFormText(globals.locale).done(email));
    await sessionSays(canvasElement, `Signed in as ${email}`);
  },
};
