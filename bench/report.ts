/** What the benchmarks share: a plain text table and the PASS/FAIL lines of the targets. */

/** A target: `ratio` measured, at most `limit` to pass (1 for "at most N" targets measured as value / N). */
export interface Target {
  name: string;
  ratio: number;
  limit?: number;
  /** The figures behind the ratio, e.g. "312 ms vs 280 ms". */
  detail: string;
}

export function passes(target: Target): boolean {
  return Number.isFinite(target.ratio) && target.ratio <= (target.limit ?? 1);
}

export function targetLine(target: Target): string {
  const limit = target.limit ?? 1;
  const verdict = Number.isFinite(target.ratio) ? (passes(target) ? 'PASS' : 'FAIL') : 'n/a ';
  const ratio = Number.isFinite(target.ratio) ? `${target.ratio.toFixed(2)}x` : 'n/a';
  return `  ${verdict}  ${target.name}: ${ratio} (limit ${limit}x; ${target.detail})`;
}

export function printTargets(title: string, targets: Target[]): void {
  console.log(`${title}:`);
  for (const target of targets) console.log(targetLine(target));
}

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
