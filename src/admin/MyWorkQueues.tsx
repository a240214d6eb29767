import type { PayloadRequest } from 'payload'
import './workflow.scss'
import './myWork.scss'

import { hasWorkflowRole, usersWithRoles } from '../access/roles'
import { tw } from '../translations'
import type { SanitizedWorkflowOptions } from '../types'
import { AssignReviewer } from './AssignReviewer'
import { languageName, stateLabel, translationStateLabel } from './labels'
import { myWorkQueues, type Person } from './myWork'
import { WaitingTime } from './WaitingTime'

const reviewersOf = async (
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
): Promise<Person[]> => {
  const { docs } = await req.payload.find({
    collection: options.usersSlug as 'users',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    sort: 'name',
    where: usersWithRoles(options, 'reviewer', 'admin'),
  })
  return (docs as unknown as { email: string; id: number | string; name?: string }[]).map(
    (user) => ({ id: user.id, name: user.name || user.email }),
  )
}

/** The signed-in user's queues as tables, in the admin's language; shared by the "My work" view and the dashboard. */
export const MyWorkQueues = async ({ req }: { req: PayloadRequest }) => {
  const options = (req.payload.config.custom as { editorialWorkflow: SanitizedWorkflowOptions })
    .editorialWorkflow
  const queues = await myWorkQueues(req, options)
  const t = req.t
  if (!queues.length) return <p>{tw(t, 'queueNoRole')}</p>
  const reviewers =
    queues.some((queue) => queue.assign && queue.rows.length) &&
    hasWorkflowRole(req.user, options, 'reviewer', 'admin')
      ? await reviewersOf(req, options)
      : []
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
                  <th>{tw(t, 'queueColumnTitle')}</th>
                  <th>{tw(t, 'queueColumnType')}</th>
                  <th>{languageName(t, options.sourceLocale)}</th>
                  {options.targetLocales.map((locale) => (
                    <th key={locale}>{languageName(t, locale)}</th>
                  ))}
                  <th>{tw(t, 'queueColumnSubmittedBy')}</th>
                  <th>
                    {queue.scheduled
                      ? tw(t, 'queueColumnScheduledAt')
                      : tw(t, 'queueColumnWaiting')}
                  </th>
                  {queue.assign ? <th>{tw(t, 'queueColumnAssignee')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {queue.rows.map((row) => (
                  <tr
                    data-testid={`row-${row.collection}-${row.id}`}
                    key={`${row.collection}-${row.id}`}
                  >
                    <td>
                      <a href={row.href}>{row.title}</a>
                    </td>
                    <td>{row.collectionLabel}</td>
                    <td>{stateLabel(t, row.state)}</td>
                    {options.targetLocales.map((locale) => (
                      <td key={locale}>{translationStateLabel(t, row.translations[locale])}</td>
                    ))}
                    <td data-testid="submitted-by">
                      {row.submittedBy?.name ?? tw(t, 'queueNobody')}
                    </td>
                    <td>
                      <WaitingTime
                        iso={
                          queue.scheduled && row.scheduledAt ? row.scheduledAt : row.waitingSince
                        }
                      />
                    </td>
                    {queue.assign ? (
                      <td data-testid="assignee">
                        <span className="my-work__assignee">
                          {row.assignee?.name ?? tw(t, 'queueUnassigned')}
                        </span>
                        <AssignReviewer
                          assignee={row.assignee?.id ?? null}
                          collection={row.collection}
                          id={row.id}
                          ineligible={row.ineligible}
                          reviewers={reviewers}
                        />
                      </td>
                    ) : null}
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
