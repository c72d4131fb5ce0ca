/** The strings of `<wharf-ticket-desk>` only (shared ticket words are in src/tickets/text.ts). */
export interface TicketDeskText {
  heading: string;
  filter: string;
  filters: { open: string; submitted: string; accepted: string; processing: string; completed: string };
  queue: string;
  empty: string;
  noToken: string;
  back: string;
  accept: { heading: string; note: string; noteHint: string; expectedBy: string; submit: string; done: (number: string) => string };
  record: { heading: string; note: string; result: string; chooseResult: string; chooseCategory: string; resolvedHint: string; submit: string; done: (number: string) => string; completed: (number: string) => string };
  completedNote: string;
  live: { connected: string; reconnecting: string };
}

export const en: TicketDeskText = {
  heading: 'Support desk',
  filter: 'Show',
  filters: { open: 'All open', submitted: 'Waiting to be accepted', accepted: 'Accepted', processing: 'In progress', completed: 'Completed' },
  queue: 'Ticket queue, oldest first',
  empty: 'No ticket here. New ones appear as they arrive.',
  noToken: 'The desk needs an operator token with the support role (operator-token).',
  back: 'Back to the queue',
  accept: {
    heading: 'Accept',
    note: 'Note to the customer',
    noteHint: 'The customer is emailed this note and the expected date.',
    expectedBy: 'Expected handling date',
    submit: 'Accept ticket',
    done: (number) => `${number} accepted; the customer was notified.`,
  },
  record: {
    heading: 'Add a processing record',
    note: 'What was done',
    result: 'Result',
    chooseResult: 'Choose a result',
    chooseCategory: 'Choose a category',
    resolvedHint: '“Resolved” completes the ticket; the customer can reopen it within 7 days.',
    submit: 'Add record',
    done: (number) => `Record added to ${number}; the customer was notified.`,
    completed: (number) => `${number} is completed; the customer was notified.`,
  },
  completedNote: 'This ticket is completed. If the customer reopens it, it returns to the queue.',
  live: { connected: 'Live', reconnecting: 'Reconnecting…' },
};
