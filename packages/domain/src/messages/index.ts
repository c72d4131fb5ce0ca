import type { Locale } from '../locale.ts';
import { accountMessagesFor } from './account.ts';
import type { EnterpriseMessages, FieldCode, ImportMessages, MessageParams, Messages, ProductMessages, ReferenceMessages, TicketMessages } from './codes.ts';
import { enterpriseFieldMessage, enterpriseMessagesFor } from './enterprise/index.ts';
import { ticketMessagesFor } from './tickets/index.ts';
import { importMessagesFor } from './imports/index.ts';
import { productMessagesFor } from './products/index.ts';
import { referenceMessagesFor } from './reference/index.ts';

export { ACCOUNT_FIELD_CODES, ENTERPRISE_FIELD_CODES, TICKET_FIELD_CODES, PRODUCT_FIELD_CODES, REFERENCE_FIELD_CODES, IMPORT_FIELD_CODES, FIELD_CODES, PROBLEM_TYPES, problemTypeUri } from './codes.ts';
export type {
  AccountFieldCode,
  EnterpriseFieldCode,
  ImportFieldCode,
  ImportMessages,
  EnterpriseMessages,
  FieldCode,
  MessageParams,
  Messages,
  ProblemType,
  ProductFieldCode,
  ProductMessages,
  ReferenceFieldCode,
  ReferenceMessages,
  TicketFieldCode,
  TicketMailParams,
  TicketMessages,
} from './codes.ts';
export { accountFieldMessage, accountMessagesFor } from './account.ts';
export { enterpriseFieldMessage, enterpriseMessagesFor } from './enterprise/index.ts';
export { ticketFieldMessage, ticketMessagesFor } from './tickets/index.ts';
export { productFieldMessage, productMessagesFor } from './products/index.ts';
export { referenceFieldMessage, referenceMessagesFor } from './reference/index.ts';
export { importFieldMessage, importMessagesFor } from './imports/index.ts';

/** Every message in one catalogue: what the server answers with. */
export type AllMessages = Messages & {
  field: Messages['field'] & EnterpriseMessages['field'] & TicketMessages['field'] & ProductMessages['field'] & ReferenceMessages['field'] & ImportMessages['field'];
  detail: Messages['detail'] & EnterpriseMessages['detail'];
  mail: Messages['mail'] & EnterpriseMessages['mail'];
  tickets: TicketMessages;
  products: ProductMessages;
  reference: ReferenceMessages;
};

const merged = new Map<Locale, AllMessages>();

export function messagesFor(locale: Locale): AllMessages {
  let messages = merged.get(locale);
  if (!messages) {
    const account = accountMessagesFor(locale);
    const enterprise = enterpriseMessagesFor(locale);
    const tickets = ticketMessagesFor(locale);
    const products = productMessagesFor(locale);
    const reference = referenceMessagesFor(locale);
    const imports = importMessagesFor(locale);
    messages = {
      ...account,
      field: { ...account.field, ...enterprise.field, ...tickets.field, ...products.field, ...reference.field, ...imports.field },
      detail: { ...account.detail, ...enterprise.detail },
      mail: { ...account.mail, ...enterprise.mail },
      tickets,
      products,
      reference,
    };
    merged.set(locale, messages);
  }
  return messages;
}

export function isFieldCode(code: string): code is FieldCode {
  return Object.hasOwn(messagesFor('en').field, code);
}

/** The message for any field problem code in a locale; unknown codes fall back to a generic sentence. */
export function fieldMessage(locale: Locale, code: string, params: MessageParams = {}): string {
  const field = messagesFor(locale).field;
  return isFieldCode(code) ? field[code](params) : field.invalid_format(params);
}
