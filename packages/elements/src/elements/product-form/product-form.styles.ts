import { css } from 'lit';
import { productResultsStyles } from '../../styles/product-results.styles.ts';

/** `<wharf-product-form>`'s own styles, over the shared form and table styles. */
export const productFormStyles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  h2:focus:not(:focus-visible) {
    outline: none;
  }
  h3 {
    margin: 0;
    font-size: 1.05em;
  }
  /* A wide components table scrolls in its own box on a phone; a fieldset otherwise grows to its content. */
  .table-scroll {
    overflow-x: auto;
    position: relative;
  }
  fieldset {
    min-width: 0;
    display: grid;
    gap: calc(var(--_wharf-space) * 0.75);
    margin: 0;
    padding: var(--_wharf-space);
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: calc(var(--_wharf-space) * 0.75) var(--_wharf-space);
    align-items: start;
  }
  .with-suffix {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .with-suffix input {
    flex: 1;
    min-width: 0;
  }
  .suffix {
    flex: none;
    color: var(--_wharf-muted);
    font-weight: 600;
  }
  input[readonly] {
    background: color-mix(in srgb, var(--_wharf-border) 15%, var(--_wharf-surface));
  }
  .status {
    margin: 0;
    color: var(--_wharf-muted);
  }
  .rejection {
    display: grid;
    gap: 0.35rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_wharf-danger);
    border-inline-start-width: 6px;
    border-radius: var(--_wharf-radius);
    background: color-mix(in srgb, var(--_wharf-danger) 6%, var(--_wharf-surface));
  }
  .rejection h3 {
    color: var(--_wharf-danger);
  }
  .rejection .reason {
    margin: 0;
    font-size: 1.05em;
    white-space: pre-wrap;
  }
  .elements {
    display: grid;
    gap: calc(var(--_wharf-space) * 0.75);
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--_wharf-border);
  }
  .specification {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem;
    border: 1px dashed var(--_wharf-border);
    border-radius: var(--_wharf-radius);
  }
  .specification .label {
    margin: 0;
    font-weight: 600;
  }
  .specification output {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
    min-height: 1.5em;
  }
  .specification [data-over='true'] {
    color: var(--_wharf-danger);
    font-weight: 600;
  }
  caption {
    padding-block: 0.25rem;
  }
  th,
  td {
    padding: 0.4rem 0.5rem;
  }
  input.quantity {
    width: 6rem;
  }
  ${productResultsStyles}
  .actions button.draft {
    background: var(--_wharf-surface);
    color: var(--_wharf-primary);
    border: 1px solid var(--_wharf-primary);
  }
`;
