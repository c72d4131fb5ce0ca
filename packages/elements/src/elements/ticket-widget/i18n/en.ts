/** The strings of `<wharf-ticket-widget>` only (shared ticket words are in src/tickets/text.ts). */
export interface TicketWidgetText {
  heading: string;
  views: { dashboard: string; ask: string; open: string; completed: string };
  viewsLabel: string;
  dashboard: {
    open: string;
    completed: string;
    byCategory: string;
    recentlyCompleted: string;
    noneCompleted: string;
    serviceExpires: (date: string) => string;
    serviceExpired: (date: string) => string;
    noService: string;
  };
  ask: {
    heading: string;
    intro: string;
    chooseProduct: string;
    chooseCategory: string;
    noProducts: string;
    submit: string;
    submitting: string;
    created: (number: string) => string;
    phoneHint: string;
  };
  lists: { open: string; completed: string; emptyOpen: string; emptyCompleted: string };
  detail: {
    back: string;
    heading: (number: string, title: string) => string;
    reply: string;
    replyLabel: string;
    replySend: string;
    replied: string;
    reopen: string;
    reopenLabel: string;
    reopenHint: (until: string) => string;
    reopened: string;
    reopenClosed: string;
  };
  live: { connected: string; reconnecting: string };
}

export const en: TicketWidgetText = {
  heading: 'Support',
  views: { dashboard: 'Overview', ask: 'Ask for help', open: 'In progress', completed: 'Completed' },
  viewsLabel: 'Support sections',
  dashboard: {
    open: 'In progress',
    completed: 'Completed',
    byCategory: 'By category',
    recentlyCompleted: 'Recently completed',
    noneCompleted: 'No ticket has been completed yet.',
    serviceExpires: (date) => `Your support service runs until ${date}.`,
    serviceExpired: (date) => `Your support service ended on ${date}. Contact your provider to renew it.`,
    noService: 'Your enterprise has no support service date yet.',
  },
  ask: {
    heading: 'Ask for help',
    intro: 'Describe what happened and attach screenshots: an agent accepts it and you can follow every step here.',
    chooseProduct: 'Choose a product',
    chooseCategory: 'Choose a category',
    noProducts: 'Your enterprise subscribes to no product yet; ask your provider to add your subscription.',
    submit: 'Submit ticket',
    submitting: 'Submitting…',
    created: (number) => `Ticket ${number} was submitted. We will email you when an agent accepts it.`,
    phoneHint: 'With the country code for numbers outside mainland China, e.g. +852 2730 0273.',
  },
  lists: {
    open: 'Tickets in progress',
    completed: 'Completed tickets',
    emptyOpen: 'No ticket is in progress.',
    emptyCompleted: 'No ticket has been completed yet.',
  },
  detail: {
    back: 'Back to the list',
    heading: (number, title) => `${number}: ${title}`,
    reply: 'Add information',
    replyLabel: 'Your reply',
    replySend: 'Send reply',
    replied: 'Your reply was added.',
    reopen: 'Reopen ticket',
    reopenLabel: 'What is still wrong?',
    reopenHint: (until) => `You can reopen this ticket until ${until}.`,
    reopened: 'The ticket was reopened.',
    reopenClosed: 'This ticket can no longer be reopened: ask a new question instead.',
  },
  live: { connected: 'Live updates on', reconnecting: 'Reconnecting for live updates…' },
};
