'use client'
import { Button, toast, useConfig, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useRef, useState } from 'react'

import { tw } from '../translations'
import { useWorkflowTranslation } from './useWorkflowTranslation'

type Props = { collection: string; id: string; locale: string }

/** Download the document's translation file, or upload a translated one (XLIFF 1.2). */
export const XliffButtons = ({ collection, id, locale }: Props) => {
  const { config } = useConfig()
  const modified = useFormModified()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const { t } = useWorkflowTranslation()
  const router = useRouter()
  const url = `${config.serverURL ?? ''}${config.routes.api}/${collection}/${id}/translations/${locale}.xlf`
  const upload = async (file: File) => {
    setBusy(true)
    const res = await fetch(url, {
      body: await file.text(),
      credentials: 'include',
      headers: { 'Content-Type': 'application/xliff+xml' },
      method: 'PUT',
    })
    if (!res.ok) {
      const json = (await res.json().catch(() => ({}))) as {
        errors?: { data?: { detail?: string }; message?: string }[]
      }
      const [error] = json.errors ?? []
      // The parser's own words (English) after the sentence in the admin's language, set apart.
      const detail = error?.data?.detail ? ` (${error.data.detail})` : ''
      toast.error(
        error?.message
          ? `${error.message}${detail}`
          : tw(t, 'panelServerAnswered', { status: res.status }),
      )
      setBusy(false)
      return
    }
    toast.success(tw(t, 'panelXliffImported'))
    setBusy(false)
    router.refresh()
  }
  return (
    <div className="workflow-panel__actions" data-testid="xliff-buttons">
      <a
        className="btn btn--style-secondary btn--size-small"
        download={`${collection}-${id}.${locale}.xlf`}
        href={url}
        id="xliff-export"
      >
        <span className="btn__content">{tw(t, 'panelXliffExport')}</span>
      </a>
      <Button
        buttonStyle="secondary"
        disabled={busy || modified}
        id="xliff-import"
        onClick={() => input.current?.click()}
        size="small"
      >
        {tw(t, 'panelXliffImport')}
      </Button>
      <input
        accept=".xlf,.xliff,application/xliff+xml"
        hidden
        onChange={(event) => event.target.files?.[0] && void upload(event.target.files[0])}
        ref={input}
        type="file"
      />
    </div>
  )
}
