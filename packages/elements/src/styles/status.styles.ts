import { css } from 'lit';

/** A status badge (`<span class="status" data-status=…>`): a pill in the colour each element gives its statuses. */
export const statusStyles = css`
  .status {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    font-size: 0.85em;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
`;
