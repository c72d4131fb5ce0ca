import { css } from 'lit';

export const attachmentPickerStyles = css`
  [part='drop-zone'] {
    border: 2px dashed var(--_wharf-border);
    border-radius: var(--_wharf-radius);
    padding: 0.75rem;
    display: grid;
    gap: 0.5rem;
  }
  [part='drop-zone'][data-over] {
    border-color: var(--_wharf-primary);
    background: color-mix(in srgb, var(--_wharf-primary) 8%, transparent);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.35rem;
  }
  li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  li progress {
    grid-column: 1 / -1;
    width: 100%;
  }
  li .error {
    grid-column: 1 / -1;
  }
  input[type='file'] {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
`;
