import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Locale, Ticket } from '@wharf/domain';
import { fieldMessage } from '@wharf/domain/messages';
import { seed, TICKET_PRODUCTS, type TicketCustomer } from '@wharf/mocks';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import { formatDateTime } from '../../i18n/localize.ts';
import { formatCalendarDate } from '../../tickets/views.ts';
import { ticketText } from '../../tickets/text.ts';
import {
  attachmentPicker,
  choose,
  dropFiles,
  fieldError,
  fill,
  inside,
  pasteFiles,
  press,
  shadowOf,
  shows,
  submit,
  textOf,
  waitUntil,
} from '../../testing/story-helpers.ts';
import { wharfElement, defaultStory } from '../../testing/story-meta.ts';
import '../provider/define.ts';
import './define.ts';
import { attachmentPickerText } from '../attachment-picker/attachment-picker.ts';
import { ticketWidgetText } from './ticket-widget.ts';
import type { TicketWidgetView } from './ticket-widget.ts';
import type { WharfTicketCreatedEvent } from '../../events/ticket-created.ts';
import type { WharfTicketUpdatedEvent } from '../../events/ticket-updated.ts';

const TAG = 'wharf-ticket-widget';
type Args = { view: TicketWidgetView };
interface Loaded {
  customer: TicketCustomer;
  /** The ticket the widget opens (its `ticket` attribute). */
  ticket?: Ticket;
  [name: string]: unknown;
}

/**
 * Support inside the customer's own tools: the overview, the ask form with attachments, the tickets in
 * progress and completed, each ticket's details, processing records, attachments and other information, and
 * agents' steps arriving live. The customer is the admin of an enterprise subscribed to two products with a
 * service date a year on (`seed.ticketCustomer()`); agents act through the operator API inside the play
 * functions. Every request, the live event stream included, is answered by the real Wharf app running in this
 * page (`@wharf/mocks`).
 */
