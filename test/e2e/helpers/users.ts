export const PASSWORD = 'e2e-password-2024'

export const PEOPLE = {
  admin: { email: 'admin@example.org', name: 'Ada Admin', roles: ['admin'] },
  editor: { email: 'editor@example.org', name: 'Emma Editor', roles: ['editor'] },
  editor2: { email: 'editor2@example.org', name: 'Eli Second-Editor', roles: ['editor'] },
  reviewer: { email: 'reviewer@example.org', name: 'Rita Reviewer', roles: ['reviewer'] },
  reviewer2: { email: 'reviewer2@example.org', name: 'Rob Second-Reviewer', roles: ['reviewer'] },
  translator: { email: 'translator@example.org', name: 'Théo Translator', roles: ['translator'] },
} as const

const json = async (res: Response) => {
  const body = (await res.json()) as Record<string, unknown>
  if (!res.ok) throw new Error(`${res.status}: ${JSON.stringify(body)}`)
  return body
}

/** Creates the accounts over REST: the first through the first-user sign-up (it becomes admin), then the rest as that admin. */
export const createPeople = async (url: string) => {
  const headers = { 'content-type': 'application/json' }
  await json(
    await fetch(`${url}/api/users/first-register`, {
      body: JSON.stringify({ ...PEOPLE.admin, password: PASSWORD }),
      headers,
      method: 'POST',
    }),
  )
  const { token } = (await json(
    await fetch(`${url}/api/users/login`, {
      body: JSON.stringify({ email: PEOPLE.admin.email, password: PASSWORD }),
      headers,
      method: 'POST',
    }),
  )) as { token: string }
  for (const person of Object.values(PEOPLE).filter((person) => person !== PEOPLE.admin)) {
    await json(
      await fetch(`${url}/api/users`, {
        body: JSON.stringify({ ...person, password: PASSWORD }),
        headers: { ...headers, authorization: `JWT ${token}` },
        method: 'POST',
      }),
    )
  }
}
