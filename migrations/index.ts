export const migrations: { down: (args: never) => Promise<void>; name: string; up: (args: never) => Promise<void> }[] = []
