/** The strings of `<wharf-security-settings>` only. */
export interface SecurityText {
  title: string;
  loading: string;
  adminsOnly: string;
  pinTitle: string;
  pinIntro: string;
  pinOn: string;
  pinOff: string;
  newPin: string;
  confirmPin: string;
  pinRule: string;
  pinsDiffer: string;
  setPin: string;
  changePin: string;
  switchOff: string;
  confirmSwitchOff: string;
  pinSaved: string;
  pinRemoved: string;
  keysTitle: string;
  keysIntro: string;
  noKeys: string;
  keyName: string;
  keyNameHint: string;
  createKey: string;
  secretTitle: string;
  secretWarning: string;
  copy: string;
  copied: string;
  done: string;
  created: string;
  lastUsed: string;
  never: string;
  revoke: string;
  revokeLabel: (name: string) => string;
  confirmRevoke: (name: string) => string;
  revoked: (name: string) => string;
  originsTitle: string;
  originsIntro: string;
  noOrigins: string;
  origin: string;
  originHint: string;
  addOrigin: string;
  removeOrigin: (origin: string) => string;
  originsSaved: string;
  resetTitle: string;
  resetIntro: string;
  resetToMember: string;
  resetToBilling: (email: string) => string;
  resetSaved: string;
  cancel: string;
  confirm: string;
}

export const en: SecurityText = {
  title: 'Security',
  loading: 'Loading security settings…',
  adminsOnly: 'Only admins of this enterprise can change its security settings.',
  pinTitle: 'Security PIN',
  pinIntro: 'While a PIN is set, it is needed to join the enterprise and to submit shipments and orders.',
  pinOn: 'A security PIN is set.',
  pinOff: 'No security PIN is set.',
  newPin: 'New PIN',
  confirmPin: 'Repeat the PIN',
  pinRule: 'Six digits; not one digit repeated and not a run such as 123456.',
  pinsDiffer: 'The two PINs are not the same.',
  setPin: 'Set PIN',
  changePin: 'Change PIN',
  switchOff: 'Switch the PIN off',
  confirmSwitchOff: 'Switch the security PIN off? Joining and submitting will no longer ask for it.',
  pinSaved: 'The security PIN is set.',
  pinRemoved: 'The security PIN is off.',
  keysTitle: 'API keys',
  keysIntro: 'Your own systems (an ERP portal, a script) use a key to sign their users in to Wharf. Keep keys on servers only.',
  noKeys: 'No API keys yet.',
  keyName: 'Name of the new key',
  keyNameHint: 'What uses it, e.g. “Kingdee portal”.',
  createKey: 'Create key',
  secretTitle: 'Copy the secret now',
  secretWarning: 'This is the only time the secret is shown. Store it on your server; if it is lost, revoke the key and create another.',
  copy: 'Copy',
  copied: 'Copied.',
  done: 'I have stored it',
  created: 'Created',
  lastUsed: 'Last used',
  never: 'Never',
  revoke: 'Revoke',
  revokeLabel: (name) => `Revoke ${name}`,
  confirmRevoke: (name) => `Revoke “${name}”? Systems using it stop working at once, and their sessions end.`,
  revoked: (name) => `“${name}” was revoked.`,
  originsTitle: 'Allowed origins',
  originsIntro: 'Web pages on these origins may show Wharf for this enterprise (for example your ERP portal).',
  noOrigins: 'No other origins are allowed.',
  origin: 'Origin',
  originHint: 'Scheme, host and port only, e.g. https://erp.example.com',
  addOrigin: 'Add origin',
  removeOrigin: (origin) => `Remove ${origin}`,
  originsSaved: 'Allowed origins saved.',
  resetTitle: 'Password-reset codes',
  resetIntro: 'Where the code goes when a member of this enterprise resets their password.',
  resetToMember: 'To the member’s own email',
  resetToBilling: (email) => `To the billing email (${email})`,
  resetSaved: 'Saved.',
  cancel: 'Cancel',
  confirm: 'Confirm',
};