const meta: Meta<Args> = {
  title: 'Support/Ticket widget',
  component: TAG,
  args: { view: 'dashboard' },
  argTypes: {
    view: { control: 'inline-radio', options: ['dashboard', 'ask', 'open', 'completed'], description: 'The section shown (`view`)' },
  },
  render: (args, { loaded, globals: { locale } }) => {
    const { customer, ticket } = loaded as Loaded;
    return html`<wharf-provider session-token=${customer.token} locale=${locale}>
      ${wharfElement(TAG, { ...args, ticket: ticket?.number })}
    </wharf-provider>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** For stories that need only the customer (loaders add up, so each story seeds what it shows). */
const customerOnly = async () => ({ customer: await seed.ticketCustomer() });

const widgetOf = (canvas: HTMLElement) => canvas.querySelector(TAG)!;

/** The texts of each row's cells in `selector` (inside the widget). */
function rows(canvas: HTMLElement, selector: string): string[][] {
  return [...(shadowOf(canvas, TAG)?.querySelectorAll(selector) ?? [])].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
}

/** Waits until the open ticket's heading shows `status`. */
async function statusIs(canvas: HTMLElement, status: Ticket['status']) {
  await waitUntil(() => expect(shadowOf(canvas, TAG)?.querySelector('#detail-heading [data-status]')?.getAttribute('data-status')).toBe(status));
}

/** Waits until the widget says its live updates are on (the event stream is open). */
async function liveUpdatesOn(canvas: HTMLElement, locale: Locale) {
  await shows(canvas, TAG, ticketWidgetText(locale).live.connected);
}

/** The element as a page first shows it: its attributes and CSS custom properties are the Controls below. */
export const Default: Story = defaultStory(TAG, { loaders: [customerOnly] });

/**
 * The overview of an enterprise with three tickets: one resolved, one accepted, one waiting. Counts, counts by
 * category, the recently completed ticket (it opens from there) and until when the service runs.
 */
export const Dashboard: Story = {
  loaders: [
    async () => {
      const customer = await seed.ticketCustomer();
      const resolved = await seed.askedTicket(customer, { category: 'data', title: 'Stock differs between WMS and ERP' });
      const accepted = await seed.askedTicket(customer, { category: 'error', title: 'Labels print blank', product: TICKET_PRODUCTS[1] });
      await seed.askedTicket(customer, { category: 'how-to', title: 'How do I export a stock report?' });
      await seed.acceptTicket(accepted.number);
      await seed.resolveTicket(resolved.number, { category: 'data', note: 'Recounted bin A-12; the ERP now matches.' });
      return { customer, resolved };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const { customer, resolved } = loaded as Loaded & { resolved: Ticket };
    const widget = ticketWidgetText(globals.locale);
    const { labels } = ticketText(globals.locale);
    const until = new Intl.DateTimeFormat(globals.locale, { dateStyle: 'long' }).format(new Date(customer.serviceExpiresAt!));
    await shows(canvasElement, TAG, widget.dashboard.serviceExpires(until));
    await waitUntil(() =>
      expect(rows(canvasElement, '.counts div')).toEqual([
        [widget.dashboard.open, '2'],
        [widget.dashboard.completed, '1'],
      ]),
    );
    expect(rows(canvasElement, 'tbody tr')).toEqual([
      [labels.categories['how-to'], '1', '0'],
      [labels.categories.data, '0', '1'],
      [labels.categories.error, '1', '0'],
    ]);
    await shows(canvasElement, TAG, `${resolved.number} ${resolved.title} ·`);
    await press(canvasElement, TAG, resolved.number);
    await shows(canvasElement, TAG, widget.detail.heading(resolved.number, resolved.title));
    await statusIs(canvasElement, 'completed');
  },
};

/** A subscribed enterprise that has asked nothing yet: zeros, nothing completed, nothing in progress. */
export const Empty: Story = {
  loaders: [customerOnly],
  play: async ({ canvasElement, globals }) => {
    const widget = ticketWidgetText(globals.locale);
    await shows(canvasElement, TAG, widget.dashboard.noneCompleted);
    expect(rows(canvasElement, '.counts div')).toEqual([
      [widget.dashboard.open, '0'],
      [widget.dashboard.completed, '0'],
    ]);
    expect(shadowOf(canvasElement, TAG)!.querySelector('table')).toBeNull();
    await press(canvasElement, TAG, `${widget.views.open} (0)`);
    await shows(canvasElement, TAG, widget.lists.emptyOpen);
  },
};

/**
 * The provider ended the subscription a month ago and removed its products: the overview says so and whom to
 * ask, and the ask form says why no product can be chosen.
 */
export const ServiceEnded: Story = {
  loaders: [async () => ({ customer: await seed.ticketCustomer({ products: [], serviceExpiresAt: new Date(Date.now() - 30 * 86_400_000) }) })],
  play: async ({ canvasElement, globals, loaded }) => {
    const { customer } = loaded as Loaded;
    const widget = ticketWidgetText(globals.locale);
    const ended = new Intl.DateTimeFormat(globals.locale, { dateStyle: 'long' }).format(new Date(customer.serviceExpiresAt!));
    await shows(canvasElement, TAG, widget.dashboard.serviceExpired(ended));
    await press(canvasElement, TAG, widget.views.ask);
    await shows(canvasElement, TAG, widget.ask.noProducts);
  },
};

/** Submitted empty: every required field says so at the field, and the first one has the focus. */
export const AskRequiredFields: Story = {
  args: { view: 'ask' },
  loaders: [customerOnly],
  play: async ({ canvasElement, globals }) => {
    await inside(canvasElement, TAG, `#product option[value="${TICKET_PRODUCTS[1]}"]`);
    await submit(canvasElement, TAG);
    const required = fieldMessage(globals.locale, 'required');
    for (const id of ['contactName', 'contactPhone', 'product', 'category', 'title', 'description']) {
      await fieldError(canvasElement, TAG, id, required);
    }
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.activeElement?.id).toBe('contactName'));
  },
};

/**
 * Asked with a screenshot pasted into the description (named by when it was taken) and a PDF dropped on the
 * picker, each uploaded with its progress: the widget tells the host (`wharf-ticket-created`), announces the
 * number and lands on the new ticket, its files under "Attachments".
 */
