// The docs pages' tables and the Controls panel, from the Custom Elements Manifest (`npm run build:manifest`, run
// before `storybook dev` and `storybook build`). Its build already leaves out private members and `@state()`
// fields; here each public item gets the row a developer needs: attributes with a control that reaches the element
// (keyed by the property name, as `wharfElement` in story-meta.ts writes them back as attributes), properties and
// methods to read, events, slots, parts, and CSS custom properties with a control that sets them on the element.
import type { ArgTypes } from '@storybook/web-components-vite';

interface Item {
  name: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  static?: boolean;
  parameters?: Array<{ name: string; type?: { text?: string } }>;
  return?: { type?: { text?: string } };
}

export interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  description?: string;
  summary?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

export interface Manifest {
  modules: Array<{ declarations?: Declaration[] }>;
}

export function declarationOf(manifest: Manifest | undefined, tag: string): Declaration | undefined {
  for (const module of manifest?.modules ?? []) {
    const found = module.declarations?.find((declaration) => declaration.tagName === tag);
    if (found) return found;
  }
  return undefined;
}

/** Every event any element documents, for the Actions panel. */
export function eventNames(manifest: Manifest | undefined): string[] {
  const names = new Set<string>();
  for (const module of manifest?.modules ?? []) for (const declaration of module.declarations ?? []) for (const event of declaration.events ?? []) names.add(event.name);
  return [...names].sort();
}

/** `'a' | 'b'` → `['a', 'b']`; anything else (string, a type name) → undefined. */
function literalOptions(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  if (parts.length < 2 || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

function control(type: string | undefined) {
  const options = literalOptions(type);
  if (options) return { control: 'select' as const, options };
  const plain = type?.replace(/\s*\|\s*undefined/g, '').trim();
  if (plain === 'boolean') return { control: 'boolean' as const };
  if (plain === 'number') return { control: 'number' as const };
  if (plain === 'string' || plain === 'Locale' || plain === undefined) return { control: 'text' as const };
  return { control: false as const };
}

const row = (item: Item, category: string, type: string | undefined, extra: object = {}) => ({
  name: item.name,
  description: item.description ?? item.summary ?? '',
  table: { category, type: { summary: type ?? '' }, defaultValue: item.default === undefined ? undefined : { summary: item.default } },
  ...extra,
});

const signature = (method: Item) =>
  `(${(method.parameters ?? []).map((parameter) => `${parameter.name}${parameter.type?.text ? `: ${parameter.type.text}` : ''}`).join(', ')}) => ${method.return?.type?.text ?? 'void'}`;

/** The arg types of `tag` (Storybook's `parameters.docs.extractArgTypes`). */
export function argTypesOf(manifest: Manifest | undefined, tag: string): ArgTypes | null {
  const declaration = declarationOf(manifest, tag);
  if (!declaration) return null;
  const argTypes: ArgTypes = {};
  const members = (declaration.members ?? []).filter((member) => !member.static);
  for (const attribute of declaration.attributes ?? []) {
    const key = attribute.fieldName ?? attribute.name;
    const field = members.find((member) => member.name === key);
    const type = attribute.type?.text ?? field?.type?.text;
    argTypes[key] = {
      ...row({ ...field, ...attribute, description: attribute.description || field?.description }, 'attributes', type, control(type)),
      name: attribute.name,
    };
  }
  for (const member of members) {
    if (member.kind === 'field' && !(member.name in argTypes)) {
      argTypes[member.name] = row(member, 'properties', member.type?.text, { control: false });
    } else if (member.kind === 'method') {
      argTypes[`${member.name}()`] = row(member, 'methods', signature(member), { control: false });
    }
  }
  for (const event of declaration.events ?? []) argTypes[`event:${event.name}`] = row(event, 'events', event.type?.text ?? 'Event', { control: false });
  for (const slot of declaration.slots ?? []) {
    argTypes[`slot:${slot.name}`] = { ...row(slot, 'slots', undefined, { control: false }), name: slot.name || '(default)' };
  }
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = row(part, 'css shadow parts', undefined, { control: false });
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = row(property, 'css custom properties', undefined, { control: property.name.includes('color') ? 'color' : 'text' });
  }
  return argTypes;
}

/** The element's description for the top of its docs page. */
export function descriptionOf(manifest: Manifest | undefined, tag: string): string | undefined {
  const declaration = declarationOf(manifest, tag);
  return declaration?.description || declaration?.summary;
}
