// The Custom Elements Manifest (`npm run build:manifest`) is the elements' documentation: Storybook's docs pages,
// editors and hosts read it. These tests hold it to the elements as they really are, for every element it lists:
// a description, exactly the `--wharf-*` tokens its styles read, and every part its rendered shadow DOM shows
// (the story check compares the parts of every story's end state as well).
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { CSSResultOrNative } from 'lit';
import '../all.ts';
import { eventually, TEST_OPERATOR_TOKEN, ticketCustomer } from './helpers.ts';

interface Declaration {
  tagName?: string;
  description?: string;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
}

async function loadManifest(): Promise<Declaration[]> {
  const response = await fetch('/packages/elements/custom-elements.json');
  if (!response.ok) throw new Error('packages/elements/custom-elements.json is missing: run `npm run build:manifest` first');
  const manifest = (await response.json()) as { modules: Array<{ declarations?: Declaration[] }> };
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
}

const declarations = await loadManifest();
const names = (items: Array<{ name: string }> | undefined) => new Set((items ?? []).map((item) => item.name));

/** The `--wharf-*` tokens the element's styles read (`var(--wharf-…`), not the private `--_wharf-*` ones. */
function tokensRead(tag: string): Set<string> {
  const styles = (customElements.get(tag) as unknown as { elementStyles?: CSSResultOrNative[] }).elementStyles ?? [];
  const text = styles
    .map((style) => ('cssText' in style ? style.cssText : [...(style as CSSStyleSheet).cssRules].map((rule) => rule.cssText).join('\n')))
    .join('\n');
  return new Set([...text.matchAll(/var\(\s*(--wharf-[a-z0-9-]+)/g)].map((match) => match[1]!));
}

/** The parts in `element`'s own shadow root (not inside nested elements' shadow roots). */
const partsOf = (element: Element) =>
  new Set([...(element.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((node) => node.getAttribute('part')!.split(/\s+/).filter(Boolean)));

/** Every Wharf element in `root` and in the shadow roots below it, with the parts it shows. */
function renderedParts(root: Element): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const visit = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('wharf-') && element.shadowRoot) {
        const parts = found.get(element.localName) ?? new Set<string>();
        for (const part of partsOf(element)) parts.add(part);
        found.set(element.localName, parts);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** Waits until the element has content and its parts stop changing (its first requests answered). */
async function settled(host: Element, tag: string) {
  const element = host.localName === tag ? host : host.querySelector(tag)!;
  await eventually(() => element.shadowRoot?.textContent?.trim(), `${tag} rendered nothing`, 10000);
  let last = '';
  let stableSince = Date.now();
  const deadline = Date.now() + 8000;
  while (Date.now() < deadline && Date.now() - stableSince < 600) {
    const now = [...renderedParts(host)].map(([name, parts]) => `${name}:${[...parts].sort()}`).join('|');
    if (now !== last) [last, stableSince] = [now, Date.now()];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Custom Elements Manifest', () => {
  it('lists every element the package registers', () => {
    const tags = declarations.map((declaration) => declaration.tagName).sort();
    const registered = tags.filter((tag) => customElements.get(tag!));
    expect(registered).to.deep.equal(tags);
    expect(tags.length).to.be.greaterThan(15);
  });

  for (const declaration of declarations) {
    const tag = declaration.tagName!;
    describe(`<${tag}>`, () => {
      it('has a description', () => {
        expect(declaration.description?.trim(), `${tag}: write the JSDoc's first paragraph`).to.have.length.greaterThan(40);
      });

      it('documents exactly the --wharf-* tokens its styles read (@cssproperty)', () => {
        expect([...names(declaration.cssProperties)].sort(), `${tag}: @cssproperty tags`).to.deep.equal([...tokensRead(tag)].sort());
      });

      it('documents every part it renders (@csspart)', async function () {
        this.timeout(30000);
        const customer = await ticketCustomer();
        const element = unsafeStatic(tag);
        const host =
          tag === 'wharf-provider'
            ? await fixture(html`<wharf-provider session-token=${customer.token} locale="en"><wharf-login-form></wharf-login-form></wharf-provider>`)
            : await fixture(
                html`<wharf-provider session-token=${customer.token} locale="en"><${element} operator-token=${tag === 'wharf-ticket-desk' ? TEST_OPERATOR_TOKEN : ''}></${element}></wharf-provider>`,
              );
        if (tag !== 'wharf-provider') await settled(host, tag);
        for (const [shown, parts] of renderedParts(host)) {
          const documented = names(declarations.find((other) => other.tagName === shown)?.cssParts);
          const undocumented = [...parts].filter((part) => !documented.has(part));
          expect(undocumented, `${shown} renders parts its JSDoc does not list`).to.deep.equal([]);
        }
      });
    });
  }
});
