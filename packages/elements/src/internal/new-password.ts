import type { Locale } from '@wharf/domain';
import { checkPassword } from '@wharf/domain/auth';
import { html } from 'lit';
import type { Translation } from '../i18n/translation.ts';
import { clientErrors, type FormErrors } from './form-errors.ts';
import { field, passwordChecklist, visibilityToggle } from './templates.ts';

/**
 * The "choose a password" step shared by registration and password reset: the password with its live policy
 * checklist, the confirmation, and one show/hide toggle for both.
 */
export class NewPasswordFields {
  password = '';
  confirm = '';
  visible = false;
  readonly #host: { requestUpdate(): void };
  /** The id (and error path) of the password input: `password` or `newPassword`, as the API names it. */
  readonly id: string;

  constructor(options: { host: { requestUpdate(): void }; id: string }) {
    this.#host = options.host;
    this.id = options.id;
  }

  /** Checks the policy (the domain's rule) and the confirmation; returns the errors to show, if any. */
  validate(locale: Locale, t: Translation): FormErrors | undefined {
    const check = checkPassword(this.password);
    if (!check.ok) return clientErrors(locale, { [this.id]: check.unmet[0] });
    if (this.password !== this.confirm) return { fields: { confirm: t.common.passwordsDiffer } };
    return undefined;
  }

  clear() {
    this.password = '';
    this.confirm = '';
  }

  render(t: Translation, label: string, errors: FormErrors) {
    const set = (key: 'password' | 'confirm') => (value: string) => {
      this[key] = value;
      this.#host.requestUpdate();
    };
    const type = this.visible ? 'text' : 'password';
    return html`${field({
        id: this.id,
        label,
        type,
        value: this.password,
        autocomplete: 'new-password',
        error: errors.fields[this.id],
        describedBy: 'password-rules',
        onInput: set('password'),
        trailing: visibilityToggle(t, this.visible, () => ((this.visible = !this.visible), this.#host.requestUpdate()), this.id),
      })}
      ${passwordChecklist(t, this.password, 'password-rules')}
      ${field({
        id: 'confirm',
        label: t.common.confirmPassword,
        type,
        value: this.confirm,
        autocomplete: 'new-password',
        error: errors.fields.confirm,
        onInput: set('confirm'),
      })}`;
  }
}
