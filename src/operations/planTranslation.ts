import type { TFunction } from '@payloadcms/translations'

import type { Actor } from '../access/can'
import { tw } from '../translations'
import type { TranslationTransition } from '../workflow/translation'
import { translationTransition } from '../workflow/translation'
import { TRANSLATION_FIELD } from '../workflow/fieldNames'
import type { TransitionContextData } from './context'
import { refusalError, WorkflowError } from './errors'
import type { Plan, TransitionInput } from './plan'

/** The translation machine's verdict for one target locale, as the write and event to make; a refusal in `t`'s language. */
export const planTranslation = (
  ctx: TransitionContextData,
  input: TransitionInput & { name: TranslationTransition },
  user: Actor<TranslationTransition>,
  targetLocales: readonly string[],
  t: TFunction,
): Plan => {
  const locale = input.locale ?? targetLocales[0]!
  if (!targetLocales.includes(locale)) {
    throw new WorkflowError(
      tw(t, 'errorNotTranslationLocale', { locale, locales: targetLocales.join(', ') }),
      400,
      'not_translation_locale',
    )
  }
  const before = ctx.translations[locale]!
  const outcome = translationTransition(before.status, input.name, {
    comment: input.comment,
    editors: before.editors,
    locale,
    permitted: user.permitted,
    roles: user.roles,
    submittedBy: before.submittedBy,
    userId: user.id,
  })
  if (!outcome.ok) throw refusalError(t, outcome)
  const next =
    input.name === 'submit_translation'
      ? { ...before, sourceHashes: ctx.sourceFieldHashes, status: outcome.to, submittedBy: user.id }
      : input.name === 'approve_translation'
        ? {
            ...before,
            approvedBy: user.id,
            approvedHashes: before.sourceHashes,
            editors: [],
            status: outcome.to,
          }
        : { ...before, status: outcome.to }
  return {
    data: { [TRANSLATION_FIELD]: { ...ctx.translations, [locale]: next } },
    draft: true,
    from: before.status,
    locale,
    to: outcome.to,
  }
}
