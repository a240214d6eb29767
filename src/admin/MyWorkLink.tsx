import type { ServerProps } from 'payload'

/** Navigation link to the "My work" view. */
export const MyWorkLink = ({ payload }: ServerProps) => (
  <a className="nav__link my-work-link" href={`${payload.config.routes.admin}/my-work`} id="nav-my-work">
    <span className="nav__link-label">My work</span>
  </a>
)
