import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Locale } from '@wharf/domain';
import { seed } from '@wharf/mocks';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { translationFor } from '../../i18n/localize.ts';
import { LOCALES, sessionReadout, sessionSays, showSession, shows } from '../../testing/story-helpers.ts';
import '../login-form/define.ts';
import './define.ts';
import type { WharfProvider } from './provider.ts';
import { loginFormText } from '../login-form/login-form.ts';

/**
 * Configures Wharf once for everything inside it: the API client, the session and the locale, through
 * @lit/context. It tells the host about the session with `wharf-session-change`; the line in these stories is
 * a host page printing it. Every request is answered by the real Wharf app running in this page (`@wharf/mocks`).
 */
const meta: Meta = {
  title: 'Account/Provider',
  component: 'wharf-provider',
};
export default meta;

const sessionView = (token: string) => html`<wharf-provider session-token=${token} @wharf-session-change=${showSession}>
  ${sessionReadout()}
</wharf-provider>`;

/** A host hands over a session token (e.g. an embed session minted by its server): the provider finds whose it is. */
export const SessionFromToken: StoryObj = {
  loaders: [async () => ({ user: await seed.registeredUser() })],
  render: (_args, { loaded }) => sessionView(loaded.user.token),
  play: async ({ canvasElement, loaded }) => {
    await sessionSays(canvasElement, `Signed in as ${loaded.user.email}`);
    const provider = canvasElement.querySelector<WharfProvider>('wharf-provider')!;
    expect(provider.session).toMatchObject({ status: 'signed-in', token: loaded.user.token });
  },
};

/** A token the server does not know: the provider says nobody is signed in. */
export const BadToken: StoryObj = {
  render: () => sessionView('wst_not-a-real-token'),
  play: async ({ canvasElement }) => {
    await sessionSays(canvasElement, 'Signed out');
    expect(canvasElement.querySelector<WharfProvider>('wharf-provider')!.session.status).toBe('signed-out');
  },
};

const languages: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文', 'zh-HK': '繁體中文' };

/** The host changes the provider's `locale`: every element inside re-renders in that language at once. */
export const LocaleSwitch: StoryObj = {
  render: () => html`<label style="display:block;margin-bottom:1rem;font:14px system-ui,sans-serif"
      >Language
      <select
        @change=${(event: Event) => {
          const select = event.target as HTMLSelectElement;
          select.ownerDocument.querySelector<WharfProvider>('#locale-switch')!.locale = select.value as Locale;
        }}
      >
        ${(['en', 'zh-CN', 'zh-HK'] as const).map((locale) => html`<option value=${locale}>${languages[locale]}</option>`)}
      </select>
    </label>
    <wharf-provider id="locale-switch" locale="en"><wharf-login-form></wharf-login-form></wharf-provider>`,
  play: async ({ canvasElement }) => {
    await shows(canvasElement, 'wharf-login-form', loginFormText('en').forgot);
    const select = canvasElement.querySelector('select')!;
    for (const locale of [...LOCALES.filter((locale) => locale !== 'en'), 'en' as const]) {
      await userEvent.selectOptions(select, locale);
      const t = translationFor(locale);
      await shows(canvasElement, 'wharf-login-form', loginFormText(locale).forgot);
      await shows(canvasElement, 'wharf-login-form', t.common.password);
      expect(canvasElement.querySelector('wharf-provider')!.getAttribute('locale')).toBe(locale);
    }
  },
};
