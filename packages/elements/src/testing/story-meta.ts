// How the stories mount their element: in a `<wharf-provider>` that follows the toolbar's locale (the `locale`
// global), with the element's own attributes and CSS custom properties from the story's args (the Controls panel),
// signed out with the host page's session readout under it, or signed in as a fresh enterprise admin. Each story
// file spreads one of these into its meta next to its own `title` and `component` (Storybook reads those two from
// the object literal itself).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { seed } from '@wharf/mocks';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../elements/provider/define.ts';
import { expect } from 'storybook/test';
import { sessionReadout, showSession, waitUntil } from './story-helpers.ts';

/** An element's args: its properties by name (set as their attributes) and `--wharf-*` custom properties. */
export type StoryArgs = Record<string, unknown>;
export type Story = StoryObj<StoryArgs>;

// A story that plays another in a pinned locale (`globals: { locale: 'zh-HK' }`) is tagged
// `['!dev', '!autodocs', 'locale-check']`: left out of the sidebar and the docs page, where the toolbar chooses the
// locale, but still in index.json, so the story check renders and plays it (Storybook needs the literal array).

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `<tag …>` with the story's args as real markup, so the controls reach the element and the docs' code snippet shows
 * exactly what a page would write: a property arg becomes its attribute (`pageSize` → `page-size`; `true` → present,
 * `false`, empty or unset → absent), and `--wharf-*` args become the element's inline style.
 */
export function wharfElement(tag: string, args: StoryArgs = {}) {
  const attributes: string[] = [];
  const style: string[] = [];
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (name.startsWith('--')) style.push(`${name}: ${String(value)}`);
    else if (value === true) attributes.push(kebab(name));
    else if (typeof value === 'string' || typeof value === 'number') attributes.push(`${kebab(name)}="${escapeAttribute(String(value))}"`);
  }
  if (style.length) attributes.push(`style="${escapeAttribute(style.join('; '))}"`);
  const element = unsafeStatic(tag);
  return html`<${element} ${unsafeStatic(attributes.join(' '))}></${element}>`;
}

/** A signed-out provider around `tag`, and the line the host page writes on each `wharf-session-change`. */
export function signedOutMeta(tag: string): Meta<StoryArgs> {
  return {
    render: (args, { globals }) => html`<wharf-provider locale=${globals.locale} @wharf-session-change=${showSession}>
      ${wharfElement(tag, args)} ${sessionReadout()}
    </wharf-provider>`,
  };
}

/**
 * A provider signed in as `loaded.admin` (by default a fresh enterprise admin) around `tag`, or as `loaded.viewer`
 * when a story's own loader seeds one.
 */
export function enterpriseAdminMeta(tag: string, load = async (): Promise<object> => ({ admin: await seed.enterpriseAdmin() })): Meta<StoryArgs> {
  return {
    loaders: [load],
    render: (args, { loaded, globals }) => html`<wharf-provider session-token=${loaded.viewer?.token ?? loaded.admin.token} locale=${globals.locale}>
      ${wharfElement(tag, args)}
    </wharf-provider>`,
  };
}

/** A loader for {@link enterpriseAdminMeta}: the page is viewed by an approved member who is not an admin. */
export async function approvedMemberViewer() {
  const admin = await seed.enterpriseAdmin();
  return { admin, viewer: await seed.approvedMember(admin) };
}

/** A loader for {@link enterpriseAdminMeta}: the page is viewed by someone whose request to join still waits. */
export async function pendingMemberViewer() {
  const admin = await seed.enterpriseAdmin();
  return { admin, viewer: await seed.pendingMember(admin.enterprise) };
}

/**
 * Each element's `Default` story: the element as a page first shows it, its attributes and CSS custom properties
 * in the Controls panel. The play checks that it rendered and that every arg reached it as its attribute or style.
 */
export function defaultStory(tag: string, story: Story = {}): Story {
  return {
    ...story,
    play: async ({ canvasElement, args }) => {
      const element = await waitUntil(() => {
        const found = canvasElement.querySelector(tag);
        if (!found?.shadowRoot?.textContent?.trim()) throw new Error(`${tag} has rendered nothing yet`);
        return found as HTMLElement;
      });
      for (const [name, value] of Object.entries(args)) {
        if (value === undefined || value === null || value === '' || value === false || typeof value === 'object') continue;
        if (name.startsWith('--')) expect(element.style.getPropertyValue(name), name).toBe(String(value));
        else expect(element.getAttribute(kebab(name)), `the ${kebab(name)} attribute`).toBe(value === true ? '' : String(value));
      }
    },
  };
}
