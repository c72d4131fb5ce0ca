import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './define.ts';
import '../login-form/define.ts';
import type { WharfProvider } from './provider.ts';
import type { WharfSessionChangeEvent } from '../../internal/events.ts';
import type { WharfLoginForm } from '../login-form/login-form.ts';
import { registerAccount } from '../../testing/helpers.ts';

const me = (token: string) => fetch('/v1/me', { headers: { authorization: `Bearer ${token}` } });

describe('<wharf-provider>', () => {
  it('resolves the session a host hands over as a token', async () => {
    const { email, token } = await registerAccount();
    const provider = (await fixture(html`<wharf-provider session-token=${token}></wharf-provider>`)) as WharfProvider;
    await waitUntil(() => provider.session.status === 'signed-in', 'session not resolved');
    expect(provider.session.status === 'signed-in' && provider.session.user.email).to.equal(email);
  });

  it('resolves a bad token to signed out', async () => {
    const provider = (await fixture(html`<wharf-provider session-token="wst_nope"></wharf-provider>`)) as WharfProvider;
    await waitUntil(() => provider.session.status === 'signed-out', 'session not resolved');
  });

  it('signs out on the server and here', async () => {
    const { token } = await registerAccount();
    const provider = (await fixture(html`<wharf-provider session-token=${token}></wharf-provider>`)) as WharfProvider;
    await waitUntil(() => provider.session.status === 'signed-in');
    const change = oneEvent<WharfSessionChangeEvent>(provider, 'wharf-session-change');
    await provider.signOut();
    expect((await change).session.status).to.equal('signed-out');
    expect((await me(token)).status).to.equal(401);
  });

  it('gives its locale to the elements inside and follows changes', async () => {
    const provider = (await fixture(html`<wharf-provider locale="zh-HK"><wharf-login-form></wharf-login-form></wharf-provider>`)) as WharfProvider;
    const form = provider.querySelector('wharf-login-form') as WharfLoginForm;
    await form.updateComplete;
    expect(form.shadowRoot!.textContent).to.contain('登入');
    provider.locale = 'en';
    await waitUntil(() => form.shadowRoot!.textContent!.includes('Sign in'));
  });

  it('is not needed: an element alone uses this origin and the page language', async () => {
    const form = (await fixture(html`<div lang="zh-CN"><wharf-login-form></wharf-login-form></div>`)).querySelector(
      'wharf-login-form',
    ) as WharfLoginForm;
    await form.updateComplete;
    expect(form.shadowRoot!.textContent).to.contain('忘记密码？');
  });
});
