import type {
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { loginThrottle, type LoginThrottleOptions } from './loginThrottle'
import { clientIp, enforceRateLimit, fixedWindowLimiter, RateLimitError } from './rateLimit'

const accountKey = (req: PayloadRequest, login: unknown): null | string => {
  const ip = clientIp(req)
  const { email, username } = (login ?? {}) as { email?: unknown; username?: unknown }
  const account = typeof email === 'string' ? email : typeof username === 'string' ? username : ''
  return ip && account ? `${account.trim().toLowerCase()}\n${ip}` : null
}

/**
 * Sign-in brakes that no client can turn against an account's owner: at most `perMinute` attempts
 * per client address (any account), and wrong passwords slowed per account *and* address
 * (`throttle`: a few free, then a doubling wait). Both refuse before Payload looks the account up,
 * so a refused attempt neither signs in nor touches the account. There is no account lock: the
 * owner signs in from their own address while someone else guesses from another. Local API logins
 * (no client address) are the server's own and are not counted.
 */
export const loginLimits = ({
  perMinute,
  throttle,
}: {
  perMinute: number
  throttle?: LoginThrottleOptions
}) => {
  const perAddress = fixedWindowLimiter({ limit: perMinute })
  const perAccount = loginThrottle(throttle)
  const beforeLogin: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
    if (operation !== 'login') return args
    const ip = clientIp(req)
    if (!ip) return args
    enforceRateLimit(perAddress, req, `login:${ip}`, 'login')
    const key = accountKey(req, (args as { data?: unknown }).data)
    if (!key) return args
    const decision = perAccount.attempt(key)
    if (!decision.allowed) {
      const headers = req.responseHeaders ?? new Headers()
      headers.set('Retry-After', String(decision.retryAfterSeconds))
      req.responseHeaders = headers
      throw new RateLimitError(req.t, 'password', decision.retryAfterSeconds)
    }
    return args
  }
  // Payload signs in with the e-mail trimmed and lower-cased, as the key is made.
  const afterLogin: CollectionAfterLoginHook = ({ req, user }) => {
    const key = accountKey(req, { email: (user as { email?: string }).email })
    if (key) perAccount.succeeded(key)
  }
  return { afterLogin, beforeLogin }
}
