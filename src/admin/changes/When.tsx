'use client'
import { useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

/**
 * A moment in the reader's time zone, zone named. Formatted after hydration: the server knows
 * neither the zone nor the browser's clock (formatting it there would be a hydration mismatch).
 */
export const When = ({ iso }: { iso: string }) => {
  const { i18n } = useTranslation()
  const [text, setText] = useState('')
  useEffect(() => {
    setText(new Intl.DateTimeFormat(i18n.language, { day: 'numeric', hour: '2-digit', minute: '2-digit', month: 'short', timeZoneName: 'short', year: 'numeric' }).format(new Date(iso)))
  }, [i18n.language, iso])
  return <time dateTime={iso}>{text}</time>
}
