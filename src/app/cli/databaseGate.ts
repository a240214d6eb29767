import net from 'node:net'

export type DatabaseGate = {
  /** Lets the held connections (and every later one) through. */
  open: () => void
  close: () => Promise<void>
  /** `uri` with the gate's own address: what the held process connects to. */
  uri: string
}

/**
 * A TCP pass-through on loopback to the PostgreSQL of `uri` that holds each connection until
 * `open()`. `npm run dev` gives it to `next dev`, so Next.js can start and compile the admin while
 * the seed pushes the schema, and its own first query (its schema push) still comes after the seed's.
 */
export const startDatabaseGate = async (uri: string): Promise<DatabaseGate> => {
  const target = new URL(uri)
  let open = () => undefined as void
  const opened = new Promise<void>((resolve) => (open = resolve))
  const sockets = new Set<net.Socket>()
  const track = (socket: net.Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  }
  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    track(client)
    client.on('error', () => client.destroy())
    void opened.then(() => {
      if (client.destroyed) return
      const upstream = net.connect({ host: target.hostname, port: Number(target.port || 5432) })
      track(upstream)
      upstream.on('error', () => client.destroy())
      client.on('close', () => upstream.destroy())
      upstream.on('close', () => client.destroy())
      client.pipe(upstream).pipe(client)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const gated = new URL(uri)
  gated.hostname = '127.0.0.1'
  gated.port = String((server.address() as net.AddressInfo).port)
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
    })
  return { close, open, uri: gated.toString() }
}
