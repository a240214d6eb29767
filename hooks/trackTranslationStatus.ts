import type { CollectionBeforeChangeHook } from 'payload'

import { isLive } from '../src/operations/isLive'
import { recordEvent } from '../src/operations/recordEvent'
import { incomingSourceContent } from '../src/operations/sourceHash'
import { eventComment, type EventMessage } from '../src/operations/eventMessage'
import type { SanitizedWorkflowOptions } from '../src/types'
import { sameContent } from '../src/workflow/contentHash'
import { isTransitionWrite } from '../src/workflow/intent'
import {
  mixedFields,
  mixedTextChanged,
  translatableFieldNames,
  translationHashes,
} from '../src/workflow/sourceContent'
import { afterTargetEdit, outdatedBy } from '../src/workflow/translation'
import { addEditor } from '../src/workflow/state'
import { TRANSLATION_FIELD } from '../src/workflow/fieldNames'
import { readTranslations, type TranslationData } from '../src/workflow/translationState'

/**
 * Moves translation statuses that nobody transitions by hand: editing a target locale puts its
 * translation in progress (a submitted or approved translation must be submitted again); source
 * fields that readers get changed make a submitted or approved translation `outdated`, with the
 * changed fields in the event: on a publishing write (Payload's scheduled publish; the publish
 * transition does the same in planApproval), or on any save of a document that is not live, where
 * the draft is all there is. Moves that undo a submission or an approval are logged with their locale.
 */
export const trackTranslationStatus =
  (options: SanitizedWorkflowOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || isTransitionWrite(req, collection.slug, originalDoc?.id))
      return data
    const fields = collection.flattenedFields
    const names = translatableFieldNames(fields)
    // A shared group, tab, array or blocks with localized fields inside: its text is those fields.
    const mixed = mixedFields(fields)
    const translations = readTranslations(data, options.targetLocales)
    const moves: { changed?: string[]; from: string; locale: string; next: TranslationData }[] = []
    const locale = req.locale ?? options.sourceLocale
    if (options.targetLocales.includes(locale)) {
      const before = translations[locale]!
      const edited = names.some((name) => {
        if (!(name in data)) return false
        const field = mixed.get(name)
        return field
          ? mixedTextChanged(field, data[name], originalDoc?.[name])
          : !sameContent(data[name], originalDoc?.[name])
      })
      const status = afterTargetEdit(before.status)
      if (edited) {
        moves.push({
          from: before.status,
          locale,
          next: { ...before, editors: addEditor(before.editors, req.user?.id), status },
        })
      }
    } else if (
      (locale === options.sourceLocale || locale === 'all') &&
      (data._status === 'published' || !(await isLive(req, collection.slug, originalDoc!.id)))
    ) {
      // A live document's English drafts do not outdate French for readers: the publication of changed English does.
      const now = translationHashes(
        fields,
        await incomingSourceContent(
          { collection, options, req },
          { data, id: originalDoc?.id, originalDoc },
        ),
        names,
      )
      for (const move of outdatedBy(translations, now, names)) {
        moves.push({
          changed: move.changed,
          from: move.from,
          locale: move.locale,
          next: { ...translations[move.locale]!, status: 'outdated' },
        })
      }
    }
    if (moves.length === 0) return data
    for (const move of moves) {
      translations[move.locale] = move.next
      // Starting or continuing a translation is not worth an event; undoing a submission or approval is.
      if (
        move.from === move.next.status ||
        (!move.changed && move.from !== 'in_review' && move.from !== 'approved')
      )
        continue
      const message: EventMessage = [
        move.changed
          ? {
              key: data._status === 'published' ? 'eventSourceRevised' : 'eventSourceChanged',
              vars: { fields: move.changed, locale: move.locale },
            }
          : { key: 'eventTargetEdited', vars: { locale: move.locale } },
      ]
      await recordEvent(req, options, {
        collection: collection.slug,
        comment: eventComment(req, collection.slug, message),
        message,
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
