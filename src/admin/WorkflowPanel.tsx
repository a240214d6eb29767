import type { PayloadRequest, UIFieldServerProps } from 'payload'
import './workflow.scss'

import { Button, Pill } from '@payloadcms/ui'

import { hasWorkflowRole, workflowRolesOf } from '../access/roles'
import { eventMessageText, isEventMessage } from '../operations/eventMessage'
import { eventLabel } from '../operations/refusalMessage'
import { isOnlyTranslator } from '../workflow/roles'
import { tw } from '../translations'
import { changesHref } from './changes/href'
import { fieldLabels } from './fieldLabels'
import { languageName, stateLabel, translationStateLabel } from './labels'
import { LocalTime } from './LocalTime'
import { panelModel, panelRoles, type PanelBlock, type WorkflowStatus } from './panelModel'
import { readStatusForAdmin, workflowOptions } from './readStatus'
import { statusSignature } from './statusSignature'
import { WorkflowActions } from './WorkflowActions'
import { XliffButtons } from './XliffButtons'

type Event = {
  comment?: null | string
  createdAt: string
  message?: unknown
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
    collection: workflowOptions(req).usersSlug as 'users',
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { in: ids } },
  })
  return new Map(
    docs.map((user) => [String(user.id), String((user as { name?: string }).name || user.email)]),
  )
}

const capital = (value: string) => value.charAt(0).toUpperCase() + value.slice(1)

/** Payload's pill colours for a state: done, waiting on someone, or nothing yet. */
const pillStyle = (state: string) =>
  ['approved', 'published'].includes(state)
    ? 'success'
    : ['changes_requested', 'in_review', 'outdated'].includes(state)
      ? 'warning'
      : 'light-gray'

/**
 * The workflow panel in the sidebar of every governed document: the English state, each target
 * locale's status, the buttons the signed-in user may press, the reason only for a move they would
 * expect and cannot make, and the history, newest first, in the reader's time zone.
 */
