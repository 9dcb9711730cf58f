/**
 * Benchmark of the capofila's merge (issue #11): `npx tsx bench/merge.ts [--files 30] [--rows 5000] [--runs 3] [--keep]`.
 *
 * It writes `--files` communication workbooks of `--rows` dwellings each, as the add-in makes them
 * (`layoutCommunication`: Istruzioni, Alloggi as an Excel table with drop-down lists, Scelte
 * dell'ente with the owner's choices), one owner each, into a temporary folder, then measures:
 * - read once (in process): every sheet of every file with the command line's reader
 *   (readWorkbookSheets), nothing else: the floor;
 * - merge (in process): runAmbito, the command line's merge: read, parse, fold, plan, sheets;
 * - read once child / CLI child: `node bench/run-read-files.js <folder>` and
 *   `node bin/casa-piano.js <folder> --json -o <tmp>.xlsx` as new processes (same start-up, both
 *   from an esbuild bundle): wall time, CPU time and peak resident memory;
 * and prints each as a ratio to reading the same files once.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runAmbito } from '../src/cli/ambito';
import { readWorkbookSheets } from '../src/cli/read';
import { writeLayoutsWorkbook } from '../test/support/exceljs-writer';
import { layoutCommunication } from '../src/core/communication/layout';
import { matchHeaders } from '../src/core/inventory';
import { defaultParams } from '../src/core/plan/params';
import { HEADERS } from '../scripts/make-sample';
import { gnuTimeUsed, mb, measureNode, median, medianOf, ms, table, timed } from './measure';
import { ROOT, ensureCliBuild } from './paths';
import { inventoryRows } from './plan';

const CLI = path.join(ROOT, 'bin', 'casa-piano.js');
const READ_FILES = path.join(ROOT, 'bench', 'run-read-files.js');
const YEAR = 2022;

/** One owner's communication: `rows` dwellings of its own, codes unique across the Ambito. */
async function writeCommunication(folder: string, index: number, rows: number): Promise<string> {
  const ente = index % 10 === 9 ? `ALER Bench ${index}` : `Comune di Bench ${index}`;
  const comune = `Bench ${index}`;
  const grid: unknown[][] = [HEADERS];
  for (const row of inventoryRows(rows)) {
    grid.push([`B${index}-${String(row[0])}`, row[1] === '' ? '' : ente, comune, ...row.slice(3)]);
  }
  const book = layoutCommunication({
    ente,
    anno: YEAR,
    values: index % 3 === 0 ? { maggiorazione: 0.1, satRichiesti: 2 } : { satRichiesti: 1 },
    inventory: { grid, columns: matchHeaders(HEADERS).columns },
    generatedAt: new Date(Date.UTC(2021, 9, 1)),
  });
  const file = path.join(folder, book.fileName);
  await writeLayoutsWorkbook(book.sheets, file);
  return file;
}

async function readOnce(files: string[]): Promise<number> {
  let count = 0;
  for (const file of files) for (const sheet of await readWorkbookSheets(file)) count += sheet.grid.length;
  return count;
}

