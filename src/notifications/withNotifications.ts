import type { CollectionConfig } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { notifyAfterCommit } from './notifyAfterCommit'

/** Adds the e-mail notifications to the workflow event log (each event is one transition or automatic move). */
export const withNotifications = (
  events: CollectionConfig,
  options: SanitizedWorkflowOptions,
): CollectionConfig =>
  options.disabled
    ? events
    : {
        ...events,
        hooks: {
          ...events.hooks,
          afterChange: [notifyAfterCommit(options), ...(events.hooks?.afterChange ?? [])],
        },
      }
