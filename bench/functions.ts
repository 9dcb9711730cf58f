/**
 * The custom functions on big inputs: `node bench/run.js functions [--cells 100000] [--runs 15]`
 * (from an esbuild bundle, as in the add-in; with --expose-gc every timed call starts from a
 * clean heap, so that none pays for the garbage of another).
 *
 * QUOTA_INDIGENZA, SAT_ALLOCATION, QUOTA_FORZE_POLIZIA and QUOTA_POLIZIA_LOCALE over a column of `--cells` counts,
 * against a bare loop that reads the same cells and computes ceil(count x share) into a matrix
 * of the same shape (the least any implementation must do). Target (issue #12 item 3): each at
 * most 3x the bare loop. Medians of `--runs` rounds, in this process, measured within one run.
 */
import { QUOTA_FORZE_POLIZIA, QUOTA_INDIGENZA, QUOTA_POLIZIA_LOCALE, SAT_ALLOCATION } from '../src/functions/functions';
import { installCustomFunctionsGlobal } from '../test/helpers/custom-functions-global';
import { type Target, printTargets, table } from './report';

export const QUOTA_TARGET = 3;

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A column of counts as Excel passes a range: one row per cell. */
export function countColumn(cells: number): number[][] {
  const column: number[][] = [];
  for (let index = 0; index < cells; index++) column.push([(index * 7919) % 400]);
  return column;
}

/** The floor: read every cell, ceil(count x 30 %) in exact integer arithmetic, same shape out. */
export function bareLoop(cells: number[][]): number[][] {
  const out: number[][] = new Array(cells.length);
  for (let row = 0; row < cells.length; row++) {
    const source = cells[row];
    const line: number[] = new Array(source.length);
    for (let column = 0; column < source.length; column++) {
      line[column] = Math.floor((source[column] * 300_000 + 999_999) / 1_000_000);
    }
    out[row] = line;
  }
  return out;
}

export interface QuotaFigures {
  cells: number;
  bareMs: number;
  /** Median time and median ratio to the bare loop timed in the same round. */
  functions: { name: string; ms: number; ratio: number }[];
}

export function measureQuotas(cells: number, runs: number): QuotaFigures {
  installCustomFunctionsGlobal();
  const column = countColumn(cells);
  const calls: { name: string; call: () => unknown }[] = [
    { name: 'QUOTA_INDIGENZA', call: () => QUOTA_INDIGENZA(column, 0.2, 0.1) },
    { name: 'SAT_ALLOCATION', call: () => SAT_ALLOCATION(column, 5, 0.25) },
    { name: 'QUOTA_FORZE_POLIZIA', call: () => QUOTA_FORZE_POLIZIA(column, 0.1, 2027) },
    { name: 'QUOTA_POLIZIA_LOCALE', call: () => QUOTA_POLIZIA_LOCALE(column, 0.05, 2027) },
  ];
  const bare: number[] = [];
  const times = calls.map(() => [] as number[]);
  const ratios = calls.map(() => [] as number[]);
  // With `node --expose-gc` each call starts from a clean heap, so that none pays for another's garbage.
  const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
  const time = (action: () => unknown): number => {
    collect();
    const start = now();
    action();
    return now() - start;
  };
  // Round 0 warms up the JIT and is not counted. Each round times the bare loop right before
  // each function: the ratio is taken within the round, then the median of the rounds.
  for (let run = 0; run <= runs; run++) {
    calls.forEach((entry, index) => {
      const floor = time(() => bareLoop(column));
      const spent = time(entry.call);
      if (run === 0) return;
      bare.push(floor);
      times[index].push(spent);
      ratios[index].push(spent / floor);
    });
  }
  return {
    cells,
    bareMs: median(bare),
    functions: calls.map((entry, index) => ({
      name: entry.name,
      ms: median(times[index]),
      ratio: median(ratios[index]),
    })),
  };
}

export function quotaTargets(figures: QuotaFigures): Target[] {
  return figures.functions.map((fn) => ({
    name: `${fn.name} over ${figures.cells.toLocaleString('en-US')} cells <= ${QUOTA_TARGET}x a bare loop`,
    ratio: fn.ratio,
    limit: QUOTA_TARGET,
    detail: `${fn.ms.toFixed(1)} ms vs ${figures.bareMs.toFixed(1)} ms`,
  }));
}

export function option(argv: string[], name: string, fallback: number): number {
  const index = argv.indexOf(name);
  return index >= 0 ? Number(argv[index + 1]) : fallback;
}

/** `node bench/run.js functions [--cells 100000] [--runs 15]` */
export async function main(argv: string[]): Promise<number> {
  const figures = measureQuotas(option(argv, '--cells', 100_000), option(argv, '--runs', 15));
  console.log(
    table(
      ['function', 'median', 'vs bare loop (same round)'],
      [
        ['bare loop', `${figures.bareMs.toFixed(1)} ms`, '1.00x'],
        ...figures.functions.map((fn) => [fn.name, `${fn.ms.toFixed(1)} ms`, `${fn.ratio.toFixed(2)}x`]),
      ],
    ),
  );
  console.log('');
  printTargets('Custom functions (issue #12 item 3)', quotaTargets(figures));
  return 0;
}
