import type { TextField, Validate } from 'payload'

import { tw } from '../../src/translations'
import { appLabel } from '../../src/translations/app'

/** Hosts whose players the front ends embed; anything else is refused. */
export const VIDEO_HOSTS = [
  'www.youtube.com',
  'youtube.com',
  'www.youtube-nocookie.com',
  'player.vimeo.com',
  'vimeo.com',
] as const

export const validateVideoUrl: Validate<string> = (value, { req }) => {
  if (!value) return tw(req.t, 'errorVideoRequired')
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return tw(req.t, 'errorVideoNotUrl', { value })
  }
  if (url.protocol !== 'https:') {
    return tw(req.t, 'errorVideoHttps', { protocol: url.protocol.replace(':', '') })
  }
  if (!(VIDEO_HOSTS as readonly string[]).includes(url.hostname)) {
    return tw(req.t, 'errorVideoHost', { host: url.hostname, hosts: VIDEO_HOSTS.join(', ') })
  }
  return true
}

export const videoUrlField: TextField = {
  name: 'videoUrl',
  type: 'text',
  admin: { description: appLabel('videoUrlDescription', { hosts: VIDEO_HOSTS.join(', ') }) },
  label: appLabel('videoUrl'),
  required: true,
  validate: validateVideoUrl,
}
