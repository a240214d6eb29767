'use client'
import { useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/** "3 days ago" / "il y a 3 jours": the largest whole unit of the time since `iso`. */
export const relativeTime = (iso: string, language: string, now = Date.now()): string => {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000)
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })
  for (const [unit, size] of UNITS)
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit)
  return format.format(0, 'minute')
}

/**
 * A moment as the reader's browser sees it: relative ("3 days ago", or "in 2 hours" for a scheduled
 * time) and absolute in the browser's time zone, named. Formatted after hydration, since the server
 * knows neither the zone nor the clock of the browser (otherwise a hydration mismatch).
 */
export const WaitingTime = ({ iso, relative = true }: { iso: string; relative?: boolean }) => {
  const { i18n } = useTranslation()
  const [text, setText] = useState<null | { absolute: string; relative: string }>(null)
  useEffect(() => {
    const absolute = new Intl.DateTimeFormat(i18n.language, {
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      month: 'short',
      timeZoneName: 'short',
      year: 'numeric',
    }).format(new Date(iso))
    setText({ absolute, relative: relativeTime(iso, i18n.language) })
  }, [i18n.language, iso])
  return (
    <time className="my-work__time" dateTime={iso} title={text?.absolute}>
      {text ? (relative ? text.relative : text.absolute) : ''}
      {text && relative ? <span className="my-work__time-absolute">{text.absolute}</span> : null}
    </time>
  )
}