export const WorkflowPanel = async ({ collectionSlug, id, req }: UIFieldServerProps) => {
  // The locale being edited (read first: Local API calls given this request change it).
  const locale = req.locale
  const t = req.t
  const options = workflowOptions(req)
  const roles = workflowRolesOf(req.user, options)
  if (id === undefined || id === null) {
    return (
      <div className="workflow-panel" data-testid="workflow-panel">
        <p>{tw(t, 'panelSaveToStart')}</p>
      </div>
    )
  }
  let status: WorkflowStatus
  try {
    status = await readStatusForAdmin(req, collectionSlug, id)
  } catch (error) {
    return (
      <div className="workflow-panel" data-testid="workflow-panel">
        <p>{(error as Error).message}</p>
      </div>
    )
  }
  const model = panelModel(status, {
    roles: panelRoles(req.user, options),
    sourceLocale: options.sourceLocale,
    viewLocale: locale,
  })
  const events = status.history as unknown as Event[]
  const names = await namesOf(req, [
    ...new Set(events.map((event) => event.user).filter((user) => user != null)),
  ] as (number | string)[])
  const onSource = !locale || locale === options.sourceLocale
  const me = String(req.user?.id ?? '')
  const lastSubmit = [...events].reverse().find((event) => event.transition === 'submit')
  // A reviewer who saved while in review made suggestions: they may not approve, and the panel says why.
  const suggested =
    model.state === 'in_review' &&
    model.blocked.some((b) => b.name === 'approve') &&
    String(lastSubmit?.user ?? '') !== me
  const reason = (block: PanelBlock) =>
    block.code === 'stale_approval'
      ? tw(t, 'panelStaleApproval')
      : block.locale
        ? tw(t, 'panelFourEyesTranslation', { language: languageName(t, block.locale) })
        : String(lastSubmit?.user ?? '') === me
          ? tw(t, 'panelFourEyesSubmitted')
          : tw(t, 'panelFourEyesEdited')
  const docUrl = `${req.payload.config.routes.admin}/collections/${collectionSlug}/${id}`
  return (
    <div className="workflow-panel" data-testid="workflow-panel">
      <h4 className="workflow-panel__title">{tw(t, 'panelTitle')}</h4>
      <dl className="workflow-panel__states">
        <dt>{capital(languageName(t, options.sourceLocale))}</dt>
        <dd data-state={model.state} data-testid="workflow-state">
          <Pill pillStyle={pillStyle(model.state)} size="small">
            {stateLabel(t, model.state)}
          </Pill>
        </dd>
        {model.translations.map((translation) => (
          <div key={translation.locale}>
            <dt>{capital(languageName(t, translation.locale))}</dt>
            <dd
              data-state={translation.value}
              data-testid={`translation-state-${translation.locale}`}
            >
              <Pill pillStyle={pillStyle(translation.value)} size="small">
                {translationStateLabel(t, translation.value)}
              </Pill>{' '}
              <span
                className="workflow-panel__progress"
                data-testid={`translation-progress-${translation.locale}`}
              >
                {translation.total > 0
                  ? tw(t, 'panelProgress', { filled: translation.filled, total: translation.total })
                  : tw(t, 'panelNothingToTranslate')}
              </span>
              {translation.revisingFields.length > 0 && translation.changedFields.length === 0 && (
                <div
                  className="workflow-panel__revising"
                  data-testid={`translation-revising-${translation.locale}`}
                >
                  {tw(t, 'panelSourceRevising', {
                    fields: fieldLabels(req, collectionSlug, translation.revisingFields),
                    language: languageName(t, options.sourceLocale),
                  })}
                </div>
              )}
              {translation.changedFields.length > 0 && (
                <div className="workflow-panel__changed">
                  {tw(t, 'panelSourceChanged', {
                    fields: fieldLabels(req, collectionSlug, translation.changedFields),
                    language: languageName(t, options.sourceLocale),
                  })}
                </div>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {(model.state === 'in_review' ||
        model.translations.some((translation) => translation.value === 'in_review')) && (
        <p className="workflow-panel__changes-link">
          <a
            data-testid="panel-changes-link"
            href={`${changesHref(req.payload.config.routes.admin, collectionSlug, id)}${locale ? `?locale=${locale}` : ''}`}
          >
            {tw(t, 'changesTitle')}
          </a>
        </p>
      )}
      {isOnlyTranslator(roles) && (
        <p className="workflow-panel__hint" data-testid="translator-hint">
          {onSource
            ? tw(t, 'panelTranslatorOnSource', {
                source: languageName(t, options.sourceLocale),
                targets: options.targetLocales.map((target) => languageName(t, target)).join(', '),
              })
            : tw(t, 'panelTranslatorShared')}
        </p>
      )}
      {suggested && (
        <p className="workflow-panel__hint" data-testid="workflow-suggestion">
          {tw(t, 'panelSuggestion')}
        </p>
      )}
      {model.reviewElsewhere.map((target) => (
        <div
          className="workflow-panel__review-elsewhere"
          data-testid={`review-in-${target}`}
          key={target}
        >
          <Button buttonStyle="secondary" el="link" size="small" url={`${docUrl}?locale=${target}`}>
            {tw(t, 'panelReviewInLocale', { language: languageName(t, target) })}
          </Button>
          <p>
            {tw(t, 'panelReviewInLocaleWhy', {
              language: languageName(t, target),
              source: languageName(t, options.sourceLocale),
            })}
          </p>
        </div>
      ))}
      {status.announcement && (
        <p className="workflow-panel__hint" data-testid="workflow-announced">
          {tw(t, 'panelAnnounced', {
            fields: fieldLabels(req, collectionSlug, status.announcement.fields),
          })}
        </p>
      )}
      <WorkflowActions
        actions={model.actions}
        announceFields={fieldLabels(req, collectionSlug, status.announceFields)}
        collection={collectionSlug}
        id={String(id)}
        locales={[options.sourceLocale, ...options.targetLocales]}
        signature={statusSignature(status)}
        suggesting={
          model.state === 'in_review' && hasWorkflowRole(req.user, options, 'reviewer') && onSource
        }
      />
      {!onSource &&
        locale &&
        options.targetLocales.includes(locale) &&
        hasWorkflowRole(req.user, options, 'translator', 'editor', 'admin') && (
          <XliffButtons collection={collectionSlug} id={String(id)} locale={locale} />
        )}
      {model.blocked.length > 0 && !suggested && (
        <ul className="workflow-panel__blocked" data-testid="workflow-blocked">
          {model.blocked.map((block) => (
            <li data-code={block.code} key={`${block.name}-${block.locale ?? ''}`}>
              {reason(block)}
            </li>
          ))}
        </ul>
      )}
      <h5 className="workflow-panel__subtitle">{tw(t, 'panelHistory')}</h5>
      <ul className="workflow-panel__history" data-testid="workflow-history">
        {events.length === 0 && <li>{tw(t, 'panelHistoryEmpty')}</li>}
        {[...events].reverse().map((event) => (
          <li key={event.id}>
            <LocalTime iso={event.createdAt} />
            <div>
              <strong>{eventLabel(t, event)}</strong>
              {event.locale !== options.sourceLocale && !event.transition.includes('translation')
                ? ` (${languageName(t, event.locale)})`
                : ''}{' '}
              {tw(t, 'panelBy', {
                name:
                  event.user != null
                    ? (names.get(String(event.user)) ??
                      tw(t, 'panelUnknownUser', { id: event.user }))
                    : tw(t, 'panelSystem'),
              })}
            </div>
            {isEventMessage(event.message) ? (
              <blockquote>
                {eventMessageText(t, event.message, (fields) =>
                  fieldLabels(req, collectionSlug, fields),
                )}
              </blockquote>
            ) : event.comment ? (
              <blockquote>{event.comment}</blockquote>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
