import { css } from 'lit';
import { confirmStyles } from '../../styles/confirm.styles.ts';

export const membersStyles = css`
  /* Each table scrolls inside its section on a narrow screen instead of widening the page. */
  section {
    overflow-x: auto;
    position: relative;
  }
  table {
    background: var(--_wharf-surface);
  }
  caption {
    padding-block: 0.5rem;
  }
  td .row {
    flex-wrap: wrap;
  }
  select {
    font: inherit;
    padding: 0.25rem;
  }
  .badge {
    font-size: 0.85em;
    color: var(--_wharf-muted);
  }
  section + section {
    margin-block-start: calc(var(--_wharf-space) * 1.5);
  }
  ${confirmStyles}
  [part='confirm'] {
    margin-block: 0.5rem;
  }
`;
