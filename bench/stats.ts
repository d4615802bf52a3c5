/** Percentile of a sorted list of numbers (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** Times `fn` once per input (after `warmup` untimed rounds) and returns the sorted latencies in ms. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown, warmup = 1): number[] {
  for (let w = 0; w < warmup; w++) for (const input of inputs) fn(input);
  const times: number[] = [];
  for (const input of inputs) {
    const start = process.hrtime.bigint();
    fn(input);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b);
}

/** "1.23" with a fixed number of decimals, padded for a table. */
export const fmt = (n: number, width = 9, decimals = 3) => n.toFixed(decimals).padStart(width);
