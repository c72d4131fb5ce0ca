import type { Locale } from '@wharf/domain';
import { ADDRESS_REQUIRED_FIELDS, checkAddress, fieldMessage, type AddressInput } from '@wharf/domain/addresses';
import type { ReactiveControllerHost } from 'lit';
import { NO_ERRORS, type FormErrors } from '../../internal/form-errors.ts';

/** An address's fields, in the order forms ask them. */
export const ADDRESS_FIELDS = ['name', 'phone', 'province', 'city', 'district', 'street', 'postcode', 'idNumber'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];
export type AddressValues = Record<AddressField, string>;

const empty = (): AddressValues => Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, ''])) as AddressValues;

/**
 * An address as a form holds it — the values as typed, what was touched, the server's errors — checked with the
 * domain's `checkAddress` (the server's own check), its problems at their paths (`recipient.phone`).
 */
export class AddressDraft {
  values: AddressValues = empty();
  touched: ReadonlySet<string> = new Set();
  attempted = false;
  errors: FormErrors = NO_ERRORS;

  readonly #host: ReactiveControllerHost;
  /** Where the address sits in the request (`recipient`), none for an address-book entry. */
  readonly #path: string | undefined;

  constructor(host: ReactiveControllerHost, path?: string) {
    this.#host = host;
    this.#path = path;
  }

  /** The field's path in the request and its id in the form: `recipient.phone`, or `phone`. */
  pathOf(name: string): string {
    return this.#path ? `${this.#path}.${name}` : name;
  }

  /** Shows `address` (none: empty fields), forgetting what was typed. */
  show(address?: Partial<Record<AddressField, string | null | undefined>>) {
    const values = empty();
    for (const name of ADDRESS_FIELDS) values[name] = address?.[name] ?? '';
    this.values = values;
    this.touched = new Set();
    this.attempted = false;
    this.errors = NO_ERRORS;
    this.#host.requestUpdate();
  }

  set(name: AddressField, value: string) {
    this.values = { ...this.values, [name]: value };
    const path = this.pathOf(name);
    this.touched = new Set([...this.touched, path]);
    if (this.errors.fields[path]) {
      const { [path]: _, ...rest } = this.errors.fields;
      this.errors = { ...this.errors, fields: rest };
    }
    this.#host.requestUpdate();
  }

  required(name: AddressField): boolean {
    return (ADDRESS_REQUIRED_FIELDS as readonly string[]).includes(name);
  }

  /** The address as sent: trimmed, empty optional fields left out. */
  body(): AddressInput {
    const v = this.values;
    const optional = (value: string) => value.trim() || undefined;
    return {
      name: v.name.trim(),
      phone: v.phone.trim(),
      province: v.province.trim(),
      city: v.city.trim(),
      district: v.district.trim(),
      street: v.street.trim(),
      postcode: optional(v.postcode),
      idNumber: optional(v.idNumber),
    };
  }

  /** Every problem the browser sees, by path, in `locale`; `idNumberRequired` when the shipping method asks for it. */
  problems(locale: Locale, idNumberRequired = false): Record<string, string> {
    const issues = checkAddress(this.body(), { idNumberRequired, ...(this.#path ? { path: this.#path } : {}) });
    return Object.fromEntries(issues.map((issue) => [issue.path, fieldMessage(locale, issue.code, issue.params)]));
  }

  /** The error shown at `path`: the server's, else the browser's once the field was typed in or a save tried. */
  errorAt(path: string, problems: Record<string, string>): string | undefined {
    return this.errors.fields[path] ?? (this.attempted || this.touched.has(path) ? problems[path] : undefined);
  }

  knownFields(): string[] {
    return ADDRESS_FIELDS.map((name) => this.pathOf(name));
  }
}

