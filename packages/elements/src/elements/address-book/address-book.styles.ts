import { css } from 'lit';
import { confirmStyles } from '../../styles/confirm.styles.ts';

/** `<wharf-address-book>`'s own styles, over the shared form, table and panel styles. */
export const addressBookStyles = css`
  ${confirmStyles}
  :host > * + * {
    margin-block-start: var(--_wharf-space);
  }
  form.search {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 0.75rem;
    border: 0;
    padding: 0;
  }
  form.search .field {
    flex: 1 1 12rem;
  }
  form.search button {
    margin-block-start: 1.75rem;
  }
  fieldset {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
    min-width: 0;
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
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
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.75rem var(--_wharf-space);
    align-items: start;
  }
  #editor-title:focus:not(:focus-visible) {
    outline: none;
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  .scroll:focus-visible {
    outline: 3px solid var(--_wharf-focus);
  }
  td,
  th {
    overflow-wrap: anywhere;
  }
  .nowrap {
    white-space: nowrap;
  }
  .label {
    color: var(--_wharf-muted);
    font-weight: 400;
    font-size: 0.875em;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: 999px;
    border: 1px solid var(--_wharf-primary);
    color: var(--_wharf-primary);
    font-size: 0.85em;
    white-space: nowrap;
  }
  button.danger {
    background: var(--_wharf-danger);
    border: 1px solid var(--_wharf-danger);
    color: var(--_wharf-primary-text);
  }
  [part='confirm'] p {
    margin: 0;
    flex-basis: 100%;
  }
`;
