import type { PayloadRequest, UIFieldServerProps } from 'payload'
import './workflow.scss'

import { readStatusForAdmin } from './readStatus'
import type { SanitizedWorkflowOptions } from '../types'
import { hasRole } from '../access/roles'
import { isOnlyTranslator } from '../access/translatorFields'
import { labelOf, englishT, languageName, TRANSITION_LABELS } from './labels'
import { panelModel, type WorkflowStatus } from './panelModel'
import { WorkflowActions } from './WorkflowActions'
import { XliffButtons } from './XliffButtons'

type Event = {
  comment?: null | string
  createdAt: string
  from: string
  id: number | string
  locale: string
  to: string
  transition: string
  user?: null | number | string
}

const namesOf = async (req: PayloadRequest, ids: (number | string)[]) => {
  if (!ids.length) return new Map<string, string>()
  const { docs } = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { in: ids } },
  })
  return new Map(docs.map((user) => [String(user.id), String((user as { name?: string }).name || user.email)]))
}

const when = (iso: string) => new Date(iso).toISOString().slice(0, 16).replace('T', ' ')

/**
 * The workflow panel in the sidebar of every governed document: the English state, each target
 * locale's status, the buttons the signed-in user may press, why others are missing, and the history.
 */
export const WorkflowPanel = async ({ collectionSlug, id, req }: UIFieldServerProps) => {
  // The locale being edited (read first: Local API calls given this request change it).
  const locale = req.locale
  const options = (req.payload.config.custom as { editorialWorkflow: SanitizedWorkflowOptions }).editorialWorkflow
  const roles = ((req.user as { roles?: string[] } | null)?.roles ?? []) as string[]
  if (id === undefined || id === null) {
    return (
      <div className="workflow-panel">
        <p>Save a draft to start the review workflow.</p>
      </div>
    )
  }
  let status: WorkflowStatus
  try {
    status = await readStatusForAdmin(req, collectionSlug, id)
  } catch (error) {
    return (
      <div className="workflow-panel">
        <p>{(error as Error).message}</p>
      </div>
    )
  }
  const model = panelModel(status, roles, options.sourceLocale)
  const events = status.history as unknown as Event[]
  const names = await namesOf(req, [...new Set(events.map((event) => event.user).filter((user) => user != null))] as (number | string)[])
  const onSource = !locale || locale === options.sourceLocale
  return (
    <div className="workflow-panel" data-testid="workflow-panel">
      <h4 className="workflow-panel__title">Workflow</h4>
      <dl className="workflow-panel__states">
        <dt>English</dt>
        <dd data-testid="workflow-state" data-state={model.state.value}>
          {model.state.label}
        </dd>
        {model.translations.map((t) => (
          <div key={t.locale}>
            <dt>{languageName(englishT, t.locale)}</dt>
            <dd data-testid={`translation-state-${t.locale}`} data-state={t.value}>
              {t.label} · {t.progress}
              {t.changedFields.length > 0 && <div className="workflow-panel__changed">English changed: {t.changedFields.join(', ')}</div>}
            </dd>
          </div>
        ))}
      </dl>
      {isOnlyTranslator(roles) && (
        <p className="workflow-panel__hint" data-testid="translator-hint">
          {onSource
            ? `As a translator you read the English here; switch the locale to ${options.targetLocales.join(', ')} to write the translation.`
            : 'Fields shared by all languages are read-only: only an editor can change them.'}
        </p>
      )}
      <WorkflowActions actions={model.actions} collection={collectionSlug} id={String(id)} />
      {!onSource && locale && options.targetLocales.includes(locale) && hasRole({ roles }, 'translator', 'editor', 'admin') && (
        <XliffButtons collection={collectionSlug} id={String(id)} locale={locale} />
      )}
      {model.blocked.length > 0 && (
        <ul className="workflow-panel__blocked" data-testid="workflow-blocked">
          {model.blocked.map((block) => (
            <li key={block.label}>
              <strong>{block.label}</strong>: {block.reason}
            </li>
          ))}
        </ul>
      )}
      <h5>History</h5>
      <ol className="workflow-panel__history" data-testid="workflow-history">
        {events.length === 0 && <li>No transitions yet.</li>}
        {[...events].reverse().map((event) => (
          <li key={event.id}>
            <span>{when(event.createdAt)}</span> <strong>{labelOf(TRANSITION_LABELS, event.transition)}</strong>
            {event.locale !== options.sourceLocale ? ` (${event.locale})` : ''} by{' '}
            {event.user != null ? (names.get(String(event.user)) ?? `user ${event.user}`) : 'the system'}
            {event.comment ? <blockquote>{event.comment}</blockquote> : null}
          </li>
        ))}
      </ol>
    </div>
  )
}
