/** The strings of `<wharf-password-reset>` only (the words it shares with other forms are in src/i18n). */
export interface PasswordResetText {
  title: string;
  intro: string;
  sendCode: string;
  continue: string;
  newPassword: string;
  submit: string;
  done: string;
  backToLogin: string;
}

export const en: PasswordResetText = {
  title: 'Reset your password',
  intro: 'We will email you a code to set a new password. Resetting also unlocks a locked account.',
  sendCode: 'Send code',
  continue: 'Continue',
  newPassword: 'New password',
  submit: 'Set new password',
  done: 'Your password has been changed. You can sign in with it now.',
  backToLogin: 'Back to sign in',
};
