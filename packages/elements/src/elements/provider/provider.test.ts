import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { matchLocale } from '@wharf/domain/common';
import './define.ts';
import '../login-form/define.ts';
import '../password-reset/define.ts';
import type { WharfProvider } from './provider.ts';
import type { WharfLoginForm } from '../login-form/login-form.ts';
import type { WharfPasswordReset } from '../password-reset/password-reset.ts';
import { api, eachTestANewClient, enterpriseAdmin, eventually, loginAttempt, recordRequests, registerAccount, shadow, submitForm, typeInto, uniqueEmail } from '../../testing/helpers.ts';
import type { WharfSessionChangeEvent } from '../../events/session-change.ts';
import type { WharfSignedInEvent } from '../../events/signed-in.ts';

const me = (token: string) => fetch('/v1/me', { headers: { authorization: `Bearer ${token}` } });
const title = (el: HTMLElement) => shadow(el, 'h2').textContent;
// A parent with its own language, which open-wc appends to the body and removes after the test. (Not a plain
// <div> fixture: open-wc waits a frame for it, and a page the runner keeps in the background may never paint.)
const inLanguage = (lang: string) => Object.assign(document.createElement('div'), { lang });

describe('<wharf-provider>', () => {
  eachTestANewClient();

  it('resolves the session a host hands over as a token, through /v1/me', async () => {
    const { email, token } = await registerAccount();
    const provider = (await fixture(html`<wharf-provider session-token=${token}></wharf-provider>`)) as WharfProvider;
    const change = await oneEvent<WharfSessionChangeEvent>(provider, 'wharf-session-change');
    expect(change.session.status).to.equal('signed-in');
    expect(change.session.status === 'signed-in' && change.session.user.email).to.equal(email);
    expect(change.session.status === 'signed-in' && change.session.token).to.equal(token);
    expect(provider.session).to.equal(change.session);
  });

  it('resolves a token the server does not know to signed out', async () => {
    const provider = (await fixture(html`<wharf-provider session-token="wst_not-a-session"></wharf-provider>`)) as WharfProvider;
    expect(provider.session.status).to.equal('unknown');
    const change = await oneEvent<WharfSessionChangeEvent>(provider, 'wharf-session-change');
    expect(change.session).to.deep.equal({ status: 'signed-out' });
    expect(provider.session.status).to.equal('signed-out');
  });

  it('follows a new session token', async () => {
    const first = await registerAccount();
    const second = await registerAccount();
    const provider = (await fixture(html`<wharf-provider session-token=${first.token}></wharf-provider>`)) as WharfProvider;
    await eventually(() => provider.session.status === 'signed-in');
    provider.sessionToken = second.token;
    await eventually(() => provider.session.status === 'signed-in' && provider.session.user.email === second.email, 'second token not resolved');
  });

  it('signs out on the server and here', async () => {
    const { token } = await registerAccount();
    const provider = (await fixture(html`<wharf-provider session-token=${token}></wharf-provider>`)) as WharfProvider;
    await eventually(() => provider.session.status === 'signed-in');
    const change = oneEvent<WharfSessionChangeEvent>(provider, 'wharf-session-change');
    await provider.signOut();
    expect((await change).session).to.deep.equal({ status: 'signed-out' });
    expect(provider.session.status).to.equal('signed-out');
    expect((await me(token)).status, 'the old token still works').to.equal(401);
  });

  it('signing out cancels a session lookup still under way, so its answer cannot sign the user back in', async () => {
    const { token } = await registerAccount();
    // Hold the answer to /v1/me until the sign-out is over (a slow network), watching the request's signal.
    const original = window.fetch;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let lookup: Request | undefined;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request && !init ? input : new Request(input, init);
      if (new URL(request.url).pathname !== '/v1/me') return original.call(window, request);
      lookup = request;
      const response = await original.call(window, request);
      await gate;
      return response;
    };
    try {
      const provider = (await fixture(html`<wharf-provider session-token=${token}></wharf-provider>`)) as WharfProvider;
      await eventually(() => lookup, 'no session lookup');
      await provider.signOut();
      expect(provider.session.status).to.equal('signed-out');
      expect(lookup!.signal.aborted, 'the lookup goes on after the sign-out').to.be.true;
    } finally {
      release();
      window.fetch = original;
    }
  });

  it('holds the session of a sign-in inside it', async () => {
    const { email, password } = await registerAccount();
    const provider = (await fixture(html`<wharf-provider locale="en"><wharf-login-form></wharf-login-form></wharf-provider>`)) as WharfProvider;
    const form = provider.querySelector('wharf-login-form') as WharfLoginForm;
    await form.updateComplete;
    await typeInto(form, '#email', email);
    await typeInto(form, '#password', password);
    const signedIn = oneEvent<WharfSignedInEvent>(provider, 'wharf-signed-in');
    submitForm(form);
    const { token } = await signedIn;
    await eventually(() => provider.session.status === 'signed-in' && provider.session.token === token);
    // Calls after the sign-in carry the new token: signing out ends exactly that session.
    await provider.signOut();
    expect((await me(token)).status).to.equal(401);
  });

  it('gives its locale to the elements inside and follows changes; an element’s own locale wins', async () => {
    const provider = (await fixture(html`<wharf-provider locale="zh-HK">
      <wharf-login-form></wharf-login-form>
      <wharf-password-reset></wharf-password-reset>
    </wharf-provider>`)) as WharfProvider;
    const login = provider.querySelector('wharf-login-form') as WharfLoginForm;
    const reset = provider.querySelector('wharf-password-reset') as WharfPasswordReset;
    await login.updateComplete;
    await reset.updateComplete;
    expect(title(login)).to.equal('登入');
    expect(title(reset)).to.equal('重設密碼');
    expect(login.effectiveLocale).to.equal('zh-HK');

    provider.locale = 'zh-CN';
    await eventually(() => title(login) === '登录' && title(reset) === '重置密码', 'zh-CN not followed');
    expect(provider.getAttribute('locale')).to.equal('zh-CN');

    reset.locale = 'en';
    provider.locale = 'zh-HK';
    await eventually(() => title(login) === '登入', 'zh-HK not followed');
    expect(title(reset)).to.equal('Reset your password');
  });

  it('asks the server in the provider’s language', async () => {
    const provider = (await fixture(html`<wharf-provider locale="zh-CN"><wharf-login-form></wharf-login-form></wharf-provider>`)) as WharfProvider;
    const form = provider.querySelector('wharf-login-form') as WharfLoginForm;
    await form.updateComplete;
    await typeInto(form, '#email', uniqueEmail('nobody'));
    await typeInto(form, '#password', 'Whatever-1');
    const recorded = recordRequests();
    try {
      submitForm(form);
      await eventually(() => shadow(form, '#email-error').textContent === '该邮箱尚未注册。请检查拼写，或先注册。');
      expect(recorded.requests[0]!.headers.get('accept-language')).to.equal('zh-CN');
    } finally {
      recorded.stop();
    }
  });

  it('takes the page’s language when it has no locale', async () => {
    const provider = await fixture(html`<wharf-provider><wharf-login-form></wharf-login-form></wharf-provider>`, { parentNode: inLanguage('zh-Hant-HK') });
    const form = provider.querySelector('wharf-login-form') as WharfLoginForm;
    await form.updateComplete;
    expect(title(form)).to.equal('登入');
  });

  it('is not needed: an element alone asks this origin, in the page’s language', async () => {
    const { email, password } = await registerAccount();
    const form = (await fixture(html`<wharf-login-form></wharf-login-form>`, { parentNode: inLanguage('zh-CN') })) as WharfLoginForm;
    await form.updateComplete;
    expect(title(form)).to.equal('登录');
    expect(shadow(form, '[part=forgot]').textContent!.trim()).to.equal('忘记密码？');

    await typeInto(form, '#email', email);
    await typeInto(form, '#password', 'Wrong-1-pass');
    const recorded = recordRequests();
    try {
      submitForm(form);
      await eventually(() => shadow(form, '#password-error').textContent === '邮箱或密码不正确。', 'no Chinese server message');
      const [request] = recorded.requests;
      expect(request!.url.origin).to.equal(location.origin);
      expect(request!.url.pathname).to.equal('/v1/auth/login');
      expect(request!.headers.get('accept-language')).to.equal('zh-CN');
    } finally {
      recorded.stop();
    }
    await typeInto(form, '#password', password);
    const signedIn = oneEvent<WharfSignedInEvent>(form, 'wharf-signed-in');
    submitForm(form);
    expect((await signedIn).user.email).to.equal(email);
  });

  it('without a provider or a page language, follows the browser', async () => {
    const form = (await fixture(html`<wharf-login-form></wharf-login-form>`)) as WharfLoginForm;
    await form.updateComplete;
    const expected = matchLocale(navigator.language) ?? 'en';
    expect(form.effectiveLocale).to.equal(expected);
    expect(title(form)).to.equal({ en: 'Sign in', 'zh-CN': '登录', 'zh-HK': '登入' }[expected]);
  });
});

