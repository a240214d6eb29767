import type { Config } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { ADMIN_COMPONENTS } from './paths'

/** The "My work" view, its navigation link and its summary on the dashboard (added to what the app has). */
export const withAdminViews = (config: Config, options: SanitizedWorkflowOptions): Config =>
  options.disabled
    ? config
    : {
        ...config,
        admin: {
          ...config.admin,
          components: {
            ...config.admin?.components,
            afterNavLinks: [
              ...(config.admin?.components?.afterNavLinks ?? []),
              ADMIN_COMPONENTS.myWorkLink,
            ],
            beforeDashboard: [
              ADMIN_COMPONENTS.myWorkDashboard,
              ...(config.admin?.components?.beforeDashboard ?? []),
            ],
            views: {
              ...config.admin?.components?.views,
              myWork: {
                Component: ADMIN_COMPONENTS.myWorkView,
                path: '/my-work',
              },
            },
          },
        },
      }
