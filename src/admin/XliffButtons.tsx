'use client'
import { Button, toast, useConfig, useFormModified } from '@payloadcms/ui'
import React, { useRef, useState } from 'react'

type Props = { collection: string; id: string; locale: string }

/** Download the document's translation file, or upload a translated one (XLIFF 1.2). */
export const XliffButtons = ({ collection, id, locale }: Props) => {
  const { config } = useConfig()
  const modified = useFormModified()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
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
      const json = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[] }
      toast.error(json.errors?.[0]?.message ?? `The server answered ${res.status}.`)
      setBusy(false)
      return
    }
    toast.success('Translation imported.')
    window.location.reload()
  }
  return (
    <div className="workflow-panel__actions" data-testid="xliff-buttons">
      <a className="btn btn--style-secondary btn--size-small" download={`${collection}-${id}.${locale}.xlf`} href={url} id="xliff-export">
        <span className="btn__content">Export XLIFF</span>
      </a>
      <Button buttonStyle="secondary" disabled={busy || modified} id="xliff-import" onClick={() => input.current?.click()} size="small">
        Import XLIFF
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
