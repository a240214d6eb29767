import type { CollectionSlug, PayloadRequest, UIFieldServerProps } from 'payload'
import './workflow.scss'
import './changes/changes.scss'

import { cache } from 'react'

import { sourceAsTranslated } from '../operations/changes/sourceAsTranslated'
import { wordDiff } from '../operations/changes/wordDiff'
import { tw } from '../translations'
import type { SanitizedWorkflowOptions } from '../types'
import { translatableFieldNames, translationHashes } from '../workflow/sourceContent'
import { changedFields } from '../workflow/sourceDiff'
import { readTranslations } from '../workflow/translationState'
import { DiffText } from './changes/DiffText'
import { languageName } from './labels'
import { sourceText } from './sourceText'

type T = Parameters<typeof tw>[0]

const optionsOf = (req: PayloadRequest) =>
  (req.payload.config.custom as { editorialWorkflow: SanitizedWorkflowOptions }).editorialWorkflow

// One read per document and render, however many fields show their source.
const sourceDoc = cache(async (req: PayloadRequest, collection: string, id: number | string) =>
  req.payload.findByID({
    collection: collection as CollectionSlug,
    depth: 0,
    draft: true,
    fallbackLocale: false,
    id,
    locale: optionsOf(req).sourceLocale as 'en',
    overrideAccess: true,
  }),
)
// Translatable fields whose source changed since the translation was submitted (or approved): their
// hashes differ from those the translation recorded. Nothing before a first submission.
const changed = cache(
  async (req: PayloadRequest, collection: string, id: number | string, locale: string) => {
    const doc = (await sourceDoc(req, collection, id)) as unknown as Record<string, unknown>
    const recorded = readTranslations(doc, optionsOf(req).targetLocales)[locale]?.sourceHashes ?? {}
    if (!Object.keys(recorded).length) return []
    const fields = req.payload.collections[collection as CollectionSlug]!.config.flattenedFields
    const names = translatableFieldNames(fields)
    return changedFields(recorded, translationHashes(fields, doc, names), names)
  },
)
// The English of every changed field as it was when the translation was made (one read of the versions).
const asTranslated = cache(
  async (req: PayloadRequest, collection: string, id: number | string, locale: string) => {
    const [doc, fields] = await Promise.all([
      sourceDoc(req, collection, id),
      changed(req, collection, id, locale),
    ])
    const recorded =
      readTranslations(doc as unknown as Record<string, unknown>, optionsOf(req).targetLocales)[
        locale
      ]?.sourceHashes ?? {}
    return sourceAsTranslated(req, optionsOf(req), collection, id, recorded, fields)
  },
)

const valueAt = (value: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (at, key) =>
      at && typeof at === 'object' && !Array.isArray(at)
        ? (at as Record<string, unknown>)[key]
        : undefined,
    value,
  )

const Side = ({
  children,
  label,
  now,
}: {
  children: React.ReactNode
  label: string
  now?: boolean
}) => (
  <div className={`source-compare__side${now ? ' source-compare__side--now' : ''}`}>
    <div className="source-compare__label">{label}</div>
    {children}
  </div>
)

/**
 * Under each translatable field, in a target locale: the source text it translates. When the source
 * changed since the translation was submitted or approved, the source as it was then and as it is
 * now, side by side, the changed words marked.
 */
export const SourceBeside = async ({
  collectionSlug,
  id,
  req,
  sourceField,
}: UIFieldServerProps & { sourceField: string }) => {
  const options = optionsOf(req)
  const locale = req.locale
  if (id === undefined || id === null || !locale || !options.targetLocales.includes(locale))
    return null
  const t = req.i18n.t as T
  const language = languageName(t, options.sourceLocale)
  const [doc, changedSince] = await Promise.all([
    sourceDoc(req, collectionSlug, id),
    changed(req, collectionSlug, id, locale),
  ])
  // `meta.title`: a localized field inside a shared group or named tab, tracked with its top field.
  const [top = sourceField, ...inside] = sourceField.split('.')
  const text = sourceText(valueAt(doc, [top, ...inside]))
  const topChanged = changedSince.includes(top)
  const before = topChanged
    ? await asTranslated(req, collectionSlug, id, locale).catch(
        () => ({}) as Record<string, unknown>,
      )
    : {}
  const was = top in before ? sourceText(valueAt(before[top], inside)) : undefined
  // Inside a shared field, only the text of this one may have changed.
  const outdated = topChanged && (inside.length === 0 || was === undefined || was !== text)
  const empty = <em>{tw(t, 'changesEmpty')}</em>
  if (outdated && was !== undefined) {
    const parts = wordDiff(was, text)
    const labels = { added: tw(t, 'changesAdded'), removed: tw(t, 'changesRemoved') }
    return (
      <div className="source-compare" data-outdated data-testid={`source-${sourceField}`}>
        <div className="source-compare__note">{tw(t, 'changesSourceOutdated', { language })}</div>
        <Side label={tw(t, 'changesSourceWas', { language })}>
          <DiffText labels={labels} parts={parts.filter((part) => part.kind !== 'added')} />
        </Side>
        <Side label={tw(t, 'changesSourceNow', { language })} now>
          {text ? (
            <DiffText labels={labels} parts={parts.filter((part) => part.kind !== 'removed')} />
          ) : (
            empty
          )}
        </Side>
      </div>
    )
  }
  return (
    <div
      className={`source-beside${outdated ? ' source-beside--outdated' : ''}`}
      data-outdated={outdated}
      data-testid={`source-${sourceField}`}
    >
      <div className="source-beside__label">
        {tw(t, 'changesSourceCurrent', { language })}
        {outdated && <strong> · {tw(t, 'changesSourceOutdated', { language })}</strong>}
      </div>
      <div className="source-beside__text">{text || empty}</div>
    </div>
  )
}
