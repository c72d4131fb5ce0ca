import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Locale } from '@wharf/domain';
import '../provider/define.ts';
import './define.ts';
import type { WharfPasswordReset } from './password-reset.ts';
import {
  ariaInvalid,
  codeFor,
  eachTestANewClient,
  eventually,
  fieldError,
  focusedId,
  lockAccount,
  loginAttempt,
  recordRequests,
  registerAccount,
  shadow,
  shadowText,
  submitForm,
  typeInto,
  uniqueEmail,
} from '../../testing/helpers.ts';
import type { WharfCodeSentEvent } from '../../events/code-sent.ts';
import type { WharfPasswordResetEvent } from '../../events/password-reset.ts';
import type { WharfSignInRequestEvent } from '../../events/sign-in-request.ts';

async function mount(locale: Locale = 'en') {
  const provider = await fixture(html`<wharf-provider locale=${locale}><wharf-password-reset></wharf-password-reset></wharf-provider>`);
  const form = provider.querySelector('wharf-password-reset') as WharfPasswordReset;
  await form.updateComplete;
  return form;
}
const rules = (form: HTMLElement) => [...form.shadowRoot!.querySelectorAll('.rule')].map((li) => li.getAttribute('data-met'));

async function toCodeStep(form: WharfPasswordReset, email: string) {
  await typeInto(form, '#reset-email', email);
  submitForm(form);
  await eventually(() => form.shadowRoot!.querySelector('#reset-code'), () => `no code step: "${shadowText(form)}"`);
}

async function toPasswordStep(form: WharfPasswordReset, email: string) {
  await toCodeStep(form, email);
  await typeInto(form, '#reset-code', await codeFor(email));
  submitForm(form);
  await eventually(() => form.shadowRoot!.querySelector('#newPassword'), () => `no password step: "${shadowText(form)}"`);
}

