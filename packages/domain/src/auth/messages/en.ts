import type { Messages } from './codes.ts';

const list = (options: readonly string[] = []) => options.join(', ');

export const en: Messages = {
  field: {
    required: () => 'This field is required.',
    invalid_type: () => 'This value has the wrong type.',
    invalid_choice: (p) => `Choose one of: ${list(p.options)}.`,
    too_short: (p) => `Enter at least ${p.min} characters.`,
    too_long: (p) => `Enter at most ${p.max} characters.`,
    number_too_small: (p) => `Enter a number of at least ${p.min}.`,
    number_too_large: (p) => `Enter a number of at most ${p.max}.`,
    invalid_format: () => 'This value is not in the expected format.',
    invalid_email: () => 'Enter an email address such as name@company.com.',
    account_number_not_email: () =>
      'This looks like a customer account number. Use your email address here; you can join your company’s account after signing up.',
    email_taken: () => 'This email is already registered. Sign in, or reset your password if you have forgotten it.',
    email_not_registered: () => 'No account uses this email. Check the spelling, or register first.',
    password_too_short: (p) => `Use at least ${p.min ?? 8} characters.`,
    password_too_long: (p) => `Use at most ${p.max ?? 128} characters.`,
    password_too_few_classes: () =>
      'Use at least three of: upper-case letters, lower-case letters, digits and symbols (e.g. Hk27300273).',
    password_unchanged: () => 'Choose a password different from the current one.',
    current_password_wrong: () => 'The current password is not correct.',
    credentials_wrong: () => 'The email or password is not correct.',
    code_format: () => 'Enter the 6-digit code from the email.',
    code_wrong: (p) =>
      p.remaining ? `This code is not correct. ${p.remaining} tries left.` : 'This code is not correct.',
    code_expired: () => 'This code has expired or was already used. Request a new code.',
    code_attempts_exceeded: () => 'Too many wrong codes. Request a new code.',
    captcha_required: () => 'Please wait while we check this browser, then try again.',
    captcha_invalid: () => 'The browser check failed or expired. Try again.',
  },
  problem: {
    'malformed-request': { title: 'Malformed request', detail: () => 'The request body is not valid JSON.' },
    unauthorized: { title: 'Not signed in', detail: () => 'Sign in to continue.' },
    'credentials-rejected': { title: 'Sign-in failed', detail: () => 'The email or password is not correct.' },
    forbidden: { title: 'Not allowed', detail: () => 'Your account is not allowed to do this.' },
    'not-found': { title: 'Not found', detail: () => 'Nothing was found at this address.' },
    conflict: { title: 'Conflict', detail: () => 'This conflicts with the current state.' },
    'payload-too-large': {
      title: 'Request too large',
      detail: (p) => `The request body is larger than the ${p.max} bytes allowed.`,
    },
    'unsupported-media-type': { title: 'Unsupported content type', detail: () => 'Send the body as application/json.' },
    validation: { title: 'Some fields need attention', detail: (p) => `Fix the fields listed (${p.field}).` },
    'account-locked': { title: 'Account locked', detail: () => 'This account is locked.' },
    'rate-limited': { title: 'Too many requests', detail: (p) => `Try again in ${p.seconds} seconds.` },
    internal: { title: 'Something went wrong', detail: () => 'An unexpected error occurred. Try again later.' },
  },
  detail: {
    emailTaken: 'This email is already registered. Sign in, or use “Forgot password” to set a new password.',
    codeResendTooSoon: (p) => `A code was sent less than a minute ago. You can ask for another in ${p.seconds} seconds.`,
    loginRemaining: (p) =>
      `The email or password is not correct. ${p.remaining} ${p.remaining === 1 ? 'attempt' : 'attempts'} left before the account is locked.`,
    accountLocked: (p) =>
      `Too many failed sign-ins: this account is locked until ${p.until}. Reset your password to unlock it now.`,
    captchaRequired: 'Several sign-ins failed from this browser; a quick automatic browser check is needed.',
    fieldsInvalid: (p) => `Fix the highlighted fields: ${p.field}.`,
    notSignedIn: 'Sign in to continue.',
  },
  mail: {
    codeSubject: (purpose) => `Your Wharf code to ${purpose}`,
    codeBody: ({ code, purpose, minutes }) =>
      `Your code to ${purpose} is ${code}.\n\nIt works once and expires in ${minutes} minutes. If you did not ask for it, ignore this email.`,
    purpose: { register: 'create your account', 'reset-password': 'reset your password', 'join-enterprise': 'join your company’s account' },
  },
};
