import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initPayload, type TestContext } from '../helpers/initPayload'
import { restHandlers } from '../helpers/rest'
import { STATEMENTS, USERS } from '../helpers/slugs'
import { startSmtpReceiver, type ReceivedMail } from '../helpers/smtpReceiver'
import { createStaff, PASSWORD, transitionAs, type Staff } from '../helpers/workflow'
import { draftStatement } from '../helpers/workflowState'

const SERVER_URL = 'https://cms.example.org'

let ctx: TestContext
let payload: Payload
let staff: Staff
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>
let api: Awaited<ReturnType<typeof restHandlers>>
beforeAll(async () => {
  smtp = await startSmtpReceiver()
  ctx = await initPayload({ SERVER_URL, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) })
  payload = ctx.payload
  staff = await createStaff(payload)
  api = await restHandlers()
  // The translator reads the admin and the e-mails in French; everyone else keeps English.
  await payload.update({
    collection: USERS,
    data: { language: 'fr' },
    id: staff.translator.id,
    overrideAccess: false,
    user: staff.translator,
  })
})
afterAll(async () => {
  await ctx?.cleanup()
  await smtp?.close()
})

// Nodemailer writes a non-ASCII subject as RFC 2047 encoded words.
const decodeHeader = (value: string) =>
  value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, encoding: string, text: string) =>
    encoding.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
              String.fromCharCode(parseInt(hex, 16)),
            ),
          'latin1',
        ).toString('utf8'),
  )

const to = (user: { email: string }) => (mail: ReceivedMail) => mail.to.includes(user.email)
const about = (id: number | string) => (mail: ReceivedMail) =>
  mail.body.includes(`/collections/${STATEMENTS}/${id}`)
const mailsTo = (user: { email: string }, id: number | string, from = 0) =>
  smtp.mails
    .slice(from)
    .filter((mail) => to(user)(mail) && about(id)(mail))
    .map((mail) => decodeHeader(mail.subject))
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500))

const assign = async (as: keyof Staff, id: number | string, reviewer: null | number) => {
  const token = await api.token(staff[as].email, PASSWORD)
  const response = await api.post(`/api/${STATEMENTS}/${id}/workflow/assign`, {
    body: JSON.stringify({ reviewer }),
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
  })
  expect(response.status).toBe(200)
}

describe('who is told, in their own language', () => {
  it('tells the editor who submitted of the approval and of the publication', async () => {
    const id = await draftStatement(payload, staff.editor, 'tell-editor')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve')
    const approved = await smtp.waitFor(
      (m) => to(staff.editor)(m) && about(id)(m) && m.subject.startsWith('Approved: '),
    )
    expect(approved.body).toContain('reviewer approved "Statement tell-editor"')
    await transitionAs(payload, staff.reviewer2, STATEMENTS, id, 'publish')
    const published = await smtp.waitFor(
      (m) => to(staff.editor)(m) && about(id)(m) && m.subject.startsWith('Published: '),
    )
    expect(published.body).toContain('reviewer2 published "Statement tell-editor"')
    await settle()
    expect(mailsTo(staff.editor2, id)).toEqual([])
    // The approver is not told of their own approval.
    expect(mailsTo(staff.reviewer, id).filter((subject) => subject.startsWith('Approved'))).toEqual(
      [],
    )
  })

  it('tells only the assigned reviewer of a submission and of its withdrawal, and the assignee of the assignment', async () => {
    const id = await draftStatement(payload, staff.editor, 'tell-assignee')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await smtp.waitFor((m) => to(staff.reviewer)(m) && about(id)(m))
    await assign('reviewer', id, staff.reviewer2.id)
    const assigned = await smtp.waitFor(
      (m) =>
        to(staff.reviewer2)(m) &&
        about(id)(m) &&
        m.subject.startsWith('Assigned to you for review: '),
    )
    expect(assigned.body).toContain('reviewer asked you to review "Statement tell-assignee"')
    const before = smtp.mails.length
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'withdraw')
    await smtp.waitFor(
      (m) =>
        to(staff.reviewer2)(m) && about(id)(m) && m.subject.startsWith('Submission withdrawn: '),
    )
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await smtp.waitFor(
      (m) =>
        smtp.mails.indexOf(m) >= before &&
        to(staff.reviewer2)(m) &&
        about(id)(m) &&
        m.subject.startsWith('Review requested: '),
    )
    await settle()
    expect(mailsTo(staff.reviewer, id, before)).toEqual([])
    expect(mailsTo(staff.admin, id, before)).toEqual([])
  })

  it('tells every reviewer of a withdrawal when nobody is assigned', async () => {
    const id = await draftStatement(payload, staff.editor, 'tell-withdrawn')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'withdraw')
    for (const reviewer of [staff.reviewer, staff.reviewer2]) {
      const mail = await smtp.waitFor(
        (m) => to(reviewer)(m) && about(id)(m) && m.subject.startsWith('Submission withdrawn: '),
      )
      expect(mail.body).toContain('editor withdrew "Statement tell-withdrawn" from review')
    }
  })

  it('tells the translator of the approval of their French, in French', async () => {
    const id = await draftStatement(payload, staff.editor, 'tell-translator')
    await payload.update({
      collection: STATEMENTS,
      data: { title: 'Énoncé approuvé' },
      draft: true,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.translator,
    })
    await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'approve_translation', {
      locale: 'fr',
    })
    const mail = await smtp.waitFor(
      (m) =>
        to(staff.translator)(m) &&
        about(id)(m) &&
        decodeHeader(m.subject).startsWith('Français approuvé'),
    )
    expect(decodeHeader(mail.subject)).toBe('Français approuvé : Statement tell-translator')
    expect(mail.body).toContain(
      'reviewer a approuvé votre traduction en français de « Statement tell-translator ».',
    )
    expect(mail.body).toContain(
      `Ouvrir : ${SERVER_URL}/admin/collections/${STATEMENTS}/${id}?locale=fr`,
    )
    // The reviewers were asked in English (their language), not in the translator's.
    const asked = await smtp.waitFor((m) => to(staff.reviewer2)(m) && about(id)(m))
    expect(asked.subject).toBe('French review requested: Statement tell-translator')
  })

  it("writes to each recipient in the recipient's language, not the actor's", async () => {
    const id = await draftStatement(payload, staff.editor, 'tell-outdated')
    await payload.update({
      collection: STATEMENTS,
      data: { title: 'Énoncé périmé' },
      draft: true,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.translator,
    })
    await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation')
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'New English.' },
      draft: true,
      id,
      locale: 'en',
      overrideAccess: false,
      user: staff.editor,
    })
    const mail = await smtp.waitFor((m) => to(staff.translator)(m) && about(id)(m))
    expect(decodeHeader(mail.subject)).toBe('Français à mettre à jour : Statement tell-outdated')
    expect(mail.body).toContain("L'anglais de « Statement tell-outdated » a changé")
  })
})