describe('<wharf-password-reset>', () => {
  // Each test is its own client for the server's throttles (the sign-in captcha).
  eachTestANewClient();

  it('resets the password: email → code → new password with the checklist → done; the new password signs in', async () => {
    const { email, password } = await registerAccount();
    const form = await mount();
    expect(shadow(form, '.step').textContent).to.equal('Step 1 of 3');
    const codeSent = oneEvent<WharfCodeSentEvent>(form, 'wharf-code-sent');
    await toCodeStep(form, email.toUpperCase());
    expect((await codeSent).email).to.equal(email);
    expect(shadow(form, '.step').textContent).to.equal('Step 2 of 3');
    expect(shadow(form, '#reset-code-hint').textContent).to.equal(`We sent a 6-digit code to ${email}. It expires in 10 minutes.`);
    await eventually(() => focusedId(form) === 'reset-code', 'focus not on the code');

    await typeInto(form, '#reset-code', await codeFor(email));
    submitForm(form);
    await eventually(() => form.shadowRoot!.querySelector('#newPassword'), 'no password step');
    expect(shadow(form, '.step').textContent).to.equal('Step 3 of 3');
    expect(shadow(form, 'label[for=newPassword]').textContent).to.equal('New password');
    await eventually(() => focusedId(form) === 'newPassword', 'focus not on the new password');

    expect(rules(form)).to.deep.equal(['false', 'false', 'false', 'false', 'false', 'false']);
    await typeInto(form, '#newPassword', 'harbour');
    await eventually(() => rules(form)[3] === 'true');
    // length, three of four, upper, lower, digit, symbol
    expect(rules(form)).to.deep.equal(['false', 'false', 'false', 'true', 'false', 'false']);
    await typeInto(form, '#newPassword', 'Harbour-Reset-9');
    await eventually(() => rules(form)[0] === 'true');
    expect(rules(form)).to.deep.equal(['true', 'true', 'true', 'true', 'true', 'true']);
    await typeInto(form, '#confirm', 'Harbour-Reset-9');

    const reset = oneEvent<WharfPasswordResetEvent>(form, 'wharf-password-reset');
    submitForm(form);
    expect((await reset).email).to.equal(email);
    await eventually(() => shadowText(form).includes('Your password has been changed. You can sign in with it now.'));
    expect(shadow(form, '[part=message]').getAttribute('role')).to.equal('status');
    const back = shadow<HTMLButtonElement>(form, '[data-focus]');
    expect(back.textContent!.trim()).to.equal('Back to sign in');
    await eventually(() => form.shadowRoot!.activeElement === back, 'focus not on “Back to sign in”');
    await expect(form).to.be.accessible();
    const signInRequest = oneEvent<WharfSignInRequestEvent>(form, 'wharf-sign-in-request');
    back.click();
    expect((await signInRequest).email).to.equal(email);

    const signIn = await loginAttempt(email, 'Harbour-Reset-9');
    expect(signIn.status).to.equal(200);
    expect(signIn.body.token).to.match(/^wst_/);
    expect((await loginAttempt(email, password)).status).to.equal(401);
  });

  it('unlocks an account locked by failed sign-ins', async () => {
    const { email, password } = await registerAccount();
    await lockAccount(email);
    expect((await loginAttempt(email, password)).status, 'locked even for the right password').to.equal(423);

    const form = await mount();
    await toPasswordStep(form, email);
    await typeInto(form, '#newPassword', 'Harbour-Reset-9');
    await typeInto(form, '#confirm', 'Harbour-Reset-9');
    const reset = oneEvent<WharfPasswordResetEvent>(form, 'wharf-password-reset');
    submitForm(form);
    expect((await reset).email).to.equal(email);
    const signIn = await loginAttempt(email, 'Harbour-Reset-9');
    expect(signIn.status).to.equal(200);
  });

  it('refuses a weak password in the browser, with the policy, and a different confirmation at the confirm field', async () => {
    const { email } = await registerAccount();
    const form = await mount();
    await toPasswordStep(form, email);
    const recorded = recordRequests();
    try {
      await typeInto(form, '#newPassword', 'harbourside');
      await typeInto(form, '#confirm', 'harbourside');
      submitForm(form);
      await eventually(() => ariaInvalid(form, 'newPassword') === 'true', 'weak password accepted');
      expect(fieldError(form, 'newPassword')).to.equal(
        'Use at least three of: upper-case letters, lower-case letters, digits and symbols (e.g. Hk27300273).',
      );
      expect(ariaInvalid(form, 'confirm')).to.equal('false');
      await eventually(() => focusedId(form) === 'newPassword', 'focus not on #newPassword');

      await typeInto(form, '#newPassword', 'Hk273');
      submitForm(form);
      await eventually(() => fieldError(form, 'newPassword') === 'Use at least 8 characters.');

      await typeInto(form, '#newPassword', 'Harbour-Reset-9');
      await typeInto(form, '#confirm', 'Harbour-Reset-8');
      submitForm(form);
      await eventually(() => ariaInvalid(form, 'confirm') === 'true', 'different confirmation accepted');
      expect(fieldError(form, 'confirm')).to.equal('The two passwords are not the same.');
      expect(ariaInvalid(form, 'newPassword')).to.equal('false');
      expect(fieldError(form, 'newPassword')).to.equal('');
      await eventually(() => focusedId(form) === 'confirm', 'focus not on #confirm');
      await expect(form).to.be.accessible();
      expect(recorded.requests, 'nothing sent for a refused password').to.have.length(0);
    } finally {
      recorded.stop();
    }
    // The same form finishes once both are right.
    await typeInto(form, '#confirm', 'Harbour-Reset-9');
    const reset = oneEvent<WharfPasswordResetEvent>(form, 'wharf-password-reset');
    submitForm(form);
    await reset;
  });

  it('says an unknown email has no account, at the email field', async () => {
    const form = await mount();
    await typeInto(form, '#reset-email', uniqueEmail('nobody'));
    submitForm(form);
    await eventually(() => ariaInvalid(form, 'reset-email') === 'true', 'no error at the email field');
    expect(fieldError(form, 'reset-email')).to.equal('No account uses this email. Check the spelling, or register first.');
    expect(form.shadowRoot!.querySelector('#reset-code')).to.be.null;
    await eventually(() => focusedId(form) === 'reset-email', 'focus not on #reset-email');
    await expect(form).to.be.accessible();
  });

  it('explains an account number typed as the email before sending anything', async () => {
    const form = await mount();
    const recorded = recordRequests();
    try {
      await typeInto(form, '#reset-email', '7551234567');
      submitForm(form);
      await eventually(() => ariaInvalid(form, 'reset-email') === 'true');
      expect(fieldError(form, 'reset-email')).to.equal(
        'This looks like a customer account number. Use your email address here; you can join your company’s account after signing up.',
      );
      expect(recorded.requests).to.have.length(0);
    } finally {
      recorded.stop();
    }
  });

  it('counts down to a new code, and goes back to the email on request', async () => {
    const { email } = await registerAccount();
    const form = await mount();
    await toCodeStep(form, email);
    const resend = shadow<HTMLButtonElement>(form, '[part=resend]');
    expect(resend.disabled).to.be.true;
    const seconds = () => Number(/^New code in (\d+) s$/.exec(resend.textContent!.trim())?.[1]);
    expect(seconds()).to.be.within(55, 60);
    const first = seconds();
    await eventually(() => seconds() < first, 'the countdown does not move', 3000);
    expect(resend.disabled).to.be.true;

    shadow<HTMLButtonElement>(form, '[part=change-email]').click();
    await eventually(() => form.shadowRoot!.querySelector('#reset-email'));
    expect(shadow<HTMLInputElement>(form, '#reset-email').value).to.equal(email);
    await eventually(() => focusedId(form) === 'reset-email', 'focus not on #reset-email');
  });

  it('speaks Simplified and Traditional Chinese', async () => {
    const form = await mount('zh-CN');
    expect(shadow(form, 'h2').textContent).to.equal('重置密码');
    expect(shadow(form, '[part=submit]').textContent).to.equal('获取验证码');
    expect(shadow(form, '.step').textContent).to.equal('第 1 步，共 3 步');
    await typeInto(form, '#reset-email', uniqueEmail('nobody'));
    submitForm(form);
    const unknown = '该邮箱尚未注册。请检查拼写，或先注册。';
    await eventually(() => fieldError(form, 'reset-email') === unknown, () => `zh-CN: "${shadowText(form)}"`);
    form.locale = 'zh-HK';
    await eventually(() => shadow(form, 'h2').textContent === '重設密碼');
    expect(shadow(form, '[part=submit]').textContent).to.equal('索取驗證碼');
    expect(shadow(form, 'label[for=reset-email]').textContent).to.equal('電郵');
  });

  it('is accessible at every step', async () => {
    const { email } = await registerAccount();
    const form = await mount();
    await expect(form).to.be.accessible();
    await toCodeStep(form, email);
    await expect(form).to.be.accessible();
    await typeInto(form, '#reset-code', await codeFor(email));
    submitForm(form);
    await eventually(() => form.shadowRoot!.querySelector('#newPassword'));
    await expect(form).to.be.accessible();
    submitForm(form);
    await eventually(() => ariaInvalid(form, 'newPassword') === 'true');
    await expect(form).to.be.accessible();
  });
});
