import { css } from 'lit';
import { dropZoneStyles } from '../../styles/drop-zone.styles.ts';
import { confirmStyles } from '../../styles/confirm.styles.ts';

/** `<wharf-batch-upload>`: the drop zone, progress, summary and the grid of rows with their bad cells. */
export const batchUploadStyles = css`
  :host {
    --_wharf-grid-height: var(--wharf-batch-upload-grid-height, 32rem);
    --_wharf-invalid-background: var(--wharf-batch-upload-invalid-background, color-mix(in srgb, var(--_wharf-danger) 7%, transparent));
  }
  .panel {
    padding: calc(var(--_wharf-space) * 1.25);
  }
  h3 {
    margin: 0;
    font-size: 1.05em;
  }
  h3:focus,
  #done:focus {
    outline: none;
  }
  h3:focus-visible,
  #done:focus-visible {
    outline: 3px solid var(--_wharf-focus);
    outline-offset: 2px;
  }
  ol[part='steps'] {
    margin: 0;
    padding-inline-start: 1.5rem;
    color: var(--_wharf-muted);
    display: grid;
    gap: 0.125rem;
  }
  section {
    display: grid;
    gap: 0.5rem;
  }
  ${dropZoneStyles}
  [part='drop-zone'] {
    padding: 1rem;
  }
  input[type='file'] {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
  [part='progress'] {
    display: grid;
    gap: 0.35rem;
  }
  progress {
    width: 100%;
    height: 0.75rem;
  }
  ul.problems {
    margin: 0;
    padding-inline-start: 1.25rem;
    color: var(--_wharf-danger);
    display: grid;
    gap: 0.25rem;
  }
  .where {
    font-weight: 600;
  }
  ${confirmStyles}
  .toggle {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    font-weight: normal;
  }
  .toggle input {
    width: 1.15rem;
    height: 1.15rem;
    min-height: 0;
    margin: 0;
  }
  [part='grid-scroll'] {
    /* The containing block of the visually hidden texts in the grid, so the box clips them with the rest of the
       grid instead of their reaching out past it and widening the page. */
    position: relative;
    overflow: auto;
    max-height: var(--_wharf-grid-height);
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    min-width: 100%;
    background: var(--_wharf-surface);
    font-size: 0.925em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4rem 0.5rem;
    border-block-end: 1px solid var(--_wharf-border);
    border-inline-end: 1px solid color-mix(in srgb, var(--_wharf-border) 50%, transparent);
    min-width: 6rem;
    max-width: 18rem;
    overflow-wrap: break-word;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: color-mix(in srgb, var(--_wharf-border) 18%, var(--_wharf-surface));
    white-space: nowrap;
  }
  .letter {
    display: inline-block;
    min-width: 1.25rem;
    color: var(--_wharf-muted);
    font-weight: normal;
    font-family: ui-monospace, monospace;
  }
  tbody th {
    min-width: 3.5rem;
    font-variant-numeric: tabular-nums;
  }
  td:focus,
  th:focus {
    outline: none;
  }
  td:focus-visible,
  tbody th:focus-visible {
    outline: 3px solid var(--_wharf-focus);
    outline-offset: -3px;
  }
  [aria-invalid='true'] {
    outline: 2px solid var(--_wharf-danger);
    outline-offset: -2px;
    background: var(--_wharf-invalid-background);
  }
  .cell {
    display: flex;
    gap: 0.25rem;
    align-items: flex-start;
    justify-content: space-between;
  }
  .value:empty::before {
    content: '—';
    color: var(--_wharf-muted);
  }
  button.edit {
    min-height: 1.75rem;
    min-width: 1.75rem;
    padding: 0 0.35rem;
    border: 1px solid transparent;
    background: none;
    color: var(--_wharf-muted);
  }
  /* With a mouse, the edit button shows where the pointer or the focus is, and on every bad cell. */
  @media (hover: hover) {
    button.edit {
      opacity: 0;
    }
  }
  button.edit:focus-visible,
  td:hover button.edit,
  td:focus-within button.edit,
  td[aria-invalid='true'] button.edit {
    opacity: 1;
    border-color: var(--_wharf-border);
  }
  ul.cell-problems {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    color: var(--_wharf-danger);
    font-size: 0.875em;
    font-weight: normal;
    display: grid;
    gap: 0.2rem;
  }
  .icon {
    font-weight: 700;
    margin-inline-end: 0.25rem;
  }
  .fixed {
    display: block;
    color: var(--_wharf-success);
    font-weight: normal;
    font-size: 0.85em;
  }
  .editor {
    display: grid;
    gap: 0.35rem;
    min-width: 12rem;
  }
  .editor input,
  .editor select {
    min-height: 2.25rem;
    padding: 0.25rem 0.5rem;
  }
  .editor button {
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
  }
  td.actions button {
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    white-space: nowrap;
  }
  [part='footer'] {
    display: grid;
    gap: 0.35rem;
    justify-items: start;
  }
`;
