import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../provider/define.ts';
import './define.ts';
import type { WharfAccountMenu } from './account-menu.ts';
import type { WharfProvider } from '../provider/provider.ts';
import { api, enterpriseAdmin, eventually, loginAttempt, registerAccount, shadow, shadowText, typeInto } from '../../testing/helpers.ts';

async function mount(token: string, locale = 'en') {
  const provider = (await fixture(html`<wharf-provider session-token=${token} locale=${locale}><wharf-account-menu></wharf-account-menu></wharf-provider>`)) as WharfProvider;
  const menu = provider.querySelector('wharf-account-menu') as WharfAccountMenu;
  await eventually(() => menu.shadowRoot!.querySelector('[part=button]'));
  return { provider, menu };
}
const focused = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<wharf-account-menu>', () => {
  it('shows the user and enterprise; opens from the keyboard, moves with arrows, closes with Escape', async () => {
    const admin = await enterpriseAdmin();
    const { menu } = await mount(admin.token);
    await eventually(() => shadowText(menu).includes('Harbour Trading Ltd · Admin'), () => shadowText(menu));
    const button = shadow<HTMLButtonElement>(menu, '[part=button]');
    button.focus();
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'ArrowDown' });
    await eventually(() => focused(menu)?.textContent?.trim() === 'Change password');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(menu)?.textContent?.trim()).to.equal('Sign out');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(menu)?.textContent?.trim(), 'wraps').to.equal('Change password');
    await sendKeys({ press: 'Escape' });
    await eventually(() => !menu.shadowRoot!.querySelector('[role=menu]'));
    expect(focused(menu)).to.equal(button);
  });

  it('switches between enterprises; pending ones cannot be chosen', async () => {
    const admin = await enterpriseAdmin();
    await api('POST', '/v1/enterprises', {
      token: admin.token,
      body: { name: 'Second Ltd', registrationNumber: `BR2-${Date.now()}`, tradingCurrency: 'USD', contact: { name: 'A', phone: '+852 2730 0273', email: 'a@second.example', address: '1 Road' } },
    });
    const { provider, menu } = await mount(admin.token);
    await eventually(() => provider.session.status === 'signed-in' && (provider.session.memberships?.length ?? 0) === 2);
    shadow<HTMLButtonElement>(menu, '[part=button]').click();
    await menu.updateComplete;
    const options = [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role=menuitemradio]')];
    expect(options.map((o) => o.getAttribute('aria-checked'))).to.deep.equal(['true', 'false']);
    options[1]!.click();
    await eventually(() => provider.session.status === 'signed-in' && provider.session.enterprise?.enterpriseName === 'Second Ltd');
    await eventually(() => shadowText(menu).includes('Second Ltd · Admin'));
  });

  it('changes the password with the policy checklist; a wrong current password is named', async () => {
    const account = await registerAccount();
    const { menu } = await mount(account.token);
    shadow<HTMLButtonElement>(menu, '[part=button]').click();
    await menu.updateComplete;
    [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role=menuitem]')].find((i) => i.textContent!.trim() === 'Change password')!.click();
    await eventually(() => focused(menu)?.id === 'currentPassword');
    await typeInto(menu, '#currentPassword', 'Wrong-pass1');
    await typeInto(menu, '#newPassword', 'Hk27300274');
    await typeInto(menu, '#confirm', 'Hk27300274');
    shadow<HTMLButtonElement>(menu, 'form button[type=submit]').click();
    await eventually(() => shadow(menu, '#currentPassword-error').textContent!.includes('not correct'), () => shadowText(menu));
    await typeInto(menu, '#currentPassword', account.password);
    shadow<HTMLButtonElement>(menu, 'form button[type=submit]').click();
    await eventually(() => shadowText(menu).includes('Your password was changed.'));
    expect((await loginAttempt(account.email, 'Hk27300274')).status).to.equal(200);
  });

  it('signs out through the provider', async () => {
    const account = await registerAccount();
    const { provider, menu } = await mount(account.token);
    shadow<HTMLButtonElement>(menu, '[part=button]').click();
    await menu.updateComplete;
    [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role=menuitem]')].find((i) => i.textContent!.trim() === 'Sign out')!.click();
    await eventually(() => provider.session.status === 'signed-out');
    expect(menu.shadowRoot!.querySelector('[part=button]')).to.equal(null);
  });

  it('speaks Traditional Chinese (Hong Kong) and passes an accessibility audit open and closed', async () => {
    const admin = await enterpriseAdmin();
    const { menu } = await mount(admin.token, 'zh-HK');
    await eventually(() => shadowText(menu).includes('管理員'));
    await expect(menu).shadowDom.to.be.accessible();
    shadow<HTMLButtonElement>(menu, '[part=button]').click();
    await menu.updateComplete;
    expect(shadowText(menu)).to.contain('更改密碼');
    await expect(menu).shadowDom.to.be.accessible();
  });
});
