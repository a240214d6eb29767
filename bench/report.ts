import os from 'node:os'

import type { Answer } from './answer'
import { CPU_RUN, type CpuReads } from './cpu'
import type { Measure } from './load'

export type Results = {
  answers: Record<string, Answer>
  counts: { n: number; versions: number }
  cpu: CpuReads
  measures: Record<string, Measure[]>
  rss: Record<string, number>
  sql: Record<string, number>
  transitions: {
    approve: number[]
    httpApprove: number[]
    httpPlain: number[]
    httpPublish: number[]
    plain: number[]
    publish: number[]
    vanillaDraft: number[]
    vanillaPublish: number[]
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const fixed = (value: number, digits = 2) =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a'
/** Round i of one series over round i of another: both measured within the same few seconds. */
const perRound = (xs: number[], ys: number[]) => xs.map((x, i) => x / ys[i]!)
const quartiles = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
  return sorted.length ? `${fixed(at(0.25))}–${fixed(at(0.75))}` : 'n/a'
}
const verdict = (ok: boolean) => (ok ? 'yes' : '**no**')

const spread = (xs: number[]) =>
  xs.length ? `${fixed(Math.min(...xs))}–${fixed(Math.max(...xs))}` : 'n/a'

/** Two processes of each side: the first and the second (A and A2, B and B2), as one series. */
const both = (first: number[] = [], second: number[] = []) => [...first, ...second]

/**
 * In-process CPU per read: the plugin's share (P/A) apart from the rest of the app's, beside A2/A
 * and B2/B, a second process of each side against the first: what the same code measures differently.
 */
const cpuTable = (cpu: CpuReads): string[] => {
  const lines = [
    `CPU per anonymous read in-process (detail and list through the Local API with \`overrideAccess: false\`, the access and hooks REST applies; graphql through Payload's GraphQL route handler, the same query as above; no HTTP, no load generator): A and A2 (two processes of A), P (A + the workflow plugin alone), B and B2 (two processes of B) alive at once, each read ${CPU_RUN.reads} times per slice, slice after slice in alternating order, ${CPU_RUN.warmup} warm-up slices dropped; ${CPU_RUN.slices} slices. A and B: medians over both processes of the side. "by slice": the spread of each slice's ratio. A2/A and B2/B are the noise floor: the same code, in two processes.`,
    '',
    '| read | A CPU ms | P CPU ms | B CPU ms | A2/A, B2/B (same code) | P/A | P/A by slice | B/A | B/A by slice |',
    '|---|---|---|---|---|---|---|---|---|',
  ]
  for (const [read, byVariant] of Object.entries(cpu)) {
    const [a, a2, p, b, b2] = ['A', 'A2', 'P', 'B', 'B2'].map((variant) => byVariant[variant] ?? [])
    const aBoth = median(both(a, a2))
    lines.push(
      `| ${read} | ${fixed(aBoth)} | ${fixed(median(p!))} | ${fixed(median(both(b, b2)))} | ${fixed(median(a2!) / median(a!))}, ${fixed(median(b2!) / median(b!))} | ${fixed(median(p!) / aBoth)} | ${spread(both(perRound(p!, a!), perRound(p!, a2!)))} | ${fixed(median(both(b, b2)) / aBoth)} | ${spread(both(perRound(b!, a!), perRound(b2!, a2!)))} |`,
    )
  }
  return [...lines, '']
}

/** What A and B answer to the same read: the data B adds for readers, which every layer pays for per value. */
const answerTable = (answers: Record<string, Answer>): string[] => {
  const lines = [
    'What one anonymous read answers (the first slug; the same every run): bytes, and values (every JSON leaf, `null` included). The sitemap rows are different requests (A: a REST read of every slug; B: its sitemap endpoint).',
    '',
    '| hot path | bytes A / B | B/A | values A / B | B/A |',
    '|---|---|---|---|---|',
  ]
  for (const path of ['detail', 'list', 'sitemap', 'graphql']) {
    const [a, b] = [answers[`${path}:A`], answers[`${path}:B`]]
    if (!a || !b) continue
    lines.push(
      `| ${path} | ${a.bytes} / ${b.bytes} | ${fixed(b.bytes / a.bytes)} | ${a.values} / ${b.values} | ${fixed(b.values / a.values)} |`,
    )
  }
  return [...lines, '']
}

type Part = { margin: number; noise: number; ok: boolean }
/**
 * A goal of several ratios, judged against how far the same code moved in this run: a ratio nearer
 * its threshold than that cannot say which side it is on. "yes" needs every ratio on the right side
 * by more than the noise; "no" needs one on the wrong side by more than the noise.
 */
const judge = (parts: Part[]) => {
  const ok = parts.every((part) => part.ok)
  const conclusive = ok
    ? parts.every((part) => part.margin > part.noise)
    : parts.some((part) => !part.ok && part.margin > part.noise)
  return conclusive ? verdict(ok) : `${ok ? 'yes' : 'no'}, not conclusive`
}

/** The markdown table of medians and ratios, with the goals of issue [6/6] and the machine line. */
export const report = (
  results: Results,
  run: {
    command: string
    measured: number
    ramp: number
    rounds: number
    seconds: number
    warmup: number
  },
): string => {
  const m = (key: string, pick: (value: Measure) => number) =>
    median((results.measures[key] ?? []).map(pick))
  const lines: string[] = []
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  lines.push('# Benchmark results', '')
  lines.push(
    `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.type()} ${os.release()}; ${new Date().toISOString().slice(0, 16)} UTC.`,
  )
  lines.push(
    `Run: \`${run.command}\`, ${fixed(run.seconds / 60, 1)} min. Data: ${results.counts.n} policy statements in EN and FR, ${results.counts.versions} versions, 500 images, 200 recordings, on one throwaway PostgreSQL 17.`,
  )
  lines.push(
    `Servers, one after another on the same port and data, ${run.rounds} interleaved rounds (A, B, C, B on 100 documents, A2, B2, every other round in reverse order; A2 and B2 are A and B again in fresh processes, so A2/A and B2/B are how far the same code moves in this run); each server first serves every path for ${run.warmup} s unmeasured (B on 100 documents, which serves only the list, serves it as long; C, hand-written SQL, 1 s), then per path ${run.ramp} s ramp-up and ${run.measured} s measured at 10 connections (2 for the sitemap page of 1,000 slugs; autocannon); medians of the rounds, A and B over both their processes (${2 * run.rounds} each). A: Payload 3.90.1 with the same collections and published-only read access, without the plugin. B: this project. C: node:http + hand-written SQL (\`pg\`). CPU ms/req: the server process’s user + system time during the measured seconds, divided by the requests it answered. Goal met: “not conclusive” when a ratio is nearer its threshold than the same code moved (A2/A or B2/B, whichever moved more).`,
    '',
  )
  lines.push(
    '| hot path | A req/s | B req/s | C req/s | B/A throughput | B/A by round | A p99 ms | B p99 ms | p99 B/A | CPU ms/req A / B / C | CPU B/A | same code: A2/A, B2/B throughput | same code: A2/A, B2/B p99 | goal met |',
  )
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|')
  for (const path of ['detail', 'list', 'sitemap', 'graphql']) {
    const series = (v: string) => results.measures[`${path}:${v}`] ?? []
    const side = (v: 'A' | 'B', pick: (value: Measure) => number) =>
      median(both(series(v).map(pick), series(`${v}2`).map(pick)))
    const rps = (v: string) => m(`${path}:${v}`, (x) => x.rps)
    const p99 = (v: string) => m(`${path}:${v}`, (x) => x.p99)
    const [rpsA, rpsB] = [side('A', (x) => x.rps), side('B', (x) => x.rps)]
    const [p99A, p99B] = [side('A', (x) => x.p99), side('B', (x) => x.p99)]
    const [cpuA, cpuB] = [side('A', (x) => x.cpuMs), side('B', (x) => x.cpuMs)]
    const throughput = rpsB / rpsA
    const tail = p99B / Math.max(p99A, 1)
    const sameRps = [rps('A2') / rps('A'), rps('B2') / rps('B')]
    const sameP99 = [p99('A2') / Math.max(p99('A'), 1), p99('B2') / Math.max(p99('B'), 1)]
    const noise = (ratios: number[]) => Math.max(...ratios.map((ratio) => Math.abs(ratio - 1)))
    // Each round's B against the same round's A, and B2 against A2: the spread shows how much the machine moved.
    const byRound = (b: string, a: string) =>
      series(b).map((x, i) => x.rps / (series(a)[i]?.rps ?? Number.NaN))
    const goal = judge([
      { margin: Math.abs(throughput - 0.95), noise: noise(sameRps), ok: throughput >= 0.95 },
      { margin: Math.abs(tail - 1.1), noise: noise(sameP99), ok: tail <= 1.1 },
    ])
    lines.push(
      `| ${path} | ${fixed(rpsA, 0)} | ${fixed(rpsB, 0)} | ${fixed(rps('C'), 0)} | ${fixed(throughput)} | ${spread(both(byRound('B', 'A'), byRound('B2', 'A2')))} | ${fixed(p99A, 0)} | ${fixed(p99B, 0)} | ${fixed(tail)} | ${fixed(cpuA, 1)} / ${fixed(cpuB, 1)} / ${fixed(
        m(`${path}:C`, (x) => x.cpuMs),
        1,
      )} | ${fixed(cpuB / cpuA)} | ${sameRps.map((x) => fixed(x)).join(', ')} | ${sameP99.map((x) => fixed(x)).join(', ')} | ${goal} |`,
    )
  }
  const errors = Object.entries(results.measures).filter(([, values]) =>
    values.some((value) => value.non2xx > 0),
  )
  lines.push(
    '',
    errors.length
      ? `Requests that failed: ${errors.map(([key]) => key).join(', ')}.`
      : 'Every request answered 2xx.',
    '',
  )
  const sql = results.sql
  const listRatio = sql['list100:B']! / sql['list10:B']!
  const scale =
    m('list:B', (x) => 1000 / Math.max(x.rps, 1)) / m('list:B100', (x) => 1000 / Math.max(x.rps, 1))
  lines.push('| measure | value | goal | met |', '|---|---|---|---|')
  lines.push(
    `| SQL statements per anonymous detail read, A / B | ${sql['detail:A']} / ${sql['detail:B']} | no extra | ${verdict(sql['detail:B']! <= sql['detail:A']!)} |`,
  )
  lines.push(
    `| SQL statements per list of 10, A / B | ${sql['list10:A']} / ${sql['list10:B']} | no extra | ${verdict(sql['list10:B']! <= sql['list10:A']!)} |`,
  )
  lines.push(
    `| SQL statements per list of 100, A / B | ${sql['list100:A']} / ${sql['list100:B']} | | |`,
  )
  lines.push(
    `| queries at limit 100 / limit 10 (B) | ${fixed(listRatio)} | ≤ 1.2 | ${verdict(listRatio <= 1.2)} |`,
  )
  lines.push(
    `| list latency, 5k docs / 100 docs (B, mean latency from req/s) | ${fixed(scale)} | ≤ 1.3 | ${verdict(scale <= 1.3)} |`,
  )
  const { plain, vanillaDraft, vanillaPublish } = results.transitions
  const paired = (label: string, xs: number[], ys: number[]) => {
    const ratios = perRound(xs, ys)
    return {
      ratio: median(ratios),
      text: `${label} (median of ${ratios.length} rounds' ratios, middle half ${quartiles(ratios)}; median ${fixed(median(xs), 1)} ms / ${fixed(median(ys), 1)} ms)`,
    }
  }
  for (const name of ['approve', 'publish'] as const) {
    const { ratio, text } = paired(
      `${name} transition / plain update of the same round`,
      results.transitions[name],
      plain,
    )
    lines.push(`| ${text} | ${fixed(ratio)} | ≤ 1.5 | ${verdict(ratio <= 1.5)} |`)
  }
  for (const [name, samples] of [
    ['approve', results.transitions.httpApprove],
    ['publish', results.transitions.httpPublish],
  ] as const) {
    const { ratio, text } = paired(
      `admin's path (REST over HTTP): ${name} button / Save Draft of the same round`,
      samples,
      results.transitions.httpPlain,
    )
    lines.push(`| ${text} | ${fixed(ratio)} | ≤ 1.0 | ${verdict(ratio <= 1)} |`)
  }
  const vanilla = paired(
    'for reference, vanilla Payload (A): publish / draft save of the same document and round',
    vanillaPublish,
    vanillaDraft,
  )
  lines.push(`| ${vanilla.text} | ${fixed(vanilla.ratio)} | | |`)
  lines.push(
    `| server RSS after the run, A / B / C (MB) | ${fixed(results.rss.A ?? 0, 0)} / ${fixed(results.rss.B ?? 0, 0)} / ${fixed(results.rss.C ?? 0, 0)} | reported | |`,
  )
  lines.push('', ...answerTable(results.answers), ...cpuTable(results.cpu))
  return `${lines.join('\n')}\n`
}
