import { css } from 'lit';

/** The password policy checklist under a new password: each rule ticked as it is met. */
export const checklistStyles = css`
  ul.checklist {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.125rem;
    font-size: 0.875em;
  }
  ul.checklist ul {
    list-style: none;
    padding-inline-start: 1.25rem;
    margin: 0.125rem 0 0;
  }
  .rule[data-met='true'] {
    color: var(--_wharf-success);
  }
  .rule[data-met='false'] {
    color: var(--_wharf-muted);
  }
  .rule::before {
    display: inline-block;
    width: 1.25em;
  }
  .rule[data-met='true']::before {
    content: '✓';
  }
  .rule[data-met='false']::before {
    content: '○';
  }
`;
