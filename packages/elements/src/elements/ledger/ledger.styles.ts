import { css } from 'lit';

/** `<wharf-ledger>`'s own styles, over the shared form, table and panel styles. */
export const ledgerStyles = css`
  h2 {
    margin-block-end: var(--_wharf-space);
  }
  .balance {
    margin: 0;
    font-size: 1.5em;
  }
  .balance[data-negative='true'] strong {
    color: var(--_wharf-danger);
  }
  .balance .hint {
    font-size: 0.6em;
  }
  form.period,
  form.statement {
    border: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem;
  }
  form.period .field,
  form.statement .field {
    flex: 1 1 10rem;
  }
  form.period .error {
    flex-basis: 100%;
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  .scroll:focus-visible {
    outline: 3px solid var(--_wharf-focus);
  }
  td.number,
  th.number {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  td.note {
    overflow-wrap: anywhere;
  }
`;