export const AskedWithAttachments: Story = {
  args: { view: 'ask' },
  loaders: [customerOnly],
  play: async ({ canvasElement, globals }) => {
    const widget = ticketWidgetText(globals.locale);
    const text = ticketText(globals.locale);
    const created = new Promise<WharfTicketCreatedEvent>((resolve) => canvasElement.addEventListener('wharf-ticket-created', resolve, { once: true }));
    await inside(canvasElement, TAG, `#product option[value="${TICKET_PRODUCTS[1]}"]`);
    await fill(canvasElement, TAG, '#contactName', 'Lai Sang Kong');
    await fill(canvasElement, TAG, '#contactPhone', '+852 2730 0273');
    await choose(canvasElement, TAG, '#product', TICKET_PRODUCTS[1]!);
    await choose(canvasElement, TAG, '#category', 'error');
    await fill(canvasElement, TAG, '#title', 'Labels print blank');
    await fill(canvasElement, TAG, '#description', 'Every shipping label comes out blank since this morning.');

    const picker = await attachmentPicker(canvasElement, TAG);
    const screenshot = await seed.screenshotFile('image.png');
    pasteFiles(await inside(canvasElement, TAG, '#description'), [screenshot]);
    dropFiles(picker, [seed.pdfFile('printer-settings.pdf')]);
    await waitUntil(() => expect(picker.attachments.map((attachment) => attachment.name)).toHaveLength(2));
    const [pasted] = picker.attachments;
    expect(pasted!.name).toMatch(new RegExp(`^${attachmentPickerText(globals.locale).pasted}-\\d{8}-\\d{6}\\.png$`));

    await submit(canvasElement, TAG);
    const { number, ticket } = await created;
    expect(number).toMatch(/^OD\d{9}$/);
    await shows(canvasElement, TAG, widget.ask.created(number));
    await shows(canvasElement, TAG, widget.detail.heading(number, 'Labels print blank'));
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.activeElement?.id).toBe('detail-heading'));
    expect(ticket.attachments).toHaveLength(2);
    await press(canvasElement, TAG, `${text.tabs.attachments} (2)`);
    await inside(canvasElement, TAG, `[role=tabpanel] img[alt="${text.preview(pasted!.name)}"][src^="blob:"]`);
    await inside(canvasElement, TAG, `[role=tabpanel] button[aria-label="${text.download('printer-settings.pdf')}"]`);
  },
};

/**
 * A ticket with a history: asked with a screenshot, accepted with an expected date, a processing record with
 * the agent's PDF, and the customer's reply. Each of the four tabs in turn.
 */
