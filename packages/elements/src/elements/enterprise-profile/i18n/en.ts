/** The strings of `<wharf-enterprise-profile>` only, so other elements do not carry them. */
export interface ProfileText {
  loading: string;
  basic: string;
  basicNote: string;
  name: string;
  registrationNumber: string;
  accountNumber: string;
  billingEmail: string;
  tradingCurrency: string;
  currencyNote: string;
  currencyLocked: string;
  notSet: string;
  saveCurrency: string;
  contact: string;
  contactName: string;
  phone: string;
  email: string;
  address: string;
  save: string;
  saved: string;
  stale: string;
  reload: string;
  readOnlyForMembers: string;
  askApprovers: (who: string) => string;
  log: string;
  logEmpty: string;
  loadMore: string;
  system: string;
  operator: string;
  actions: Record<string, string>;
  change: (field: string, from: string, to: string) => string;
  empty: string;
}

export const en: ProfileText = {
  loading: 'Loading the enterprise…',
  basic: 'Basic information',
  basicNote: 'Fixed at registration. Ask your provider if something here is wrong.',
  name: 'Enterprise name',
  registrationNumber: 'Registration number',
  accountNumber: 'Customer account number',
  billingEmail: 'Billing email',
  tradingCurrency: 'Trading currency',
  currencyNote: 'It can change until the first fee is charged; after that it is fixed.',
  currencyLocked: 'Fixed: fees have been charged in it.',
  notSet: 'Not set',
  saveCurrency: 'Change currency',
  contact: 'Contact information',
  contactName: 'Contact person',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  save: 'Save contact information',
  saved: 'Saved.',
  stale: 'Someone else changed this enterprise in the meantime.',
  reload: 'Load the latest and try again',
  readOnlyForMembers: 'Only admins can change these details.',
  askApprovers: (who) => `Ask ${who} to approve you.`,
  log: 'Change log',
  logEmpty: 'No changes yet.',
  loadMore: 'Show older changes',
  system: 'Wharf',
  operator: 'Provider',
  actions: {
    created: 'created the enterprise',
    updated: 'changed details',
    'opened-by-operator': 'opened the customer account',
    'updated-by-operator': 'changed the subscription',
    'joined-as-first-admin': 'joined as the first admin',
    'join-requested': 'asked to join',
    'member-approved': 'approved a member',
    'member-rejected': 'rejected a request to join',
    'member-role-changed': 'changed a member’s role',
    'member-removed': 'removed a member',
    'member-left': 'left the enterprise',
    'member-added-by-host': 'added a member from the host system',
    'security-pin-set': 'set the security PIN',
    'security-pin-changed': 'changed the security PIN',
    'security-pin-removed': 'switched the security PIN off',
    'api-key-created': 'created an API key',
    'api-key-revoked': 'revoked an API key',
    'topped-up': 'recorded a top-up',
    'fee-charged': 'charged a fee',
    seeded: 'set up the demo',
  },
  change: (field, from, to) => `${field}: ${from} → ${to}`,
  empty: '(empty)',
};
