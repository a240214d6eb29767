type StatusLike = {
  state: string
  transitions: { allowed: boolean; name: string }[]
  translations: Record<
    string,
    { status: string; transitions: { allowed: boolean; name: string }[] }
  >
}

/**
 * What the panel shows of a document's workflow status, in one string: the states and the moves open
 * to the caller. A save that leaves it unchanged needs no refresh of the page.
 */
export const statusSignature = (status: StatusLike): string =>
  [
    status.state,
    ...status.transitions.filter((move) => move.allowed).map((move) => move.name),
    ...Object.entries(status.translations).map(
      ([locale, translation]) =>
        `${locale}:${translation.status}:${translation.transitions
          .filter((move) => move.allowed)
          .map((move) => move.name)
          .join(',')}`,
    ),
  ].join('|')
