/**
 * The floor for reading an .xlsx inventory: ExcelJS's streaming WorkbookReader iterating the
 * first worksheet's rows and doing nothing else, with the same reader options as the command
 * line (src/cli/read.ts). Run as a child process the same way the command line runs, from an
 * esbuild bundle through a launcher like bin/casa-piano.js (bench/run-bare-read.js), so that both pay
 * the same start-up:
 *
 *   node bench/run-bare-read.js <file.xlsx|file.csv>          prints the number of rows
 *   node bench/run-bare-read.js --floor <file.csv>            the same, through csvFloor
 *   node --require tsx/cjs bench/bare-read.ts <file.xlsx>     the same through tsx
 */
import { createReadStream, readFileSync } from 'node:fs';
import { CodeIndex } from '../src/core/inventory/codes';

/**
 * The floor for a CSV inventory: the file read, decoded as UTF-8 and split into lines and fields
 * at the delimiter, nothing else (no quotes, no numbers, no dates). Returns the number of rows.
 */
export function bareCsvReadAndSplit(file: string): number {
  const text = readFileSync(file).toString('utf8');
  let rows = 0;
  let fields = 0;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    fields += line.split(';').length;
    rows += 1;
  }
  // The fields are counted so that the split cannot be optimised away.
  return fields > 0 ? rows : 0;
}

/**
 * The least any reader that looks at every cell of a CSV inventory must do, as a second floor (not
 * a target): the bare read-and-split above, plus, for every cell after the code, one lookup of its
 * text in a map of that column's texts (the parser's memory of a column, ColumnMemo, without
 * reading anything), plus, for every code, the duplicate check (the parser's own CodeIndex).
 * No value is read, no problem reported, nothing counted, no fingerprint, no plan, no workbook:
 * what the command line does on top of this is what the gap between the two shows.
 */
export function csvFloor(file: string): number {
  const text = readFileSync(file).toString('utf8');
  const columns: Map<string, { text: string }>[] = [];
  const codes = new CodeIndex();
  let rows = 0;
  let found = 0;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const cells = line.split(';');
    rows += 1;
    while (columns.length < cells.length) columns.push(new Map());
    if (codes.firstRow(cells[0], rows) !== undefined) found += 1;
    for (let index = 1; index < cells.length; index++) {
      const column = columns[index];
      let known = column.get(cells[index]);
      if (known === undefined) {
        known = { text: cells[index] };
        column.set(cells[index], known);
      }
      found += known.text.length;
    }
  }
  // What was found is counted so that the lookups cannot be optimised away.
  return found >= 0 ? rows : 0;
}

/** Rows of the first worksheet, read and dropped. */
export async function bareRead(file: string): Promise<number> {
  // Loaded here, not at the top: the CSV floor must not pay ExcelJS's start-up (about 0.2 s),
  // which it does not use and which the command line does not pay either.
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  let rows = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet as unknown as AsyncIterable<unknown>) {
      if (row) rows += 1;
    }
    break;
  }
  return rows;
}

/** The child process: prints the number of rows of the file; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  const floor = args[0] === '--floor';
  const file = floor ? args[1] : args[0];
  if (!file || (floor && !file.toLowerCase().endsWith('.csv'))) {
    process.stderr.write('Uso: node bench/run-bare-read.js <file.xlsx|file.csv> | --floor <file.csv>\n');
    return 2;
  }
  try {
    const rows = floor
      ? csvFloor(file)
      : file.toLowerCase().endsWith('.csv')
        ? bareCsvReadAndSplit(file)
        : await bareRead(file);
    process.stdout.write(`${rows}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
