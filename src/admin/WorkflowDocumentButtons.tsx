import type { I18nClient } from '@payloadcms/translations'
import type {
  Locale,
  Payload,
  PublishButtonServerProps,
  TypedUser,
  UnpublishButtonServerProps,
} from 'payload'

import { SaveDraftButton } from '@payloadcms/ui'

import type { SanitizedWorkflowOptions } from '../types'
import { stateLabel } from './labels'
import { panelModel, panelRoles } from './panelModel'
import { readStatusFor } from './readStatus'
import { WithdrawAndSaveButton } from './WithdrawAndSave'
import { WorkflowActionGuard } from './WorkflowActions'

type Props = {
  collectionSlug?: string
  i18n?: I18nClient
  id?: number | string
  locale?: Locale | string
  params?: Record<string, unknown>
  payload: Payload
  user?: TypedUser
}

const optionsOf = (payload: Payload) =>
  (payload.config.custom as { editorialWorkflow: SanitizedWorkflowOptions }).editorialWorkflow
const localeOf = (props: Props) =>
  typeof props.locale === 'string' ? props.locale : props.locale?.code

const statusOf = async (props: Props) => {
  const { id, payload, user } = props
  const collection = props.collectionSlug ?? (props.params?.segments as string[] | undefined)?.[1]
  if (id === undefined || !user || !collection) return null
  const status = await readStatusFor(payload, user, collection, id).catch(() => null)
  return status && { collection, id: String(id), status }
}

const allowedAction = async (props: Props, name: 'publish' | 'unpublish') => {
  const found = await statusOf(props)
  if (!found) return null
  const options = optionsOf(props.payload)
  const action = panelModel(found.status, {
    roles: panelRoles(props.user, options),
    sourceLocale: options.sourceLocale,
    viewLocale: localeOf(props),
  }).actions.find((a) => a.name === name)
  return action
    ? {
        action,
        collection: found.collection,
        id: found.id,
        locales: [options.sourceLocale, ...options.targetLocales],
      }
    : null
}

/**
 * Replaces Payload's Publish button: shown only to a user the workflow lets publish this document
 * now, and it publishes through the `publish` transition. Otherwise there is no publish control.
 */
export const WorkflowPublishButton = async (
  props: PublishButtonServerProps & { collectionSlug?: string },
) => {
  const found = await allowedAction(props as Props, 'publish')
  return found ? <WorkflowActionGuard {...found} /> : null
}

/** Replaces Payload's Unpublish button with the `unpublish` transition (confirmed first), for those who may make it. */
export const WorkflowUnpublishButton = async (
  props: UnpublishButtonServerProps & { collectionSlug?: string },
) => {
  const found = await allowedAction(props as Props, 'unpublish')
  return found ? <WorkflowActionGuard {...found} /> : null
}

/**
 * Replaces Payload's header status ("Draft", "Changed", "Published", counted from versions) with the
 * workflow's state, the one the panel shows: one truth.
 */
export const WorkflowHeaderStatus = async (props: Props) => {
  const found = await statusOf(props)
  if (!found || !props.i18n) return null
  const t = props.i18n.t as unknown as (key: string) => string
  return (
    <div
      className="status workflow-status"
      data-state={found.status.state}
      data-testid="header-workflow-state"
    >
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value">{stateLabel(t, found.status.state)}</span>
      </div>
    </div>
  )
}

/**
 * Payload's Save Draft button, except for someone who is not a reviewer saving the source content
 * of a document in review: saving withdraws it from review, so the button asks first. (A reviewer's
 * save in review is a suggestion; a translator's save of a target locale leaves the review alone.)
 */
export const WorkflowSaveDraftButton = async (props: Props) => {
  const found = await statusOf(props)
  const options = optionsOf(props.payload)
  const locale = localeOf(props) ?? options.sourceLocale
  const withdraws =
    found?.status.state === 'in_review' &&
    locale === options.sourceLocale &&
    found.status.transitions.some((option) => option.name === 'withdraw' && option.allowed)
  if (!found || !withdraws || !props.i18n) return <SaveDraftButton />
  return <WithdrawAndSaveButton collection={found.collection} id={found.id} />
}
