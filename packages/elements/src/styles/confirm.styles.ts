import { css } from 'lit';

/** The strip that asks to confirm a destructive step (remove, revoke, delete), framed in the danger colour. */
export const confirmStyles = css`
  [part='confirm'] {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    flex-wrap: wrap;
    padding: 0.75rem;
    border: 1px solid var(--_wharf-danger);
    border-radius: var(--_wharf-radius);
  }
`;
