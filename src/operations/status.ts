import type { PayloadRequest } from 'payload'

import { tw } from '../translations'
import type { SanitizedWorkflowOptions } from '../types'
import { actorFor } from '../access/can'
import { isWorkflowStaff } from '../access/roles'
import { TRANSITION_NAMES, transitionsFor } from '../workflow/approval'
import { sameId } from '../workflow/ids'
import { translationProgress } from '../workflow/progress'
import { changedFields } from '../workflow/sourceDiff'
import { TRANSLATION_TRANSITIONS, translationTransition } from '../workflow/translation'
import { loadTransitionContext } from './context'
import { latestVersionOf } from './latestVersion'
import { NO_JOINS } from './noJoins'
import { preservingLocale } from './preservingLocale'
import { WorkflowError } from './errors'
import { refusalMessage } from './refusalMessage'

/** Current state, what the caller may do next (and why not), and the document's history. */
export const readWorkflowStatus = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
  collection: string,
  id: number | string,
) => {
  const user = req.user as ({ id: number | string } & Record<string, unknown>) | null
  if (!user) throw new WorkflowError(tw(req.t, 'errorSignInStatus'), 401, 'sign_in')
  if (!isWorkflowStaff(user, options))
    throw new WorkflowError(tw(req.t, 'errorStaffOnly'), 403, 'staff_only')
  const ctx = await loadTransitionContext(req, options, collection, id)
  // What the caller may do, asked as a transition asks it: the lists below agree with what it enforces.
  const target = { collection, doc: ctx.doc }
  const actor = await actorFor(
    req,
    options,
    { ...target, locale: options.sourceLocale },
    TRANSITION_NAMES,
  )
  const translators = Object.fromEntries(
    await Promise.all(
      options.targetLocales.map(
        async (locale) =>
          [
            locale,
            await actorFor(req, options, { ...target, locale }, TRANSLATION_TRANSITIONS),
          ] as const,
      ),
    ),
  )
  const history = await req.payload.find({
    collection: options.eventsSlug as 'workflow-events',
    depth: 0,
    limit: 200,
    overrideAccess: true,
    req,
    sort: 'createdAt',
    where: { and: [{ collection: { equals: collection } }, { document: { equals: String(id) } }] },
  })
  const approvalIsCurrent =
    ctx.workflow.approvedHash !== null && ctx.workflow.approvedHash === ctx.hash
  const revising = ctx.published
    ? changedFields(ctx.publishedFieldHashes, ctx.sourceFieldHashes, ctx.translatableFields)
    : []
  const targets: Record<string, Record<string, unknown>> = {}
  for (const locale of options.targetLocales) {
    // One after the other: each Local API call sets req.locale.
    // The latest version, as the transitions read it: after a publish that left the French out of the
    // published row (it was outdated), findByID(draft) serves that row and not the translator's text.
    targets[locale] = await preservingLocale(req, async () => {
      const { docs } = await req.payload.findVersions({
        ...latestVersionOf(id),
        collection: collection as 'policy-statements',
        depth: 0,
        fallbackLocale: false,
        locale: locale as 'fr',
        overrideAccess: true,
        req,
      })
      if (docs[0]) return docs[0].version as unknown as Record<string, unknown>
      return (await req.payload.findByID({
        collection: collection as 'policy-statements',
        depth: 0,
        draft: true,
        fallbackLocale: false,
        id,
        joins: NO_JOINS,
        locale: locale as 'fr',
        overrideAccess: true,
        req,
      })) as unknown as Record<string, unknown>
    })
  }
  return {
    approvalIsCurrent,
    /** The working copy differs from the published version: `discard` goes back to it. */
    draftChanges: ctx.draftChanges,
    history: history.docs,
    live: ctx.live,
    /** Readers get an announced stub (status coming_soon): its fields, when, by whom. */
    announcement: ctx.announced
      ? {
          at: ctx.workflow.announcedAt,
          by: ctx.workflow.announcedBy,
          fields: ctx.stub?.fields ?? [],
        }
      : null,
    /** The fields an announcement shows readers (empty: this collection cannot be announced). */
    announceFields: ctx.stub?.fields ?? [],
    scheduledAt: ctx.workflow.scheduledAt,
    state: ctx.workflow.state,
    translations: Object.fromEntries(
      Object.entries(ctx.translations).map(([locale, t]) => [
        locale,
        {
          // Which source fields changed since the translation was submitted or approved.
          changedFields:
            t.status === 'outdated'
              ? changedFields(t.sourceHashes, ctx.sourceFieldHashes, ctx.translatableFields)
              : [],
          progress: translationProgress(
            ctx.translatableFields,
            ctx.translatableText(targets[locale] ?? {}),
            t.status,
            changedFields(t.sourceHashes, ctx.sourceFieldHashes, ctx.translatableFields),
            ctx.translatableText(ctx.sourceContent),
          ),
          /**
           * The English working copy differs from the published English in these translatable fields:
           * "English is being revised (not yet approved)"; the translation goes outdated when it is published.
           */
          revisingFields: revising,
          sourceRevising: revising.length > 0,
          status: t.status,
          transitions: TRANSLATION_TRANSITIONS.map((name) => {
            const { permitted, roles } = translators[locale]!
            const outcome = translationTransition(t.status, name, {
              comment: 'x',
              editors: t.editors,
              locale,
              permitted,
              roles,
              submittedBy: t.submittedBy,
              userId: user.id,
            })
            return outcome.ok
              ? { allowed: true, name }
              : {
                  allowed: false,
                  code: outcome.code,
                  name,
                  params: outcome.params,
                  reason: refusalMessage(req.t, outcome),
                }
          }),
        },
      ]),
    ),
    transitions: transitionsFor(ctx.workflow.state, {
      announceable: ctx.stub !== null,
      announced: ctx.announced,
      stubEmpty: ctx.stub?.empty,
      approvalIsCurrent,
      draftChanges: ctx.draftChanges,
      editors: ctx.workflow.editors,
      live: ctx.live,
      now: new Date(),
      permitted: actor.permitted,
      roles: actor.roles,
      submittedBy: ctx.workflow.submittedBy,
      userId: user.id,
    }).map((option) =>
      option.allowed
        ? option
        : {
            ...option,
            reason: refusalMessage(req.t, { code: option.code!, params: option.params! }),
          },
    ),
    /** The caller changed the content since the last approval (a reviewer's suggestion included): four eyes bars them from approving it. */
    youEdited: ctx.workflow.editors.some((editor) => sameId(editor, user.id)),
  }
}
