/** The strings of `<wharf-login-form>` only (the words it shares with other forms are in src/i18n). */
export interface LoginFormText {
  title: string;
  submit: string;
  forgot: string;
  remaining: (n: number) => string;
  locked: (until: string) => string;
  resetToUnlock: string;
  checking: string;
  checked: string;
}

export const en: LoginFormText = {
  title: 'Sign in',
  submit: 'Sign in',
  forgot: 'Forgot password?',
  remaining: (n) => `${n} ${n === 1 ? 'attempt' : 'attempts'} left before the account is locked.`,
  locked: (until) => `Too many failed attempts. This account is locked until ${until}.`,
  resetToUnlock: 'Reset your password to unlock it now',
  checking: 'Checking this browser automatically…',
  checked: 'Browser check done.',
};
