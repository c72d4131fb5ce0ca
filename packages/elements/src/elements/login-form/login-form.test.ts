import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Locale } from '@wharf/domain';
import '../provider/define.ts';
import './define.ts';
import type { WharfLoginForm } from './login-form.ts';
import type { WharfProvider } from '../provider/provider.ts';
import { solveBuiltInCaptcha, type CaptchaSolver } from '../../internal/captcha.ts';
import {
  ariaInvalid,
  eachTestANewClient,
  eventually,
  fieldError,
  focusedId,
  lockAccount,
  loginAttempt,
  type RecordedRequest,
  recordRequests,
  registerAccount,
  shadow,
  shadowText,
  submitForm,
  typeInto,
  uniqueEmail,
} from '../../testing/helpers.ts';
import type { WharfForgotPasswordEvent } from '../../events/forgot-password.ts';
import type { WharfSessionChangeEvent } from '../../events/session-change.ts';
import type { WharfSignedInEvent } from '../../events/signed-in.ts';

async function mount(options: { locale?: Locale; resetHref?: string } = {}) {
  const provider = (await fixture(
    options.resetHref
      ? html`<wharf-provider locale=${options.locale ?? 'en'}><wharf-login-form reset-href=${options.resetHref}></wharf-login-form></wharf-provider>`
      : html`<wharf-provider locale=${options.locale ?? 'en'}><wharf-login-form></wharf-login-form></wharf-provider>`,
  )) as WharfProvider;
  const form = provider.querySelector('wharf-login-form') as WharfLoginForm;
  await form.updateComplete;
  return { provider, form };
}
const message = (form: HTMLElement) => shadow(form, '[part=message]').textContent!.replace(/\s+/g, ' ').trim();
const captchaStatus = (form: HTMLElement) => shadow(form, '[part=captcha-status]').textContent!.trim();
const logins = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'POST' && r.url.pathname === '/v1/auth/login');
/** How the form shows the end of a lock: the user's locale, the browser's time zone. */
const lockTime = (locale: Locale, until: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(until);

/** Resolves with the provider's first session change that satisfies `accept` (its start-up resolution may come first). */
function sessionChange(provider: WharfProvider, accept: (event: WharfSessionChangeEvent) => boolean) {
  return new Promise<WharfSessionChangeEvent>((resolve) => {
    const listener = (event: WharfSessionChangeEvent) => {
      if (!accept(event)) return;
      provider.removeEventListener('wharf-session-change', listener);
      resolve(event);
    };
    provider.addEventListener('wharf-session-change', listener);
  });
}

describe('<wharf-login-form>', () => {
  // Each test is its own client for the server's throttles, so the captcha comes exactly where a test expects it.
  eachTestANewClient();

  it('signs in: wharf-signed-in carries the user and token, and the provider holds the session', async () => {
    const { email, password } = await registerAccount();
    const { provider, form } = await mount();
    await typeInto(form, '#email', email.toUpperCase());
    await typeInto(form, '#password', password);
    const signedIn = oneEvent<WharfSignedInEvent>(form, 'wharf-signed-in');
    const session = sessionChange(provider, (e) => e.session.status === 'signed-in' && e.session.user.email === email);
    submitForm(form);
    const event = await signedIn;
    expect(event.user.email).to.equal(email);
    expect(event.token).to.match(/^wst_/);
    expect(Date.parse(event.expiresAt)).to.be.greaterThan(Date.now());

    const change = await session;
    expect(change.session).to.deep.include({ status: 'signed-in', token: event.token });
    expect(provider.session.status === 'signed-in' && provider.session.token).to.equal(event.token);
    const me = await fetch('/v1/me', { headers: { authorization: `Bearer ${event.token}` } });
    expect(me.status).to.equal(200);
    expect((await me.json()).user.email).to.equal(email);
    expect(shadow<HTMLInputElement>(form, '#password').value).to.equal('');
  });

  it('says what is missing, at each field, without asking the server', async () => {
    const { form } = await mount();
    const recorded = recordRequests();
    try {
      submitForm(form);
      await eventually(() => ariaInvalid(form, 'email') === 'true');
      expect(fieldError(form, 'email')).to.equal('This field is required.');
      expect(fieldError(form, 'password')).to.equal('This field is required.');
      expect(ariaInvalid(form, 'password')).to.equal('true');
      await eventually(() => focusedId(form) === 'email', 'focus not moved to the first wrong field');
      await typeInto(form, '#email', 'someone@');
      await typeInto(form, '#password', 'Whatever-1');
      submitForm(form);
      await eventually(() => fieldError(form, 'email') === 'Enter an email address such as name@company.com.');
      expect(ariaInvalid(form, 'password')).to.equal('false');
      expect(recorded.requests).to.have.length(0);
    } finally {
      recorded.stop();
    }
  });

  it('explains an account number typed as the email, at the field, before any request', async () => {
    const { form } = await mount();
    await typeInto(form, '#email', '7551234567');
    await typeInto(form, '#password', 'Whatever-1');
    const recorded = recordRequests();
    try {
      submitForm(form);
      await eventually(() => ariaInvalid(form, 'email') === 'true');
      expect(fieldError(form, 'email')).to.equal(
        'This looks like a customer account number. Use your email address here; you can join your company’s account after signing up.',
      );
      expect(shadow(form, '#email').getAttribute('aria-describedby')).to.contain('email-error');
      await eventually(() => focusedId(form) === 'email', 'focus not on #email');
      expect(recorded.requests).to.have.length(0);
    } finally {
      recorded.stop();
    }
  });

  it('points an unknown email to registration, at the email field', async () => {
    const { form } = await mount();
    await typeInto(form, '#email', uniqueEmail('nobody'));
    await typeInto(form, '#password', 'Whatever-1');
    submitForm(form);
    await eventually(() => ariaInvalid(form, 'email') === 'true', 'no error at the email field');
    expect(fieldError(form, 'email')).to.equal('No account uses this email. Check the spelling, or register first.');
    expect(ariaInvalid(form, 'password')).to.equal('false');
    expect(fieldError(form, 'password')).to.equal('');
    expect(message(form)).to.equal('');
    await eventually(() => focusedId(form) === 'email', 'focus not on #email');
  });

  it('counts the attempts down, checks the browser after the third failure, then explains the lock and offers the reset', async () => {
    const { email, password } = await registerAccount();
    const { form } = await mount();
    // The real solver, watched: what the status said when it started, and how often it ran.
    const statusAtStart: string[] = [];
    const solver: CaptchaSolver = async (challenge, signal) => {
      await form.updateComplete;
      statusAtStart.push(captchaStatus(form));
      return solveBuiltInCaptcha(challenge, signal);
    };
    form.captchaSolver = solver;
    await typeInto(form, '#email', email);

    for (let attempt = 1; attempt <= 3; attempt++) {
      await typeInto(form, '#password', `Wrong-${attempt}-pass`);
      submitForm(form);
      const left = 5 - attempt;
      const expected = `${left} attempts left before the account is locked.`;
      await eventually(() => message(form) === expected, () => `attempt ${attempt}: "${message(form)}"`);
      expect(fieldError(form, 'password')).to.equal('The email or password is not correct.');
      expect(ariaInvalid(form, 'password')).to.equal('true');
      expect(ariaInvalid(form, 'email')).to.equal('false');
      await eventually(() => focusedId(form) === 'password', 'focus not on #password');
      if (attempt < 3) expect(captchaStatus(form)).to.equal('');
    }

    // Three failures from this client: the server wants a browser check, and the form runs it in the background.
    await eventually(() => captchaStatus(form) === 'Browser check done.', () => `browser check: "${captchaStatus(form)}"`, 10000);
    expect(statusAtStart).to.deep.equal(['Checking this browser automatically…']);

    const recorded = recordRequests();
    try {
      await typeInto(form, '#password', 'Wrong-4-pass');
      submitForm(form);
      // The fourth attempt reached the password check: the server counted it.
      await eventually(() => message(form) === '1 attempt left before the account is locked.', () => `attempt 4: "${message(form)}"`, 10000);
      const sent = logins(recorded.requests);
      expect(sent).to.have.length(1);
      expect(JSON.parse(sent[0]!.body).captcha).to.have.keys(['challenge', 'nonce']);
    } finally {
      recorded.stop();
    }
    await eventually(() => captchaStatus(form) === 'Browser check done.', 'no check prepared for the fifth attempt', 10000);
    expect(statusAtStart).to.have.length(2);

    await typeInto(form, '#password', 'Wrong-5-pass');
    submitForm(form);
    await eventually(() => message(form).startsWith('Too many failed attempts.'), () => `no lock message: "${message(form)}"`, 10000);
    // Even the right password is refused now; the server says until when.
    const locked = await loginAttempt(email, password);
    expect(locked.status).to.equal(423);
    const until = new Date(locked.body.lockedUntil!);
    expect(until.getTime() - Date.now()).to.be.within(13 * 60_000, 15 * 60_000);
    expect(message(form)).to.equal(
      `Too many failed attempts. This account is locked until ${lockTime('en', until)}. Reset your password to unlock it now`,
    );
    expect(shadow(form, '[part=message]').getAttribute('role')).to.equal('alert');
    expect(ariaInvalid(form, 'password')).to.equal('false');
    await expect(form).to.be.accessible();

    const reset = shadow<HTMLButtonElement>(form, '[part=message] button');
    expect(reset.textContent!.trim()).to.equal('Reset your password to unlock it now');
    const forgot = oneEvent<WharfForgotPasswordEvent>(form, 'wharf-forgot-password');
    reset.click();
    expect((await forgot).email).to.equal(email);
  });

  it('runs a failed browser check again on the next attempt instead of failing for good', async () => {
    const { email } = await registerAccount();
    const { form } = await mount();
    let calls = 0;
    form.captchaSolver = async (challenge, signal) => {
      if (++calls === 1) throw new Error('the check broke off');
      return solveBuiltInCaptcha(challenge, signal);
    };
    await typeInto(form, '#email', email);
    for (let attempt = 1; attempt <= 3; attempt++) {
      await typeInto(form, '#password', `Wrong-${attempt}-pass`);
      submitForm(form);
      await eventually(() => message(form).startsWith(`${5 - attempt} attempts left`), () => `attempt ${attempt}: "${message(form)}"`);
    }
    await eventually(() => calls === 1 && captchaStatus(form) === '', () => `check status: "${captchaStatus(form)}"`, 10000);

    await typeInto(form, '#password', 'Wrong-4-pass');
    submitForm(form);
    await eventually(() => message(form) === '1 attempt left before the account is locked.', () => `attempt 4: "${message(form)}"`, 10000);
    expect(calls).to.be.at.least(2);
  });

  it('links the lock message to reset-href, in the user’s language and time format', async () => {
    const { email, password } = await registerAccount();
    const until = await lockAccount(email);
    const { form } = await mount({ locale: 'zh-HK', resetHref: '/account/forgot' });
    await typeInto(form, '#email', email);
    await typeInto(form, '#password', password);
    submitForm(form);
    // This client failed five times: the form meets the captcha demand, solves it and asks again.
    await eventually(() => form.shadowRoot!.querySelector('[part=message] a'), () => `no lock message: "${message(form)}"`, 10000);
    expect(message(form)).to.equal(`登入失敗次數過多，帳戶已鎖定至 ${lockTime('zh-HK', until)}。 重設密碼可即時解鎖`);
    const link = shadow<HTMLAnchorElement>(form, '[part=message] a');
    expect(link.getAttribute('href')).to.equal('/account/forgot');
    expect(link.textContent!.trim()).to.equal('重設密碼可即時解鎖');
    expect(form.shadowRoot!.querySelector('[part=message] button')).to.be.null;
    expect(shadow<HTMLAnchorElement>(form, '.row a[part=forgot]').getAttribute('href')).to.equal('/account/forgot');
  });

  it('emits wharf-forgot-password with the typed email from “Forgot password?”', async () => {
    const { form } = await mount();
    await typeInto(form, '#email', 'buyer@acme.example');
    const forgot = oneEvent<WharfForgotPasswordEvent>(form, 'wharf-forgot-password');
    shadow<HTMLButtonElement>(form, 'button[part=forgot]').click();
    expect((await forgot).email).to.equal('buyer@acme.example');
  });

  it('speaks Simplified Chinese, Traditional Chinese and English, the server’s messages included', async () => {
    const { email } = await registerAccount();
    const { provider, form } = await mount({ locale: 'zh-CN' });
    expect(shadow(form, 'h2').textContent).to.equal('登录');
    expect(shadow(form, 'label[for=email]').textContent).to.equal('邮箱');
    expect(shadow(form, 'label[for=password]').textContent).to.equal('密码');
    expect(shadow(form, '[part=forgot]').textContent!.trim()).to.equal('忘记密码？');
    await typeInto(form, '#email', email);
    await typeInto(form, '#password', 'Wrong-1-pass');
    submitForm(form);
    await eventually(() => message(form) === '再失败 4 次账号将被锁定。', () => `zh-CN: "${message(form)}"`);
    expect(fieldError(form, 'password')).to.equal('邮箱或密码不正确。');

    provider.locale = 'zh-HK';
    await eventually(() => shadow(form, 'h2').textContent === '登入');
    expect(shadow(form, 'label[for=email]').textContent).to.equal('電郵');
    expect(shadow(form, '[part=forgot]').textContent!.trim()).to.equal('忘記密碼？');
    expect(message(form)).to.equal('再失敗 4 次帳戶將被鎖定。');
    await typeInto(form, '#password', 'Wrong-2-pass');
    submitForm(form);
    await eventually(() => message(form) === '再失敗 3 次帳戶將被鎖定。', () => `zh-HK: "${message(form)}"`);
    expect(fieldError(form, 'password')).to.equal('電郵或密碼不正確。');

    provider.locale = 'en';
    await eventually(() => shadow(form, 'h2').textContent === 'Sign in');
    expect(shadow(form, '[part=submit]').textContent).to.equal('Sign in');
    expect(shadow(form, '[part=forgot]').textContent!.trim()).to.equal('Forgot password?');
    expect(message(form)).to.equal('3 attempts left before the account is locked.');
  });

  it('is accessible, empty and with errors', async () => {
    const { email } = await registerAccount();
    const { form } = await mount();
    await expect(form).to.be.accessible();
    submitForm(form);
    await eventually(() => ariaInvalid(form, 'email') === 'true');
    await expect(form).to.be.accessible();
    await typeInto(form, '#email', email);
    await typeInto(form, '#password', 'Wrong-1-pass');
    submitForm(form);
    await eventually(() => message(form) === '4 attempts left before the account is locked.');
    await expect(form).to.be.accessible();
    const toggle = shadow<HTMLButtonElement>(form, '[part=toggle]');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await form.updateComplete;
    expect(shadow<HTMLInputElement>(form, '#password').type).to.equal('text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await expect(form).to.be.accessible();
  });
});
