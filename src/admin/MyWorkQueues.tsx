import type { PayloadRequest } from 'payload'
import './workflow.scss'

import type { SanitizedWorkflowOptions } from '../types'
import { labelOf, englishT, languageName, STATE_LABELS, TRANSLATION_LABELS } from './labels'
import { myWorkQueues } from './myWork'

/** The signed-in user's queues as tables; shared by the "My work" view and the dashboard. */
export const MyWorkQueues = async ({ req }: { req: PayloadRequest }) => {
  const options = (req.payload.config.custom as { editorialWorkflow: SanitizedWorkflowOptions }).editorialWorkflow
  const queues = await myWorkQueues(req, options)
  if (!queues.length) return <p>Your account has no editorial role yet: ask an admin.</p>
  return (
    <div className="my-work" data-testid="my-work">
      {queues.map((queue) => (
        <section className="my-work__queue" data-testid={`queue-${queue.key}`} key={queue.key}>
          <h3>
            {queue.title} <span className="my-work__count">({queue.rows.length})</span>
          </h3>
          {queue.rows.length === 0 ? (
            <p className="my-work__empty">{queue.empty}</p>
          ) : (
            <table className="my-work__table">
              <thead>
                <tr>
                  <th>Title</th>
                  <th>Type</th>
                  <th>English</th>
                  {options.targetLocales.map((locale) => (
                    <th key={locale}>{languageName(englishT, locale)}</th>
                  ))}
                  <th>Updated</th>
                </tr>
              </thead>
              <tbody>
                {queue.rows.map((row) => (
                  <tr key={`${row.collection}-${row.id}`}>
                    <td>
                      <a href={row.href}>{row.title}</a>
                    </td>
                    <td>{row.collectionLabel}</td>
                    <td>{labelOf(STATE_LABELS, row.state)}</td>
                    {options.targetLocales.map((locale) => (
                      <td key={locale}>{labelOf(TRANSLATION_LABELS, row.translations[locale])}</td>
                    ))}
                    <td>{row.updatedAt.slice(0, 10)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  )
}
