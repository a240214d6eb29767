import { workflowRolesOf, type RoleReading } from '../access/roles'
import type { readWorkflowStatus } from '../operations/status'
import type { WorkflowCan } from '../types'
import { APPROVAL_TABLE } from '../workflow/approval'
import { WORKFLOW_ROLES } from '../workflow/roles'
import { TRANSLATION_TABLE } from '../workflow/translation'

export type WorkflowStatus = Awaited<ReturnType<typeof readWorkflowStatus>>

/** Moves that change what readers see, or throw work away: each asks for confirmation first. */
export type Confirmation = 'announce' | 'archive' | 'discard' | 'unpublish'

/** One button of the panel: what it does, which inputs it asks for, and how it looks. */
export type PanelAction = {
  confirm?: Confirmation
  locale?: string
  name: string
  needsComment: boolean
  needsPublishAt: boolean
  style: 'primary' | 'secondary'
}

/** A move the user would expect to make and cannot: only four eyes and a stale approval are explained. */
export type PanelBlock = { code: 'four_eyes' | 'stale_approval'; locale?: string; name: string }

export type PanelTranslation = {
  changedFields: string[]
  /** Fields with English content that have a translation. */
  filled: number
  locale: string
  /** Source fields whose working copy differs from the published source (a revision not yet approved). */
  revisingFields: string[]
  /** Fields with English content: what there is to translate. */
  total: number
  value: string
}

export type PanelModel = {
  actions: PanelAction[]
  blocked: PanelBlock[]
  /** Target locales whose translation awaits this user's review: reviewed from that locale's view only. */
  reviewElsewhere: string[]
  state: string
  translations: PanelTranslation[]
}

type Option = { allowed: boolean; code?: string; name: string }
type Rule = { needsComment?: boolean; needsPublishAt?: boolean; roles: readonly string[] }

const PRIMARY = new Set([
  'approve',
  'approve_translation',
  'publish',
  'submit',
  'submit_translation',
])
const CONFIRM: Record<string, Confirmation> = {
  announce: 'announce',
  archive: 'archive',
  discard: 'discard',
  unpublish: 'unpublish',
}
const EXPLAINED = new Set(['four_eyes', 'stale_approval'])
/** Moves nobody waits for: when closed, no line says why (announcing is a choice, not the next step). */
const OPTIONAL = new Set(['announce'])
/** Translation moves a reviewer makes reading the translation beside its source. */
const REVIEW_IN_LOCALE = new Set(['approve_translation', 'request_translation_changes'])

const mayEver = (rule: Rule, roles: readonly string[]) =>
  rule.roles.some((role) => roles.includes(role))

/**
 * The roles `panelModel` weighs a refusal with. Under the app's `can`, the machine asked `can` before
 * four eyes and staleness, so such a refusal is one the user could otherwise make: every role counts.
 */
export const panelRoles = (
  user: unknown,
  options: RoleReading & { can?: WorkflowCan },
): readonly string[] => (options.can ? WORKFLOW_ROLES : workflowRolesOf(user, options))

export type PanelContext = {
  roles: readonly string[]
  sourceLocale?: string
  /** The locale the document is open in (`?locale=`); the source locale when absent. */
  viewLocale?: null | string
}

/**
 * What the panel shows for `status`: a button for each move the user can make now, the reason only
 * for a move the user would expect and cannot make (four eyes, stale approval), and which target
 * locales to open to review. Names and sentences are the view's job (they follow the admin language).
 */
export const panelModel = (
  status: WorkflowStatus,
  { roles, sourceLocale = 'en', viewLocale }: PanelContext,
): PanelModel => {
  const view = viewLocale || sourceLocale
  const actions: PanelAction[] = []
  const blocked: PanelBlock[] = []
  const reviewElsewhere: string[] = []
  const sort = (
    options: readonly Option[],
    table: Record<string, Rule | undefined>,
    locale?: string,
  ) => {
    for (const option of options) {
      const rule = table[option.name]
      if (!rule) continue
      if (locale && REVIEW_IN_LOCALE.has(option.name) && view !== locale) {
        if (option.allowed && !reviewElsewhere.includes(locale)) reviewElsewhere.push(locale)
        continue
      }
      if (option.allowed) {
        actions.push({
          ...(CONFIRM[option.name] ? { confirm: CONFIRM[option.name] } : {}),
          ...(locale ? { locale } : {}),
          name: option.name,
          needsComment: Boolean(rule.needsComment),
          needsPublishAt: Boolean(rule.needsPublishAt),
          style: PRIMARY.has(option.name) ? 'primary' : 'secondary',
        })
      } else if (
        option.code &&
        EXPLAINED.has(option.code) &&
        mayEver(rule, roles) &&
        !OPTIONAL.has(option.name)
      ) {
        blocked.push({
          code: option.code as PanelBlock['code'],
          ...(locale ? { locale } : {}),
          name: option.name,
        })
      }
    }
  }
  sort(status.transitions as Option[], APPROVAL_TABLE as Record<string, Rule>)
  const translations = Object.entries(status.translations).map(([locale, t]) => {
    sort(t.transitions as Option[], TRANSLATION_TABLE as Record<string, Rule>, locale)
    const { missing, total } = t.progress
    const revisingFields = (t as { revisingFields?: string[] }).revisingFields ?? []
    return {
      changedFields: t.changedFields,
      filled: total - missing.length,
      locale,
      revisingFields,
      total,
      value: t.status,
    }
  })
  // The forward moves first, then the others (request changes, schedule, unpublish, archive...).
  actions.sort((a, b) => (a.style === b.style ? 0 : a.style === 'primary' ? -1 : 1))
  return { actions, blocked, reviewElsewhere, state: status.state, translations }
}
