import { css } from 'lit';

/** A zone files are dropped on: dashed while waiting, in the primary colour while files are dragged over it. */
export const dropZoneStyles = css`
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
`;
