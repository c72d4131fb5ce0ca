import { css } from 'lit';

/** The list a product search answers with (the product form's components, the order form's items): one row a product. */
export const productResultsStyles = css`
  ul[part='product-results'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  ul[part='product-results']:empty {
    display: none;
  }
  ul[part='product-results'] li {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.75rem;
    padding: 0.25rem 0;
    border-block-end: 1px solid color-mix(in srgb, var(--_wharf-border) 50%, transparent);
  }
`;
