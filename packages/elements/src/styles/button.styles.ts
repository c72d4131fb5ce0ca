import { css } from 'lit';

/** Buttons: the primary (submit, or `.primary`) one filled, `.secondary` outlined, `.link` drawn as a link; disabled ones dimmed. */
export const buttonStyles = css`
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_wharf-radius);
    min-height: 2.5rem;
    padding: 0.5rem 1rem;
  }
  button[type='submit'],
  button.primary {
    background: var(--_wharf-primary);
    color: var(--_wharf-primary-text);
    border: 1px solid var(--_wharf-primary);
    font-weight: 600;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .link {
    background: none;
    border: none;
    padding: 0;
    min-height: auto;
    color: var(--_wharf-primary);
    text-decoration: underline;
  }
  .secondary {
    background: var(--_wharf-surface);
    border: 1px solid var(--_wharf-border);
    color: inherit;
  }
`;
