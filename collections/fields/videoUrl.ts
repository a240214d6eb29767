import type { TextField, Validate } from 'payload'

import { appLabel } from '../../src/translations/app'

/** Hosts whose players the front ends embed; anything else is refused. */
export const VIDEO_HOSTS = [
  'www.youtube.com',
  'youtube.com',
  'www.youtube-nocookie.com',
  'player.vimeo.com',
  'vimeo.com',
] as const

export const validateVideoUrl: Validate<string> = (value) => {
  if (!value) return 'Video URL is required: paste the https address of the recording.'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `Video URL "${value}" is not a web address: paste a full https:// link.`
  }
  if (url.protocol !== 'https:') {
    return `Video URL must use https (got ${url.protocol.replace(':', '')}): use the https:// link.`
  }
  if (!(VIDEO_HOSTS as readonly string[]).includes(url.hostname)) {
    return `Video host "${url.hostname}" is not allowed: use a link from ${VIDEO_HOSTS.join(', ')}.`
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
