import { css } from 'lit';

/** Tabs drawn by the tabs controller: a rule under the list, the selected tab underlined. */
export const tabsStyles = css`
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_wharf-border);
    margin-block-end: 0.75rem;
  }
  [role='tab'] {
    background: none;
    color: var(--_wharf-text);
    border: none;
    border-block-end: 3px solid transparent;
    border-radius: 0;
    padding: 0.5rem 0.75rem;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--_wharf-primary);
    font-weight: 600;
  }
  [role='tabpanel']:focus-visible {
    outline: 3px solid var(--_wharf-focus);
    outline-offset: 2px;
  }
`;
