import type { ServerProps } from 'payload'

import { tw } from '../translations'

/** Navigation link to the "My work" view. */
export const MyWorkLink = ({ i18n, payload }: ServerProps) => (
  <a
    className="nav__link my-work-link"
    href={`${payload.config.routes.admin}/my-work`}
    id="nav-my-work"
  >
    <span className="nav__link-label">{tw(i18n.t, 'queueMyWork')}</span>
  </a>
)
