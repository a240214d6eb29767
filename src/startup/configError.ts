/**
 * A plugin option or a config the workflow cannot run with, found at start. `code` says which (for
 * programs and tests), `params` what it is about; the message says what to change, for the developer.
 */
export class WorkflowConfigError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params: Record<string, string | undefined> = {},
  ) {
    super(`editorialWorkflow: ${message}`)
    this.name = 'WorkflowConfigError'
  }
}
