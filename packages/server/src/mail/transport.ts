export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The one-time code the message carries, if any (shown by the dev mailbox). */
  code?: string;
}

/** Where mail goes: SMTP in production, the dev mailbox table otherwise. */
export interface MailTransport {
  readonly kind: 'smtp' | 'dev-mailbox';
  send(message: MailMessage): Promise<void>;
}
