/**
 * The floor for merging communications: every sheet of every file read once with the command
 * line's own reader (readWorkbookSheets, src/cli/read.ts) and nothing else: no parsing, no merge,
 * no plan. Run as a child process the way the command line runs, from an esbuild bundle
 * (bench/run-read-files.js), so that both pay the same start-up:
 *
 *   node bench/run-read-files.js <cartella>     prints the number of rows read
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { readWorkbookSheets } from '../src/cli/read';

/** Rows of every sheet of every .xlsx in `folder`, read and dropped one file at a time. */
export async function readFiles(folder: string): Promise<number> {
  let rows = 0;
  for (const name of readdirSync(folder)
    .filter((entry) => entry.endsWith('.xlsx'))
    .sort()) {
    for (const sheet of await readWorkbookSheets(path.join(folder, name))) rows += sheet.grid.length;
  }
  return rows;
}

export async function main(args: string[]): Promise<number> {
  const folder = args[0];
  if (!folder) {
    process.stderr.write('Uso: node bench/run-read-files.js <cartella>\n');
    return 2;
  }
  try {
    process.stdout.write(`${await readFiles(folder)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${String(error)}\n`);
    return 1;
  }
}
