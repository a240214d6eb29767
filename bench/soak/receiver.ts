import type http from 'node:http'

import { listen } from '../../test/helpers/httpServer'

export type Delivery = {
  at: number
  eventId: string
  kind: string
  docId: number
  status: number | 'aborted'
  worker: string
}

/**
 * The webhook receiver: records each delivery and answers 200, or, while `hold` is on, keeps the
 * request open until `release` (a worker killed meanwhile gets no answer: status "aborted").
 */
export const startReceiver = async (port: number) => {
  const deliveries: Delivery[] = []
  const held: { delivery: Delivery; response: http.ServerResponse }[] = []
  let hold = false
  const server = await listen(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      docId: number
      id: string
      kind: string
    }
    const delivery: Delivery = {
      at: Date.now(),
      docId: event.docId,
      eventId: event.id,
      kind: event.kind,
      status: 200,
      worker: String(request.headers['x-soak-worker'] ?? ''),
    }
    deliveries.push(delivery)
    if (hold) return void held.push({ delivery, response })
    response.writeHead(200).end('ok')
  }, port)
  return {
    close: () => server.close(),
    deliveries,
    held,
    setHold: (value: boolean) => {
      hold = value
    },
    /** Answers what is held; a request whose worker has gone counts as not accepted. */
    release: () => {
      for (const { delivery, response } of held.splice(0)) {
        if (response.destroyed || response.socket?.destroyed) delivery.status = 'aborted'
        else response.writeHead(200).end('ok')
      }
    },
  }
}
export type Receiver = Awaited<ReturnType<typeof startReceiver>>
