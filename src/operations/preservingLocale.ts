import type { PayloadRequest } from 'payload'

/**
 * Local API calls made with a caller's `req` set `req.locale` (and `req.fallbackLocale`) to their
 * own `locale` and leave it there. Inside a hook of a French write, a nested read in English would
 * then make the rest of that write store its French data as English. Restore them afterwards.
 */
export const preservingLocale = async <T>(
  req: PayloadRequest,
  work: () => Promise<T>,
): Promise<T> => {
  const { fallbackLocale, locale } = req
  try {
    return await work()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
