import { css } from 'lit';
import { confirmStyles } from '../../styles/confirm.styles.ts';
import { statusStyles } from '../../styles/status.styles.ts';

/**
 * The styles order elements share (the detail and the form): the status colours, prompts, the notes form, tables
 * that scroll inside themselves on a narrow screen.
 */
export const orderStyles = css`
  ${statusStyles}
  ${confirmStyles}
  .status[data-status='draft'] {
    color: var(--_wharf-muted);
  }
  .status[data-status='confirmed'],
  .status[data-status='submitted'],
  .status[data-status='cleared'] {
    color: var(--_wharf-primary);
  }
  .status[data-status='shipped'],
  .status[data-status='signed'] {
    color: var(--_wharf-success);
  }
  .status[data-status='deleted'] {
    color: var(--_wharf-danger);
  }
  /* A wide table scrolls in its own box; the box is also the containing block of the table's visually hidden texts. */
  .scroll {
    overflow-x: auto;
    max-width: 100%;
    position: relative;
  }
  td.number,
  th.number {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  button.danger {
    background: var(--_wharf-danger);
    border: 1px solid var(--_wharf-danger);
    color: var(--_wharf-primary-text);
  }
  .prompt,
  .notes {
    display: grid;
    gap: 0.75rem;
  }
  .prompt h3:focus:not(:focus-visible),
  h2:focus:not(:focus-visible) {
    outline: none;
  }
  .terms {
    max-height: 14rem;
    overflow: auto;
    white-space: pre-wrap;
    padding: 0.75rem;
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
  }
  label.choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 400;
  }
  label.choice input {
    width: auto;
    min-height: auto;
  }
  fieldset {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.75rem var(--_wharf-space);
    align-items: start;
  }
  [part='confirm'] p {
    margin: 0;
    flex-basis: 100%;
  }
`;

/** `<wharf-order-detail>`'s own styles. */
export const orderDetailStyles = css`
  ${orderStyles}
  article {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_wharf-space);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem 1rem;
  }
  header .hint {
    flex-basis: 100%;
  }
  address {
    font-style: normal;
  }
  ol.tracking {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.5rem;
  }
  .note {
    color: var(--_wharf-muted);
  }
  [role='tabpanel'] {
    padding-block: 0.75rem;
  }
`;
