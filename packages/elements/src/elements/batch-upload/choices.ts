import type { HsCode, Import, ProductOptions } from '@wharf/domain';
import type { WharfClient } from '@wharf/sdk';
import type { ReactiveControllerHost } from 'lit';

/** A value a cell may be set to from a list (a category, a unit, a declaration element's code). */
export interface Choice {
  /** What the cell is set to: the label as the template's drop-down writes it, which the server reads back. */
  value: string;
  code: string;
  name: string;
}

export interface CellChoicesOptions {
  host: ReactiveControllerHost;
  client: () => WharfClient;
  /** The HS code the picker holds now, if it is `code` (saves asking the catalogue again). */
  picked: (code: string) => HsCode | undefined;
}

const pair = (option: { code: string; name: string }): Choice => ({ value: `${option.code} ${option.name}`, code: option.code, name: option.name });

/**
 * The lists a cell is fixed from: the product options (categories, units, countries), or the HS code's coded
 * declaration elements. Without them, cells are edited as text; the server still checks them.
 */
export class CellChoices {
  /** The HS code's elements (declarations), from the picker or the catalogue. */
  hsCode?: HsCode;
  #productOptions?: ProductOptions;
  readonly #options: CellChoicesOptions;

  constructor(options: CellChoicesOptions) {
    this.#options = options;
  }

  /** Loads what the upload's cells may be chosen from. */
  async load(checked: Import) {
    if (checked.kind === 'declarations') {
      if (checked.hsCode) await this.loadHsCode(checked.hsCode);
      return;
    }
    if (this.#productOptions) return;
    try {
      this.#productOptions = await this.#options.client().products.options();
      this.#options.host.requestUpdate();
    } catch {
      // Cells are then edited as text; the server reads codes and names alike.
    }
  }

  async loadHsCode(code: string) {
    if (this.hsCode?.code === code) return;
    const picked = this.#options.picked(code);
    if (picked) {
      this.hsCode = picked;
      this.#options.host.requestUpdate();
      return;
    }
    try {
      this.hsCode = await this.#options.client().hsCodes.get(code);
      this.#options.host.requestUpdate();
    } catch {
      // Coded cells are then edited as text; the server still checks them.
    }
  }

  /** The list a cell at `key` is chosen from, if it has one. */
  for(checked: Import | undefined, key: string): Choice[] | undefined {
    if (checked?.kind === 'declarations') {
      const index = /^declarationElements\.(\d+)$/.exec(key)?.[1];
      const element = index === undefined ? undefined : this.hsCode?.elements.find((candidate) => String(candidate.index) === index);
      return element?.choices?.length ? element.choices.map(pair) : undefined;
    }
    const options = this.#productOptions;
    if (!options) return undefined;
    if (key === 'category') return options.categories.map((option) => ({ value: option.name, code: option.code, name: option.name }));
    if (key === 'unit') return options.units.map(pair);
    if (key === 'originCountry') return options.countries.map(pair);
    return undefined;
  }
}

/**
 * The choice a cell's text stands for: its code, its name, or both as the drop-down writes them. Text written
 * another way (a name in another language, `7` for `007`) stays as written: the list offers it as it is, so
 * saving without choosing never blanks a cell the server reads fine.
 */
export function chosen(choices: readonly Choice[], text: string): string {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return '';
  const found = choices.find((choice) => {
    const code = choice.code.toLowerCase();
    return [code, choice.name.toLowerCase(), choice.value.toLowerCase()].includes(wanted) || wanted.startsWith(`${code} `);
  });
  return found?.value ?? text.trim();
}
