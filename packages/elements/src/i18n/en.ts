import type { Translation } from './translation.ts';

export const en: Translation = {
  common: {
    email: 'Email',
    emailHint: 'Use your email address, not your customer account number.',
    password: 'Password',
    confirmPassword: 'Confirm password',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    code: 'Verification code',
    codeHint: (email) => `We sent a 6-digit code to ${email}. It expires in 10 minutes.`,
    resendCode: 'Send a new code',
    resendIn: (s) => `New code in ${s} s`,
    changeEmail: 'Use another email',
    working: 'Please wait…',
    passwordsDiffer: 'The two passwords are not the same.',
    unreachable: 'The server cannot be reached. Check your connection and try again.',
    unexpected: 'Something went wrong. Try again in a moment.',
    stepOf: (step, total) => `Step ${step} of ${total}`,
  },
  checklist: {
    title: 'Your password needs',
    length: (min) => `At least ${min} characters`,
    classes: (min) => `At least ${min} of these:`,
    classNames: { upper: 'Upper-case letter (A–Z)', lower: 'Lower-case letter (a–z)', digit: 'Digit (0–9)', symbol: 'Symbol (e.g. * # !)' },
    met: 'met',
    unmet: 'not yet met',
  },
};
