import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { initPayload, type TestContext } from '../helpers/initPayload'
import { STATEMENTS } from '../helpers/slugs'
import { startSmtpReceiver } from '../helpers/smtpReceiver'
import { createStaff, transitionAs, type Staff } from '../helpers/workflow'
import { draftStatement } from '../helpers/workflowState'

const SERVER_URL = 'https://cms.example.org'

let ctx: TestContext
let payload: Payload
let staff: Staff
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>
beforeAll(async () => {
  smtp = await startSmtpReceiver()
  // The app's own adapter choice: SMTP_HOST set, so Payload's nodemailer adapter sends to the receiver.
  ctx = await initPayload({ SERVER_URL, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) })
  payload = ctx.payload
  staff = await createStaff(payload)
})
afterAll(async () => {
  await ctx?.cleanup()
  await smtp?.close()
})

const to = (address: string) => (mail: { to: string[] }) => mail.to.includes(address)

describe('workflow e-mails over SMTP', () => {
  it('tells the reviewers (not the submitter) that a statement was submitted, with a link to it', async () => {
    const id = await draftStatement(payload, staff.editor, 'mail-submit')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    const link = `${SERVER_URL}/admin/collections/${STATEMENTS}/${id}`
    for (const reviewer of [staff.reviewer, staff.reviewer2]) {
      const mail = await smtp.waitFor((m) => to(reviewer.email)(m) && m.body.includes(link))
      expect(mail.subject).toMatch(/^Review requested: /)
      expect(mail.body).toContain('editor submitted')
    }
    expect(
      smtp.mails.filter(
        (m) =>
          m.body.includes(link) && (to(staff.editor.email)(m) || to(staff.translator.email)(m)),
      ),
    ).toEqual([])
  })

  it('tells the submitter what to change when a reviewer requests changes', async () => {
    const id = await draftStatement(payload, staff.editor, 'mail-changes')
    await transitionAs(payload, staff.editor, STATEMENTS, id, 'submit')
    await transitionAs(payload, staff.reviewer, STATEMENTS, id, 'request_changes', {
      comment: 'Cite the 2023 report.',
    })
    const mail = await smtp.waitFor(
      (m) => to(staff.editor.email)(m) && m.subject.startsWith('Changes requested'),
    )
    expect(mail.body).toContain('Cite the 2023 report.')
    expect(mail.body).toContain(`${SERVER_URL}/admin/collections/${STATEMENTS}/${id}`)
  })

  it('tells the translators when French becomes outdated, naming the English fields that changed', async () => {
    const id = await draftStatement(payload, staff.editor, 'mail-outdated')
    await payload.update({
      collection: STATEMENTS,
      data: { title: 'Énoncé' },
      draft: true,
      id,
      locale: 'fr',
      overrideAccess: false,
      user: staff.translator,
    })
    await transitionAs(payload, staff.translator, STATEMENTS, id, 'submit_translation')
    await payload.update({
      collection: STATEMENTS,
      data: { summary: 'A new English summary.' },
      draft: true,
      id,
      locale: 'en',
      overrideAccess: false,
      user: staff.editor,
    })
    const mail = await smtp.waitFor(
      (m) => to(staff.translator.email)(m) && m.subject.startsWith('French outdated'),
    )
    expect(mail.body).toContain('English changed: Summary.')
    expect(mail.body).toContain(`${SERVER_URL}/admin/collections/${STATEMENTS}/${id}?locale=fr`)
  })

  it('sends nothing for a transition that was refused', async () => {
    const id = await draftStatement(payload, staff.editor, 'mail-refused')
    const before = smtp.mails.length
    await expect(transitionAs(payload, staff.reviewer, STATEMENTS, id, 'submit')).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(smtp.mails.slice(before).filter((m) => m.body.includes(`/${STATEMENTS}/${id}`))).toEqual(
      [],
    )
  })
})
