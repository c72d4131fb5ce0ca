import { css } from 'lit';

/** Modal dialogs (`<dialog>` opened with `showModal()`): a bordered card over a dimmed page. */
export const dialogStyles = css`
  dialog {
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
    padding: calc(var(--_wharf-space) * 1.25);
    max-width: min(32rem, 90vw);
    color: var(--_wharf-text);
    background: var(--_wharf-surface);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog h3 {
    margin: 0 0 0.5rem;
  }
  dialog p {
    margin: 0 0 var(--_wharf-space);
  }
`;
