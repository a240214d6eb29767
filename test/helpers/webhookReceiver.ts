import type { IncomingHttpHeaders } from 'node:http'

import type { WebhookEvent } from '../../src/webhooks/event'
import { type ApiServer, listen } from './httpServer'

export type Delivery = {
  body: string
  event: WebhookEvent
  headers: IncomingHttpHeaders
  method: string
  path: string
  status: number
}

export type Receiver = {
  /** Every request received, with the status it was answered. */
  deliveries: Delivery[]
  /** Answer the next `count` requests with 500. */
  failNext: (count: number) => void
  /** Listen (again) on the receiver's port. */
  start: () => Promise<void>
  /** Stop listening: deliveries then fail to connect. */
  stop: () => Promise<void>
}

/** A webhook receiver on 127.0.0.1:`port` that records each request and answers 200 unless told to fail. */
export const webhookReceiver = async (port: number): Promise<Receiver> => {
  const deliveries: Delivery[] = []
  let failures = 0
  let server: ApiServer | null = null
  const receiver: Receiver = {
    deliveries,
    failNext: (count) => {
      failures = count
    },
    start: async () => {
      server = await listen(async (request, response) => {
        const chunks: Buffer[] = []
        for await (const chunk of request) chunks.push(chunk as Buffer)
        const body = Buffer.concat(chunks).toString('utf8')
        const status = failures > 0 ? 500 : 200
        if (failures > 0) failures -= 1
        deliveries.push({
          body,
          event: JSON.parse(body) as WebhookEvent,
          headers: request.headers,
          method: request.method ?? '',
          path: request.url ?? '',
          status,
        })
        response
          .writeHead(status, { 'content-type': 'text/plain' })
          .end(status === 200 ? 'ok' : 'try again later')
      }, port)
    },
    stop: async () => {
      await server?.close()
      server = null
    },
  }
  await receiver.start()
  return receiver
}
