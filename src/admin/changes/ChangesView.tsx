import type { CollectionSlug, DocumentViewServerProps } from 'payload'
import './changes.scss'

import { getTranslation } from '@payloadcms/translations'
import { Gutter } from '@payloadcms/ui'

import { type ReviewChanges, reviewChanges } from '../../operations/changes/reviewChanges'
import { tw } from '../../translations'
import type { SanitizedWorkflowOptions } from '../../types'
import { languageName } from '../labels'
import { LocalTime } from '../LocalTime'
import { DiffText } from './DiffText'

type T = Parameters<typeof tw>[0]

const Baseline = ({ result, t }: { result: ReviewChanges; t: T }) => {
  const { baseline } = result
  if (baseline.kind === 'first')
    return <p className="review-changes__baseline">{tw(t, 'changesFirstReview')}</p>
  const name = baseline.kind === 'review' ? (baseline.by ?? tw(t, 'changesSomeone')) : ''
  const sentence =
    baseline.kind === 'published'
      ? tw(t, 'changesSincePublished')
      : tw(
          t,
          baseline.transition === 'approve' ? 'changesSinceApprove' : 'changesSinceRequestChanges',
          { name },
        )
  return (
    <p className="review-changes__baseline" data-baseline={baseline.kind}>
      {sentence} · <LocalTime iso={baseline.at} />
    </p>
  )
}

/**
 * `/admin/collections/<slug>/<id>/changes`: what changed since a reviewer last saw the document,
 * field by field and language by language, and the saves that changed content since then.
 */
export const ChangesView = async ({ initPageResult }: DocumentViewServerProps) => {
  const { collectionConfig, docID, req } = initPageResult
  const t = req.i18n.t as T
  const options = (
    req.payload.config.custom as { editorialWorkflow?: SanitizedWorkflowOptions } | undefined
  )?.editorialWorkflow
  if (
    !options ||
    !collectionConfig ||
    docID === undefined ||
    !options.collections.includes(collectionConfig.slug as CollectionSlug)
  ) {
    return (
      <Gutter className="review-changes">
        <p>{tw(t, 'changesNotGoverned')}</p>
      </Gutter>
    )
  }
  const result = await reviewChanges(req, options, collectionConfig.slug, docID)
  const labels = { added: tw(t, 'changesAdded'), removed: tw(t, 'changesRemoved') }
  const labelOf = (name: string) => {
    const label = result.fields.find((field) => field.name === name)?.label
    return label ? String(getTranslation(label as string, req.i18n)) : name
  }
  return (
    // Gutter passes no data attributes on.
    <Gutter className="review-changes">
      <div data-testid="review-changes">
        <h2>{tw(t, 'changesTitle')}</h2>
        <Baseline result={result} t={t} />
        {result.baseline.kind !== 'first' &&
          (result.changes.length ? (
            <>
              <p className="review-changes__legend">{tw(t, 'changesLegend')}</p>
              {result.changes.map((change) => (
                <section
                  className="review-changes__field"
                  data-field={change.field}
                  data-locale={change.locale ?? 'all'}
                  key={`${change.field}-${change.locale}`}
                >
                  <h4 className="review-changes__field-label">
                    {labelOf(change.field)}
                    <span className="review-changes__language">
                      {change.locale
                        ? languageName(t, change.locale)
                        : tw(t, 'changesAllLanguages')}
                    </span>
                  </h4>
                  {change.before === change.after ? (
                    <p className="review-changes__note">{tw(t, 'changesFormatOnly')}</p>
                  ) : (
                    <DiffText labels={labels} parts={change.parts} />
                  )}
                </section>
              ))}
            </>
          ) : (
            <p className="review-changes__note" data-testid="review-changes-none">
              {tw(t, 'changesNone')}
            </p>
          ))}
        <h3>{tw(t, 'changesVersionsTitle')}</h3>
        <p className="review-changes__legend">{tw(t, 'changesVersionsHint')}</p>
        {result.versions.length ? (
          <table className="review-changes__versions">
            <thead>
              <tr>
                <th>{tw(t, 'changesVersionWhen')}</th>
                <th>{tw(t, 'changesVersionWho')}</th>
                <th>{tw(t, 'changesVersionLanguages')}</th>
              </tr>
            </thead>
            <tbody>
              {result.versions.map((version) => (
                <tr data-version={version.id} key={version.id}>
                  <td>
                    <LocalTime iso={version.at} />
                  </td>
                  <td>{version.by ?? tw(t, 'changesSomeone')}</td>
                  <td>{version.locales.map((locale) => languageName(t, locale)).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="review-changes__note">{tw(t, 'changesVersionsNone')}</p>
        )}
      </div>
    </Gutter>
  )
}
