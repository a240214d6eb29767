import type { TranslationTransition } from '../workflow/translation'
import { translationTransition } from '../workflow/translation'
import { TRANSLATION_FIELD } from '../workflow/translationState'
import type { TransitionContextData } from './context'
import { WorkflowError } from './errors'
import type { Plan, TransitionInput } from './plan'

const STATUS = { comment_required: 400, four_eyes: 403, role: 403, wrong_state: 409 } as const

/** The translation machine's verdict for one target locale, as the write and event to make. */
export const planTranslation = (
  ctx: TransitionContextData,
  input: TransitionInput & { name: TranslationTransition },
  user: { id: number | string; roles?: string[] },
  targetLocales: readonly string[],
): Plan => {
  const locale = input.locale ?? targetLocales[0]!
  if (!targetLocales.includes(locale)) {
    throw new WorkflowError(`"${locale}" is not a translation locale: use one of ${targetLocales.join(', ')}.`, 400)
  }
  const before = ctx.translations[locale]!
  const outcome = translationTransition(before.status, input.name, {
    comment: input.comment,
    editors: before.editors,
    locale,
    roles: user.roles ?? [],
    submittedBy: before.submittedBy,
    userId: user.id,
  })
  if (!outcome.ok) throw new WorkflowError(outcome.message, STATUS[outcome.code])
  const next =
    input.name === 'submit_translation'
      ? { ...before, sourceHashes: ctx.sourceFieldHashes, status: outcome.to, submittedBy: user.id }
      : input.name === 'approve_translation'
        ? { ...before, approvedBy: user.id, approvedHashes: before.sourceHashes, editors: [], status: outcome.to }
        : { ...before, status: outcome.to }
  return { data: { [TRANSLATION_FIELD]: { ...ctx.translations, [locale]: next } }, draft: true, from: before.status, locale, to: outcome.to }
}
