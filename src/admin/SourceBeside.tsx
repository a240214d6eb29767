import type { CollectionSlug, PayloadRequest, UIFieldServerProps } from 'payload'
import './workflow.scss'

import { cache } from 'react'

import { readStatusForAdmin } from './readStatus'
import type { SanitizedWorkflowOptions } from '../types'
import { englishT, languageName } from './labels'
import { sourceText } from './sourceText'

const optionsOf = (req: PayloadRequest) => (req.payload.config.custom as { editorialWorkflow: SanitizedWorkflowOptions }).editorialWorkflow

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
const changed = cache(async (req: PayloadRequest, collection: string, id: number | string, locale: string) => {
  const status = await readStatusForAdmin(req, collection, id)
  return status.translations[locale]?.changedFields ?? []
})

/**
 * Under each translatable field, in a target locale: the source text it translates, highlighted
 * when the source changed since the translation was submitted or approved.
 */
export const SourceBeside = async ({ collectionSlug, id, req, sourceField }: UIFieldServerProps & { sourceField: string }) => {
  const options = optionsOf(req)
  const locale = req.locale
  if (id === undefined || id === null || !locale || !options.targetLocales.includes(locale)) return null
  const [doc, changedFields] = await Promise.all([sourceDoc(req, collectionSlug, id), changed(req, collectionSlug, id, locale).catch(() => [])])
  const text = sourceText((doc as unknown as Record<string, unknown>)[sourceField])
  const outdated = (changedFields as string[]).includes(sourceField)
  return (
    <div className={`source-beside${outdated ? ' source-beside--outdated' : ''}`} data-outdated={outdated} data-testid={`source-${sourceField}`}>
      <div className="source-beside__label">
        {languageName(englishT, options.sourceLocale)}
        {outdated && <strong> · changed since the {languageName(englishT, locale)} was submitted: update the translation</strong>}
      </div>
      <div className="source-beside__text">{text || <em>(empty)</em>}</div>
    </div>
  )
}
