import type { HsCode } from '@wharf/domain';
import { html } from 'lit';

/**
 * The popup list of matching codes: an ARIA listbox whose options the input points at with
 * `aria-activedescendant` (focus stays in the input). Pressing an option does not take focus from the input.
 */
export function codeListbox(options: { label: string; codes: readonly HsCode[]; active: number; open: boolean; choose: (code: HsCode) => void }) {
  const { active } = options;
  return html`<ul id="listbox" role="listbox" part="listbox" aria-label=${options.label} ?hidden=${!options.open}>
    ${options.codes.map(
      (code, index) => html`<li
        id="option-${index}"
        role="option"
        part=${index === active ? 'option active' : 'option'}
        aria-selected=${index === active ? 'true' : 'false'}
        @mousedown=${(event: MouseEvent) => event.preventDefault()}
        @click=${() => options.choose(code)}
      >
        <span part="option-code">${code.code}</span><span part="option-name">${code.name}</span>
      </li>`,
    )}
  </ul>`;
}
