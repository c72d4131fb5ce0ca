import { css } from 'lit';

export const enterpriseSetupStyles = css`
  .choices {
    display: grid;
    gap: 0.75rem;
  }
  .choices button {
    display: grid;
    gap: 0.25rem;
    text-align: start;
    padding: 0.9rem 1rem;
    border: 1px solid var(--_wharf-border);
    background: var(--_wharf-surface);
    color: var(--_wharf-text);
  }
  .choices button strong {
    font-size: 1.05em;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_wharf-space);
  }
  legend {
    font-weight: 600;
    margin-block-end: 0.5rem;
  }
  select {
    font: inherit;
    padding: 0.5rem;
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
  }
`;
