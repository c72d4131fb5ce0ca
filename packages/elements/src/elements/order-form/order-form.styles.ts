import { css } from 'lit';
import { productResultsStyles } from '../../styles/product-results.styles.ts';
import { orderStyles } from '../order-detail/order-detail.styles.ts';

/** `<wharf-order-form>`'s own styles, over the shared form and table styles and the order elements' own. */
export const orderFormStyles = css`
  ${orderStyles}
  form {
    grid-template-columns: minmax(0, 1fr);
  }
  fieldset.modes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  fieldset.modes .hint,
  fieldset.modes .error {
    flex-basis: 100%;
  }
  fieldset[part='section'] {
    display: grid;
    gap: 0.75rem;
    padding: var(--_wharf-space);
  }
  legend {
    font-weight: 700;
  }
  ${productResultsStyles}
  /* A result's stock figure goes under its name on a narrow screen. */
  ul[part='product-results'] li {
    flex-wrap: wrap;
    row-gap: 0.5rem;
  }
  .stock {
    color: var(--_wharf-muted);
    font-size: 0.875em;
    white-space: nowrap;
  }
  .stock[data-available='0'] {
    color: var(--_wharf-danger);
  }
  input.quantity {
    width: 5.5rem;
  }
  input.unitPrice {
    width: 7.5rem;
  }
  th,
  td {
    padding: 0.4rem 0.5rem;
  }
  .actions button.draft {
    background: var(--_wharf-surface);
    color: var(--_wharf-primary);
    border: 1px solid var(--_wharf-primary);
  }
  h2:focus:not(:focus-visible) {
    outline: none;
  }
`;
