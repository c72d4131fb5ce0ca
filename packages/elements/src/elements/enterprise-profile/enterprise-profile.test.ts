import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../provider/define.ts';
import './define.ts';
import type { WharfEnterpriseProfile } from './enterprise-profile.ts';
import type { WharfProvider } from '../provider/provider.ts';
import { api, enterpriseAdmin, eventually, pendingJoiner, shadow, shadowText, TEST_OPERATOR_TOKEN, typeInto } from '../../testing/helpers.ts';
import type { WharfEnterpriseUpdatedEvent } from '../../events/enterprise-updated.ts';

async function mount(token: string, locale = 'en') {
  const provider = (await fixture(
    html`<wharf-provider session-token=${token} locale=${locale}><wharf-enterprise-profile></wharf-enterprise-profile></wharf-provider>`,
  )) as WharfProvider;
  const profile = provider.querySelector('wharf-enterprise-profile') as WharfEnterpriseProfile;
  await eventually(() => profile.shadowRoot!.querySelector('h2'), () => `not loaded: ${profile.shadowRoot!.textContent}`);
  return { provider, profile };
}

describe('<wharf-enterprise-profile>', () => {
  it('shows basic information read-only and lets an admin edit contact information, logged with who and what', async () => {
    const admin = await enterpriseAdmin();
    const { profile } = await mount(admin.token);
    expect(shadow(profile, 'h2').textContent).to.equal('Harbour Trading Ltd');
    expect(shadowText(profile)).to.contain(admin.enterprise.accountNumber);
    expect(profile.shadowRoot!.querySelector('input#name, input[name=name]'), 'no input for the name').to.equal(null);

    await typeInto(profile, 'input[name="contact.phone"]', '+852 2111 2222');
    const saved = oneEvent<WharfEnterpriseUpdatedEvent>(profile, 'wharf-enterprise-updated');
    shadow<HTMLButtonElement>(profile, 'form[part=form] button[type=submit]').click();
    expect((await saved).enterprise.contact?.phone).to.equal('+852 2111 2222');
    await eventually(() => shadowText(profile).includes('Saved.'));
    await eventually(() => shadowText(profile).includes('Phone: +852 2730 0273 → +852 2111 2222'), () => shadowText(profile));
    expect(shadowText(profile)).to.contain(`${admin.email} changed details`);
  });

  it('names the invalid field, in the browser and from the server', async () => {
    const admin = await enterpriseAdmin();
    const { profile } = await mount(admin.token);
    await typeInto(profile, 'input[name="contact.email"]', 'not-an-email');
    shadow<HTMLButtonElement>(profile, 'form[part=form] button[type=submit]').click();
    await eventually(() => shadow(profile, 'input[name="contact.email"]').getAttribute('aria-invalid') === 'true');
    expect(profile.shadowRoot!.activeElement?.getAttribute('name')).to.equal('contact.email');
    await typeInto(profile, 'input[name="contact.email"]', 'ok@harbour.example');
    await typeInto(profile, 'input[name="contact.phone"]', 'call me');
    shadow<HTMLButtonElement>(profile, 'form[part=form] button[type=submit]').click();
    await eventually(() => shadow(profile, 'input[name="contact.phone"]').getAttribute('aria-invalid') === 'true');
    expect(shadow(profile, '[id="contact.phone-error"]').textContent).to.contain('+852 2730 0273');
  });

  it('an edit over someone else’s newer one is refused and offers the latest', async () => {
    const admin = await enterpriseAdmin();
    const { profile } = await mount(admin.token);
    await api('PATCH', '/v1/enterprises/current', { token: admin.token, body: { contact: { name: 'Someone else' } } });
    await typeInto(profile, 'input[name="contact.address"]', '2 Container Port Road');
    shadow<HTMLButtonElement>(profile, 'form[part=form] button[type=submit]').click();
    await eventually(() => shadowText(profile).includes('Someone else changed this enterprise'), () => shadowText(profile));
    shadow<HTMLButtonElement>(profile, 'form[part=form] .message button').click();
    await eventually(() => shadow<HTMLInputElement>(profile, 'input[name="contact.name"]').value === 'Someone else');
  });

  it('the currency can change until the first fee, then it is shown as fixed', async () => {
    const admin = await enterpriseAdmin();
    const { profile } = await mount(admin.token);
    const select = shadow<HTMLSelectElement>(profile, 'select#tradingCurrency');
    select.value = 'CNY';
    select.dispatchEvent(new Event('change'));
    await profile.updateComplete;
    shadow<HTMLButtonElement>(profile, 'select#tradingCurrency ~ button').click();
    await eventually(() => shadowText(profile).includes('Trading currency: HKD → CNY'), () => shadowText(profile));
    await api('POST', `/v1/operator/enterprises/${admin.enterprise.id}/ledger`, { token: TEST_OPERATOR_TOKEN, body: { kind: 'fee', amount: '1.00' } });
    await profile.load();
    await eventually(() => !profile.shadowRoot!.querySelector('select'));
    expect(shadowText(profile)).to.contain('Fixed: fees have been charged in it.');
  });

  it('members see everything read-only; people waiting for approval see whom to ask, and nothing else', async () => {
    const admin = await enterpriseAdmin();
    const joiner = await pendingJoiner(admin.enterprise);
    const waiting = await mount(joiner.token);
    await eventually(() => shadowText(waiting.profile).includes('waiting for an admin’s approval'), () => shadowText(waiting.profile));
    expect(shadowText(waiting.profile)).to.contain(`Ask ${admin.email.slice(0, 2)}***@test.example to approve you.`);
    expect(shadowText(waiting.profile)).to.not.contain(admin.enterprise.accountNumber);
    expect(waiting.profile.shadowRoot!.querySelector('form')).to.equal(null);

    await api('POST', `/v1/enterprises/current/members/${joiner.userId}/approve`, { token: admin.token });
    const member = await mount(joiner.token);
    expect(member.profile.shadowRoot!.querySelector('form')).to.equal(null);
    expect(shadowText(member.profile)).to.contain('Only admins can change these details.');
    expect(shadowText(member.profile)).to.contain(admin.enterprise.accountNumber);
  });

  it('speaks Traditional Chinese (Hong Kong) and passes an accessibility audit', async () => {
    const admin = await enterpriseAdmin();
    const { profile } = await mount(admin.token, 'zh-HK');
    expect(shadowText(profile)).to.contain('基本資料');
    expect(shadowText(profile)).to.contain('月結帳號');
    await expect(profile).shadowDom.to.be.accessible();
  });
});
