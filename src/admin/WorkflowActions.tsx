'use client'
import { Button, toast, useConfig, useFormModified } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { PanelAction } from './panelModel'

type Props = { actions: PanelAction[]; collection: string; id: string }

/** POSTs a workflow transition for the current document, then reloads it with its new state. */
const runTransitionRequest = async (api: string, collection: string, id: string, action: PanelAction, body: Record<string, string>) => {
  const res = await fetch(`${api}/${collection}/${id}/workflow/${action.name}`, {
    body: JSON.stringify({
      ...body,
      ...(action.locale ? { locale: action.locale } : {}),
    }),
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  if (res.ok) return null
  const json = (await res.json().catch(() => ({}))) as {
    errors?: { message?: string }[]
  }
  return json.errors?.[0]?.message ?? `The server answered ${res.status}.`
}

/** One transition's button; asks for a comment or a date first when the transition needs one. */
export const ActionButton = ({ action, collection, disabled, id }: { action: PanelAction; collection: string; disabled: boolean; id: string }) => {
  const { config } = useConfig()
  const [open, setOpen] = useState(false)
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [busy, setBusy] = useState(false)
  const needsInput = action.needsComment || action.needsPublishAt
  const send = async () => {
    setBusy(true)
    const body: Record<string, string> = {}
    if (comment.trim()) body.comment = comment.trim()
    if (publishAt) body.publishAt = new Date(publishAt).toISOString()
    const error = await runTransitionRequest(`${config.serverURL ?? ''}${config.routes.api}`, collection, id, action, body)
    if (error) {
      setBusy(false)
      toast.error(error)
      return
    }
    toast.success(`${action.label}: done.`)
    window.location.reload()
  }
  const testId = `workflow-action-${action.name}`
  if (!needsInput || !open) {
    return (
      <Button
        buttonStyle={action.name.startsWith('request') || action.name === 'unpublish' ? 'secondary' : 'primary'}
        disabled={disabled || busy}
        id={testId}
        onClick={() => (needsInput ? setOpen(true) : void send())}
        size="small"
      >
        {action.label}
      </Button>
    )
  }
  const ready = (!action.needsComment || comment.trim().length > 0) && (!action.needsPublishAt || publishAt !== '')
  return (
    <div className="workflow-panel__form" data-testid={`${testId}-form`}>
      {action.needsComment && (
        <label>
          What needs to change (required)
          <textarea id={`${testId}-comment`} onChange={(event) => setComment(event.target.value)} required rows={3} value={comment} />
        </label>
      )}
      {action.needsPublishAt && (
        <label>
          Publish at
          <input id={`${testId}-at`} onChange={(event) => setPublishAt(event.target.value)} required type="datetime-local" value={publishAt} />
        </label>
      )}
      <Button buttonStyle="primary" disabled={!ready || busy} id={`${testId}-confirm`} onClick={() => void send()} size="small">
        {action.label}
      </Button>
      <Button buttonStyle="secondary" disabled={busy} onClick={() => setOpen(false)} size="small">
        Cancel
      </Button>
    </div>
  )
}

/** The panel's buttons; disabled while the form has unsaved changes (a transition acts on the saved draft). */
export const WorkflowActions = ({ actions, collection, id }: Props) => {
  const modified = useFormModified()
  if (!actions.length) return null
  return (
    <div className="workflow-panel__actions" data-testid="workflow-actions">
      {modified && <p className="workflow-panel__hint">Save your changes first: the workflow acts on the saved draft.</p>}
      {actions.map((action) => (
        <ActionButton action={action} collection={collection} disabled={modified} id={id} key={`${action.name}-${action.locale ?? ''}`} />
      ))}
    </div>
  )
}

/** A single transition button that stays disabled while the form has unsaved changes. */
export const WorkflowActionGuard = ({ action, collection, id }: { action: PanelAction; collection: string; id: string }) => {
  const modified = useFormModified()
  return <ActionButton action={action} collection={collection} disabled={modified} id={id} />
}
