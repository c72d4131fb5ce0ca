import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export interface Tab<K extends string> {
  key: K;
  label: string;
}

export interface TabsOptions<K extends string> {
  /** Prefixes the ids that tie each tab to the panel. */
  id: string;
  /** The tab list's accessible name. */
  label: string;
  tabs: readonly Tab<K>[];
  selected: K;
  select: (key: K) => void;
  panel: () => TemplateResult;
}

const NEXT: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * An accessible tab list (WAI-ARIA tabs with a roving tabindex: arrow keys, Home and End move between tabs) and
 * the panel of the selected one.
 */
export function tabs<K extends string>(options: TabsOptions<K>): TemplateResult {
  const { id, selected } = options;
  const keys = options.tabs.map((tab) => tab.key);
  const onKey = (event: KeyboardEvent) => {
    const move = NEXT[event.key];
    if (!move) return;
    const next = keys[move(keys.indexOf(selected), keys.length)];
    if (!next) return;
    event.preventDefault();
    options.select(next);
    // Every tab is always there: focus moves at once (a frame may never come in a page nobody is looking at).
    const list = (event.currentTarget as HTMLElement).closest('[role=tablist]');
    list?.querySelector<HTMLElement>(`#${id}-tab-${next}`)?.focus();
  };
  return html`<div role="tablist" aria-label=${options.label} part="tabs">
      ${options.tabs.map(
        (tab) => html`<button
          type="button"
          role="tab"
          id=${`${id}-tab-${tab.key}`}
          aria-selected=${tab.key === selected ? 'true' : 'false'}
          aria-controls=${`${id}-panel`}
          tabindex=${tab.key === selected ? '0' : '-1'}
          @click=${() => options.select(tab.key)}
          @keydown=${onKey}
        >
          ${tab.label}
        </button>`,
      )}
    </div>
    <div role="tabpanel" id=${`${id}-panel`} aria-labelledby=${`${id}-tab-${selected}`} tabindex="0" part="panel">${options.panel()}</div>`;
}

/**
 * The selected tab of an element's tab list, kept by the element: `select()` changes it and updates the host,
 * `render()` draws the list and the selected panel with {@link tabs}.
 */
export class TabsController<K extends string> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #id: string;
  readonly #initial: K;
  #selected: K;
  readonly #onSelect?: (key: K) => void;

  constructor(host: ReactiveControllerHost, options: { id: string; initial: K; onSelect?: (key: K) => void }) {
    this.#host = host;
    this.#id = options.id;
    this.#initial = this.#selected = options.initial;
    this.#onSelect = options.onSelect;
    host.addController(this);
  }

  hostConnected() {}

  get selected(): K {
    return this.#selected;
  }

  select(key: K) {
    if (key === this.#selected) return;
    this.#selected = key;
    this.#onSelect?.(key);
    this.#host.requestUpdate();
  }

  /** Back to the first tab (a new item opened). */
  reset() {
    this.select(this.#initial);
  }

  render(options: { label: string; tabs: readonly Tab<K>[]; panel: (selected: K) => TemplateResult }): TemplateResult {
    return tabs({ id: this.#id, label: options.label, tabs: options.tabs, selected: this.#selected, select: (key) => this.select(key), panel: () => options.panel(this.#selected) });
  }
}
