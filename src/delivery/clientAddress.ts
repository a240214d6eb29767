import { BlockList, isIP } from 'node:net'

/** IPv4-mapped IPv6 (`::ffff:203.0.113.7`, as Node reports IPv4 peers on a dual-stack socket) as plain IPv4. */
const plain = (address: string): string => {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, '$1')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)
  return mapped ? mapped[1]! : trimmed
}

/** Why an entry of TRUSTED_PROXIES is not an address or CIDR range, or null when it is one. */
export const proxyEntryProblem = (entry: string): null | string => {
  const [address = '', prefix, extra] = entry.split('/')
  const family = isIP(plain(address))
  if (!family || extra !== undefined)
    return `"${entry}" is not an IP address or CIDR range (e.g. 10.0.0.5, 10.0.0.0/8, fd00::/8)`
  if (prefix === undefined) return null
  const bits = Number(prefix)
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128)
    ? null
    : `"${entry}" has a prefix length that does not fit an IPv${family} address`
}

export type TrustedProxies = { has: (address: string) => boolean; size: number }

/** The proxies whose X-Forwarded-For hops are believed: addresses and CIDR ranges, IPv4 or IPv6. */
export const trustedProxies = (entries: readonly string[]): TrustedProxies => {
  const list = new BlockList()
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/')
    const ip = plain(address)
    const type = isIP(ip) === 6 ? 'ipv6' : 'ipv4'
    if (prefix === undefined) list.addAddress(ip, type)
    else list.addSubnet(ip, Number(prefix), type)
  }
  return {
    has: (address) => {
      const ip = plain(address)
      const family = isIP(ip)
      return family !== 0 && list.check(ip, family === 6 ? 'ipv6' : 'ipv4')
    },
    size: entries.length,
  }
}

/**
 * The client's address from an X-Forwarded-For chain whose last hop is the address of the peer that
 * connected to us (the socket address, appended as a proxy would): walking from the right, the first
 * address that is not one of `trusted` proxies. Everything left of it was written by that client and
 * proves nothing. When every hop is trusted, the leftmost one. Null without a chain.
 */
export const clientAddress = (
  forwardedFor: null | string | undefined,
  trusted: TrustedProxies,
): null | string => {
  const hops = (forwardedFor ?? '').split(',').map(plain).filter(Boolean)
  for (let index = hops.length - 1; index >= 0; index--)
    if (!trusted.has(hops[index]!)) return hops[index]!
  return hops[0] ?? null
}
