import { css } from 'lit';

export const membersStyles = css`
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
  [part='confirm'] {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    flex-wrap: wrap;
    padding: 0.75rem;
    border: 1px solid var(--_wharf-danger);
    border-radius: var(--_wharf-radius);
    margin-block: 0.5rem;
  }
`;
