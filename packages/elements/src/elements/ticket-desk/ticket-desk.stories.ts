import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Locale, Ticket } from '@wharf/domain';
import { fieldMessage } from '@wharf/domain/messages';
import { MOCK_OPERATOR_TOKEN, seed, type TicketCustomer } from '@wharf/mocks';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import { ticketText } from '../../tickets/text.ts';
import { attachmentPicker, choose, dropFiles, fieldError, fill, inside, press, shadowOf, shows, waitUntil } from '../../testing/story-helpers.ts';
import { wharfElement, defaultStory } from '../../testing/story-meta.ts';
import '../provider/define.ts';
import type { WharfTicketUpdatedEvent } from '../../events/ticket-updated.ts';
import './define.ts';
import { ticketDeskText } from './ticket-desk.ts';

const TAG = 'wharf-ticket-desk';
type Args = { operatorToken: string };

/**
 * The agents' side of support: every enterprise's tickets, oldest first, filtered by status; a ticket with
 * what was asked and its history; accepting it with a note and an expected date; processing records, where
 * "resolved" completes it. It talks to the server with an operator token (the mock operator's, with every
 * role) and follows new tickets and replies live. Every request is answered by the real Wharf app running in
 * this page (`@wharf/mocks`); customers act through the API inside the loaders and play functions.
 */
