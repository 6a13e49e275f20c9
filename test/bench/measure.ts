// Timing helpers for `npm run bench`: medians over repeated runs, never a single timing.
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** the median milliseconds of `run` over `repeats` runs, after `warmup` unmeasured runs */
export function medianMs(run: () => unknown, repeats: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;

/**
 * times `baseline` and `subject` alternately, so that load from elsewhere on the machine falls on
 * both alike, and gives their medians and the median of the per-round ratios
 */
export function compareMs(
  baseline: () => unknown,
  subject: () => unknown,
  rounds: number,
  { warmup = 3, prepare }: { warmup?: number; prepare?: () => void } = {},
): { baseline: number; subject: number; ratio: number } {
  for (let i = 0; i < warmup; i++) {
    prepare?.();
    baseline();
    subject();
  }
  const b: number[] = [];
  const s: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    prepare?.(); // untimed work each round needs, such as a fresh index
    let start = performance.now();
    baseline();
    const tb = performance.now() - start;
    start = performance.now();
    subject();
    const ts = performance.now() - start;
    b.push(tb);
    s.push(ts);
    ratios.push(ts / tb);
  }
  return { baseline: median(b), subject: median(s), ratio: median(ratios) };
}

/** prints a bench's figures, one aligned line each */
export function printFigures(figures: Record<string, unknown>): void {
  const width = Math.max(0, ...Object.keys(figures).map((key) => key.length)) + 2;
  for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(width)} ${String(value)}`);
}

/** runs one bench from its own file (`npx tsx test/bench/<name>-bench.ts`) and prints its figures */
export function runOnItsOwn(run: () => Record<string, unknown> | Promise<Record<string, unknown>>): void {
  Promise.resolve()
    .then(run)
    .then(printFigures, (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
