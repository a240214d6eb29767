import { startScript } from './processes'
import { baseVariant } from './variants'

export type CpuReads = Record<string, Record<string, number[]>>

/** Reads per slice, slices kept and warm-up slices dropped; report.ts describes the table with these. */
export const CPU_RUN = { reads: 60, slices: 8, warmup: 3 }

/**
 * CPU ms per anonymous read for each variant, all alive at once and asked in turn, slice after
 * slice (the order reversed every other slice), so that the machine's drift touches every variant
 * alike. The first `warmup` slices are dropped. Returns read → variant → one figure per slice.
 */
export const cpuPerRead = async ({
  env,
  reads = CPU_RUN.reads,
  slices = CPU_RUN.slices,
  slugs,
  variants,
  warmup = CPU_RUN.warmup,
}: {
  env: NodeJS.ProcessEnv
  reads?: number
  slices?: number
  slugs: string[]
  variants: string[]
  warmup?: number
}): Promise<CpuReads> => {
  const workers = await Promise.all(
    variants.map(async (variant) => ({
      child: await startScript('bench/cpuWorker.ts', {
        ...env,
        BENCH_SLUGS: slugs.join(','),
        BENCH_VARIANT: baseVariant(variant),
      }),
      variant,
    })),
  )
  const result: CpuReads = {}
  try {
    for (let slice = 0; slice < warmup + slices; slice += 1) {
      for (const read of ['detail', 'list', 'graphql']) {
        for (const { child, variant } of slice % 2 ? [...workers].reverse() : workers) {
          const ms = Number(await child.ask(`${read} ${reads}`))
          if (slice >= warmup) ((result[read] ??= {})[variant] ??= []).push(ms)
        }
      }
    }
  } finally {
    await Promise.all(workers.map(({ child }) => child.stop()))
  }
  return result
}
