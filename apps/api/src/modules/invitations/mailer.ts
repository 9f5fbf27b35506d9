import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  sentAt: Date;
}

/**
 * Delivers mail. This implementation writes each message to the log (development and the
 * embedded default have no mail server) and keeps the last ones in memory so tests and the
 * operator can read them. An SMTP transport replaces it when one is configured.
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mail');
  private readonly recent: OutgoingMail[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(mail: Omit<OutgoingMail, 'sentAt'>): Promise<void> {
    const sent = { ...mail, sentAt: new Date() };
    this.recent.push(sent);
    if (this.recent.length > 100) this.recent.shift();
    // At warning level: the server's console shows warnings and errors only, and an invitation
    // that reaches nobody must at least reach the operator, who can pass the link on.
    if (this.config.logLevel !== 'silent') this.logger.warn(`No mail server configured, so this mail was not sent. To ${mail.to}: ${mail.subject}\n${mail.text}`);
  }

  /** The most recent messages to an address, newest last. */
  sentTo(address: string): OutgoingMail[] {
    return this.recent.filter((m) => m.to === address);
  }
}
