import nodemailer from 'nodemailer';

/** Sends reminders by SMTP when MIERNIK_SMTP_URL is set; otherwise messages stay in the outbox, listed only. */
export interface Mailer {
  enabled: boolean;
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export function createMailer(options: { smtpUrl: string | null; from: string }): Mailer {
  if (!options.smtpUrl) {
    return {
      enabled: false,
      send: async () => {
        throw new Error('SMTP is not configured');
      },
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    enabled: true,
    async send(message) {
      await transport.sendMail({ from: options.from, ...message });
    },
  };
}
