import { expect } from 'vitest'

/** Awaits a call the workflow must refuse; checks the status and the stable code, returns the message. */
export const expectRefusal = async (
  call: Promise<unknown>,
  code: string,
  status: number,
): Promise<string> => {
  const { WorkflowError } = await import('../../src/index')
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(WorkflowError)
  const refusal = error as InstanceType<typeof WorkflowError>
  expect({ code: refusal.data?.code, status: refusal.status }).toEqual({ code, status })
  return refusal.message
}

type ErrorBody = { errors: { data?: { code?: string }; message: string }[]; message?: string }

/** A refused REST answer as `{ status, code, message }` (the code is `errors[0].data.code`). */
export const restRefusal = async (response: Response) => {
  const body = (await response.json()) as ErrorBody
  return {
    code: body.errors?.[0]?.data?.code,
    message: body.errors?.[0]?.message,
    status: response.status,
  }
}
