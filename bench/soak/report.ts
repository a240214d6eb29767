import type { SoakConfig } from './config'
import type { Check } from './invariants'
import type { PhaseLog, PhaseTimes } from './phases'
import type { Record } from './recorder'

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
const label = (status: number) =>
  status === -1 ? 'hung' : status === 0 ? 'conn-error' : String(status)
const counts = (records: Record[]) => {
  const by = new Map<string, number>()
  for (const r of records) by.set(label(r.status), (by.get(label(r.status)) ?? 0) + 1)
  return [...by]
    .sort()
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ')
}

/** The run's figures and the invariants as text; the caller prints it. */
export const report = (
  cfg: SoakConfig,
  records: Record[],
  checks: Check[],
  log: PhaseLog,
  times: PhaseTimes,
  seconds: number,
): string => {
  const lines = [
    `Soak: ${seconds.toFixed(0)} s of load (SOAK_SECONDS=${cfg.SOAK_SECONDS}), ${records.length} requests (${(records.length / seconds).toFixed(1)}/s), process 0: ${records.filter((r) => r.proc === 0).length}, process 1: ${records.filter((r) => r.proc === 1).length}`,
  ]
  lines.push(
    `Per status: ${counts(records)}`,
    '',
    'kind                       count   p50 ms   p99 ms   max ms  statuses',
  )
  for (const kind of [...new Set(records.map((r) => r.kind))].sort()) {
    const of = records.filter((r) => r.kind === kind)
    const ms = of.map((r) => r.ms).sort((a, b) => a - b)
    lines.push(
      `${kind.padEnd(25)} ${String(of.length).padStart(6)} ${String(percentile(ms, 50)).padStart(8)} ${String(percentile(ms, 99)).padStart(8)} ${String(ms.at(-1)).padStart(8)}  ${counts(of)}`,
    )
  }
  lines.push(
    '',
    'Phases:',
    ...(log.length
      ? log.map(({ at, what }) => `  ${new Date(at).toISOString()} ${what}`)
      : ['  (none)']),
  )
  if (times.pgDown) {
    const { startedAt, stoppedAt } = times.pgDown
    const gap = records.filter((r) => r.end >= stoppedAt && r.start <= startedAt + 1000)
    lines.push(
      `  requests in the PostgreSQL gap (${new Date(stoppedAt).toISOString()} to 1 s after restart): ${gap.length}, ${counts(gap) || 'none'}`,
    )
    for (const proc of [0, 1]) {
      const first = records
        .filter((r) => r.proc === proc && r.status === 200 && r.start > startedAt)
        .sort((a, b) => a.start - b.start)[0]
      lines.push(
        `  process ${proc}: first 200 ${first ? `${first.end - startedAt} ms after PostgreSQL was back` : 'never'}`,
      )
    }
  }
  lines.push('', 'Invariants:')
  for (const c of checks) {
    lines.push(
      `  ${c.violations.length ? 'FAIL' : 'ok  '} ${c.name}: ${c.checked} checked, ${c.violations.length} violations${c.notes ? ` (${c.notes})` : ''}`,
    )
    for (const v of c.violations.slice(0, 12)) lines.push(`         - ${v}`)
    if (c.violations.length > 12) lines.push(`         … and ${c.violations.length - 12} more`)
  }
  const failed = checks.filter((c) => c.violations.length).length
  lines.push(
    '',
    failed
      ? `SOAK FAILED: ${failed} of ${checks.length} invariants violated.`
      : `SOAK PASSED: ${checks.length} invariants hold.`,
  )
  return lines.join('\n')
}
