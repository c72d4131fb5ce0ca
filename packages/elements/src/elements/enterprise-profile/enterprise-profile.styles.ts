import { css } from 'lit';

export const enterpriseProfileStyles = css`
  section {
    gap: calc(var(--_wharf-space) * 0.75);
  }
  ol {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.5rem;
  }
  .meta {
    color: var(--_wharf-muted);
    font-size: 0.9em;
  }
  .row {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    flex-wrap: wrap;
  }
  select {
    font: inherit;
    padding: 0.4rem;
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
  }
`;
