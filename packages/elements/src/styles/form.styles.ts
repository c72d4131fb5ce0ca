import { css } from 'lit';
import { buttonStyles } from './button.styles.ts';

/**
 * Form styling shared by the account elements. Public `--wharf-*` custom properties (documented on each
 * element) feed private `--_wharf-*` ones, so hosts theme with a handful of variables.
 */
export const formStyles = css`
  ${buttonStyles}
  :host {
    --_wharf-primary: var(--wharf-color-primary, #1849a9);
    --_wharf-primary-text: var(--wharf-color-primary-text, #fff);
    --_wharf-danger: var(--wharf-color-danger, #b42318);
    --_wharf-success: var(--wharf-color-success, #067647);
    --_wharf-text: var(--wharf-color-text, #1d2433);
    --_wharf-muted: var(--wharf-color-muted, #4a5568);
    --_wharf-border: var(--wharf-color-border, #a8b1c0);
    --_wharf-surface: var(--wharf-color-surface, #fff);
    --_wharf-radius: var(--wharf-radius, 6px);
    --_wharf-space: var(--wharf-space, 1rem);
    --_wharf-focus: var(--wharf-color-focus, #1849a9);
    display: block;
    color: var(--_wharf-text);
    font-family: var(--wharf-font-family, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    font-size: var(--wharf-font-size, 15px);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  form,
  .panel {
    display: grid;
    gap: var(--_wharf-space);
    background: var(--_wharf-surface);
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
    padding: calc(var(--_wharf-space) * 1.5);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .step {
    margin: 0;
    color: var(--_wharf-muted);
    font-size: 0.875em;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--_wharf-muted);
    font-size: 0.875em;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_wharf-surface);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
    min-height: 2.5rem;
    box-sizing: border-box;
    width: 100%;
  }
  textarea {
    resize: vertical;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_wharf-danger);
    border-width: 2px;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_wharf-focus);
    outline-offset: 2px;
  }
  .with-toggle {
    display: flex;
    gap: 0.5rem;
  }
  .with-toggle button {
    white-space: nowrap;
    flex: none;
  }
  .error {
    margin: 0;
    color: var(--_wharf-danger);
    font-size: 0.875em;
  }
  .error:empty {
    display: none;
  }
  .error::before {
    content: '⚠ ';
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .message {
    margin: 0;
    padding: 0.75rem;
    border-radius: var(--_wharf-radius);
    border: 1px solid currentColor;
  }
  .message.error-message {
    color: var(--_wharf-danger);
    background: color-mix(in srgb, var(--_wharf-danger) 6%, transparent);
  }
  .message.success {
    color: var(--_wharf-success);
    background: color-mix(in srgb, var(--_wharf-success) 6%, transparent);
  }
  .message.info {
    color: var(--_wharf-muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
