import { css } from 'lit';
import { statusStyles } from '../../styles/status.styles.ts';
import { factsStyles } from '../../styles/facts.styles.ts';

/** `<wharf-product-list>`'s own layout, over the shared form, table, dialog and tabs styles. */
export const productListStyles = css`
  :host {
    display: block;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    margin-block-end: var(--_wharf-space);
  }
  h2:focus,
  h2:focus-visible {
    outline-offset: 4px;
  }
  form[part='filters'] {
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    align-items: start;
    padding: var(--_wharf-space);
  }
  form[part='filters'] .row {
    grid-column: 1 / -1;
  }
  .results {
    margin-block-start: var(--_wharf-space);
    overflow-x: auto;
    /* The containing block of the table's visually hidden texts, so they scroll with it instead of widening the page. */
    position: relative;
  }
  .results[aria-busy='true'] table {
    opacity: 0.6;
  }
  table {
    background: var(--_wharf-surface);
  }
  caption {
    padding-block: 0.5rem;
  }
  thead th {
    white-space: nowrap;
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td .row {
    gap: 0.375rem;
    flex-wrap: wrap;
  }
  td button {
    min-height: 2.25rem;
    padding: 0.25rem 0.625rem;
  }
  button.danger {
    background: var(--_wharf-surface);
    color: var(--_wharf-danger);
    border: 1px solid var(--_wharf-danger);
  }
  dialog button.danger {
    background: var(--_wharf-danger);
    color: #fff;
    font-weight: 600;
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  ${statusStyles}
  .status[data-status='draft'] {
    color: var(--_wharf-muted);
  }
  .status[data-status='filing'] {
    color: var(--_wharf-primary);
  }
  .status[data-status='filed'] {
    color: var(--_wharf-success);
  }
  .status[data-status='rejected'] {
    color: var(--_wharf-danger);
    border-width: 2px;
    font-weight: 600;
  }
  .empty {
    padding: var(--_wharf-space);
    border: 1px dashed var(--_wharf-border);
    border-radius: var(--_wharf-radius);
    color: var(--_wharf-muted);
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .empty p {
    margin: 0;
  }
  nav[part='pager'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin-block-start: 0.75rem;
  }
  nav[part='pager'] label {
    font-weight: normal;
  }
  nav[part='pager'] select {
    width: auto;
    min-height: 2.25rem;
    padding: 0.25rem 0.5rem;
  }
  .count {
    color: var(--_wharf-muted);
    font-size: 0.875em;
    margin: 0;
  }
  .back::before {
    content: '← ' / '';
  }
  .detail-head {
    display: grid;
    gap: 0.5rem;
    margin-block-end: var(--_wharf-space);
  }
  .detail-head h2 {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .rejection {
    border: 2px solid var(--_wharf-danger);
    border-inline-start-width: 6px;
    border-radius: var(--_wharf-radius);
    padding: 0.75rem 1rem;
    margin-block-end: var(--_wharf-space);
    background: color-mix(in srgb, var(--_wharf-danger) 6%, transparent);
  }
  .rejection h3 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
    color: var(--_wharf-danger);
  }
  .rejection p {
    margin: 0;
  }
  .rejection .reason {
    font-weight: 600;
    white-space: pre-wrap;
  }
  ${factsStyles}
  ol.elements {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  .spec {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  .more {
    margin-block-start: 0.5rem;
  }
`;
