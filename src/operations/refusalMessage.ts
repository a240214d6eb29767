import { languageName, stateLabel, transitionLabel, translationStateLabel } from '../admin/labels'
import { type AnyT, tw, type WorkflowKey } from '../translations'
import type { Refusal, RefusalParams } from '../workflow/approval'
import { isTranslationTransition } from '../workflow/translation'

type T = AnyT

/** "a, b or c" in the reader's language. */
export const orList = (t: T, items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : tw(t, 'listOr', { first: items.slice(0, -1).join(', '), last: items[items.length - 1]! })

const roleKey = (role: string) =>
  `role${role.charAt(0).toUpperCase()}${role.slice(1)}` as WorkflowKey

const wrongApprovalState = (t: T, { state, transition }: RefusalParams): null | string => {
  const words = { state: stateLabel(t, state) }
  if (transition === 'withdraw') return tw(t, 'refusalWrongStateWithdraw', words)
  if (transition === 'submit' && state === 'in_review')
    return tw(t, 'refusalWrongStateAlreadyInReview')
  if ((transition === 'submit' || transition === 'approve') && state === 'approved')
    return tw(t, 'refusalWrongStateAlreadyApproved')
  if (transition === 'approve' || transition === 'request_changes') {
    if (state === 'changes_requested') return tw(t, 'refusalWrongStateChangesRequested')
    if (state === 'draft') return tw(t, 'refusalWrongStateNotSubmitted')
  }
  if (transition === 'publish' || transition === 'schedule')
    return tw(t, 'refusalWrongStatePublishNotApproved', words)
  return null
}

const wrongTranslationState = (
  t: T,
  { locale, state, transition }: RefusalParams,
): null | string => {
  const language = languageName(t, locale ?? '')
  if (transition === 'submit_translation') {
    if (state === 'not_started') return tw(t, 'refusalWrongTranslationNotStarted', { language })
    if (state === 'in_review') return tw(t, 'refusalWrongTranslationAlreadyInReview', { language })
    if (state === 'approved') return tw(t, 'refusalWrongTranslationAlreadyApproved', { language })
    return null
  }
  return tw(t, 'refusalWrongTranslationNotWaiting', {
    language,
    state: translationStateLabel(t, state),
  })
}

/** Refusals whose words take no parameters. */
const PLAIN = {
  already_live: 'refusalAlreadyLive',
  announced_only: 'refusalAnnouncedOnly',
  comment_required: 'refusalCommentRequired',
  empty_stub: 'refusalEmptyStub',
  not_announceable: 'refusalNotAnnounceable',
  nothing_to_discard: 'refusalNothingToDiscard',
  publish_at_invalid: 'refusalPublishAtInvalid',
  stale_approval: 'refusalStaleApproval',
} as const satisfies Record<string, WorkflowKey>

/**
 * A refusal of the approval or translation machine in plain words, in the language of `t`
 * (`req.t` on the server, `useTranslation().t` in the admin): state, transition, role and language
 * names, never their codes.
 */
export const refusalMessage = (
  t: T,
  { code, params }: Pick<Refusal, 'code' | 'params'>,
): string => {
  const translation = isTranslationTransition(params.transition)
  const label = transitionLabel(t, params.transition, params.locale)
  const language = languageName(t, params.locale ?? '')
  const states = (values: readonly string[] = []) =>
    orList(
      t,
      values.map(
        (value) => `“${translation ? translationStateLabel(t, value) : stateLabel(t, value)}”`,
      ),
    )
  switch (code) {
    case 'role':
      // No roles named: the app's `can` refused, and no role would help.
      if (!params.roles?.length) return tw(t, 'refusalRoleByApp', { transition: label })
      return tw(t, 'refusalRole', {
        roles: orList(
          t,
          (params.roles ?? []).map((role) => tw(t, roleKey(role))),
        ),
        transition: label,
      })
    case 'wrong_state': {
      const specific = translation
        ? wrongTranslationState(t, params)
        : wrongApprovalState(t, params)
      if (specific) return specific
      const state = translation
        ? translationStateLabel(t, params.state)
        : stateLabel(t, params.state)
      return translation
        ? tw(t, 'refusalWrongTranslationState', {
            allowed: states(params.allowed),
            language,
            state,
            transition: label,
          })
        : tw(t, 'refusalWrongState', { allowed: states(params.allowed), state, transition: label })
    }
    case 'not_live':
      return params.transition === 'discard'
        ? tw(t, 'refusalNotLiveDiscard')
        : params.transition === 'unpublish'
          ? tw(t, 'refusalNotLiveUnpublish')
          : tw(t, 'refusalNotLive', { transition: label })
    case 'four_eyes':
      if (translation) return tw(t, 'refusalFourEyesTranslation', { language })
      return params.because === 'submitted'
        ? tw(t, 'refusalFourEyesSubmitted')
        : tw(t, 'refusalFourEyesEdited')
    default:
      return tw(t, PLAIN[code])
  }
}

/** A history event's name: an `edit` event says whether it voided an approval or a publication. */
export const eventLabel = (
  t: T,
  event: { from?: null | string; locale?: null | string; transition: string },
): string =>
  event.transition === 'edit' && event.from === 'published'
    ? tw(t, 'transitionEditAfterPublication')
    : transitionLabel(t, event.transition, event.locale ?? undefined)
