import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import type { Env } from './env'

/**
 * Payload's email adapter: SMTP when SMTP_HOST is set (production, or a local receiver in tests);
 * otherwise none, and Payload writes each message to the console (development).
 */
export const emailAdapter = (env: Env): EmailAdapter | Promise<EmailAdapter> | undefined => {
  if (!env.SMTP_HOST) {
    if (env.NODE_ENV === 'production')
      console.warn(
        'SMTP_HOST is not set: workflow e-mails are written to the console, not sent (see .env.example).',
      )
    return undefined
  }
  return nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM,
    defaultFromName: env.EMAIL_FROM_NAME,
    skipVerify: true,
    transportOptions: {
      auth: env.SMTP_USER ? { pass: env.SMTP_PASSWORD, user: env.SMTP_USER } : undefined,
      host: env.SMTP_HOST,
      port: env.SMTP_PORT,
      secure: env.SMTP_SECURE === 'true',
    },
  })
}
