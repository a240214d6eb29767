'use client'
import {
  Button,
  ConfirmationModal,
  DatePicker,
  TextareaInput,
  useConfig,
  useDocumentInfo,
  useFormModified,
  useModal,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useRef, useState } from 'react'

import { tw } from '../translations'
import { languageName, transitionLabel } from './labels'
import type { PanelAction } from './panelModel'
import { statusSignature } from './statusSignature'
import { useTransitionRequest } from './transitionRequest'
import { useWorkflowTranslation } from './useWorkflowTranslation'

type Props = {
  actions: PanelAction[]
  /** The fields an announcement shows readers, by their labels (for its confirmation). */
  announceFields?: string
  collection: string
  id: string
  /** Every locale readers may get, for what an unpublish takes away. */
  locales?: string[]
  /** statusSignature of the status the panel shows: a save that changes it refreshes the page. */
  signature?: string
  /** A reviewer in review: a save makes their edits suggestions. */
  suggesting?: boolean
  title?: string
}

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

/** What readers will see after a destructive move, asked before it is made. */
const Confirm = ({
  action,
  announceFields = '',
  locales,
  onConfirm,
  slug,
  title,
}: {
  action: PanelAction
  announceFields?: string
  locales: string[]
  onConfirm: () => Promise<void>
  slug: string
  title: string
}) => {
  const { i18n, t } = useWorkflowTranslation()
  const languages = new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(
    locales.map((locale) => languageName(t, locale)),
  )
  const texts = {
    announce: [
      tw(t, 'panelConfirmAnnounceHeading', { title }),
      tw(t, 'panelConfirmAnnounceBody', { fields: announceFields, title }),
    ],
    archive: [tw(t, 'panelConfirmArchiveHeading', { title }), tw(t, 'panelConfirmArchiveBody')],
    discard: [tw(t, 'panelConfirmDiscardHeading', { title }), tw(t, 'panelConfirmDiscardBody')],
    unpublish: [
      tw(t, 'panelConfirmUnpublishHeading', { title }),
      tw(t, 'panelConfirmUnpublishBody', { languages, title }),
    ],
  }[action.confirm!]
  return (
    <ConfirmationModal
      body={<p data-testid={`${slug}-body`}>{texts[1]}</p>}
      confirmLabel={transitionLabel(t, action.name, action.locale)}
      heading={texts[0]}
      modalSlug={slug}
      onConfirm={onConfirm}
    />
  )
}

/** One transition's button; asks for a comment or a date first when it needs one, and confirms destructive moves. */
export const ActionButton = ({
  action,
  announceFields,
  collection,
  disabled,
  id,
  locales = [],
  title,
}: {
  action: PanelAction
  announceFields?: string
  collection: string
  disabled: boolean
  id: string
  locales?: string[]
  title?: string
}) => {
  const { t } = useWorkflowTranslation()
  const { openModal } = useModal()
  const { title: docTitle } = useDocumentInfo()
  const run = useTransitionRequest()
  const [open, setOpen] = useState(false)
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState<Date | null>(null)
  const [busy, setBusy] = useState(false)
  const label = transitionLabel(t, action.name, action.locale)
  const needsInput = action.needsComment || action.needsPublishAt
  const testId = `workflow-action-${action.name}`
  const modalSlug = `workflow-confirm-${action.name}-${id}`
  const send = async () => {
    setBusy(true)
    const ok = await run(
      collection,
      id,
      action.name,
      {
        ...(comment.trim() ? { comment: comment.trim() } : {}),
        ...(publishAt ? { publishAt: publishAt.toISOString() } : {}),
        ...(action.locale ? { locale: action.locale } : {}),
      },
      label,
    )
    setBusy(false)
    if (ok) {
      setOpen(false)
      setComment('')
    }
  }
  if (!needsInput || !open) {
    return (
      <>
        <Button
          buttonStyle={action.style}
          className={`workflow-panel__action workflow-panel__action--${action.name}`}
          disabled={disabled || busy}
          id={testId}
          onClick={() =>
            needsInput ? setOpen(true) : action.confirm ? openModal(modalSlug) : void send()
          }
          size="small"
        >
          {label}
        </Button>
        {action.confirm && (
          <Confirm
            action={action}
            announceFields={announceFields}
            locales={locales}
            onConfirm={send}
            slug={modalSlug}
            title={title || docTitle || tw(t, 'panelUntitled')}
          />
        )}
      </>
    )
  }
  const ready =
    (!action.needsComment || comment.trim().length > 0) &&
    (!action.needsPublishAt || (publishAt !== null && publishAt.getTime() > Date.now()))
  return (
    <div className="workflow-panel__form" data-testid={`${testId}-form`}>
      {action.needsComment && (
        <TextareaInput
          label={tw(t, 'panelComment')}
          onChange={(event) => setComment(event.target.value)}
          path={`${testId}-comment`}
          required
          rows={3}
          value={comment}
        />
      )}
      {action.needsPublishAt && (
        <div className="field-type" id={`${testId}-at`}>
          <label className="field-label">{tw(t, 'panelPublishAt', { zone: zone() })}</label>
          <DatePicker
            onChange={(value) => setPublishAt(value)}
            pickerAppearance="dayAndTime"
            value={publishAt ?? undefined}
          />
        </div>
      )}
      <div className="workflow-panel__form-buttons">
        <Button
          buttonStyle="primary"
          disabled={!ready || busy}
          id={`${testId}-confirm`}
          onClick={() => void send()}
          size="small"
        >
          {label}
        </Button>
        <Button buttonStyle="secondary" disabled={busy} onClick={() => setOpen(false)} size="small">
          {t('general:cancel')}
        </Button>
      </div>
    </div>
  )
}

