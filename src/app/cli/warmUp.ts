const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Asks GET /admin (redirects followed) until the dev server answers, so Next.js compiles the admin
 * while the seed runs instead of when the browser first asks. Resolves the status of the first
 * answer below 500 (a 5xx is asked again, twice: the first page may time out waiting for the
 * database the seed is filling), or undefined once `stop` is aborted.
 */
export const warmUpAdmin = async (port: number, stop: AbortSignal): Promise<number | undefined> => {
  let failures = 0
  while (!stop.aborted) {
    const status = await fetch(`http://127.0.0.1:${port}/admin`, { signal: stop }).then(
      async (response) => (await response.arrayBuffer(), response.status),
      () => undefined,
    )
    if (status !== undefined && (status < 500 || ++failures === 3)) return status
    await sleep(status === undefined ? 250 : 1000)
  }
  return undefined
}
