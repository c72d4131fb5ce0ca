import { expect, fixture, html } from '@open-wc/testing';
import '../provider/define.ts';
import './define.ts';
import type { WharfSecuritySettings } from './security-settings.ts';
import type { WharfProvider } from '../provider/provider.ts';
import { api, enterpriseAdmin, eventually, pendingJoiner, shadow, shadowText, typeInto } from '../../testing/helpers.ts';

async function mount(token: string, locale = 'en') {
  const provider = (await fixture(
    html`<wharf-provider session-token=${token} locale=${locale}><wharf-security-settings></wharf-security-settings></wharf-provider>`,
  )) as WharfProvider;
  const settings = provider.querySelector('wharf-security-settings') as WharfSecuritySettings;
  await eventually(() => settings.shadowRoot!.querySelector('h2'), () => settings.shadowRoot!.textContent!);
  return settings;
}
const button = (el: HTMLElement, label: string) => {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label || b.getAttribute('aria-label') === label);
  if (!found) throw new Error(`no button “${label}” in: ${shadowText(el)}`);
  return found;
};

describe('<wharf-security-settings>', () => {
  it('sets the PIN after checking it in the browser, then switches it off after confirming', async () => {
    const admin = await enterpriseAdmin();
    const settings = await mount(admin.token);
    expect(shadowText(settings)).to.contain('No security PIN is set.');
    await typeInto(settings, '#pin', '123456');
    await typeInto(settings, '#pinAgain', '123456');
    button(settings, 'Set PIN').click();
    await eventually(() => shadow(settings, '#pin').getAttribute('aria-invalid') === 'true');
    expect(shadow(settings, '#pin-error').textContent).to.contain('run such as 123456');
    await typeInto(settings, '#pin', '270273');
    await typeInto(settings, '#pinAgain', '270274');
    button(settings, 'Set PIN').click();
    await eventually(() => shadow(settings, '#pinAgain-error').textContent!.includes('not the same'));
    await typeInto(settings, '#pinAgain', '270273');
    button(settings, 'Set PIN').click();
    await eventually(() => shadowText(settings).includes('The security PIN is set.'), () => shadowText(settings));
    expect((await api('GET', '/v1/enterprises/current', { token: admin.token })).body.securityPinSet).to.equal(true);

    button(settings, 'Switch the PIN off').click();
    await eventually(() => settings.shadowRoot!.querySelector('[part=confirm]'));
    button(settings, 'Confirm').click();
    await eventually(() => shadowText(settings).includes('The security PIN is off.'));
    expect((await api('GET', '/v1/enterprises/current', { token: admin.token })).body.securityPinSet).to.equal(false);
  });

  it('shows a new API key’s secret once; after that only its prefix; revoking removes it', async () => {
    const admin = await enterpriseAdmin();
    const settings = await mount(admin.token);
    button(settings, 'Create key').click();
    await eventually(() => shadow(settings, '#name').getAttribute('aria-invalid') === 'true');
    await typeInto(settings, '#name', 'Kingdee portal');
    button(settings, 'Create key').click();
    await eventually(() => settings.shadowRoot!.querySelector('#secret'));
    const secret = shadow<HTMLInputElement>(settings, '#secret').value;
    expect(secret).to.match(/^wak_/);
    expect(shadowText(settings)).to.contain('only time the secret is shown');
    button(settings, 'I have stored it').click();
    await settings.updateComplete;
    expect(shadowText(settings)).to.not.contain(secret);
    expect(shadowText(settings)).to.contain(`${secret.slice(0, 12)}…`);
    button(settings, 'Revoke Kingdee portal').click();
    await eventually(() => settings.shadowRoot!.querySelector('[part=confirm]'));
    button(settings, 'Confirm').click();
    await eventually(() => shadowText(settings).includes('“Kingdee portal” was revoked.'));
    expect((await api('GET', '/v1/enterprises/current/api-keys', { token: admin.token })).body.data).to.deep.equal([]);
  });

  it('adds and removes allowed origins, refusing what is not an origin', async () => {
    const admin = await enterpriseAdmin();
    const settings = await mount(admin.token);
    await typeInto(settings, '#origin', 'https://erp.example.com/portal');
    button(settings, 'Add origin').click();
    await eventually(() => shadow(settings, '#origin').getAttribute('aria-invalid') === 'true');
    await typeInto(settings, '#origin', 'https://ERP.example.com');
    button(settings, 'Add origin').click();
    await eventually(() => shadowText(settings).includes('Allowed origins saved.'));
    expect(shadowText(settings)).to.contain('https://erp.example.com');
    button(settings, 'Remove https://erp.example.com').click();
    await eventually(() => shadowText(settings).includes('No other origins are allowed.'));
  });

  it('sends reset codes to the billing email when the admin chooses so', async () => {
    const admin = await enterpriseAdmin();
    const settings = await mount(admin.token);
    const billing = [...settings.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')][1]!;
    billing.click();
    await eventually(() => shadowText(settings).includes('Saved.'));
    expect((await api('GET', '/v1/enterprises/current', { token: admin.token })).body.passwordResetCodesTo).to.equal('billing-email');
  });

  it('members see that only admins can change it; the page is accessible in Chinese', async () => {
    const admin = await enterpriseAdmin();
    const member = await pendingJoiner(admin.enterprise);
    await api('POST', `/v1/enterprises/current/members/${member.userId}/approve`, { token: admin.token });
    const view = await mount(member.token);
    expect(shadowText(view)).to.contain('Only admins');
    expect(view.shadowRoot!.querySelector('form')).to.equal(null);
    const zh = await mount(admin.token, 'zh-CN');
    expect(shadowText(zh)).to.contain('安全码');
    await expect(zh).shadowDom.to.be.accessible();
  });
});
