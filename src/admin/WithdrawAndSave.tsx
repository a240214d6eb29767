'use client'
import {
  ConfirmationModal,
  FormSubmit,
  toast,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormModified,
  useLocale,
  useModal,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React from 'react'

import { tw } from '../translations'
import { TRANSLATION_FIELD, WORKFLOW_FIELD } from '../workflow/fieldNames'
import { useWorkflowTranslation } from './useWorkflowTranslation'

type Props = { collection: string; id: string }

const pick = (doc: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(keys.filter((key) => doc[key] !== undefined).map((key) => [key, doc[key]]))

/**
 * Save Draft for a document in review: saving takes it out of review, so it asks first ("Withdraw
 * from review and save?"), then POSTs `withdraw` and saves the form as Payload's Save Draft does.
 */
export const WithdrawAndSaveButton = ({ collection, id }: Props) => {
  const { config } = useConfig()
  const { i18n, t } = useWorkflowTranslation()
  const { openModal } = useModal()
  const { getData, submit } = useForm()
  const { setUnpublishedVersionCount } = useDocumentInfo()
  const { code: locale } = useLocale()
  const modified = useFormModified()
  const router = useRouter()
  const api = `${config.serverURL ?? ''}${config.routes.api}/${collection}/${id}`
  const slug = `workflow-withdraw-${id}`
  const withdrawAndSave = async () => {
    const headers = { 'Accept-Language': i18n.language, 'Content-Type': 'application/json' }
    const loaded = getData().updatedAt as string | undefined
    const save = (withdrawn?: Record<string, unknown>) =>
      submit({
        action: `${api}?locale=${locale}&depth=0&fallback-locale=null&draft=true`,
        method: 'PATCH',
        // After the withdrawal the form's workflow fields and updatedAt are those it loaded; the save
        // carries the withdrawal's own, or it would read as a direct write of the workflow.
        overrides: {
          _status: 'draft',
          ...(withdrawn ? pick(withdrawn, ['updatedAt', WORKFLOW_FIELD, TRANSLATION_FIELD]) : {}),
        },
        skipValidation: true,
      })
    // Someone else saved since this form loaded: the save is refused as stale (naming who), and the
    // submission stays in review.
    const current = (await fetch(`${api}?draft=true&depth=0&select[updatedAt]=true`, {
      credentials: 'include',
      headers,
    })
      .then((r) => r.json())
      .catch(() => ({}))) as { updatedAt?: string }
    if (
      loaded &&
      current.updatedAt &&
      new Date(current.updatedAt).getTime() !== new Date(loaded).getTime()
    )
      return void (await save())
    const res = await fetch(`${api}/workflow/withdraw`, {
      body: '{}',
      credentials: 'include',
      headers,
      method: 'POST',
    })
    const json = (await res.json().catch(() => ({}))) as {
      doc?: Record<string, unknown>
      errors?: { message?: string }[]
    }
    if (!res.ok) {
      toast.error(json.errors?.[0]?.message ?? tw(t, 'panelServerAnswered', { status: res.status }))
      return
    }
    // The withdrawal is a write of its own: the save names the version it made, not the one loaded.
    await save(json.doc)
    setUnpublishedVersionCount((count) => count + 1)
    router.refresh()
  }
  return (
    <>
      <FormSubmit
        buttonId="action-save-draft"
        buttonStyle="secondary"
        className="save-draft"
        disabled={!modified}
        onClick={() => openModal(slug)}
        size="medium"
        type="button"
      >
        {t('version:saveDraft')}
      </FormSubmit>
      <ConfirmationModal
        body={<p data-testid="workflow-withdraw-body">{tw(t, 'panelWithdrawBody')}</p>}
        confirmLabel={tw(t, 'panelWithdrawConfirm')}
        heading={tw(t, 'panelWithdrawHeading')}
        modalSlug={slug}
        onConfirm={withdrawAndSave}
      />
    </>
  )
}
