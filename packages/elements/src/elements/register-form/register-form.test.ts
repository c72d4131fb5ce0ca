import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../provider/define.ts';
import './define.ts';
import type { WharfRegisterForm } from './register-form.ts';
import { codeFor, registerAccount, shadow, shadowText, typeInto, uniqueEmail } from '../../testing/helpers.ts';
import type { WharfForgotPasswordEvent } from '../../events/forgot-password.ts';
import type { WharfSignedInEvent } from '../../events/signed-in.ts';

async function mount(locale = 'en') {
  const provider = await fixture(html`<wharf-provider locale=${locale}><wharf-register-form></wharf-register-form></wharf-provider>`);
  const form = provider.querySelector('wharf-register-form') as WharfRegisterForm;
  await form.updateComplete;
  return form;
}

describe('<wharf-register-form>', () => {
  it('registers: email → code → password with a live checklist → signed in', async () => {
    const form = await mount();
    const email = uniqueEmail('reg');
    await typeInto(form, '#register-email', email.toUpperCase());
    shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => form.shadowRoot!.querySelector('#register-code'), 'code step not shown');
    expect(shadowText(form)).to.contain(email);
    expect(shadow<HTMLButtonElement>(form, '[part=resend]').disabled).to.be.true;
    expect(shadow(form, '[part=resend]').textContent).to.match(/New code in \d+ s/);

    await typeInto(form, '#register-code', await codeFor(email));
    shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => form.shadowRoot!.querySelector('#password'), 'password step not shown');

    await typeInto(form, '#password', 'abcdefgh');
    const rules = () => [...form.shadowRoot!.querySelectorAll('.rule')].map((li) => li.getAttribute('data-met'));
    await waitUntil(() => rules()[0] === 'true');
    expect(rules()).to.deep.equal(['true', 'false', 'false', 'true', 'false', 'false']);
    await typeInto(form, '#password', 'Hk27300273');
    await waitUntil(() => rules()[1] === 'true');
    await typeInto(form, '#confirm', 'Hk27300273');

    const signedIn = oneEvent<WharfSignedInEvent>(form, 'wharf-signed-in');
    shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    const event = await signedIn;
    expect(event.user.email).to.equal(email);
    expect(event.token).to.match(/^wst_/);
    await waitUntil(() => shadowText(form).includes('ready'));
  });

  it('explains an account number typed as the email, at the field, before asking the server', async () => {
    const form = await mount();
    await typeInto(form, '#register-email', '7551234567');
    shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    await form.updateComplete;
    const input = shadow<HTMLInputElement>(form, '#register-email');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(form, '#register-email-error').textContent).to.contain('customer account number');
    expect(form.shadowRoot!.activeElement).to.equal(input);
  });

  it('says an email is already registered and offers a password reset', async () => {
    const { email } = await registerAccount();
    const form = await mount();
    await typeInto(form, '#register-email', email);
    shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => form.shadowRoot!.querySelector('[part=reset-link]'), 'no reset offer');
    expect(shadow(form, '#register-email-error').textContent).to.contain('already registered');
    const forgot = oneEvent<WharfForgotPasswordEvent>(form, 'wharf-forgot-password');
    shadow<HTMLButtonElement>(form, '[part=reset-link]').click();
    expect((await forgot).email).to.equal(email);
  });

  it('shows a wrong code at the code field with the tries left', async () => {
    const form = await mount();
    const email = uniqueEmail('wrongcode');
    await typeInto(form, '#register-email', email);
    shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => form.shadowRoot!.querySelector('#register-code'));
    const right = await codeFor(email);
    await typeInto(form, '#register-code', right === '000000' ? '111111' : '000000');
    shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => shadow(form, '#register-code-error').textContent!.includes('4 tries left'));
    expect(shadow(form, '#register-code').getAttribute('aria-invalid')).to.equal('true');
  });

  it('speaks Simplified and Traditional Chinese, switching with the provider', async () => {
    const form = await mount('zh-CN');
    expect(shadowText(form)).to.contain('注册账号');
    const provider = form.closest('wharf-provider')!;
    provider.locale = 'zh-HK';
    await waitUntil(() => shadowText(form).includes('註冊帳戶'));
    form.locale = 'en';
    await waitUntil(() => shadowText(form).includes('Create your account'));
  });

  it('is accessible at every step', async () => {
    const form = await mount();
    await expect(form).to.be.accessible();
    const email = uniqueEmail('a11y');
    await typeInto(form, '#register-email', email);
    shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => form.shadowRoot!.querySelector('#register-code'));
    await expect(form).to.be.accessible();
  });
});
