// Helpers for stories and their play functions: reach into an element's shadow root and act like a user, and
// a small host-side readout of the provider's session. Expected texts come from the same translation tables
// and server messages the elements use, so a story passes in whichever locale the toolbar's `locale` global selects.
import type { Locale } from '@wharf/domain';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { WharfAttachmentPicker } from '../elements/attachment-picker/attachment-picker.ts';
import type { WharfSessionChangeEvent } from '../events/session-change.ts';

/** The in-browser server (PGlite) can take several seconds to start on a cold page. */
export const SERVER_TIMEOUT = 20000;

/**
 * `waitFor` that fails with the assertion's own message: by default testing-library appends the whole
 * document (Storybook's own markup) to it, which buries the reason in the story check's output.
 */
export function waitUntil<T>(check: () => T | Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  return waitFor(check, { timeout: options.timeout ?? SERVER_TIMEOUT, onTimeout: (error) => error });
}

/** The locales the toolbar's `locale` global offers. */
export const LOCALES: Locale[] = ['zh-CN', 'zh-HK', 'en'];

export function shadowOf(canvas: HTMLElement, tag: string): ShadowRoot | null {
  return canvas.querySelector(tag)?.shadowRoot ?? null;
}

/** Waits for `selector` inside `tag`'s shadow root. */
export async function inside<T extends Element = HTMLElement>(canvas: HTMLElement, tag: string, selector: string): Promise<T> {
  let found: T | null = null;
  await waitUntil(() => {
    found = shadowOf(canvas, tag)?.querySelector<T>(selector) ?? null;
    if (!found) throw new Error(`no ${selector} in ${tag}; it shows: "${textOf(canvas, tag).trim()}"`);
  });
  return found!;
}

/** Types a whole value into an input, as the `input` event the element listens to. */
export async function fill(canvas: HTMLElement, tag: string, selector: string, value: string) {
  const input = await inside<HTMLInputElement>(canvas, tag, selector);
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
}

/** Presses the element's main (submit) button once it is enabled. */
export async function submit(canvas: HTMLElement, tag: string) {
  const button = await inside<HTMLButtonElement>(canvas, tag, 'button[type=submit]');
  await waitUntil(() => expect(button.disabled).toBe(false));
  button.click();
}

/** Presses the button whose text, `aria-label` or title is `label` (the first, or the first inside `scope`), once enabled. */
export async function press(canvas: HTMLElement, tag: string, label: string, scope = '') {
  let found: HTMLButtonElement | undefined;
  await waitUntil(() => {
    const buttons = [...(shadowOf(canvas, tag)?.querySelectorAll<HTMLButtonElement>(`${scope} button`) ?? [])];
    const named = (button: HTMLButtonElement) => button.textContent!.trim() === label || button.getAttribute('aria-label') === label;
    // A button with a title and a hint under it is named by its title.
    const titled = (button: HTMLButtonElement) => button.firstElementChild?.textContent?.trim() === label;
    found = buttons.find(named) ?? buttons.find(titled);
    if (!found) throw new Error(`no button "${label}" in ${tag}; it shows: "${textOf(canvas, tag).trim()}"`);
    expect(found.disabled, `"${label}" is disabled`).toBeFalsy();
  });
  found!.click();
}

