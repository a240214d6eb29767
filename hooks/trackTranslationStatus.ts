import type { CollectionBeforeChangeHook } from 'payload'

import { recordEvent } from '../src/operations/recordEvent'
import { incomingSourceContent } from '../src/operations/sourceHash'
import type { SanitizedWorkflowOptions } from '../src/types'
import { sameContent } from '../src/workflow/contentHash'
import { isTransitionWrite } from '../src/workflow/intent'
import { translatableFieldNames } from '../src/workflow/sourceContent'
import { changedFields, fieldHashes } from '../src/workflow/sourceDiff'
import { afterSourceChange, afterTargetEdit } from '../src/workflow/translation'
import { addEditor } from '../src/workflow/state'
import { readTranslations, TRANSLATION_FIELD, type TranslationData } from '../src/workflow/translationState'

/**
 * Moves translation statuses that nobody transitions by hand: editing a target locale puts its
 * translation in progress (a submitted or approved translation must be submitted again); changing
 * source fields makes a submitted or approved translation `outdated`, with the changed fields in
 * the event. Moves that undo a submission or an approval are logged with their locale.
 */
export const trackTranslationStatus =
  (options: SanitizedWorkflowOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || isTransitionWrite(req, collection.slug, originalDoc?.id)) return data
    const names = translatableFieldNames(collection.fields)
    const translations = readTranslations(data, options.targetLocales)
    const moves: { changed?: string[]; from: string; locale: string; next: TranslationData }[] = []
    const locale = req.locale ?? options.sourceLocale
    if (options.targetLocales.includes(locale)) {
      const before = translations[locale]!
      const edited = names.some((name) => name in data && !sameContent(data[name], originalDoc?.[name]))
      const status = afterTargetEdit(before.status)
      if (edited) {
        moves.push({ from: before.status, locale, next: { ...before, editors: addEditor(before.editors, req.user?.id), status } })
      }
    } else if (locale === options.sourceLocale || locale === 'all') {
      const now = fieldHashes(await incomingSourceContent({ collection, options, req }, { data, id: originalDoc?.id, originalDoc }), names)
      for (const target of options.targetLocales) {
        const before = translations[target]!
        const changed = changedFields(before.sourceHashes, now, names)
        const status = afterSourceChange(before.status, changed)
        if (status !== before.status) moves.push({ changed, from: before.status, locale: target, next: { ...before, status } })
      }
    }
    if (moves.length === 0) return data
    for (const move of moves) {
      translations[move.locale] = move.next
      // Starting or continuing a translation is not worth an event; undoing a submission or approval is.
      if (move.from === move.next.status || (!move.changed && move.from !== 'in_review' && move.from !== 'approved')) continue
      await recordEvent(req, options, {
        collection: collection.slug,
        comment: move.changed ? `Source changed: ${move.changed.join(', ')}. Update the ${move.locale} translation and submit it again.` : `The ${move.locale} text was edited.`,
        contentHash: null,
        document: originalDoc!.id,
        from: move.from,
        locale: move.locale,
        to: move.next.status,
        transition: move.changed ? 'source_changed' : 'edit',
      })
    }
    return { ...data, [TRANSLATION_FIELD]: translations }
  }
