/** A start-up problem the person running the app can fix; printed as one line, without a stack. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StartupError'
  }
}
