import type { Member } from '@wharf/domain';
import { ASSIGNABLE_ROLES, type AssignableRole } from '@wharf/domain/enterprises';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { SessionTask } from '../../controllers/session-task.ts';
import { errorsFrom } from '../../internal/form-errors.ts';
import { formMessage } from '../../internal/templates.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { catalogue, formatDateTime } from '../../i18n/localize.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { tableStyles } from '../../styles/table.styles.ts';
import { WharfMembersChangeEvent } from '../../events/members-change.ts';
import { en, type MembersText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { membersStyles } from './members.styles.ts';

/** The strings of `<wharf-members>` in each locale. */
export const membersText = catalogue<MembersText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

type Confirming = { action: 'reject' | 'remove' | 'leave'; member: Member };

/**
 * The enterprise's people (PRODUCT §1.4, §1.11; seed 000 帐号审核): requests to join waiting for an admin,
 * approved or rejected here — never by email; members with their roles; removal and leaving. An enterprise always
 * keeps an admin: the server's refusal is shown at the row.
 *
 * @tagname wharf-members
 * @event wharf-members-change - Someone was approved, rejected, given a role or removed, or the user left (`action`, `userId`).
 *
 * @csspart table - The tables of pending requests and members.
 * @csspart message - The announcement of the last change.
 * @csspart confirm - The confirmation of a rejection, removal or leaving.
 */
export class WharfMembers extends WharfElement {
  static override styles = [formStyles, tableStyles, membersStyles];

  @state() private members?: Member[];
  @state() private me?: string;
  @state() private loadError?: string;
  @state() private announcement?: string;
  @state() private rowErrors: Record<string, string> = {};
  @state() private confirming?: Confirming;
  @state() private busy = false;

  #data = new SessionTask(this, {
    client: () => this.client,
    load: (client, signal) => Promise.all([client.auth.me({ signal }), client.enterprises.members('current', {}, { signal })]),
    onComplete: ([me, page]) => {
      this.me = me.user.id;
      this.members = page.data;
      this.loadError = undefined;
    },
    onError: (error) => {
      this.members = undefined;
      this.loadError = errorsFrom(error, this.t, []).form;
    },
  });

  private get text(): MembersText {
    return membersText(this.effectiveLocale);
  }

  private get isAdmin() {
    return this.members?.some((member) => member.userId === this.me && member.role === 'admin') ?? false;
  }

  /** Loads the people of the enterprise the session acts in. */
  load(): Promise<void> {
    return this.#data.run();
  }

  async #act(member: Member, action: WharfMembersChangeEvent['action'], work: () => Promise<unknown>, said: string) {
    this.busy = true;
    this.confirming = undefined;
    const { [member.userId]: _, ...others } = this.rowErrors;
    this.rowErrors = others;
    try {
      await work();
      if (action === 'left') this.members = [];
      else await this.load();
      // Announced once the list shows it.
      this.announcement = said;
      this.emit(new WharfMembersChangeEvent({ action, userId: member.userId }));
    } catch (error) {
      this.rowErrors = { ...this.rowErrors, [member.userId]: errorsFrom(error, this.t, []).form ?? this.t.common.unexpected };
      this.announcement = undefined;
    } finally {
      this.busy = false;
    }
  }

  #confirm(confirming: Confirming) {
    this.confirming = confirming;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=confirm] button')?.focus());
  }

  #who(member: Member) {
    return member.name ? `${member.name} (${member.email})` : member.email;
  }

  override render() {
    const text = this.text;
    if (this.loadError) return formMessage(this.loadError);
    if (!this.members) return html`<p role="status">${text.loading}</p>`;
    const pending = this.members.filter((member) => member.role === 'pending');
    const active = this.members.filter((member) => member.role !== 'pending');
    return html`
      <h2>${text.title}</h2>
      <div role="status" part="message">${this.announcement ? html`<p class="message success">${this.announcement}</p>` : nothing}</div>
      ${this.confirming ? this.#confirmation(this.confirming, text) : nothing}
      ${this.isAdmin ? this.#pendingSection(pending, text) : html`<p class="hint">${text.readOnly}</p>`}
      <section>
        <table part="table">
          <caption>${text.membersTitle(active.length)}</caption>
          <thead>
            <tr><th scope="col">${text.email}</th><th scope="col">${text.name}</th><th scope="col">${text.role}</th><th scope="col">${text.since}</th><th scope="col">${text.actions}</th></tr>
          </thead>
          <tbody>
            ${active.map((member) => this.#memberRow(member, text))}
          </tbody>
        </table>
      </section>
    `;
  }

  #pendingSection(pending: Member[], text: MembersText) {
    const locale = this.effectiveLocale;
    return html`<section>
      ${pending.length === 0
        ? html`<p class="hint">${text.noPending}</p>`
        : html`<table part="table">
            <caption>${text.pendingTitle(pending.length)}</caption>
            <thead>
              <tr><th scope="col">${text.email}</th><th scope="col">${text.name}</th><th scope="col">${text.requested}</th><th scope="col">${text.actions}</th></tr>
            </thead>
            <tbody>
              ${pending.map(
                (member) => html`<tr>
                  <th scope="row">${member.email}</th>
                  <td>${member.name ?? ''}</td>
                  <td><time datetime=${member.joinedAt}>${formatDateTime(locale, new Date(member.joinedAt))}</time></td>
                  <td>
                    <div class="row">
                      <button type="button" ?disabled=${this.busy} aria-label=${text.approveLabel(member.email)}
                        @click=${() => this.#act(member, 'approved', () => this.client.enterprises.approveMember('current', member.userId), text.approved(member.email))}>
                        ${text.approve}
                      </button>
                      <button type="button" class="secondary" ?disabled=${this.busy} aria-label=${text.rejectLabel(member.email)}
                        @click=${() => this.#confirm({ action: 'reject', member })}>${text.reject}</button>
                    </div>
                    ${this.#rowError(member)}
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>`}
    </section>`;
  }

  #memberRow(member: Member, text: MembersText) {
    const self = member.userId === this.me;
    const who = member.email;
    const role =
      this.isAdmin
        ? html`<select aria-label=${text.roleLabel(who)} ?disabled=${this.busy} aria-describedby=${`error-${member.userId}`}
            @change=${(event: Event) => {
              const next = (event.target as HTMLSelectElement).value as AssignableRole;
              void this.#act(member, 'role-changed', () => this.client.enterprises.changeRole('current', member.userId, { role: next }), text.roleChanged(who, text.roles[next]));
            }}>
            ${ASSIGNABLE_ROLES.map((value) => html`<option value=${value} ?selected=${member.role === value}>${text.roles[value]}</option>`)}
          </select>`
        : text.roles[member.role];
    return html`<tr>
      <th scope="row">${member.email} ${self ? html`<span class="badge">${text.you}</span>` : nothing}
        ${member.externalUserId ? html`<span class="badge">· ${text.fromHost}</span>` : nothing}</th>
      <td>${member.name ?? ''}</td>
      <td>${role}</td>
      <td><time datetime=${member.joinedAt}>${formatDateTime(this.effectiveLocale, new Date(member.joinedAt))}</time></td>
      <td>
        ${self
          ? html`<button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.#confirm({ action: 'leave', member })}>${text.leave}</button>`
          : this.isAdmin
            ? html`<button type="button" class="secondary" ?disabled=${this.busy} aria-label=${text.removeLabel(who)} @click=${() => this.#confirm({ action: 'remove', member })}>${text.remove}</button>`
            : nothing}
        ${this.#rowError(member)}
      </td>
    </tr>`;
  }

  #rowError(member: Member) {
    return html`<p class="error" id=${`error-${member.userId}`} role="alert">${this.rowErrors[member.userId] ?? ''}</p>`;
  }

  #confirmation({ action, member }: Confirming, text: MembersText) {
    const who = this.#who(member);
    const question = action === 'reject' ? text.confirmReject(who) : action === 'remove' ? text.confirmRemove(who) : text.confirmLeave;
    const label = action === 'reject' ? text.reject : action === 'remove' ? text.remove : text.leave;
    const run = () =>
      action === 'reject'
        ? this.#act(member, 'rejected', () => this.client.enterprises.rejectMember('current', member.userId), text.rejected(member.email))
        : this.#act(member, action === 'leave' ? 'left' : 'removed', () => this.client.enterprises.removeMember('current', member.userId), action === 'leave' ? text.left : text.removed(member.email));
    return html`<div part="confirm" role="group" aria-label=${question}>
      <span>${question}</span>
      <button type="button" @click=${run}>${label}</button>
      <button type="button" class="secondary" @click=${() => (this.confirming = undefined)}>${text.cancel}</button>
    </div>`;
  }
}
