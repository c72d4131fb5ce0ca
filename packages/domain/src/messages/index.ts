import type { Locale } from '../locale.ts';
import { accountMessagesFor } from './account.ts';
import type { EnterpriseMessages, FieldCode, MessageParams, Messages } from './codes.ts';
import { enterpriseFieldMessage, enterpriseMessagesFor } from './enterprise/index.ts';

export { ACCOUNT_FIELD_CODES, ENTERPRISE_FIELD_CODES, FIELD_CODES, PROBLEM_TYPES, problemTypeUri } from './codes.ts';
export type {
  AccountFieldCode,
  EnterpriseFieldCode,
  EnterpriseMessages,
  FieldCode,
  MessageParams,
  Messages,
  ProblemType,
} from './codes.ts';
export { accountFieldMessage, accountMessagesFor } from './account.ts';
export { enterpriseFieldMessage, enterpriseMessagesFor } from './enterprise/index.ts';

/** Every message in one catalogue: what the server answers with. */
export type AllMessages = Messages & {
  field: Messages['field'] & EnterpriseMessages['field'];
  detail: Messages['detail'] & EnterpriseMessages['detail'];
  mail: Messages['mail'] & EnterpriseMessages['mail'];
};

const merged = new Map<Locale, AllMessages>();

export function messagesFor(locale: Locale): AllMessages {
  let messages = merged.get(locale);
  if (!messages) {
    const account = accountMessagesFor(locale);
    const enterprise = enterpriseMessagesFor(locale);
    messages = {
      ...account,
      field: { ...account.field, ...enterprise.field },
      detail: { ...account.detail, ...enterprise.detail },
      mail: { ...account.mail, ...enterprise.mail },
    };
    merged.set(locale, messages);
  }
  return messages;
}

export function isFieldCode(code: string): code is FieldCode {
  return Object.hasOwn(messagesFor('en').field, code);
}

/** The message for a field problem code in a locale; unknown codes fall back to a generic sentence. */
export function fieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  return enterpriseFieldMessage(locale, code, params);
}
