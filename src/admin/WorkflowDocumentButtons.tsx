import type { PublishButtonServerProps, UnpublishButtonServerProps } from 'payload'

import { createLocalReq } from 'payload'

import { readWorkflowStatus } from '../operations/status'
import type { SanitizedWorkflowOptions } from '../types'
import { panelModel } from './panelModel'
import { WorkflowActionGuard } from './WorkflowActions'

type Props = PublishButtonServerProps & { collectionSlug?: string }

const allowedAction = async (props: Props, name: 'publish' | 'unpublish') => {
  const { id, payload, user } = props
  const collection = props.collectionSlug ?? (props.params?.segments as string[] | undefined)?.[1]
  if (id === undefined || !user || !collection) return null
  const options = (payload.config.custom as { editorialWorkflow: SanitizedWorkflowOptions }).editorialWorkflow
  const req = await createLocalReq({ user: user as never }, payload)
  try {
    const status = await readWorkflowStatus(req, options, collection, id)
    const action = panelModel(status, (user as { roles?: string[] }).roles ?? [], options.sourceLocale).actions.find((a) => a.name === name)
    return action ? { action, collection, id: String(id) } : null
  } catch {
    return null
  }
}

/**
 * Replaces Payload's Publish button: shown only to a user the workflow lets publish this document
 * now, and it publishes through the `publish` transition. Otherwise there is no publish control.
 */
export const WorkflowPublishButton = async (props: Props) => {
  const found = await allowedAction(props, 'publish')
  return found ? <WorkflowActionGuard {...found} /> : null
}

/** Replaces Payload's Unpublish button with the `unpublish` transition, for those who may make it. */
export const WorkflowUnpublishButton = async (props: UnpublishButtonServerProps & { collectionSlug?: string }) => {
  const found = await allowedAction(props as Props, 'unpublish')
  return found ? <WorkflowActionGuard {...found} /> : null
}
