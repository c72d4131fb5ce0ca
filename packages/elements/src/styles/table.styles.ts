import { css } from 'lit';

/** Data tables: full width, a rule under each row, cells aligned to the start and top. */
export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    text-align: start;
    padding: 0.5rem;
    border-block-end: 1px solid var(--_wharf-border);
    vertical-align: top;
  }
  td button.link {
    text-align: start;
  }
`;
