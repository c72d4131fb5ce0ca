/** The strings of `<wharf-enterprise-setup>` only. */
export interface SetupText {
  title: string;
  intro: string;
  createChoice: string;
  createHint: string;
  joinChoice: string;
  joinHint: string;
  back: string;
  required: string;
  name: string;
  registrationNumber: string;
  registrationHint: string;
  tradingCurrency: string;
  currencyHint: string;
  chooseCurrency: string;
  contactTitle: string;
  contactName: string;
  phone: string;
  email: string;
  address: string;
  create: string;
  accountNumber: string;
  accountNumberHint: string;
  emailNotAccount: string;
  sendCode: string;
  codeSentTo: (masked: string) => string;
  code: string;
  pin: string;
  pinHint: string;
  pinBlocked: (until: string) => string;
  join: string;
  resend: string;
  resendIn: (seconds: number) => string;
  createdTitle: string;
  created: (name: string, account: string) => string;
  adminTitle: string;
  admin: (name: string) => string;
  pendingTitle: string;
  pending: (name: string) => string;
  askApprovers: (who: string) => string;
}

export const en: SetupText = {
  title: 'Your enterprise',
  intro: 'Create your company on Wharf, or join the customer account your company already has.',
  createChoice: 'Create a new enterprise',
  createHint: 'Your company is new here. You will be its admin.',
  joinChoice: 'Join my company’s customer account',
  joinHint: 'Your company already has a customer account number (月结号).',
  back: 'Back',
  required: 'Fields marked * are required.',
  name: 'Enterprise name',
  registrationNumber: 'Registration number',
  registrationHint: 'Business registration or unified social credit number.',
  tradingCurrency: 'Trading currency',
  currencyHint: 'Every amount is shown in it. It can be changed until the first fee; after that it is fixed.',
  chooseCurrency: 'Choose…',
  contactTitle: 'Contact',
  contactName: 'Contact person',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  create: 'Create enterprise',
  accountNumber: 'Customer account number',
  accountNumberHint: 'It is printed on your monthly bill, e.g. WH00000042.',
  emailNotAccount: 'This is an email address. Enter your company’s customer account number here.',
  sendCode: 'Send code to the billing email',
  codeSentTo: (masked) => `We sent a 6-digit code to ${masked}, the account’s billing email. Ask whoever reads it for the code.`,
  code: 'Verification code',
  pin: 'Security PIN',
  pinHint: 'Your company’s admin set a 6-digit security PIN. Ask them for it.',
  pinBlocked: (until) => `Too many wrong PINs. You can try again after ${until}.`,
  join: 'Join',
  resend: 'Send a new code',
  resendIn: (s) => `New code in ${s} s`,
  createdTitle: 'Enterprise created',
  created: (name, account) => `${name} is on Wharf with customer account number ${account}. You are its admin.`,
  adminTitle: 'You joined',
  admin: (name) => `You are the admin of ${name}: colleagues who join after you wait for your approval under Members.`,
  pendingTitle: 'Waiting for approval',
  pending: (name) => `Your request to join ${name} is waiting for an admin. They approve it inside the portal — never by email.`,
  askApprovers: (who) => `Ask ${who} to approve you.`,
};
