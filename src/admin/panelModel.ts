import type { readWorkflowStatus } from '../operations/status'
import { APPROVAL_TABLE, type TransitionName } from '../workflow/approval'
import { TRANSLATION_TABLE, type TranslationTransition } from '../workflow/translation'
import { labelOf, STATE_LABELS, TRANSITION_LABELS, TRANSLATION_LABELS } from './labels'

export type WorkflowStatus = Awaited<ReturnType<typeof readWorkflowStatus>>

/** One button of the panel: what it does and which inputs it asks for. */
export type PanelAction = {
  label: string
  locale?: string
  name: TransitionName | TranslationTransition
  needsComment: boolean
  needsPublishAt: boolean
}

/** A transition the caller's roles allow in principle but the document refuses now, and why. */
export type PanelBlock = { label: string; reason: string }

export type PanelModel = {
  actions: PanelAction[]
  blocked: PanelBlock[]
  state: { label: string; value: string }
  translations: {
    changedFields: string[]
    label: string
    locale: string
    progress: string
    value: string
  }[]
}

type Option = { allowed: boolean; name: string; reason?: string }

const mayEver = (rule: { roles: readonly string[] }, roles: readonly string[]) => rule.roles.some((role) => roles.includes(role))

/**
 * What the panel shows for `status` to a user with `roles`: buttons for the allowed transitions, and
 * for each transition the user's roles could make but the document refuses now, the reason. Refusals
 * by role alone are left out (a translator need not read why she cannot publish).
 */
export const panelModel = (status: WorkflowStatus, roles: readonly string[], sourceLocale = 'en'): PanelModel => {
  const actions: PanelAction[] = []
  const blocked: PanelBlock[] = []
  const sort = (
    options: Option[],
    table: Record<
      string,
      {
        needsComment?: boolean
        needsPublishAt?: boolean
        roles: readonly string[]
      }
    >,
    locale?: string,
  ) => {
    for (const option of options) {
      const rule = table[option.name]
      if (!rule) continue
      const label =
        locale && locale !== sourceLocale ? TRANSITION_LABELS[option.name as TranslationTransition] : TRANSITION_LABELS[option.name as TransitionName]
      if (option.allowed) {
        actions.push({
          label,
          locale,
          name: option.name as PanelAction['name'],
          needsComment: Boolean(rule.needsComment),
          needsPublishAt: Boolean(rule.needsPublishAt),
        })
      } else if (mayEver(rule, roles) && option.reason) {
        blocked.push({ label, reason: option.reason })
      }
    }
  }
  sort(status.transitions, APPROVAL_TABLE)
  const translations = Object.entries(status.translations).map(([locale, t]) => {
    sort(t.transitions, TRANSLATION_TABLE, locale)
    const { missing, total } = t.progress
    return {
      changedFields: t.changedFields,
      label: labelOf(TRANSLATION_LABELS, t.status),
      locale,
      progress: `${total - missing.length} of ${total} fields filled in`,
      value: t.status,
    }
  })
  return {
    actions,
    blocked,
    state: { label: labelOf(STATE_LABELS, status.state), value: status.state },
    translations,
  }
}
