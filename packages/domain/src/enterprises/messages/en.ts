import type { EnterpriseMessages } from './codes.ts';

export const enterpriseEn: EnterpriseMessages = {
  field: {
    account_number_format: () => 'Enter the customer account number as printed on your monthly bill: 6 to 20 letters and digits, e.g. WH00000042.',
    account_number_unknown: () => 'No customer account has this number. Check it against your monthly bill, or create a new enterprise instead.',
    already_member: () => 'You already belong to this enterprise.',
    join_pending: () => 'You have already asked to join this enterprise; an admin of it has to approve you in the portal.',
    registration_number_taken: () => 'An enterprise with this registration number is already on Wharf. Join it with its customer account number instead.',
    read_only: () => 'Basic information cannot be changed after registration. Ask your provider to correct it.',
    currency_locked: () => 'The trading currency cannot change once a fee has been charged in it.',
    currency_not_set: () => 'Choose the enterprise’s trading currency before recording money in its ledger.',
    pin_format: () => 'Enter the 6-digit security PIN.',
    pin_too_simple: () => 'Choose a PIN that is not one digit repeated or a run such as 123456.',
    pin_required: () => 'This enterprise has a security PIN. Ask your administrator for it (Settings → Security).',
    pin_wrong: (p) => (p.remaining ? `The security PIN is not correct. ${p.remaining} tries left.` : 'The security PIN is not correct.'),
    pin_blocked: (p) => `Too many wrong PINs: PIN entry is blocked until ${p.until}.`,
    phone_format: () => 'Enter a phone number: digits with spaces, dashes or brackets, and + before a country code, e.g. +852 2730 0273.',
    amount_format: () => 'Enter an amount such as 1250.00.',
    amount_not_positive: () => 'Enter an amount greater than zero.',
    amount_precision: (p) => `This currency allows at most ${p.max} decimal places.`,
    origin_format: () => 'Enter an origin such as https://erp.example.com: scheme, host and optional port, no path.',
    last_admin: () => 'An enterprise needs at least one admin. Make another member an admin first.',
    not_pending: () => 'This person is not waiting for approval.',
    email_in_other_account: () => 'A Wharf account with this email exists and is not a member of this enterprise. The person can join with the account number, or the host can use another email.',
    version_stale: () => 'Someone else changed this in the meantime. Reload it and make your change again.',
  },
  detail: {
    pendingApproval: (p) => `Your request to join ${p.name} is waiting for an admin’s approval. You can use the portal once approved.`,
    adminOnly: 'Only an admin of this enterprise can do this.',
    noEnterprise: 'You do not belong to an enterprise yet. Create one, or join your company’s customer account.',
    chooseEnterprise: 'You belong to several enterprises: name the one to act on in the Wharf-Enterprise header.',
    originNotAllowed: (p) => `Pages on ${p.field} may not use this enterprise. An admin can add the origin under Settings → Security → Allowed origins.`,
    apiKeyFromBrowser: 'API keys belong on your server: mint embed sessions from the host’s server, never from a browser.',
    apiKeyInvalid: 'The API key is not valid or has been revoked.',
    embedSessionLimited: 'This session was opened by your company’s system; do this in Wharf itself.',
    operatorOnly: 'Only the provider’s operators can do this.',
  },
  mail: {
    joinRequestSubject: ({ enterprise }) => `Someone asked to join ${enterprise} on Wharf`,
    joinRequestBody: ({ email, enterprise }) =>
      `${email} asked to join ${enterprise}. Approve or reject the request in the portal under Members.\n\nIf you do not know this person, reject the request.`,
  },
};
