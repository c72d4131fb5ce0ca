import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../provider/define.ts';
import './define.ts';
import type { WharfPasswordReset } from './password-reset.ts';
import type { WharfPasswordResetEvent } from '../../internal/events.ts';
import { codeFor, registerAccount, shadow, signInAttempt, typeInto, uniqueEmail } from '../../testing/helpers.ts';

async function mount() {
  const provider = await fixture(html`<wharf-provider locale="en"><wharf-password-reset></wharf-password-reset></wharf-provider>`);
  const form = provider.querySelector('wharf-password-reset') as WharfPasswordReset;
  await form.updateComplete;
  return form;
}
const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const submit = (form: HTMLElement) => shadow<HTMLButtonElement>(form, 'button[type=submit]').click();

async function toPasswordStep(form: WharfPasswordReset, email: string) {
  await typeInto(form, '#reset-email', email);
  submit(form);
  await waitUntil(() => form.shadowRoot!.querySelector('#reset-code'), 'no code step');
  expect(text(form)).to.match(/New code in \d+ s/);
  await typeInto(form, '#reset-code', await codeFor(email));
  submit(form);
  await waitUntil(() => form.shadowRoot!.querySelector('#newPassword'), 'no password step');
}

describe('<wharf-password-reset>', () => {
  it('resets the password: email → code → new password, and the new one signs in', async () => {
    const { email, password } = await registerAccount();
    const form = await mount();
    await toPasswordStep(form, email);
    await typeInto(form, '#newPassword', 'weakpass');
    await typeInto(form, '#confirm', 'weakpass');
    submit(form);
    await waitUntil(() => shadow(form, '#newPassword-error').textContent!.includes('at least three'));
    await typeInto(form, '#newPassword', 'Harbour-Reset-9');
    await typeInto(form, '#confirm', 'Harbour-Reset-8');
    submit(form);
    await waitUntil(() => shadow(form, '#confirm-error').textContent === 'The two passwords are not the same.');
    await typeInto(form, '#confirm', 'Harbour-Reset-9');
    const reset = oneEvent<WharfPasswordResetEvent>(form, 'wharf-password-reset');
    submit(form);
    expect((await reset).email).to.equal(email);
    await waitUntil(() => text(form).includes('Your password has been changed'));
    expect(await signInAttempt(email, 'Harbour-Reset-9')).to.equal(200);
    expect(await signInAttempt(email, password)).to.equal(401);
  });

  it('unlocks a locked account', async () => {
    const { email } = await registerAccount();
    let status = 0;
    for (let attempt = 1; status !== 423 && attempt <= 5; attempt++) status = await signInAttempt(email, `Wrong-${attempt}-pass`);
    expect(status).to.equal(423);
    const form = await mount();
    await toPasswordStep(form, email);
    await typeInto(form, '#newPassword', 'Harbour-Reset-9');
    await typeInto(form, '#confirm', 'Harbour-Reset-9');
    submit(form);
    await waitUntil(() => text(form).includes('Your password has been changed'));
    expect(await signInAttempt(email, 'Harbour-Reset-9')).to.equal(200);
  });

  it('says an unknown email has no account, at the field', async () => {
    const form = await mount();
    await typeInto(form, '#reset-email', uniqueEmail('nobody'));
    submit(form);
    await waitUntil(() => shadow(form, '#reset-email-error').textContent!.includes('No account uses this email'));
    expect(shadow(form, '#reset-email').getAttribute('aria-invalid')).to.equal('true');
  });

  it('is accessible', async () => {
    const form = await mount();
    await expect(form).to.be.accessible();
  });
});
