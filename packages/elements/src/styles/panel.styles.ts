import { css } from 'lit';

/** A settings panel: a bordered card holding one section of an element, with a small heading. */
export const panelStyles = css`
  .panel {
    display: grid;
    gap: 0.75rem;
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
    padding: calc(var(--_wharf-space) * 1.25);
    margin-block-end: var(--_wharf-space);
    background: var(--_wharf-surface);
  }
  .panel > h3 {
    margin: 0;
    font-size: 1.05em;
  }
`;
