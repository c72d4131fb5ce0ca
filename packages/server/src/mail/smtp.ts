import nodemailer from 'nodemailer';
import type { MailTransport } from './transport.ts';

/** Real mail through an SMTP server (SMTP_URL, e.g. smtps://user:pass@mail.example:465). Node only. */
export function createSmtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    async send(message) {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