async function mainBench(argv: string[]): Promise<void> {
  const option = (name: string, fallback: number): number => {
    const index = argv.indexOf(name);
    return index >= 0 ? Number(argv[index + 1]) : fallback;
  };
  const fileCount = option('--files', 30);
  const rows = option('--rows', 5000);
  const runs = option('--runs', 3);
  if (![fileCount, rows, runs].every((value) => Number.isInteger(value) && value >= 1) || rows < 20) {
    throw new Error('Uso: npx tsx bench/merge.ts [--files 30] [--rows 5000] [--runs 3] [--keep]');
  }
  const directory = mkdtempSync(path.join(tmpdir(), 'casa-bench-merge-'));
  const folder = path.join(directory, 'comunicazioni');
  mkdirSync(folder);
  try {
    console.log(`Node ${process.version}, ${process.platform}/${process.arch}; ${runs} run(s) per figure, medians.`);
    process.stderr.write(`${fileCount} comunicazioni da ${rows.toLocaleString('it-IT')} alloggi: scrittura...`);
    const files: string[] = [];
    for (let index = 0; index < fileCount; index += 1) files.push(await writeCommunication(folder, index, rows));
    const megabytes = files.reduce((sum, file) => sum + statSync(file).size, 0) / 1024 / 1024;
    process.stderr.write(' misure...');

    const readMs: number[] = [];
    const mergeMs: number[] = [];
    let groups = 0;
    let dwellings = 0;
    // Run 0 warms up the JIT and the disk cache and is not counted.
    for (let run = 0; run <= runs; run += 1) {
      const read = await timed(() => readOnce(files));
      const merged = await timed(() =>
        runAmbito(files, { params: defaultParams(YEAR), annoIndicato: true, scenari: [], now: new Date() }),
      );
      if (run > 0) {
        readMs.push(read.ms);
        mergeMs.push(merged.ms);
      }
      groups = merged.value.plan.gruppi.length;
      dwellings = merged.value.plan.alloggi;
    }

    ensureCliBuild();
    const readArgs = [READ_FILES, folder];
    const cliArgs = (run: number): string[] => [
      CLI,
      folder,
      '--anno',
      String(YEAR),
      '--json',
      '-o',
      path.join(directory, `piano-${run}.xlsx`),
    ];
    // One warm-up each (disk cache; builds the reader's bundle when stale), then the measured runs.
    await measureNode(readArgs);
    await measureNode(cliArgs(-1));
    const readChild = await medianOf(runs, () => measureNode(readArgs));
    const cli = await medianOf(runs, (run) => measureNode(cliArgs(run)));
    const json = JSON.parse(cli.stdout) as { gruppi: unknown[]; comunicazioni: unknown[] };
    if (json.gruppi.length !== groups || json.comunicazioni.length !== fileCount) {
      throw new Error('the command line and the in-process merge disagree');
    }
    process.stderr.write(' fatto.\n\n');

    const ratio = (a: number | undefined, b: number | undefined): string =>
      a === undefined || b === undefined ? 'n/a' : `${(a / b).toFixed(2)}x`;
    console.log(
      table(
        [
          'files x rows',
          'size',
          'read once',
          'merge',
          'merge/read',
          'read child',
          'CLI child',
          'CLI/read',
          'CLI/read cpu',
          'peak read',
          'peak CLI',
          'peak CLI/read',
        ],
        [
          [
            `${fileCount} x ${rows.toLocaleString('en-US')}`,
            `${megabytes.toFixed(1)} MB`,
            ms(median(readMs)),
            ms(median(mergeMs)),
            ratio(median(mergeMs), median(readMs)),
            ms(readChild.ms),
            ms(cli.ms),
            ratio(cli.ms, readChild.ms),
            ratio(cli.cpuMs, readChild.cpuMs),
            mb(readChild.peakMb),
            mb(cli.peakMb),
            ratio(cli.peakMb, readChild.peakMb),
          ],
        ],
      ),
    );
    console.log(
      `\n${dwellings.toLocaleString('en-US')} dwellings merged into ${groups} groups.` +
        '\nread once / merge: in this process (readWorkbookSheets over every sheet of every file / runAmbito).' +
        '\n*child: a new Node process from an esbuild bundle, wall time; CLI = node bin/casa-piano.js <folder> --json.' +
        `\npeak: maximum resident set size of the child (${gnuTimeUsed() ? '/usr/bin/time -v' : '/proc VmHWM polled'}).`,
    );
  } finally {
    if (argv.includes('--keep')) console.log(`\nFiles kept in ${directory}`);
    else rmSync(directory, { recursive: true, force: true });
  }
}

/** The entry of `node bench/run.js merge` (every benchmark exports main). */
export async function main(argv: string[]): Promise<number> {
  await mainBench(argv);
  return 0;
}

if (require.main === module) {
  mainBench(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  });
}
