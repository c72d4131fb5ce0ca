import { css } from 'lit';

/** Settings panels: each `<section>` a bordered card with a small heading; forms inside it draw no frame of their own. */
export const panelStyles = css`
  section {
    display: grid;
    gap: 0.75rem;
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
    padding: calc(var(--_wharf-space) * 1.25);
    margin-block-end: var(--_wharf-space);
    background: var(--_wharf-surface);
  }
  section form {
    border: 0;
    padding: 0;
  }
  section h3 {
    margin: 0;
    font-size: 1.05em;
  }
`;
