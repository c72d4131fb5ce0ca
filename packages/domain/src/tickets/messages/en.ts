import type { TicketMessages } from './codes.ts';

const megabytes = (bytes = 0) => `${Math.round(bytes / (1024 * 1024))} MB`;
const list = (options: readonly string[] = []) => options.join(', ');
const lines = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join('\n');

export const ticketsEn: TicketMessages = {
  field: {
    duplicate: () => 'The same item is listed twice. Remove the repeat.',
    product_not_subscribed: (p) =>
      p.options?.length
        ? `Choose one of the products your enterprise subscribes to: ${list(p.options)}.`
        : 'Your enterprise subscribes to no product yet. Ask your provider to add your subscription.',
    ticket_not_open: () => 'This ticket is completed. Reopen it to add to it.',
    ticket_already_accepted: () => 'This ticket has already been accepted.',
    ticket_not_accepted: () => 'Accept the ticket before adding processing records.',
    ticket_not_completed: () => 'Only a completed ticket can be reopened.',
    reopen_window_passed: (p) => `A ticket can be reopened within ${p.max} days of completion; this one was completed on ${p.until}. Ask a new question instead.`,
    expected_by_past: () => 'Choose today or a later date.',
    attachment_type: (p) => `Files of this type cannot be attached. Attach one of: ${list(p.options)}.`,
    attachment_mismatch: () => 'The file’s content does not match its name. Save it again in the format its name says.',
    attachment_empty: () => 'The file is empty. Choose the file again.',
    attachment_too_large: (p) => `The file is larger than ${megabytes(p.max)}. Attach a smaller or compressed copy.`,
    attachment_unknown: () => 'This attachment does not exist or is already attached elsewhere. Upload the file again.',
    webhook_url: () => 'Enter the https:// address of your receiver, e.g. https://erp.example.com/wharf-hooks.',
    webhook_address: () =>
      'This address is on a private network or this machine, which webhooks are not sent to. Enter your receiver’s public https:// address.',
    too_many_webhooks: (p) => `An enterprise can have at most ${p.max} webhook endpoints. Delete one first.`,
  },
  labels: {
    statuses: { submitted: 'Submitted', accepted: 'Accepted', processing: 'In progress', completed: 'Completed' },
    categories: {
      'how-to': 'How to use',
      data: 'Data problem',
      configuration: 'Set-up and configuration',
      error: 'Error or malfunction',
      feature: 'Feature request',
      other: 'Other',
    },
    results: { resolved: 'Resolved', partial: 'Partly resolved', 'needs-info': 'Needs information from you' },
  },
  mail: {
    createdSubject: (p) => `New ticket ${p.number} from ${p.enterprise}: ${p.title}`,
    createdBody: (p) => lines(`${p.enterprise} asked for help (${p.category}).`, '', p.title, '', p.description, '', `Contact: ${p.contact}`, p.link && `Open: ${p.link}`),
    acceptedSubject: (p) => `Your ticket ${p.number} was accepted`,
    acceptedBody: (p) => lines(`We accepted your ticket ${p.number} “${p.title}”.`, '', p.note, p.expectedBy && `Expected handling date: ${p.expectedBy}`, p.link && `Follow it: ${p.link}`),
    recordSubject: (p) => `Your ticket ${p.number}: ${p.result}`,
    recordBody: (p) => lines(`We worked on your ticket ${p.number} “${p.title}”.`, '', `[${p.category}] ${p.note}`, `Result: ${p.result}`, p.link && `Follow it: ${p.link}`),
    completedSubject: (p) => `Your ticket ${p.number} is completed`,
    completedBody: (p) =>
      lines(
        `Your ticket ${p.number} “${p.title}” is completed.`,
        '',
        `[${p.category}] ${p.note}`,
        '',
        `If it is not solved, reopen it within ${p.days} days.`,
        p.link && `See it: ${p.link}`,
      ),
    repliedSubject: (p) => `${p.enterprise} replied on ticket ${p.number}`,
    repliedBody: (p) => lines(`${p.enterprise} replied on ticket ${p.number} “${p.title}”:`, '', p.note, p.link && `Open: ${p.link}`),
  },
};
