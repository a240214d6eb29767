'use client'
import { toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback } from 'react'

import { tw } from '../translations'
import { useWorkflowTranslation } from './useWorkflowTranslation'

export type TransitionBody = { comment?: string; locale?: string; publishAt?: string }

/**
 * POSTs a workflow transition for a document and, when it succeeds, refreshes the page's server
 * components (the state in the header, the panel, the document buttons and the form's saved state)
 * without a full reload. Returns whether it succeeded; a refusal is shown as a toast, in words.
 */
export const useTransitionRequest = () => {
  const { config } = useConfig()
  const { i18n, t } = useWorkflowTranslation()
  const router = useRouter()
  return useCallback(
    async (
      collection: string,
      id: string,
      name: string,
      body: TransitionBody,
      doneLabel?: string,
    ): Promise<boolean> => {
      const res = await fetch(
        `${config.serverURL ?? ''}${config.routes.api}/${collection}/${id}/workflow/${name}`,
        {
          body: JSON.stringify(body),
          credentials: 'include',
          headers: { 'Accept-Language': i18n.language, 'Content-Type': 'application/json' },
          method: 'POST',
        },
      ).catch(() => null)
      if (!res?.ok) {
        const json = ((await res?.json().catch(() => ({}))) ?? {}) as {
          errors?: { message?: string }[]
        }
        toast.error(
          json.errors?.[0]?.message ?? tw(t, 'panelServerAnswered', { status: res?.status ?? '—' }),
        )
        return false
      }
      if (doneLabel) toast.success(tw(t, 'panelDone', { action: doneLabel }))
      router.refresh()
      return true
    },
    [config.routes.api, config.serverURL, i18n.language, router, t],
  )
}
