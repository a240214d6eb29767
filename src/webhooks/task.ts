import type { TaskConfig } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'
import { serializeEvent, type WebhookEvent } from './event'
import { signedWebhookHeaders } from './sign'

export const WEBHOOK_TASK = 'deliverWebhook'

/** A receiver that has not answered by then counts as a failed attempt. */
const TIMEOUT_MS = 10_000

/** Defaults when webhooks are off, so the registered task (and the schema) never depends on the options. */
const RETRY_DEFAULTS = { attempts: 5, backoffMs: 2000 }

export type WebhookDelivery = {
  input: { event: WebhookEvent; url: string }
  output: { skipped?: string; status?: number }
}

const reasonOf = (error: unknown): string => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? (error as Error).message
}

const post = async (
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<Response> => {
  try {
    // Redirects count as failures: a signed event goes only to the configured URL.
    return await fetch(url, {
      body,
      headers,
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (error) {
    throw new Error(`Webhook ${url} could not be reached: ${reasonOf(error)}.`, { cause: error })
  }
}

/**
 * One job per event and URL. Each attempt is signed afresh (new timestamp); an error or a non-2xx
 * answer throws, so Payload retries with exponential backoff and logs every attempt on the job.
 */
export const deliverWebhookTask = (
  options: SanitizedWorkflowOptions,
): TaskConfig<WebhookDelivery> => {
  const { attempts, backoffMs } = options.webhooks ?? RETRY_DEFAULTS
  return {
    slug: WEBHOOK_TASK,
    handler: async ({ input }) => {
      const webhooks = options.webhooks
      // The secret is never stored with the job; a URL no longer configured gets nothing.
      if (!webhooks?.urls.includes(input.url))
        return { output: { skipped: `${input.url} is no longer a configured webhook URL.` } }
      const body = serializeEvent(input.event)
      const response = await post(
        input.url,
        body,
        signedWebhookHeaders(webhooks.secret, input.event.id, body),
      )
      await response.body?.cancel()
      if (!response.ok)
        throw new Error(
          `Webhook ${input.url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
        )
      return { output: { status: response.status } }
    },
    inputSchema: [
      { name: 'url', type: 'text', required: true },
      { name: 'event', type: 'json', required: true },
    ],
    label: 'Deliver webhook',
    outputSchema: [
      { name: 'status', type: 'number' },
      { name: 'skipped', type: 'text' },
    ],
    // Payload counts retries after the first attempt.
    retries: { attempts: attempts - 1, backoff: { delay: backoffMs, type: 'exponential' } },
  }
}
