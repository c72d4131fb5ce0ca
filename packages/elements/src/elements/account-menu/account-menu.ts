import { consume } from '@lit/context';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { sessionContext, type Session } from '../../internal/context.ts';
import { errorsFrom, NO_ERRORS, type FormErrors } from '../../internal/form-errors.ts';
import { NewPasswordFields } from '../../internal/new-password.ts';
import { field, formMessage } from '../../internal/templates.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { checklistStyles } from '../../styles/checklist.styles.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { en, type MenuText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { catalogue } from '../../i18n/localize.ts';
import { accountMenuStyles } from './account-menu.styles.ts';

/** The strings of `<wharf-account-menu>` in each locale. */
export const menuText = catalogue<MenuText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

type Provider = HTMLElement & { signOut(): Promise<void>; switchEnterprise(id: string): void };

/**
 * Who is signed in and where: the user, the current enterprise and role; switching enterprise, changing
 * the password (seed 001) and signing out. A menu button: Enter, Space or ↓ opens it, arrows move, Escape closes.
 *
 * @tagname wharf-account-menu
 * @csspart button - The menu button.
 * @csspart menu - The menu.
 * @csspart form - The change-password form.
 * @csspart field - Each label, input and error group of the form.
 * @csspart label - Field labels.
 * @csspart input - Inputs.
 * @csspart toggle - The button that shows or hides a password.
 * @csspart checklist - The new password's checklist.
 * @csspart error - The error under a field.
 * @csspart message - The form-level message region.
 */
export class WharfAccountMenu extends WharfElement {
  static override styles = [formStyles, checklistStyles, accountMenuStyles];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private session: Session = { status: 'unknown' };

  @state() private open = false;
  @state() private changing = false;
  @state() private currentPassword = '';
  @state() private errors: FormErrors = NO_ERRORS;
  @state() private done = false;
  @state() private busy = false;

  private newPassword = new NewPasswordFields({ host: this, id: 'newPassword' });

  private get text(): MenuText {
    return menuText(this.effectiveLocale);
  }

  #provider(): Provider | undefined {
    return this.closest('wharf-provider') as Provider | null ?? undefined;
  }

  #items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])')];
  }

  async #openMenu(focus: 'first' | 'last' = 'first') {
    this.open = true;
    await this.updateComplete;
    const items = this.#items();
    (focus === 'first' ? items[0] : items.at(-1))?.focus();
  }

  #close(returnFocus = true) {
    this.open = false;
    if (returnFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=button]')?.focus());
  }

  #onButtonKey(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.#openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  #onMenuKey(event: KeyboardEvent) {
    const items = this.#items();
    const index = items.indexOf(this.renderRoot.querySelector<HTMLElement>(':focus') ?? items[0]!);
    const move = (to: number) => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      this.#close();
    } else if (event.key === 'Tab') this.#close(false);
  }

  async #changePassword(event: SubmitEvent) {
    event.preventDefault();
    const invalid = this.newPassword.validate(this.effectiveLocale, this.t);
    if (invalid || !this.currentPassword) {
      this.errors = { fields: { ...(this.currentPassword ? {} : { currentPassword: this.text.currentRequired }), ...(invalid?.fields ?? {}) } };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    try {
      await this.client.auth.changePassword({ currentPassword: this.currentPassword, newPassword: this.newPassword.password });
      this.done = true;
      this.changing = false;
      this.currentPassword = '';
      this.newPassword.clear();
      this.errors = NO_ERRORS;
    } catch (error) {
      this.errors = errorsFrom(error, this.t, ['currentPassword', 'newPassword']);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const session = this.session;
    if (session.status !== 'signed-in') return nothing;
    const text = this.text;
    const who = session.user.name || session.user.email;
    const current = session.enterprise;
    const memberships = session.memberships ?? [];
    return html`
      <button
        type="button"
        part="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        @click=${() => (this.open ? this.#close() : this.#openMenu())}
        @keydown=${this.#onButtonKey}
      >
        <span>${who}</span>
        <span class="badge">${current ? `${current.enterpriseName} · ${text.roles[current.role]}` : text.noEnterprise}</span>
      </button>
      ${this.open
        ? html`<div role="menu" id="menu" part="menu" aria-label=${text.menu(who)} @keydown=${this.#onMenuKey}>
            ${memberships.length > 1
              ? html`<div class="group-label" role="presentation">${text.switchTo}</div>
                  ${memberships.map(
                    (membership) => html`<button
                      type="button"
                      role="menuitemradio"
                      tabindex="-1"
                      aria-checked=${membership.enterpriseId === current?.enterpriseId ? 'true' : 'false'}
                      aria-disabled=${membership.role === 'pending' ? 'true' : 'false'}
                      @click=${() => {
                        if (membership.role === 'pending') return;
                        this.#provider()?.switchEnterprise(membership.enterpriseId);
                        this.#close();
                      }}
                    >
                      ${membership.enterpriseName}${membership.role === 'pending' ? html` <span class="badge">(${text.waiting})</span>` : nothing}
                    </button>`,
                  )}
                  <div role="separator"></div>`
              : nothing}
            <button type="button" role="menuitem" tabindex="-1" @click=${() => this.#startChange()}>${text.changePassword}</button>
            <button type="button" role="menuitem" tabindex="-1" @click=${() => this.#signOut()}>${text.signOut}</button>
          </div>`
        : nothing}
      ${this.changing ? this.#form(text) : this.done ? formMessage(text.changed, 'success') : nothing}
    `;
  }

  async #startChange() {
    this.open = false;
    this.changing = true;
    this.done = false;
    this.errors = NO_ERRORS;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#currentPassword')?.focus();
  }

  async #signOut() {
    this.open = false;
    await this.#provider()?.signOut();
  }

  #form(text: MenuText) {
    return html`<form part="form" novalidate @submit=${this.#changePassword}>
      <h2>${text.changePassword}</h2>
      ${field({
        id: 'currentPassword',
        label: text.currentPassword,
        type: 'password',
        value: this.currentPassword,
        autocomplete: 'current-password',
        error: this.errors.fields.currentPassword,
        onInput: (value) => (this.currentPassword = value),
      })}
      ${this.newPassword.render(this.t, text.newPassword, this.errors)} ${formMessage(this.errors.form)}
      <div class="row">
        <button type="submit" ?disabled=${this.busy}>${this.busy ? this.t.common.working : text.save}</button>
        <button type="button" class="secondary" @click=${() => (this.changing = false)}>${text.cancel}</button>
      </div>
    </form>`;
  }
}
