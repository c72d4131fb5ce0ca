import type { ImportColumn, ImportRow } from '@wharf/domain';
import type { ReactiveControllerHost } from 'lit';

export interface GridNavigationOptions {
  host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  rows: () => readonly ImportRow[];
  columns: () => readonly ImportColumn[];
  /** Enter or F2 on a cell. */
  edit: (row: number, col: number) => void;
}

/** A cell of the grid: its sheet row, and its column counted from the row number (0) to the actions (last). */
export interface GridCell {
  row: number;
  col: number;
}

/**
 * The grid as a single tab stop: the arrow keys move between cells, Home/End to the row's ends (with Ctrl, the
 * grid's), Enter or F2 edits the cell. The cell that holds the tab stop is the one last focused, else the first problem.
 */
export class GridNavigation {
  /** The cell last focused (or moved to). */
  cell?: GridCell;
  readonly #options: GridNavigationOptions;

  constructor(options: GridNavigationOptions) {
    this.#options = options;
  }

  /** Moves the tab stop to `cell` (none: back to the first problem). */
  set(cell: GridCell | undefined) {
    this.cell = cell;
    this.#options.host.requestUpdate();
  }

  /** The cell that takes the grid's one tab stop. */
  current(): GridCell | undefined {
    const rows = this.#options.rows();
    const focus = this.cell;
    if (focus && rows.some((line) => line.row === focus.row)) return focus;
    const first = rows[0];
    if (!first) return undefined;
    const bad = this.#options.columns().findIndex((column) => first.errors.some((problem) => problem.column === column.column));
    return { row: first.row, col: bad >= 0 ? bad + 1 : first.errors.length ? 0 : 1 };
  }

  /** Focuses the cell that holds the tab stop. */
  focus() {
    const cell = this.current();
    if (cell) this.#options.host.renderRoot.querySelector<HTMLElement>(`[data-row="${cell.row}"][data-col="${cell.col}"]`)?.focus();
  }

  readonly onFocusin = (event: FocusEvent) => {
    const cell = (event.composedPath()[0] as HTMLElement).closest?.<HTMLElement>('[data-col]');
    if (!cell) return;
    const row = Number(cell.dataset.row);
    const col = Number(cell.dataset.col);
    if (this.cell?.row !== row || this.cell?.col !== col) this.set({ row, col });
  };

  readonly onKeydown = (event: KeyboardEvent) => {
    const target = event.composedPath()[0] as HTMLElement;
    if (target.closest('.editor')) return;
    const cell = target.closest<HTMLElement>('[data-col]');
    if (!cell) return;
    const rows = this.#options.rows();
    const index = rows.findIndex((line) => line.row === Number(cell.dataset.row));
    const col = Number(cell.dataset.col);
    const last = this.#options.columns().length + 1;
    let next: [number, number] | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = [index, Math.min(col + 1, last)];
        break;
      case 'ArrowLeft':
        next = [index, Math.max(col - 1, 0)];
        break;
      case 'ArrowDown':
        next = [Math.min(index + 1, rows.length - 1), col];
        break;
      case 'ArrowUp':
        next = [Math.max(index - 1, 0), col];
        break;
      case 'Home':
        next = [event.ctrlKey ? 0 : index, 0];
        break;
      case 'End':
        next = [event.ctrlKey ? rows.length - 1 : index, last];
        break;
      case 'Enter':
      case 'F2':
        if (target === cell && col >= 1 && col < last) {
          event.preventDefault();
          this.#options.edit(Number(cell.dataset.row), col);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    const line = rows[next[0]];
    if (!line) return;
    this.set({ row: line.row, col: next[1] });
    void this.#options.host.updateComplete.then(() => this.focus());
  };
}
