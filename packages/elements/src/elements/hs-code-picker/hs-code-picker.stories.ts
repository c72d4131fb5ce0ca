import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { seed } from '@wharf/mocks';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { fill, inside, shows, textOf, waitUntil } from '../../testing/story-helpers.ts';
import { wharfElement, defaultStory } from '../../testing/story-meta.ts';
import '../provider/define.ts';
import type { WharfHsCodePicker } from './hs-code-picker.ts';
import './define.ts';
import { hsCodePickerText } from './hs-code-picker.ts';

const TAG = 'wharf-hs-code-picker';
type Args = Record<string, unknown>;

/**
 * Chooses an HS code from the customs catalogue: type the first digits (dots and spaces allowed) or words of the
 * name, then choose with the arrow keys and Enter, or the mouse. Used by the product form and the declaration
 * elements upload. Every request is answered by the real Wharf app running in this page (`@wharf/mocks`), with its
 * sample of the codes common in cross-border retail.
 */
const meta: Meta<Args> = {
  title: 'Products/HS code picker',
  component: TAG,
  args: { name: 'hsCode', required: true },
  loaders: [async () => ({ user: await seed.registeredUser() })],
  render: (args, { loaded, globals: { locale } }) => html`<wharf-provider session-token=${loaded.user.token} locale=${locale}>
    <div style="max-width: 40rem">${wharfElement(TAG, args)}</div>
  </wharf-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

const picker = (canvas: HTMLElement) => canvas.querySelector<WharfHsCodePicker>(TAG)!;
const codes = (canvas: HTMLElement) => [...(picker(canvas).shadowRoot?.querySelectorAll('[part=option-code]') ?? [])].map((code) => code.textContent!.trim());
const announced = (canvas: HTMLElement) => picker(canvas).shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

function key(input: HTMLInputElement, name: string) {
  input.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));
}

/** The element as a page first shows it: its attributes and CSS custom properties are the Controls below. */
export const Default: Story = defaultStory(TAG);

/** Digits match the start of the code, dots allowed: `3304.99` lists 3304990099, chosen with the mouse. */
export const DigitsSearch: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = hsCodePickerText(globals.locale);
    await fill(canvasElement, TAG, 'input', '3304.99');
    await waitUntil(() => expect(codes(canvasElement)).toEqual(['3304990099']));
    await waitUntil(() => expect(announced(canvasElement)).toBe(t.found(1)));
    const option = await inside(canvasElement, TAG, '[role=option]');
    expect(option.textContent).toContain('其他包装标注规格的其他美容品或化妆品及护肤品');
    option.click();
    await waitUntil(() => expect(picker(canvasElement).value).toBe('3304990099'));
    await shows(canvasElement, TAG, t.chosen('3304990099', '').trim());
    expect(picker(canvasElement).hsCode?.elements.length).toBe(8);
  },
};

/** Words match the name: `奶粉` finds infant formula, chosen with the arrow keys and Enter. */
export const NameSearch: Story = {
  play: async ({ canvasElement }) => {
    await fill(canvasElement, TAG, 'input', '奶粉');
    await waitUntil(() => expect(codes(canvasElement)).toContain('1901101090'));
    const input = await inside<HTMLInputElement>(canvasElement, TAG, 'input');
    const index = codes(canvasElement).indexOf('1901101090');
    for (let step = 0; step <= index; step++) key(input, 'ArrowDown');
    await waitUntil(() => expect(input.getAttribute('aria-activedescendant')).toBe(`option-${index}`));
    key(input, 'Enter');
    await waitUntil(() => expect(picker(canvasElement).value).toBe('1901101090'));
    expect(input.value).toBe('1901101090');
    expect(textOf(canvasElement, TAG)).toContain('供婴幼儿食用的零售包装配方奶粉');
  },
};

/** Nothing matches: said so, with what to try instead, and announced. */
export const NoMatch: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = hsCodePickerText(globals.locale);
    await fill(canvasElement, TAG, 'input', '0000000');
    await shows(canvasElement, TAG, t.noMatch('0000000'));
    await waitUntil(() => expect(announced(canvasElement)).toBe(t.noMatch('0000000')));
    expect((await inside(canvasElement, TAG, 'input')).getAttribute('aria-expanded')).toBe('false');
    expect(picker(canvasElement).value).toBe('');
  },
};
