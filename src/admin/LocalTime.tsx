'use client'
import { useWorkflowTranslation } from './useWorkflowTranslation'
import React, { useEffect, useState } from 'react'

/**
 * A moment in the reader's own time zone, with the zone named ("7 Dec 2026, 14:10 UTC+1"). Formatted
 * after hydration: the server knows neither the zone nor the browser's clock, and a date formatted
 * there and again in the browser differs (a hydration mismatch).
 */
export const LocalTime = ({ iso }: { iso: string }) => {
  const { i18n } = useWorkflowTranslation()
  const [text, setText] = useState<null | string>(null)
  useEffect(() => {
    setText(
      new Intl.DateTimeFormat(i18n.language, {
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        month: 'short',
        // dateStyle/timeStyle refuse timeZoneName (a RangeError): the parts are named one by one.
        timeZoneName: 'short',
        year: 'numeric',
      }).format(new Date(iso)),
    )
  }, [i18n.language, iso])
  return (
    <time className="workflow-panel__time" dateTime={iso}>
      {text ?? ''}
    </time>
  )
}
