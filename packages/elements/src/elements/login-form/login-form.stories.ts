import type { Meta } from '@storybook/web-components-vite';
import { fieldMessage } from '@wharf/domain/messages';
import { seed } from '@wharf/mocks';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { formatDateTime } from '../../i18n/localize.ts';
import {
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
import { loginFormText } from './login-form.ts';

const TAG = 'wharf-login-form';

/**
 * Sign-in: the attempts left, the lock (until when, and that a password reset unlocks it now), and the browser
 * check it solves in the background when the server asks for one. Every request is answered by the real Wharf
 * app running in this page (`@wharf/mocks`); the line under the form is the host page listening to the
 * provider's `wharf-session-change`.
 */
const meta: Meta<StoryArgs> = {
  title: 'Account/Login form',
  component: TAG,
  ...signedOutMeta(TAG),
};
export default meta;

async function signIn(canvas: HTMLElement, email: string, password: string) {
  await fill(canvas, TAG, '#email', email);
  await fill(canvas, TAG, '#password', password);
  await submit(canvas, TAG);
}

/** The element as a page first shows it: its attributes and CSS custom properties are the Controls below. */
export const Default: Story = defaultStory(TAG);

/** Nothing typed, nothing wrong yet; the host sees nobody signed in. */
export const Empty: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = loginFormText(globals.locale);
    await shows(canvasElement, TAG, t.title);
    await shows(canvasElement, TAG, t.forgot);
    expect((await inside<HTMLInputElement>(canvasElement, TAG, '#email')).value).toBe('');
    expectNoFieldErrors(canvasElement, TAG);
    await sessionSays(canvasElement, 'Signed out');
  },
};

/** Submitted empty: each field says what is missing, at the field, before anything is sent. */
export const FieldErrors: Story = {
  play: async ({ canvasElement, globals }) => {
    await submit(canvasElement, TAG);
    const required = fieldMessage(globals.locale, 'required');
    await fieldError(canvasElement, TAG, 'email', required);
    await fieldError(canvasElement, TAG, 'password', required);
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.activeElement?.id).toBe('email'));
  },
};

/** A wrong password: said at the password field, with the attempts left before the account locks. */
export const WrongPassword: Story = {
  loaders: [async () => ({ user: await seed.registeredUser() })],
  play: async ({ canvasElement, globals, loaded }) => {
    await signIn(canvasElement, loaded.user.email, 'Not-the-password-1');
    await fieldError(canvasElement, TAG, 'password', fieldMessage(globals.locale, 'credentials_wrong'));
    await shows(canvasElement, TAG, loginFormText(globals.locale).remaining(4));
  },
};

/** Five wrong passwords locked the account: even the right one is refused, until when, with the way to unlock. */
export const Locked: Story = {
  loaders: [async () => ({ user: await seed.lockedUser() })],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = loginFormText(globals.locale);
    await signIn(canvasElement, loaded.user.email, loaded.user.password);
    await shows(canvasElement, TAG, t.locked(formatDateTime(globals.locale, new Date(loaded.user.lockedUntil))));
    const message = await inside(canvasElement, TAG, '[part=message]');
    const reset = [...message.querySelectorAll('button')].find((button) => button.textContent!.trim() === t.resetToUnlock);
    expect(reset).toBeTruthy();
    // The reset control hands the email to the host (which would show its password reset).
    const form = canvasElement.querySelector(TAG)!;
    const asked = new Promise<string>((resolve) => form.addEventListener('wharf-forgot-password', (event) => resolve(event.email), { once: true }));
    reset!.click();
    expect(await asked).toBe(loaded.user.email);
    await sessionSays(canvasElement, 'Signed out');
  },
};

/**
 * This browser has failed to sign in three times, so the server wants a browser check: the form fetches a
 * proof-of-work challenge, solves it in the background and signs in, with nothing for the user to do. The check
 * is over in a moment, so the story lists what the form's status line showed meanwhile.
 */
export const CaptchaRequired: Story = {
  loaders: [
    async () => {
      const user = await seed.registeredUser();
      await seed.captchaRequired();
      return { user };
    },
  ],
  render: (args, context) => html`${meta.render!(args, context)}
    <p data-testid="captcha-log" style="font:14px/1.4 system-ui,sans-serif;color:#555"></p>`,
  play: async ({ canvasElement, globals, loaded }) => {
    const t = loginFormText(globals.locale);
    // Record every state of the status line rather than hoping to catch one.
    const status = await inside(canvasElement, TAG, '[part=captcha-status]');
    const log = canvasElement.querySelector<HTMLElement>('[data-testid="captcha-log"]')!;
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const text = status.textContent!.trim();
      if (text && text !== seen.at(-1)) seen.push(text);
      log.textContent = `Browser check: ${seen.join(' → ')}`;
    });
    observer.observe(status, { subtree: true, childList: true, characterData: true });
    try {
      await signIn(canvasElement, loaded.user.email, loaded.user.password);
      await sessionSays(canvasElement, `Signed in as ${loaded.user.email}`);
    } finally {
      observer.disconnect();
    }
    expect(seen).toEqual([t.checking, t.checked]);
    expectNoFieldErrors(canvasElement, TAG);
  },
};

/** Signed in: the provider holds the session and tells the host (which prints who it is). */
export const SignedIn: Story = {
  loaders: [async () => ({ user: await seed.registeredUser() })],
  play: async ({ canvasElement, loaded }) => {
    await signIn(canvasElement, loaded.user.email, loaded.user.password);
    await sessionSays(canvasElement, `Signed in as ${loaded.user.email}`);
    expect((await inside<HTMLInputElement>(canvasElement, TAG, '#password')).value).toBe('');
    expectNoFieldErrors(canvasElement, TAG);
  },
};

/** Traditional Chinese as written in Hong Kong (zh-HK). */
export const HongKongChinese: Story = { ...Empty, globals: { locale: 'zh-HK' }, tags: ['!dev', '!autodocs', 'locale-check'] };
