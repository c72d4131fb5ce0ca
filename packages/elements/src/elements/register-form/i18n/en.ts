/** The strings of `<wharf-register-form>` only (the words it shares with other forms are in src/i18n). */
export interface RegisterFormText {
  title: string;
  sendCode: string;
  continue: string;
  submit: string;
  done: (email: string) => string;
  haveAccount: string;
  resetInstead: string;
  /** The link to the sign-in form. */
  signIn: string;
}

export const en: RegisterFormText = {
  title: 'Create your account',
  sendCode: 'Send code',
  continue: 'Continue',
  submit: 'Create account',
  done: (email) => `Welcome! Your account ${email} is ready and you are signed in.`,
  haveAccount: 'Already registered?',
  resetInstead: 'Reset your password',
  signIn: 'Sign in',
};
