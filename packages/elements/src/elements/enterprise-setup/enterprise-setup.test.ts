import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../provider/define.ts';
import './define.ts';
import type { WharfEnterpriseSetup } from './enterprise-setup.ts';
import type { WharfProvider } from '../provider/provider.ts';
import { api, codeFor, enterpriseAdmin, eventually, registerAccount, shadow, shadowText, TEST_OPERATOR_TOKEN, typeInto, uniqueEmail } from '../../testing/helpers.ts';
import type { WharfEnterpriseCreatedEvent } from '../../events/enterprise-created.ts';
import type { WharfEnterpriseJoinedEvent } from '../../events/enterprise-joined.ts';

async function mount(token: string, locale = 'en') {
  const provider = (await fixture(
    html`<wharf-provider session-token=${token} locale=${locale}><wharf-enterprise-setup></wharf-enterprise-setup></wharf-provider>`,
  )) as WharfProvider;
  await eventually(() => provider.session.status === 'signed-in');
  return { provider, setup: provider.querySelector('wharf-enterprise-setup') as WharfEnterpriseSetup };
}
const button = (el: HTMLElement, label: string) => {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes(label));
  if (!found) throw new Error(`no button “${label}” in: ${shadowText(el)}`);
  return found;
};
async function openAccount() {
  const billingEmail = uniqueEmail('billing');
  const opened = await api('POST', '/v1/operator/enterprises', { token: TEST_OPERATOR_TOKEN, body: { name: 'Kowloon Imports', billingEmail } });
  return { ...opened.body, billingEmail } as { id: string; accountNumber: string; billingEmail: string };
}
async function startJoin(setup: WharfEnterpriseSetup, accountNumber: string) {
  button(setup, 'Join my company').click();
  await setup.updateComplete;
  await typeInto(setup, '#accountNumber', accountNumber);
  button(setup, 'Send code').click();
  await eventually(() => setup.shadowRoot!.querySelector('#code'), () => shadowText(setup));
}

