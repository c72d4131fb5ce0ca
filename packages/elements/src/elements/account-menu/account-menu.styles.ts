import { css } from 'lit';

export const accountMenuStyles = css`
  :host {
    position: relative;
    display: inline-block;
  }
  [part='button'] {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
    background: var(--_wharf-surface);
    color: var(--_wharf-text);
    border: 1px solid var(--_wharf-border);
  }
  .badge {
    font-size: 0.85em;
    color: var(--_wharf-muted);
  }
  [role='menu'] {
    position: absolute;
    inset-inline-end: 0;
    z-index: 10;
    min-width: 16rem;
    margin-block-start: 0.25rem;
    padding: 0.25rem;
    background: var(--_wharf-surface);
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.12);
    display: grid;
  }
  [role^='menuitem'] {
    text-align: start;
    background: none;
    color: var(--_wharf-text);
    border: 0;
    padding: 0.5rem 0.75rem;
    font-weight: normal;
  }
  [role^='menuitem']:hover,
  [role^='menuitem']:focus-visible {
    background: color-mix(in srgb, var(--_wharf-primary) 10%, transparent);
  }
  [role='separator'] {
    border-block-start: 1px solid var(--_wharf-border);
    margin: 0.25rem 0;
  }
  .group-label {
    padding: 0.25rem 0.75rem;
    font-size: 0.85em;
    color: var(--_wharf-muted);
  }
  form {
    margin-block-start: 0.5rem;
    min-width: 18rem;
  }
`;
