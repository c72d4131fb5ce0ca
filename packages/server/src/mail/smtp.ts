import type { Transporter } from 'nodemailer';
import type { MailTransport } from './transport.ts';

/**
 * Real mail through an SMTP server (SMTP_URL, e.g. smtps://user:pass@mail.example:465). Node only. nodemailer is
 * loaded with the first message, not with the server.
 */
export function createSmtpTransport(url: string, from: string): MailTransport {
  let transporter: Promise<Transporter> | undefined;
  return {
    kind: 'smtp',
    async send(message) {
      transporter ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(url));
      await (await transporter).sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
