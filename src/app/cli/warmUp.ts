const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Asks GET /admin (redirects followed) until the dev server answers, so Next.js compiles the admin
 * while the seed runs instead of when the browser first asks. Resolves the status of the first
 * answer, or undefined once `stop` is aborted.
 */
export const warmUpAdmin = async (port: number, stop: AbortSignal): Promise<number | undefined> => {
  while (!stop.aborted) {
    const status = await fetch(`http://127.0.0.1:${port}/admin`, { signal: stop }).then(
      async (response) => (await response.arrayBuffer(), response.status),
      () => undefined,
    )
    if (status !== undefined) return status
    await sleep(250)
  }
  return undefined
}
