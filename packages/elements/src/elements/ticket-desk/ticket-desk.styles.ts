import { css } from 'lit';

export const ticketDeskStyles = css`
  :host {
    display: block;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_wharf-space);
  }
  .toolbar .field {
    min-width: 14rem;
  }
  .live {
    font-size: 0.85em;
    color: var(--_wharf-muted);
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0 var(--_wharf-space);
    align-items: start;
  }
  section {
    margin-block-start: var(--_wharf-space);
  }
`;
