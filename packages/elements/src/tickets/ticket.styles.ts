import { css } from 'lit';
import { statusStyles } from '../styles/status.styles.ts';
import { factsStyles } from '../styles/facts.styles.ts';
import { tableStyles } from '../styles/table.styles.ts';
import { tabsStyles } from '../styles/tabs.styles.ts';

/** How tickets look in the customer's widget and the agents' desk: status badges, facts, records, files, tabs and tables. */
export const ticketStyles = css`
  ${tabsStyles}
  ${tableStyles}
  ${statusStyles}
  .status[data-status='submitted'] {
    color: var(--_wharf-muted);
  }
  .status[data-status='accepted'],
  .status[data-status='processing'] {
    color: var(--_wharf-primary);
  }
  .status[data-status='completed'] {
    color: var(--_wharf-success);
  }
  ${factsStyles}
  dl.facts dd {
    white-space: pre-wrap;
  }
  ol.records {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  ol.records > li {
    border-inline-start: 3px solid var(--_wharf-border);
    padding-inline-start: 0.75rem;
  }
  ol.records > li[data-author='agent'] {
    border-color: var(--_wharf-primary);
  }
  .record-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    font-size: 0.9em;
    color: var(--_wharf-muted);
  }
  .record-note {
    margin: 0.25rem 0 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  ul.files {
    list-style: none;
    padding: 0;
    margin: 0.25rem 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  ul.files img {
    display: block;
    max-width: 10rem;
    max-height: 7rem;
    border: 1px solid var(--_wharf-border);
    border-radius: var(--_wharf-radius);
  }
`;
