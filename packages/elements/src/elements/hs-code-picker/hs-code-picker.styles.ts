import { css } from 'lit';

/** `<wharf-hs-code-picker>`'s own styles, over the shared form styles. */
export const hsCodePickerStyles = css`
  :host {
    --_wharf-list-height: var(--wharf-hs-code-picker-list-height, 20rem);
    --_wharf-active: var(--wharf-hs-code-picker-active-background, color-mix(in srgb, var(--_wharf-primary) 10%, var(--_wharf-surface)));
    position: relative;
  }
  .combo {
    position: relative;
  }
  .control {
    display: flex;
    gap: 0.5rem;
  }
  .control input {
    flex: 1;
    min-width: 0;
  }
  .control button {
    flex: none;
    white-space: nowrap;
  }
  [part='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    inset-block-start: calc(100% + 0.25rem);
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
    max-height: var(--_wharf-list-height);
    overflow-y: auto;
    background: var(--_wharf-surface);
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
    box-shadow: var(--wharf-shadow, 0 6px 20px rgb(0 0 0 / 0.12));
  }
  [part='listbox'][hidden] {
    display: none;
  }
  [part~='option'] {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.75rem;
    padding: 0.5rem 0.75rem;
    cursor: pointer;
    border-inline-start: 3px solid transparent;
  }
  [part~='option'][aria-selected='true'] {
    background: var(--_wharf-active);
    border-inline-start-color: var(--_wharf-primary);
  }
  [part~='option']:hover {
    background: var(--_wharf-active);
  }
  [part='option-code'] {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  [part='chosen'] {
    margin: 0;
  }
  [part='chosen'] strong {
    font-variant-numeric: tabular-nums;
  }
  [part='empty'] {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_wharf-border);
    border-radius: var(--_wharf-radius);
    color: var(--_wharf-muted);
    font-size: 0.875em;
  }
  input:disabled {
    opacity: 0.7;
    cursor: not-allowed;
  }
`;
