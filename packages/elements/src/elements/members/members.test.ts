import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../provider/define.ts';
import './define.ts';
import type { WharfMembers } from './members.ts';
import type { WharfProvider } from '../provider/provider.ts';
import { api, enterpriseAdmin, eventually, pendingJoiner, shadowText } from '../../testing/helpers.ts';
import type { WharfMembersChangeEvent } from '../../events/members-change.ts';

async function mount(token: string, locale = 'en') {
  const provider = (await fixture(html`<wharf-provider session-token=${token} locale=${locale}><wharf-members></wharf-members></wharf-provider>`)) as WharfProvider;
  const members = provider.querySelector('wharf-members') as WharfMembers;
  await eventually(() => members.shadowRoot!.querySelector('h2, [role=alert] p'), () => members.shadowRoot!.textContent!);
  return members;
}
const byLabel = <T extends HTMLElement = HTMLButtonElement>(el: HTMLElement, label: string) => {
  const found = el.shadowRoot!.querySelector<T>(`[aria-label="${label}"]`);
  if (!found) throw new Error(`nothing labelled “${label}” in: ${shadowText(el)}`);
  return found;
};
const button = (el: HTMLElement, label: string, scope = '') =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(`${scope} button`)].find((b) => b.textContent!.trim() === label)!;

describe('<wharf-members>', () => {
  it('an admin approves one request and rejects another after confirming; both are announced', async () => {
    const admin = await enterpriseAdmin();
    const approved = await pendingJoiner(admin.enterprise);
    const rejected = await pendingJoiner(admin.enterprise);
    const members = await mount(admin.token);
    expect(shadowText(members)).to.contain('Waiting for approval (2)');

    const change = oneEvent<WharfMembersChangeEvent>(members, 'wharf-members-change');
    byLabel(members, `Approve ${approved.email}`).click();
    expect((await change).action).to.equal('approved');
    await eventually(() => shadowText(members).includes(`${approved.email} is now a member.`));
    expect(shadowText(members)).to.contain('Members (2)');

    byLabel(members, `Reject ${rejected.email}`).click();
    await eventually(() => members.shadowRoot!.querySelector('[part=confirm]'));
    expect(members.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Reject');
    button(members, 'Reject', '[part=confirm]').click();
    await eventually(() => shadowText(members).includes(`${rejected.email}’s request was rejected.`));
    expect(shadowText(members)).to.contain('Nobody is waiting for approval.');
    expect((await api('GET', '/v1/me', { token: rejected.token })).body.memberships).to.deep.equal([]);
  });

  it('roles change; the last admin’s refusal is shown at the row', async () => {
    const admin = await enterpriseAdmin();
    const colleague = await pendingJoiner(admin.enterprise);
    await api('POST', `/v1/enterprises/current/members/${colleague.userId}/approve`, { token: admin.token });
    const members = await mount(admin.token);
    const own = byLabel<HTMLSelectElement>(members, `Role of ${admin.email}`);
    own.value = 'member';
    own.dispatchEvent(new Event('change'));
    await eventually(() => shadowText(members).includes('at least one admin'), () => shadowText(members));
    const theirs = byLabel<HTMLSelectElement>(members, `Role of ${colleague.email}`);
    theirs.value = 'admin';
    theirs.dispatchEvent(new Event('change'));
    await eventually(() => shadowText(members).includes(`${colleague.email} is now Admin.`), () => shadowText(members));
  });

  it('members see the list read-only; people still waiting see why they cannot', async () => {
    const admin = await enterpriseAdmin();
    const member = await pendingJoiner(admin.enterprise);
    const waiting = await pendingJoiner(admin.enterprise);
    await api('POST', `/v1/enterprises/current/members/${member.userId}/approve`, { token: admin.token });
    const view = await mount(member.token);
    expect(shadowText(view)).to.contain('Only admins can approve');
    expect(view.shadowRoot!.querySelector('select')).to.equal(null);
    expect(shadowText(view)).to.not.contain(waiting.email);
    const waitingView = await mount(waiting.token);
    await eventually(() => shadowText(waitingView).includes('waiting for an admin’s approval'), () => shadowText(waitingView));
  });

  it('removes a member after confirming; they lose access', async () => {
    const admin = await enterpriseAdmin();
    const member = await pendingJoiner(admin.enterprise);
    await api('POST', `/v1/enterprises/current/members/${member.userId}/approve`, { token: admin.token });
    const members = await mount(admin.token);
    byLabel(members, `Remove ${member.email}`).click();
    await eventually(() => members.shadowRoot!.querySelector('[part=confirm]'));
    button(members, 'Remove', '[part=confirm]').click();
    await eventually(() => shadowText(members).includes(`${member.email} was removed.`));
    expect((await api('GET', '/v1/enterprises/current', { token: member.token })).status).to.equal(403);
  });

  it('speaks Traditional Chinese (Hong Kong) and passes an accessibility audit', async () => {
    const admin = await enterpriseAdmin();
    await pendingJoiner(admin.enterprise);
    const members = await mount(admin.token, 'zh-HK');
    expect(shadowText(members)).to.contain('待審核（1）');
    await expect(members).shadowDom.to.be.accessible();
  });
});
