import type { Meta } from '@storybook/web-components-vite';
import { enterpriseMessagesFor, fieldMessage } from '@wharf/domain/messages';
import { seed } from '@wharf/mocks';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { choose, press, shadowOf, shows, textOf, waitUntil } from '../../testing/story-helpers.ts';
import { enterpriseAdminMeta, type Story, type StoryArgs, defaultStory } from '../../testing/story-meta.ts';
import './define.ts';
import { membersText } from './members.ts';

const TAG = 'wharf-members';

/**
 * The people of the enterprise: requests to join waiting for an admin (approved or rejected here, inside the
 * portal — never by email), roles, removal and leaving. Every request is answered by the real Wharf app
 * running in this page (`@wharf/mocks`).
 */
const meta: Meta<StoryArgs> = {
  title: 'Enterprise/Members',
  component: TAG,
  ...enterpriseAdminMeta(TAG, async () => {
    const admin = await seed.enterpriseAdmin();
    const waiting = [await seed.pendingMember(admin.enterprise), await seed.pendingMember(admin.enterprise)];
    return { admin, waiting };
  }),
};
export default meta;

/** The element as a page first shows it: its attributes and CSS custom properties are the Controls below. */
export const Default: Story = defaultStory(TAG);

/** Two colleagues asked to join: the admin sees them first, each with approve and reject. */
export const RequestsWaiting: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    const t = membersText(globals.locale);
    await shows(canvasElement, TAG, t.pendingTitle(2));
    await shows(canvasElement, TAG, t.membersTitle(1));
    for (const person of loaded.waiting) await shows(canvasElement, TAG, person.email);
  },
};

/** Approved: announced, and the colleague moves to the members. */
export const Approved: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    const t = membersText(globals.locale);
    await press(canvasElement, TAG, t.approveLabel(loaded.waiting[0].email));
    await shows(canvasElement, TAG, t.approved(loaded.waiting[0].email));
    await shows(canvasElement, TAG, t.membersTitle(2));
    await shows(canvasElement, TAG, t.pendingTitle(1));
  },
};

/** Rejecting asks first, with the focus on the confirming button. */
export const RejectConfirmed: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    const t = membersText(globals.locale);
    const [first] = loaded.waiting;
    await press(canvasElement, TAG, t.rejectLabel(first.email));
    await shows(canvasElement, TAG, t.confirmReject(first.email));
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.activeElement?.textContent?.trim()).toBe(t.reject));
    await press(canvasElement, TAG, t.reject, '[part=confirm]');
    await shows(canvasElement, TAG, t.rejected(first.email));
    await shows(canvasElement, TAG, t.pendingTitle(1));
  },
};

/** The only admin tries to make themself a member: refused at their row, saying what to do first. */
export const LastAdmin: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    const t = membersText(globals.locale);
    await choose(canvasElement, TAG, `[aria-label="${t.roleLabel(loaded.admin.email)}"]`, 'member');
    await shows(canvasElement, TAG, fieldMessage(globals.locale, 'last_admin'));
  },
};

/** A member (not an admin) sees who belongs, and why they cannot change it; nobody's request is shown. */
export const MemberReadOnly: Story = {
  loaders: [
    async () => {
      const admin = await seed.enterpriseAdmin();
      return { admin, waiting: [await seed.pendingMember(admin.enterprise)], viewer: await seed.approvedMember(admin) };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    await shows(canvasElement, TAG, membersText(globals.locale).readOnly);
    expect(shadowOf(canvasElement, TAG)!.querySelector('select')).toBeNull();
    expect(textOf(canvasElement, TAG)).not.toContain(loaded.waiting[0].email);
  },
};

/** Someone still waiting to be approved: told so. */
export const WaitingForApproval: Story = {
  render: (_args, { loaded, globals: { locale } }) => html`<wharf-provider session-token=${loaded.waiting[0].token} locale=${locale}>
    <wharf-members></wharf-members>
  </wharf-provider>`,
  play: async ({ canvasElement, globals, loaded }) => {
    await shows(canvasElement, TAG, enterpriseMessagesFor(globals.locale).detail.pendingApproval({ name: loaded.admin.enterprise.name }));
  },
};

/** Simplified Chinese (zh-CN). */
export const SimplifiedChinese: Story = { ...RequestsWaiting, globals: { locale: 'zh-CN' }, tags: ['!dev', '!autodocs', 'locale-check'] };