export const DetailTabs: Story = {
  loaders: [
    async () => {
      const customer = await seed.ticketCustomer();
      const asked = await seed.askedTicket(customer, { files: [await seed.screenshotFile('voucher-error.png', 'Voucher template: none')] });
      await seed.acceptTicket(asked.number, { note: 'We will check the template settings today.', expectedBy: seed.calendarDate(2) });
      await seed.addTicketRecord(asked.number, {
        note: 'The write-off template was deleted. Please confirm which account set to restore it in.',
        result: 'needs-info',
        files: [seed.pdfFile('template-settings.pdf')],
      });
      const ticket = await seed.replyToTicket(customer, asked.number, 'The 2026 account set, please.');
      return { customer, ticket };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const { ticket, customer } = loaded as Loaded & { ticket: Ticket };
    const text = ticketText(globals.locale);
    await shows(canvasElement, TAG, ticketWidgetText(globals.locale).detail.heading(ticket.number, ticket.title));
    await statusIs(canvasElement, 'processing');
    // Details: what was asked, with its screenshot.
    await shows(canvasElement, TAG, ticket.description);
    await shows(canvasElement, TAG, ticket.contactPhone);
    await inside(canvasElement, TAG, `[role=tabpanel] img[alt="${text.preview('voucher-error.png')}"][src^="blob:"]`);

    await press(canvasElement, TAG, `${text.tabs.records} (3)`);
    await waitUntil(() =>
      expect([...shadowOf(canvasElement, TAG)!.querySelectorAll('ol.records > li')].map((item) => item.getAttribute('data-kind'))).toEqual([
        'accepted',
        'processed',
        'reply',
      ]),
    );
    await shows(canvasElement, TAG, `${text.agent}: Mandy Lau`);
    await shows(canvasElement, TAG, `${text.expectedBy}: ${formatCalendarDate(globals.locale, ticket.expectedBy!)}`);
    await shows(canvasElement, TAG, `${text.result}: ${text.labels.results['needs-info']}`);
    await shows(canvasElement, TAG, 'The 2026 account set, please.');

    await press(canvasElement, TAG, `${text.tabs.attachments} (2)`);
    await inside(canvasElement, TAG, `[role=tabpanel] img[alt="${text.preview('voucher-error.png')}"]`);
    await inside(canvasElement, TAG, `[role=tabpanel] button[aria-label="${text.download('template-settings.pdf')}"]`);

    await press(canvasElement, TAG, text.tabs.other);
    await shows(canvasElement, TAG, `${text.askedBy} ${customer.email}`);
    await shows(canvasElement, TAG, `${text.acceptedAt} ${formatDateTime(globals.locale, new Date(ticket.acceptedAt!))}`);
  },
};

/**
 * The customer has the ticket open when an agent accepts it (through the operator API, in the play function):
 * the event stream brings it in without a reload. The status, the announcement, the acceptance note and the
 * host's `wharf-ticket-updated` all follow.
 */
export const LiveAcceptance: Story = {
  loaders: [
    async () => {
      const customer = await seed.ticketCustomer();
      return { customer, ticket: await seed.askedTicket(customer, { title: 'Customs declaration stuck in draft' }) };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const { ticket } = loaded as Loaded & { ticket: Ticket };
    const text = ticketText(globals.locale);
    await shows(canvasElement, TAG, ticketWidgetText(globals.locale).detail.heading(ticket.number, ticket.title));
    await statusIs(canvasElement, 'submitted');
    await liveUpdatesOn(canvasElement, globals.locale);
    const updated = new Promise<WharfTicketUpdatedEvent>((resolve) => widgetOf(canvasElement).addEventListener('wharf-ticket-updated', resolve, { once: true }));

    await seed.acceptTicket(ticket.number, { note: 'Our customs team is on it; expect a call before noon.', expectedBy: seed.calendarDate(1) });

    const event = await updated;
    expect([event.number, event.status, event.change]).toEqual([ticket.number, 'accepted', 'ticket.accepted']);
    await statusIs(canvasElement, 'accepted');
    await shows(canvasElement, TAG, text.changed(ticket.number, text.labels.statuses.accepted));
    await shows(canvasElement, TAG, `${text.expectedBy}: ${formatCalendarDate(globals.locale, seed.calendarDate(1))}`);
    await press(canvasElement, TAG, `${text.tabs.records} (1)`);
    await shows(canvasElement, TAG, 'Our customs team is on it; expect a call before noon.');
  },
};

/**
 * A ticket just resolved, found under "Completed": it can be reopened within 7 days, saying what is still
 * wrong (required); reopened, it is back in progress.
 */
export const CompletedReopen: Story = {
  args: { view: 'completed' },
  loaders: [
    async () => {
      const customer = await seed.ticketCustomer();
      const asked = await seed.askedTicket(customer, { title: 'Labels print blank', category: 'error' });
      return { customer, resolved: await seed.resolveTicket(asked.number, { category: 'error', note: 'Printer driver updated remotely.' }) };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const { resolved } = loaded as Loaded & { resolved: Ticket };
    const widget = ticketWidgetText(globals.locale);
    await shows(canvasElement, TAG, widget.lists.completed);
    await press(canvasElement, TAG, resolved.number);
    await statusIs(canvasElement, 'completed');
    await shows(canvasElement, TAG, widget.detail.reopenHint(formatDateTime(globals.locale, new Date(resolved.reopenableUntil!))));
    await press(canvasElement, TAG, widget.detail.reopen);
    await fieldError(canvasElement, TAG, 'reopen-note', fieldMessage(globals.locale, 'required'));
    await fill(canvasElement, TAG, '#reopen-note', 'Still blank on the second printer.');
    await press(canvasElement, TAG, widget.detail.reopen);
    await shows(canvasElement, TAG, widget.detail.reopened);
    await statusIs(canvasElement, 'processing');
    await waitUntil(() => expect(textOf(canvasElement, TAG)).toContain('Still blank on the second printer.'));
  },
};

/** Traditional Chinese as written in Hong Kong (zh-HK): the overview. */
export const HongKongChinese: Story = { ...Dashboard, globals: { locale: 'zh-HK' }, tags: ['!dev', '!autodocs', 'locale-check'] };

/** zh-HK: the ask form's field errors, in the server's own words. */
export const HongKongChineseAskRequiredFields: Story = { ...AskRequiredFields, globals: { locale: 'zh-HK' }, tags: ['!dev', '!autodocs', 'locale-check'], args: { view: 'ask' } };

/** zh-HK: an agent's acceptance arriving live. */
export const HongKongChineseLiveAcceptance: Story = { ...LiveAcceptance, globals: { locale: 'zh-HK' }, tags: ['!dev', '!autodocs', 'locale-check'] };
