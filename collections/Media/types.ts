/** What media accepts. SVG is left out on purpose: it can carry scripts. */
export const MEDIA_MIME_TYPES = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/avif',
  'application/pdf',
  'text/vtt',
] as const

export const isImageType = (mimeType: string | null | undefined): boolean =>
  typeof mimeType === 'string' && mimeType.startsWith('image/')

export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