describe('<wharf-provider> with a host’s fetchSession', () => {
  it('gets its session from the host, acts in the user’s enterprise, and renews once on a 401 without the page noticing', async () => {
    const admin = await enterpriseAdmin();
    // The host hands out a session that stops working, then a good one (as when an embed session expires).
    const handed: string[] = [];
    let calls = 0;
    const fetchSession = async () => {
      calls++;
      const token = calls === 1 ? admin.token : (await loginAttempt(admin.email, 'Hk27300273')).body.token!;
      handed.push(token);
      return { token, expiresAt: new Date(Date.now() + 15 * 60_000).toISOString() };
    };
    const provider = (await fixture(html`<wharf-provider .fetchSession=${fetchSession}></wharf-provider>`)) as WharfProvider;
    await eventually(() => provider.session.status === 'signed-in', 'not signed in through fetchSession');
    const session = provider.session as Extract<WharfProvider['session'], { status: 'signed-in' }>;
    expect(session.user.email).to.equal(admin.email);
    expect(session.enterprise?.enterpriseId).to.equal(admin.enterprise.id);
    expect(session.enterprise?.role).to.equal('admin');
    expect(calls).to.equal(1);

    // The first session ends on the server; the next call is repeated with a renewed one.
    await api('POST', '/v1/auth/logout', { token: admin.token });
    const enterprise = await provider.client!.enterprises.get();
    expect(enterprise.id).to.equal(admin.enterprise.id);
    expect(calls).to.equal(2);
  });

  it('a host that cannot give a session leaves the user signed out', async () => {
    const provider = (await fixture(
      html`<wharf-provider .fetchSession=${() => Promise.reject(new Error('host says no'))}></wharf-provider>`,
    )) as WharfProvider;
    await eventually(() => provider.session.status === 'signed-out');
  });

  it('switches the enterprise the client acts in', async () => {
    const admin = await enterpriseAdmin();
    const other = await api('POST', '/v1/enterprises', {
      token: admin.token,
      body: {
        name: 'Second Ltd',
        registrationNumber: `BR2-${Date.now()}`,
        tradingCurrency: 'USD',
        contact: { name: 'A', phone: '+852 2730 0273', email: 'a@second.example', address: '1 Road' },
      },
    });
    const provider = (await fixture(html`<wharf-provider session-token=${admin.token}></wharf-provider>`)) as WharfProvider;
    await eventually(() => provider.session.status === 'signed-in');
    expect((await provider.client!.enterprises.get()).id).to.equal(admin.enterprise.id);
    const changed = oneEvent(provider, 'wharf-enterprise-change');
    provider.switchEnterprise(other.body.id);
    expect(((await changed) as Event & { enterprise?: { enterpriseId: string } }).enterprise?.enterpriseId).to.equal(other.body.id);
    expect((await provider.client!.enterprises.get()).name).to.equal('Second Ltd');
  });
});