/**
 * After a save, the server components (panel, header status, document buttons) show the state the
 * save left (an edit after approval is a draft again; a translator's first save starts the French).
 * The page is refreshed only when that state changed, and never while the form holds unsaved typing:
 * a refresh hands the form the saved values, and would throw away what was typed since the save.
 */
const useRefreshAfterSave = (collection: string, id: string, signature: string | undefined) => {
  const { lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const router = useRouter()
  const seen = useRef(lastUpdateTime)
  const typing = useRef(modified)
  typing.current = modified
  useEffect(() => {
    if (lastUpdateTime === seen.current) return
    seen.current = lastUpdateTime
    void (async () => {
      const res = await fetch(
        `${config.serverURL ?? ''}${config.routes.api}/${collection}/${id}/workflow`,
        { credentials: 'include' },
      ).catch(() => null)
      if (!res?.ok) return
      const status = (await res.json()) as Parameters<typeof statusSignature>[0]
      if (statusSignature(status) !== signature && !typing.current) router.refresh()
    })()
  }, [collection, config.routes.api, config.serverURL, id, lastUpdateTime, router, signature])
}

/** The panel's buttons; disabled while the form has unsaved changes (a transition acts on the saved draft). */
export const WorkflowActions = ({
  actions,
  announceFields,
  collection,
  id,
  locales,
  signature,
  suggesting,
  title,
}: Props) => {
  const modified = useFormModified()
  const { t } = useWorkflowTranslation()
  useRefreshAfterSave(collection, id, signature)
  return (
    <>
      {modified && suggesting && (
        <p className="workflow-panel__hint" data-testid="workflow-suggestion-warning">
          {tw(t, 'panelSuggestionWarning')}
        </p>
      )}
      {actions.length > 0 && (
        <div className="workflow-panel__actions" data-testid="workflow-actions">
          {modified && <p className="workflow-panel__hint">{tw(t, 'panelSaveFirst')}</p>}
          {actions.map((action) => (
            <ActionButton
              action={action}
              announceFields={announceFields}
              collection={collection}
              disabled={modified}
              id={id}
              key={`${action.name}-${action.locale ?? ''}`}
              locales={locales}
              title={title}
            />
          ))}
        </div>
      )}
    </>
  )
}

/** A single transition button that stays disabled while the form has unsaved changes. */
export const WorkflowActionGuard = ({
  action,
  collection,
  id,
  locales,
  title,
}: {
  action: PanelAction
  collection: string
  id: string
  locales?: string[]
  title?: string
}) => {
  const modified = useFormModified()
  return (
    <ActionButton
      action={action}
      collection={collection}
      disabled={modified}
      id={id}
      locales={locales}
      title={title}
    />
  )
}
