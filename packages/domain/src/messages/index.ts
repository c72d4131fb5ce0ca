// Every feature's messages at once: what the server answers with. Importing this module registers every catalogue,
// so `fieldMessage` knows every code. Pages import only their features' entries instead (see common/messages/registry.ts).
import type { Locale } from '../common/locale.ts';
import type { AddressMessages } from '../addresses/messages/codes.ts';
import { ADDRESS_FIELD_CODES } from '../addresses/messages/codes.ts';
import { addressMessagesFor } from '../addresses/messages/index.ts';
import type { Messages } from '../auth/messages/codes.ts';
import { ACCOUNT_FIELD_CODES } from '../auth/messages/codes.ts';
import { accountMessagesFor } from '../auth/messages/index.ts';
import type { EnterpriseMessages } from '../enterprises/messages/codes.ts';
import { ENTERPRISE_FIELD_CODES } from '../enterprises/messages/codes.ts';
import { enterpriseMessagesFor } from '../enterprises/messages/index.ts';
import type { ImportMessages } from '../imports/messages/codes.ts';
import { IMPORT_FIELD_CODES } from '../imports/messages/codes.ts';
import { importMessagesFor } from '../imports/messages/index.ts';
import type { OrderMessages } from '../orders/messages/codes.ts';
import { ORDER_FIELD_CODES } from '../orders/messages/codes.ts';
import { orderMessagesFor } from '../orders/messages/index.ts';
import type { ProductMessages } from '../products/messages/codes.ts';
import { PRODUCT_FIELD_CODES } from '../products/messages/codes.ts';
import { productMessagesFor } from '../products/messages/index.ts';
import type { ReferenceMessages } from '../reference/messages/codes.ts';
import { REFERENCE_FIELD_CODES } from '../reference/messages/codes.ts';
import { referenceMessagesFor } from '../reference/messages/index.ts';
import type { TicketMessages } from '../tickets/messages/codes.ts';
import { TICKET_FIELD_CODES } from '../tickets/messages/codes.ts';
import { ticketMessagesFor } from '../tickets/messages/index.ts';

export { fieldMessage, hasFieldMessage, registerCatalogue, registeredCatalogues } from '../common/messages/registry.ts';
export type { Catalogue, MessageFormat } from '../common/messages/registry.ts';
export { PROBLEM_TYPES, problemTypeUri } from '../common/problems.ts';
export type { ProblemType } from '../common/problems.ts';
export type { MessageParams } from '../common/messages/params.ts';
export { ACCOUNT_FIELD_CODES, ENTERPRISE_FIELD_CODES, TICKET_FIELD_CODES, PRODUCT_FIELD_CODES, REFERENCE_FIELD_CODES, IMPORT_FIELD_CODES, ADDRESS_FIELD_CODES, ORDER_FIELD_CODES };
export type { AccountFieldCode, Messages } from '../auth/messages/codes.ts';
export type { EnterpriseFieldCode, EnterpriseMessages } from '../enterprises/messages/codes.ts';
export type { ImportFieldCode, ImportMessages } from '../imports/messages/codes.ts';
export type { AddressFieldCode, AddressMessages } from '../addresses/messages/codes.ts';
export type { OrderFieldCode, OrderMessages } from '../orders/messages/codes.ts';
export type { ProductFieldCode, ProductMessages } from '../products/messages/codes.ts';
export type { ReferenceFieldCode, ReferenceMessages } from '../reference/messages/codes.ts';
export type { TicketFieldCode, TicketMailParams, TicketMessages } from '../tickets/messages/codes.ts';
export { accountMessagesFor, enterpriseMessagesFor, ticketMessagesFor, productMessagesFor, referenceMessagesFor, importMessagesFor, addressMessagesFor, orderMessagesFor };

export const FIELD_CODES = [
  ...ACCOUNT_FIELD_CODES,
  ...ENTERPRISE_FIELD_CODES,
  ...TICKET_FIELD_CODES,
  ...PRODUCT_FIELD_CODES,
  ...REFERENCE_FIELD_CODES,
  ...IMPORT_FIELD_CODES,
  ...ADDRESS_FIELD_CODES,
  ...ORDER_FIELD_CODES,
] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

/** Every message in one catalogue: what the server answers with. */
export type AllMessages = Messages & {
  field: Messages['field'] & EnterpriseMessages['field'] & TicketMessages['field'] & ProductMessages['field'] & ReferenceMessages['field'] & ImportMessages['field'] & AddressMessages['field'] & OrderMessages['field'];
  detail: Messages['detail'] & EnterpriseMessages['detail'];
  mail: Messages['mail'] & EnterpriseMessages['mail'];
  tickets: TicketMessages;
  products: ProductMessages;
  reference: ReferenceMessages;
  addresses: AddressMessages;
  orders: OrderMessages;
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
    const addresses = addressMessagesFor(locale);
    const orders = orderMessagesFor(locale);
    messages = {
      ...account,
      field: { ...account.field, ...enterprise.field, ...tickets.field, ...products.field, ...reference.field, ...imports.field, ...addresses.field, ...orders.field },
      detail: { ...account.detail, ...enterprise.detail },
      mail: { ...account.mail, ...enterprise.mail },
      tickets,
      products,
      reference,
      addresses,
      orders,
    };
    merged.set(locale, messages);
  }
  return messages;
}
