import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../provider/define.ts';
import './define.ts';
import type { WharfLoginForm } from './login-form.ts';
import type { WharfProvider } from '../provider/provider.ts';
import type { WharfForgotPasswordEvent, WharfSessionChangeEvent, WharfSignedInEvent } from '../../internal/events.ts';
import { registerAccount, shadow, typeInto, uniqueEmail } from '../../testing/helpers.ts';

async function mount(locale = 'en', attrs = '') {
  const provider = (await fixture(
    attrs
      ? html`<wharf-provider locale=${locale}><wharf-login-form reset-href="/forgot"></wharf-login-form></wharf-provider>`
      : html`<wharf-provider locale=${locale}><wharf-login-form></wharf-login-form></wharf-provider>`,
  )) as WharfProvider;
  const form = provider.querySelector('wharf-login-form') as WharfLoginForm;
  await form.updateComplete;
  return { provider, form };
}
const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const submit = (form: HTMLElement) => shadow<HTMLButtonElement>(form, 'button[type=submit]').click();

describe('<wharf-login-form>', () => {
  it('signs in and the provider holds the session', async () => {
    const { email, password } = await registerAccount();
    const { provider, form } = await mount();
    await typeInto(form, '#email', email);
    await typeInto(form, '#password', password);
    const signedIn = oneEvent<WharfSignedInEvent>(form, 'wharf-signed-in');
    const session = oneEvent<WharfSessionChangeEvent>(provider, 'wharf-session-change');
    submit(form);
    expect((await signedIn).token).to.match(/^wst_/);
    const change = await session;
    expect(change.session.status).to.equal('signed-in');
    expect(provider.session.status).to.equal('signed-in');
  });

  it('says what is missing, at the field, before asking the server', async () => {
    const { form } = await mount();
    submit(form);
    await form.updateComplete;
    expect(shadow(form, '#email').getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(form, '#password').getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(form, '#email-error').textContent).to.equal('This field is required.');
    expect(form.shadowRoot!.activeElement).to.equal(shadow(form, '#email'));
    await typeInto(form, '#email', '7551234567');
    submit(form);
    await waitUntil(() => shadow(form, '#email-error').textContent!.includes('customer account number'));
  });

  it('points an unknown email to registration, at the email field', async () => {
    const { form } = await mount();
    await typeInto(form, '#email', uniqueEmail('nobody'));
    await typeInto(form, '#password', 'Whatever-1');
    submit(form);
    await waitUntil(() => shadow(form, '#email-error').textContent!.includes('register first'));
  });

  it('speaks the three locales', async () => {
    const { provider, form } = await mount('zh-CN');
    expect(text(form)).to.contain('忘记密码？');
    provider.locale = 'zh-HK';
    await waitUntil(() => text(form).includes('忘記密碼？'));
    provider.locale = 'en';
    await waitUntil(() => text(form).includes('Forgot password?'));
  });

  it('is accessible, empty and with errors', async () => {
    const { form } = await mount();
    await expect(form).to.be.accessible();
    submit(form);
    await form.updateComplete;
    await expect(form).to.be.accessible();
  });

  it('counts down the attempts, runs the browser check, then explains the lock and offers the reset', async () => {
    const { email } = await registerAccount();
    const { form } = await mount();
    await typeInto(form, '#email', email);
    for (let attempt = 1; attempt <= 4; attempt++) {
      await typeInto(form, '#password', `Wrong-${attempt}-pass`);
      submit(form);
      const left = 5 - attempt;
      await waitUntil(() => text(form).includes(`${left} ${left === 1 ? 'attempt' : 'attempts'} left`), `attempt ${attempt}`, { timeout: 10000 });
      expect(shadow(form, '#password').getAttribute('aria-invalid')).to.equal('true');
    }
    // Four failures from this page: the server now wants a browser check, which ran in the background.
    await waitUntil(() => text(form).includes('Browser check done.'), 'captcha not solved', { timeout: 10000 });
    await typeInto(form, '#password', 'Wrong-5-pass');
    submit(form);
    await waitUntil(() => text(form).includes('This account is locked until'), 'no lock message', { timeout: 10000 });
    const forgot = oneEvent<WharfForgotPasswordEvent>(form, 'wharf-forgot-password');
    const resetButton = [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Reset your password'))!;
    resetButton.click();
    expect((await forgot).email).to.equal(email);
  });

  it('renders the reset as a link when the host gives reset-href', async () => {
    const { form } = await mount('en', 'reset-href');
    const link = shadow<HTMLAnchorElement>(form, 'a[part=forgot]');
    expect(link.getAttribute('href')).to.equal('/forgot');
  });
});
