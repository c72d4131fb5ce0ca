import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Locale } from '@wharf/domain';
import { fieldMessage } from '@wharf/domain/messages';
import { maskEmail } from '@wharf/domain/enterprises';
import { seed } from '@wharf/mocks';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { choose, fieldError, fill, inside, press, shadowOf, shows, waitUntil } from '../../testing/story-helpers.ts';
import { wharfElement, defaultStory } from '../../testing/story-meta.ts';
import '../provider/define.ts';
import './define.ts';
import { setupText } from './enterprise-setup.ts';

const TAG = 'wharf-enterprise-setup';
type Args = Record<string, unknown>;

/**
 * A signed-in user without an enterprise creates one (and becomes its admin) or joins the customer account
 * their company already has: account number, a code sent to the account's billing email (shown masked), the
 * security PIN when the admin set one. The first to join is admin; later joiners wait for approval. Every
 * request is answered by the real Wharf app running in this page (`@wharf/mocks`).
 */
const meta: Meta<Args> = {
  title: 'Enterprise/Setup',
  component: TAG,
  loaders: [async () => ({ user: await seed.registeredUser() })],
  render: (args, { loaded, globals: { locale } }) => html`<wharf-provider session-token=${loaded.user.token} locale=${locale}>
    ${wharfElement(TAG, args)}
  </wharf-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Asks for an account number, sends the code and waits for the code field. */
async function askToJoin(canvas: HTMLElement, locale: Locale, accountNumber: string) {
  const t = setupText(locale);
  await press(canvas, TAG, t.joinChoice);
  await fill(canvas, TAG, '#accountNumber', accountNumber);
  await press(canvas, TAG, t.sendCode);
  await inside(canvas, TAG, '#code');
}

/** The element as a page first shows it: its attributes and CSS custom properties are the Controls below. */
export const Default: Story = defaultStory(TAG);

/** The two ways in. */
export const Choose: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = setupText(globals.locale);
    await shows(canvasElement, TAG, t.intro);
    await shows(canvasElement, TAG, t.createChoice);
    await shows(canvasElement, TAG, t.joinChoice);
  },
};

/** Creating, submitted empty: every required field says so, and the first one has the focus. */
export const CreateRequiredFields: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = setupText(globals.locale);
    await press(canvasElement, TAG, t.createChoice);
    await press(canvasElement, TAG, t.create);
    const required = fieldMessage(globals.locale, 'required');
    for (const id of ['name', 'registrationNumber', 'tradingCurrency', 'contact.name', 'contact.phone', 'contact.email', 'contact.address']) {
      await fieldError(canvasElement, TAG, id, required);
    }
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.activeElement?.id).toBe('name'));
  },
};

/** Created: the new admin is told the customer account number their colleagues join with. */
export const Created: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = setupText(globals.locale);
    await press(canvasElement, TAG, t.createChoice);
    await fill(canvasElement, TAG, '#name', 'Harbour Trading Ltd');
    await fill(canvasElement, TAG, '#registrationNumber', `BR-${Date.now()}`);
    await choose(canvasElement, TAG, '#tradingCurrency', 'HKD');
    await fill(canvasElement, TAG, '[id="contact.name"]', 'Chan Tai Man');
    await fill(canvasElement, TAG, '[id="contact.phone"]', '+852 2730 0273');
    await fill(canvasElement, TAG, '[id="contact.email"]', 'accounts@harbour.example');
    await fill(canvasElement, TAG, '[id="contact.address"]', '1 Container Port Road, Kwai Chung');
    await press(canvasElement, TAG, t.create);
    await shows(canvasElement, TAG, t.createdTitle);
    await shows(canvasElement, TAG, /WH\d{8}/);
  },
};

/** An email typed where the account number goes is named as such, at the field. */
export const EmailInsteadOfAccountNumber: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = setupText(globals.locale);
    await press(canvasElement, TAG, t.joinChoice);
    await fill(canvasElement, TAG, '#accountNumber', 'me@acme.example');
    await press(canvasElement, TAG, t.sendCode);
    await fieldError(canvasElement, TAG, 'accountNumber', t.emailNotAccount);
  },
};

/** The code went to the account's billing email, shown masked so the user knows whom to ask. */
export const JoinCodeSent: Story = {
  loaders: [async () => ({ account: await seed.openAccount() })],
  play: async ({ canvasElement, globals, loaded }) => {
    await askToJoin(canvasElement, globals.locale, loaded.account.accountNumber);
    await shows(canvasElement, TAG, setupText(globals.locale).codeSentTo(maskEmail(loaded.account.billingEmail)));
  },
};

/** The first to join a customer account becomes its admin. */
export const JoinedAsAdmin: Story = {
  loaders: [async () => ({ account: await seed.openAccount() })],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = setupText(globals.locale);
    await askToJoin(canvasElement, globals.locale, loaded.account.accountNumber);
    await fill(canvasElement, TAG, '#code', await seed.codeFor(loaded.account.billingEmail));
    await press(canvasElement, TAG, t.join);
    await shows(canvasElement, TAG, t.admin(loaded.account.name));
  },
};

/** A later joiner waits for an admin's approval, told (masked) whom to ask. */
export const WaitingForApproval: Story = {
  loaders: [async () => ({ admin: await seed.enterpriseAdmin() })],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = setupText(globals.locale);
    await askToJoin(canvasElement, globals.locale, loaded.admin.enterprise.accountNumber);
    await fill(canvasElement, TAG, '#code', await seed.codeFor(loaded.admin.enterprise.billingEmail));
    await press(canvasElement, TAG, t.join);
    await shows(canvasElement, TAG, t.pendingTitle);
    await shows(canvasElement, TAG, t.askApprovers(maskEmail(loaded.admin.email)));
  },
};

/** The admin set a security PIN: joining asks for it, and a wrong one says how many tries are left. */
export const SecurityPinRequired: Story = {
  loaders: [
    async () => {
      const admin = await seed.enterpriseAdmin();
      await seed.call('PUT', '/v1/enterprises/current/security-pin', { token: admin.token, body: { pin: '270273' } });
      return { admin };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const t = setupText(globals.locale);
    await askToJoin(canvasElement, globals.locale, loaded.admin.enterprise.accountNumber);
    await shows(canvasElement, TAG, t.pinHint);
    await fill(canvasElement, TAG, '#code', await seed.codeFor(loaded.admin.enterprise.billingEmail));
    await fill(canvasElement, TAG, '#securityPin', '111222');
    await press(canvasElement, TAG, t.join);
    await waitUntil(() => expect(shadowOf(canvasElement, TAG)!.querySelector('#securityPin')!.getAttribute('aria-invalid')).toBe('true'));
  },
};

/** Simplified Chinese (zh-CN). */
export const SimplifiedChinese: Story = { ...Choose, globals: { locale: 'zh-CN' }, tags: ['!dev', '!autodocs', 'locale-check'] };
