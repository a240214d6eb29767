import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { body: string; raw: string; subject: string; to: string[] }

const header = (raw: string, name: string) =>
  raw
    .match(new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, 'im'))?.[1]
    ?.replace(/\r?\n[ \t]/g, ' ')
    .trim() ?? ''

// Nodemailer writes plain ASCII text as 7bit and other text as quoted-printable.
const decodeBody = (raw: string) => {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/)
  const body = rest.join('\n\n')
  return /quoted-printable/i.test(head)
    ? Buffer.from(
        body
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8')
    : body
}

/** A local SMTP server that accepts every message (no auth, no TLS) and keeps it for the test to read. */
export const startSmtpReceiver = async () => {
  const mails: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        mails.push({
          body: decodeBody(raw),
          raw,
          subject: header(raw, 'Subject'),
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as { port: number }
  return {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    mails,
    port,
    /** Resolves with the first message matching `match`, waiting up to `timeoutMs`. */
    waitFor: async (
      match: (mail: ReceivedMail) => boolean,
      timeoutMs = 15_000,
    ): Promise<ReceivedMail> => {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const found = mails.find(match)
        if (found) return found
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(
        `No matching e-mail within ${timeoutMs} ms; received: ${JSON.stringify(mails.map((mail) => ({ subject: mail.subject, to: mail.to })))}`,
      )
    },
  }
}
