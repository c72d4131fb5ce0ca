// Helpers for play functions: reach into an element's shadow root and act like a user.
import { waitFor } from 'storybook/test';

/** Waits (the in-browser server can be slow to start) for `selector` inside `tag`'s shadow root. */
export async function inside<T extends Element = HTMLElement>(canvas: HTMLElement, tag: string, selector: string): Promise<T> {
  let found: T | null = null;
  await waitFor(
    () => {
      found = canvas.querySelector(tag)?.shadowRoot?.querySelector<T>(selector) ?? null;
      if (!found) throw new Error(`no ${selector} in ${tag} yet`);
    },
    { timeout: 20000 },
  );
  return found!;
}

/** Types a whole value into an input, as `input` events the element listens to. */
export async function fill(canvas: HTMLElement, tag: string, selector: string, value: string) {
  const input = await inside<HTMLInputElement>(canvas, tag, selector);
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export async function submit(canvas: HTMLElement, tag: string) {
  (await inside<HTMLButtonElement>(canvas, tag, 'button[type=submit]')).click();
}

/** Waits until the element's shadow text contains `text`. */
export async function shows(canvas: HTMLElement, tag: string, text: string | RegExp) {
  await waitFor(
    () => {
      const content = canvas.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
      if (typeof text === 'string' ? !content.includes(text) : !text.test(content)) throw new Error(`"${String(text)}" not shown yet`);
    },
    { timeout: 20000 },
  );
}
