import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fieldMessage } from '@wharf/domain/messages';
import { ATTACHMENT_POLICY, TICKET_POLICY } from '@wharf/domain/tickets';
import { holdRequests, seed, type TicketCustomer } from '@wharf/mocks';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { attachmentPicker, dropFiles, press, shows, waitUntil } from '../../testing/story-helpers.ts';
import { wharfElement, defaultStory } from '../../testing/story-meta.ts';
import '../provider/define.ts';
import './define.ts';
import { attachmentPickerText, type WharfAttachmentPicker } from './attachment-picker.ts';
import type { WharfAttachmentsChangeEvent } from '../../events/attachments-change.ts';

const TAG = 'wharf-attachment-picker';
type Args = { maxFiles: number };

/** Uploads wait at the service worker until a play function lets them through (see `UploadProgress`). */
const heldUploads = holdRequests('post', '/v1/attachments');

/**
 * Files for a ticket or a reply: chosen, dropped or pasted, each checked in the browser by the server's own
 * rule (type by name and content, size), then uploaded with a progress bar. Used inside the ticket widget's
 * forms and the agents' desk; here on its own, for the admin of an enterprise that may ask for help
 * (`seed.ticketCustomer()`). Uploads are answered by the real Wharf app running in this page (`@wharf/mocks`).
 */
const meta: Meta<Args> = {
  title: 'Support/Attachment picker',
  component: TAG,
  args: { maxFiles: TICKET_POLICY.maxAttachments },
  argTypes: { maxFiles: { control: { type: 'number', min: 1, max: 10 }, description: '`max-files`' } },
  loaders: [async () => ({ customer: await seed.ticketCustomer() })],
  render: (args, { loaded, globals: { locale } }) => html`<wharf-provider session-token=${(loaded.customer as TicketCustomer).token} locale=${locale}>
    ${wharfElement(TAG, args)}
  </wharf-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

const megabytes = ATTACHMENT_POLICY.maxBytes / 1048576;

/** The items of the file list, each as `{ state, text }`. */
function items(picker: WharfAttachmentPicker) {
  return [...picker.shadowRoot!.querySelectorAll('li')].map((item) => ({
    state: item.getAttribute('data-state'),
    text: item.textContent!.replace(/\s+/g, ' ').trim(),
  }));
}

/** The element as a page first shows it: its attributes and CSS custom properties are the Controls below. */
export const Default: Story = defaultStory(TAG);

/** Nothing chosen yet: the button, where to drop, and the limits (types, size, how many). */
export const Empty: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const picker = attachmentPickerText(globals.locale);
    await shows(canvasElement, TAG, picker.choose);
    await shows(canvasElement, TAG, picker.drop);
    await shows(canvasElement, TAG, picker.limits(ATTACHMENT_POLICY.extensions.join(', '), megabytes, args.maxFiles));
    const element = await attachmentPicker(canvasElement);
    expect(element.shadowRoot!.querySelector('ul')).toBeNull();
    expect(element.attachments).toEqual([]);
  },
};

/**
 * A video too large to attach and a program: each refused at its own line, which names the file and says what
 * to do instead, before anything is uploaded.
 */
export const RefusedFiles: Story = {
  play: async ({ canvasElement, globals }) => {
    const element = await attachmentPicker(canvasElement);
    dropFiles(element, [seed.oversizedFile('warehouse-walkthrough.png'), seed.programFile('label-driver-setup.exe')]);
    const tooLarge = fieldMessage(globals.locale, 'attachment_too_large', { max: ATTACHMENT_POLICY.maxBytes });
    const wrongType = fieldMessage(globals.locale, 'attachment_type', { options: ATTACHMENT_POLICY.extensions });
    await waitUntil(() => expect(items(element).map((item) => item.state)).toEqual(['error', 'error']));
    const [large, program] = items(element);
    expect(large!.text).toContain('warehouse-walkthrough.png');
    expect(large!.text).toContain(tooLarge);
    expect(program!.text).toContain('label-driver-setup.exe');
    expect(program!.text).toContain(wrongType);
    expect(element.attachments).toEqual([]);
    expect(element.uploading).toBe(false);
  },
};

/**
 * Two files on their way: each shows a progress bar, then is attached and announced, and the picker tells its
 * form (`wharf-attachments-change`); one is removed again. The uploads are held at the service worker until
 * the play function has seen the bars. Note: Chromium reports no upload progress for a request a service
 * worker answers, so here the bars stay at 0 % until the answer; against a real server they fill as the bytes
 * go out (the SDK's XHR upload).
 */
export const UploadProgress: Story = {
  parameters: { msw: [heldUploads.handler] },
  // Uploads still held from an earlier render of this story (in the same page) go through first.
  loaders: [() => (heldUploads.release(), {})],
  play: async ({ canvasElement, globals }) => {
    const picker = attachmentPickerText(globals.locale);
    const element = await attachmentPicker(canvasElement);
    const changes: string[][] = [];
    element.addEventListener('wharf-attachments-change', (event: WharfAttachmentsChangeEvent) =>
      changes.push(event.attachments.map((attachment) => attachment.name)),
    );
    dropFiles(element, [await seed.screenshotFile('scanner-error.png', 'Scanner: no connection'), seed.pdfFile('packing-list.pdf')]);

    await waitUntil(() => expect(heldUploads.waiting).toBe(2));
    const bars = [...element.shadowRoot!.querySelectorAll('progress')];
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      picker.uploading('scanner-error.png', Number(bars[0]!.value)),
      picker.uploading('packing-list.pdf', Number(bars[1]!.value)),
    ]);
    expect(element.uploading).toBe(true);

    heldUploads.release();
    await waitUntil(() => expect(items(element).map((item) => item.state)).toEqual(['done', 'done']));
    await shows(canvasElement, TAG, picker.uploaded('scanner-error.png'));
    await shows(canvasElement, TAG, picker.uploaded('packing-list.pdf'));
    expect(element.shadowRoot!.querySelector('progress')).toBeNull();
    expect(element.attachments.map((attachment) => attachment.name)).toEqual(['scanner-error.png', 'packing-list.pdf']);
    expect(changes.at(-1)?.length).toBe(2);

    await press(canvasElement, TAG, picker.remove('packing-list.pdf'));
    await waitUntil(() => expect(element.attachments.map((attachment) => attachment.name)).toEqual(['scanner-error.png']));
    expect(changes.at(-1)).toEqual(['scanner-error.png']);
  },
};

/** At most two files here (`max-files="2"`): a third is turned away with how to make room. */
export const TooManyFiles: Story = {
  args: { maxFiles: 2 },
  play: async ({ canvasElement, globals }) => {
    const element = await attachmentPicker(canvasElement);
    dropFiles(element, [seed.pdfFile('invoice-1.pdf'), seed.pdfFile('invoice-2.pdf'), seed.pdfFile('invoice-3.pdf')]);
    await shows(canvasElement, TAG, attachmentPickerText(globals.locale).tooMany(2));
    await waitUntil(() => expect(element.attachments.map((attachment) => attachment.name)).toEqual(['invoice-1.pdf', 'invoice-2.pdf']));
  },
};

/** Traditional Chinese as written in Hong Kong (zh-HK): the refusals in the server's own words. */
export const HongKongChinese: Story = { ...RefusedFiles, globals: { locale: 'zh-HK' }, tags: ['!dev', '!autodocs', 'locale-check'] };
