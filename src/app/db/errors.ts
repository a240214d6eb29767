/**
 * A start-up problem the person running the app can fix; printed as one line, without a stack.
 * `code` says which, for programs and tests.
 */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly code = 'startup',
  ) {
    super(message)
    this.name = 'StartupError'
  }
}
