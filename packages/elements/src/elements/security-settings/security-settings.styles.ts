import { css } from 'lit';
import { confirmStyles } from '../../styles/confirm.styles.ts';

export const securitySettingsStyles = css`
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  ul.plain li {
    display: flex;
    gap: 0.75rem;
    align-items: baseline;
    flex-wrap: wrap;
  }
  code {
    font-family: ui-monospace, monospace;
  }
  [part='secret'] {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 2px solid var(--_wharf-primary);
    border-radius: var(--_wharf-radius);
  }
  [part='secret'] input {
    font-family: ui-monospace, monospace;
  }
  ${confirmStyles}
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.35rem;
  }
`;
