import { css } from 'lit';

/** A `<dl class="facts">`: labels in a narrow muted column, values beside them, wrapping anywhere. */
export const factsStyles = css`
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.35rem 1rem;
    margin: 0;
  }
  dl.facts dt {
    color: var(--_wharf-muted);
  }
  dl.facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