const meta: Meta<Args> = {
  title: 'Support/Ticket desk',
  component: TAG,
  args: { operatorToken: MOCK_OPERATOR_TOKEN },
  argTypes: { operatorToken: { control: 'text', description: '`operator-token` (the mock operator’s by default)' } },
  render: (args, { globals: { locale } }) => html`<wharf-provider locale=${locale}>
    ${wharfElement(TAG, args)}
  </wharf-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The queue's rows as `[number, enterprise, status]`, in the order shown. */
function queue(canvas: HTMLElement): string[][] {
  return [...(shadowOf(canvas, TAG)?.querySelectorAll('tbody tr') ?? [])].map((row) => [
    row.getAttribute('data-number')!,
    row.children[2]!.textContent!.trim(),
    row.querySelector('[data-status]')!.getAttribute('data-status')!,
  ]);
}

/** The rows of `numbers` only (the queue also holds other stories' tickets when Storybook keeps its page). */
const rowsOf = (canvas: HTMLElement, numbers: string[]) => queue(canvas).filter(([number]) => numbers.includes(number!));

/** Waits until the open ticket's heading shows `status`. */
async function statusIs(canvas: HTMLElement, status: Ticket['status']) {
  await waitUntil(() => expect(shadowOf(canvas, TAG)?.querySelector('#desk-heading [data-status]')?.getAttribute('data-status')).toBe(status));
}

/** The element as a page first shows it: its attributes and CSS custom properties are the Controls below. */
export const Default: Story = defaultStory(TAG);

/**
 * Tickets of two enterprises, oldest first, one already accepted; the story ends with "Accepted" having narrowed
 * the queue to that one.
 */
export const FilteredToAccepted: Story = {
  loaders: [
    async () => {
      const harbour = await seed.ticketCustomer({ name: 'Harbour Trading Ltd' });
      const kowloon = await seed.ticketCustomer({ name: 'Kowloon Bonded Imports' });
      const tickets = [
        await seed.askedTicket(harbour, { title: 'Labels print blank', category: 'error' }),
        await seed.askedTicket(kowloon, { title: 'Cannot import the ASN file', category: 'data' }),
        await seed.askedTicket(harbour, { title: 'How do I add a warehouse user?', category: 'how-to' }),
      ];
      await seed.acceptTicket(tickets[1]!.number);
      return { tickets };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const desk = ticketDeskText(globals.locale);
    const numbers = (loaded.tickets as Ticket[]).map((ticket) => ticket.number);
    await waitUntil(() =>
      expect(rowsOf(canvasElement, numbers)).toEqual([
        [numbers[0], 'Harbour Trading Ltd', 'submitted'],
        [numbers[1], 'Kowloon Bonded Imports', 'accepted'],
        [numbers[2], 'Harbour Trading Ltd', 'submitted'],
      ]),
    );
    await shows(canvasElement, TAG, desk.live.connected);
    await choose(canvasElement, TAG, '#filter', 'accepted');
    await waitUntil(() => expect(rowsOf(canvasElement, numbers)).toEqual([[numbers[1], 'Kowloon Bonded Imports', 'accepted']]));
  },
};

/** A customer asks while the desk is open: the new ticket joins the queue without a reload. */
export const NewTicketArrivesLive: Story = {
  loaders: [async () => ({ customer: await seed.ticketCustomer({ name: 'Tsing Yi Cold Chain' }) })],
  play: async ({ canvasElement, globals, loaded }) => {
    await shows(canvasElement, TAG, ticketDeskText(globals.locale).live.connected);
    const asked = await seed.askedTicket(loaded.customer as TicketCustomer, { title: 'Freezer 3 shows no stock', category: 'data' });
    await waitUntil(() => expect(rowsOf(canvasElement, [asked.number])).toEqual([[asked.number, 'Tsing Yi Cold Chain', 'submitted']]));
  },
};

/**
 * Accepting needs a note to the customer and the expected handling date: both named at their fields when
 * missing. Accepted, the customer is told, and the form for processing records takes its place.
 */
export const AcceptWithNoteAndDate: Story = {
  loaders: [
    async () => {
      const customer = await seed.ticketCustomer();
      return { customer, ticket: await seed.askedTicket(customer, { title: 'Labels print blank', category: 'error' }) };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const desk = ticketDeskText(globals.locale);
    const { number } = loaded.ticket as Ticket;
    const updated = new Promise<WharfTicketUpdatedEvent>((resolve) =>
      canvasElement.querySelector(TAG)!.addEventListener('wharf-ticket-updated', resolve, { once: true }),
    );
    await press(canvasElement, TAG, number);
    await statusIs(canvasElement, 'submitted');
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.activeElement?.id).toBe('desk-heading'));
    await press(canvasElement, TAG, desk.accept.submit);
    const required = fieldMessage(globals.locale, 'required');
    await fieldError(canvasElement, TAG, 'accept-note', required);
    await fieldError(canvasElement, TAG, 'expectedBy', required);

    await fill(canvasElement, TAG, '#accept-note', 'Our engineer will connect to the label printer this afternoon.');
    await fill(canvasElement, TAG, '#expectedBy', seed.calendarDate(2));
    await press(canvasElement, TAG, desk.accept.submit);
    await shows(canvasElement, TAG, desk.accept.done(number));
    expect((await updated).status).toBe('accepted');
    await statusIs(canvasElement, 'accepted');
    await inside(canvasElement, TAG, 'form[data-form=record]');
  },
};

/**
 * An accepted ticket: the agent asks for more ("needs information", in progress), then resolves it with a
 * guide attached. Completed, the customer is told; only their reopening brings it back.
 */
export const RecordThenResolve: Story = {
  loaders: [
    async () => {
      const customer = await seed.ticketCustomer();
      const ticket = await seed.askedTicket(customer, { title: 'Labels print blank', category: 'error' });
      await seed.acceptTicket(ticket.number);
      return { customer, ticket };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const desk = ticketDeskText(globals.locale);
    const text = ticketText(globals.locale);
    const { number } = loaded.ticket as Ticket;
    await press(canvasElement, TAG, number);
    await statusIs(canvasElement, 'accepted');

    await choose(canvasElement, TAG, '#record-result', 'needs-info');
    await fill(canvasElement, TAG, '#record-note', 'Which printer model is it?');
    await press(canvasElement, TAG, desk.record.submit);
    await shows(canvasElement, TAG, desk.record.done(number));
    await statusIs(canvasElement, 'processing');

    await choose(canvasElement, TAG, '#record-result', 'resolved');
    await fill(canvasElement, TAG, '#record-note', 'Driver updated; the attached guide shows the print settings.');
    const picker = await attachmentPicker(canvasElement, TAG);
    dropFiles(picker, [seed.pdfFile('zebra-zt410-guide.pdf')]);
    await waitUntil(() => expect(picker.attachments.map((attachment) => attachment.name)).toEqual(['zebra-zt410-guide.pdf']));
    await press(canvasElement, TAG, desk.record.submit);
    await shows(canvasElement, TAG, desk.record.completed(number));
    await statusIs(canvasElement, 'completed');
    await shows(canvasElement, TAG, desk.completedNote);
    await shows(canvasElement, TAG, `${text.tabs.records} (3)`);
    await shows(canvasElement, TAG, `${text.tabs.attachments} (1)`);
  },
};

/** No operator token: the desk says what it needs and asks the server nothing. */
export const WithoutOperatorToken: Story = {
  args: { operatorToken: '' },
  play: async ({ canvasElement, globals }) => {
    await shows(canvasElement, TAG, ticketDeskText(globals.locale).noToken);
    expect(shadowOf(canvasElement, TAG)!.querySelector('table, form')).toBeNull();
  },
};

/** Traditional Chinese as written in Hong Kong (zh-HK): the queue. */
export const HongKongChinese: Story = { ...FilteredToAccepted, globals: { locale: 'zh-HK' }, tags: ['!dev', '!autodocs', 'locale-check'] };