/** Chooses `value` in a `<select>`, as the `change` event the element listens to. */
export async function choose(canvas: HTMLElement, tag: string, selector: string, value: string) {
  const select = await inside<HTMLSelectElement>(canvas, tag, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The element's shadow text with white space collapsed. */
export function textOf(canvas: HTMLElement, tag: string): string {
  return shadowOf(canvas, tag)?.textContent?.replace(/\s+/g, ' ') ?? '';
}

/** Waits until the element's shadow text contains `text`. */
export async function shows(canvas: HTMLElement, tag: string, text: string | RegExp) {
  await waitUntil(() => {
    const content = textOf(canvas, tag);
    if (typeof text === 'string' ? !content.includes(text) : !text.test(content)) {
      throw new Error(`${tag} does not show "${String(text)}"; it shows: "${content.trim()}"`);
    }
  });
}

/** Waits until the field `#id` is marked invalid and its own error line (`#id-error`) says `message`. */
export async function fieldError(canvas: HTMLElement, tag: string, id: string, message: string) {
  await waitUntil(() => {
    const root = shadowOf(canvas, tag);
    // Attribute selectors, since ids such as `contact.email` hold dots.
    const input = root?.querySelector(`[id="${id}"]`);
    if (!input) throw new Error(`no #${id} in ${tag}; it shows: "${textOf(canvas, tag).trim()}"`);
    expect(root!.querySelector(`[id="${id}-error"]`)?.textContent?.trim(), `the error at #${id}`).toBe(message);
    expect(input.getAttribute('aria-invalid'), `aria-invalid of #${id}`).toBe('true');
  });
}

/** Expects no field of the element to be marked invalid. */
export function expectNoFieldErrors(canvas: HTMLElement, tag: string) {
  expect(shadowOf(canvas, tag)?.querySelectorAll('[aria-invalid="true"]').length).toBe(0);
}

/** Waits until the resend button counts down (disabled, "New code in N s" in the locale's words). */
export async function countsDown(canvas: HTMLElement, tag: string, resendIn: (seconds: number) => string) {
  const resend = await inside<HTMLButtonElement>(canvas, tag, '[part=resend]');
  const countdown = Array.from({ length: 60 }, (_, index) => resendIn(index + 1));
  let first = '';
  await waitUntil(() => {
    first = resend.textContent!.trim();
    expect(countdown, 'the resend button').toContain(first);
    expect(resend.disabled, 'the resend button is disabled').toBe(true);
  });
  // It really counts: the next second shows a smaller number.
  await waitUntil(() => expect(countdown.indexOf(resend.textContent!.trim())).toBeLessThan(countdown.indexOf(first)), { timeout: 3000 });
}

/**
 * What a host page does with the provider's `wharf-session-change`: print who is signed in. Put
 * `${sessionReadout()}` inside a `<wharf-provider>` and add `@wharf-session-change=${showSession}` to it.
 */
export const sessionReadout = () =>
  html`<output data-testid="session" role="status" style="display:block;margin-top:1rem;font:14px/1.4 system-ui,sans-serif"></output>`;

export function showSession(event: WharfSessionChangeEvent) {
  const out = (event.currentTarget as HTMLElement).querySelector<HTMLOutputElement>('output[data-testid="session"]');
  if (!out) return;
  const { session } = event;
  out.textContent = session.status === 'signed-in' ? `Signed in as ${session.user.email}` : session.status === 'signed-out' ? 'Signed out' : '';
}

/** Waits until the host-side readout says `text`. */
export async function sessionSays(canvas: HTMLElement, text: string) {
  await waitUntil(() => expect(canvas.querySelector('output[data-testid="session"]')?.textContent).toBe(text));
}

/** The `<wharf-attachment-picker>` in the canvas, or inside `tag`'s shadow root when given, once rendered. */
export async function attachmentPicker(canvas: HTMLElement, tag?: string): Promise<WharfAttachmentPicker> {
  let found: WharfAttachmentPicker | null = null;
  await waitUntil(() => {
    found = (tag ? shadowOf(canvas, tag) : canvas)?.querySelector<WharfAttachmentPicker>('wharf-attachment-picker') ?? null;
    if (!found?.shadowRoot?.querySelector('[part=drop-zone]')) throw new Error(`no attachment picker${tag ? ` in ${tag}` : ''} yet`);
  });
  return found!;
}

/** Drops files on a picker's drop zone, as dragging them from the desktop does. */
export function dropFiles(picker: WharfAttachmentPicker, files: File[]) {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  const zone = picker.shadowRoot!.querySelector('[part=drop-zone]')!;
  zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }));
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }));
}

/** Pastes files into `target`, as Ctrl+V with a screenshot on the clipboard does. */
export function pasteFiles(target: Element, files: File[]) {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true }));
}
