import { css } from 'lit';

export const ticketDeskStyles = css`
  :host {
    display: block;
  }
  /* The queue's five columns scroll inside this box on a phone or in a side panel, not the page; it is the
     containing block of the table's visually hidden caption too, so that cannot escape it either. */
  .queue-scroll {
    position: relative;
    overflow-x: auto;
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
