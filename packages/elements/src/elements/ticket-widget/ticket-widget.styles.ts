import { css } from 'lit';

export const ticketWidgetStyles = css`
  :host {
    display: block;
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    margin-block-end: var(--_wharf-space);
  }
  nav button[aria-current='page'] {
    background: var(--_wharf-primary);
    color: var(--_wharf-primary-text);
  }
  nav button:not([aria-current='page']) {
    background: none;
    color: var(--_wharf-primary);
    border: 1px solid var(--_wharf-border);
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_wharf-space);
    margin: 0;
  }
  .counts div {
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
    padding: 0.75rem 1rem;
    min-width: 8rem;
  }
  .counts dt {
    color: var(--_wharf-muted);
  }
  .counts dd {
    margin: 0;
    font-size: 1.75rem;
    font-weight: 600;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0 var(--_wharf-space);
    align-items: start;
  }
  .live {
    font-size: 0.85em;
    color: var(--_wharf-muted);
  }
  section + section {
    margin-block-start: var(--_wharf-space);
  }
  h3 {
    font-size: 1rem;
    margin-block: 0.5rem;
  }
`;