describe('<wharf-enterprise-setup>', () => {
  it('creates an enterprise: required fields named first, then the admin is told the account number', async () => {
    const account = await registerAccount();
    const { provider, setup } = await mount(account.token);
    button(setup, 'Create a new enterprise').click();
    await setup.updateComplete;
    expect(setup.shadowRoot!.activeElement?.id).to.equal('name');
    button(setup, 'Create enterprise').click();
    await eventually(() => shadow(setup, '#name').getAttribute('aria-invalid') === 'true');
    expect(shadow(setup, '#tradingCurrency').getAttribute('aria-invalid')).to.equal('true');
    expect(setup.shadowRoot!.activeElement?.id).to.equal('name');

    await typeInto(setup, '#name', 'Harbour Trading Ltd');
    await typeInto(setup, '#registrationNumber', `BR-${Date.now()}`);
    const currency = shadow<HTMLSelectElement>(setup, '#tradingCurrency');
    currency.value = 'HKD';
    currency.dispatchEvent(new Event('change'));
    await typeInto(setup, '[id="contact.name"]', 'Chan Tai Man');
    await typeInto(setup, '[id="contact.phone"]', '2730 0273');
    await typeInto(setup, '[id="contact.email"]', 'accounts@harbour.example');
    await typeInto(setup, '[id="contact.address"]', '1 Container Port Road');
    const created = oneEvent<WharfEnterpriseCreatedEvent>(setup, 'wharf-enterprise-created');
    button(setup, 'Create enterprise').click();
    const { enterprise } = await created;
    expect(enterprise.role).to.equal('admin');
    await eventually(() => shadowText(setup).includes(`customer account number ${enterprise.accountNumber}`), () => shadowText(setup));
    await eventually(() => provider.session.status === 'signed-in' && provider.session.enterprise?.enterpriseId === enterprise.id, 'provider not refreshed');
  });

  it('joins by account number: the billing email shown masked, then admin; a colleague after waits, told whom to ask', async () => {
    const opened = await openAccount();
    const first = await registerAccount();
    const { setup } = await mount(first.token);
    await startJoin(setup, opened.accountNumber.toLowerCase());
    expect(shadowText(setup)).to.contain(`${opened.billingEmail.slice(0, 2)}***@test.example`);
    expect(setup.shadowRoot!.querySelector('#securityPin')).to.equal(null);
    await typeInto(setup, '#code', await codeFor(opened.billingEmail));
    const joined = oneEvent<WharfEnterpriseJoinedEvent>(setup, 'wharf-enterprise-joined');
    button(setup, 'Join').click();
    expect((await joined).role).to.equal('admin');
    await eventually(() => shadowText(setup).includes('You are the admin of Kowloon Imports'));

    const colleague = await registerAccount();
    const second = await mount(colleague.token);
    await startJoin(second.setup, opened.accountNumber);
    await typeInto(second.setup, '#code', await codeFor(opened.billingEmail));
    button(second.setup, 'Join').click();
    await eventually(() => shadowText(second.setup).includes('Waiting for approval'), () => shadowText(second.setup));
    expect(shadowText(second.setup)).to.contain(`Ask ${first.email.slice(0, 2)}***@test.example to approve you.`);
    expect(shadowText(second.setup)).to.contain('never by email');
  });

  it('names a wrong account number, an email typed instead, and a wrong code', async () => {
    const account = await registerAccount();
    const { setup } = await mount(account.token);
    button(setup, 'Join my company').click();
    await setup.updateComplete;
    await typeInto(setup, '#accountNumber', 'me@acme.example');
    button(setup, 'Send code').click();
    await eventually(() => shadow(setup, '#accountNumber-error').textContent!.includes('email address'));
    await typeInto(setup, '#accountNumber', 'WH99999999');
    button(setup, 'Send code').click();
    await eventually(() => shadow(setup, '#accountNumber-error').textContent!.includes('No customer account has this number'));
    const opened = await openAccount();
    await typeInto(setup, '#accountNumber', opened.accountNumber);
    button(setup, 'Send code').click();
    await eventually(() => setup.shadowRoot!.querySelector('#code'));
    const code = await codeFor(opened.billingEmail);
    await typeInto(setup, '#code', code === '000000' ? '000001' : '000000');
    button(setup, 'Join').click();
    await eventually(() => shadow(setup, '#code-error').textContent!.includes('not correct'), () => shadowText(setup));
    expect(setup.shadowRoot!.activeElement?.id).to.equal('code');
  });

  it('asks for the security PIN when the admin set one, and says how many tries are left', async () => {
    const admin = await enterpriseAdmin();
    await api('PUT', '/v1/enterprises/current/security-pin', { token: admin.token, body: { pin: '270273' } });
    const joiner = await registerAccount();
    const { setup } = await mount(joiner.token);
    await startJoin(setup, admin.enterprise.accountNumber);
    expect(setup.shadowRoot!.querySelector('#securityPin'), 'the PIN field').to.not.equal(null);
    expect(shadowText(setup)).to.contain('Ask them for it');
    await typeInto(setup, '#code', await codeFor('accounts@harbour.example'));
    await typeInto(setup, '#securityPin', '111222');
    button(setup, 'Join').click();
    await eventually(() => shadow(setup, '#securityPin-error').textContent!.includes('4 tries left'), () => shadowText(setup));
    await typeInto(setup, '#securityPin', '270273');
    button(setup, 'Join').click();
    await eventually(() => shadowText(setup).includes('Waiting for approval'));
  });

  it('speaks Simplified Chinese and passes an accessibility audit on each step', async () => {
    const account = await registerAccount();
    const { setup } = await mount(account.token, 'zh-CN');
    expect(shadowText(setup)).to.contain('绑定公司的月结账号');
    await expect(setup).shadowDom.to.be.accessible();
    button(setup, '创建新企业').click();
    await setup.updateComplete;
    await expect(setup).shadowDom.to.be.accessible();
  });
});
