/**
 * Benchmark of the command line on big inventories: `npx tsx bench/plan.ts [--sizes 1000,10000,100000] [--runs 3] [--instructions] [--keep]`.
 *
 * For each size it writes a realistic inventory .xlsx (the sample's twelve columns, ten comuni of
 * the Ambito di Cremona, Comune and ALER owners, every status, a few rows with problems) in a
 * temporary folder, then measures:
 * - read (in process): src/cli/read.ts readInventoryFile, the CLI's own reader;
 * - parse + plan: planFromGrid on that grid; layout: planSheetLayout;
 * - bare read (in process and as a child process): ExcelJS's WorkbookReader iterating the rows and
 *   nothing else (bench/bare-read.ts), the floor for any .xlsx reader built on ExcelJS; the child is
 *   `node bench/run-bare-read.js <file>`, which starts from an esbuild bundle exactly as
 *   bin/casa-piano.js does, so that both children pay the same start-up;
 * - CSV only, not a target: the floor, `node bench/run-bare-read.js --floor <file>` (csvFloor: the
 *   bare read-and-split plus one map lookup per cell and the duplicate check per code);
 * - CLI: `node bin/casa-piano.js <file> -o <tmp>.xlsx --json` as a child process, wall time and
 *   peak resident memory (GNU `/usr/bin/time -v`, or /proc/<pid>/status VmHWM).
 * Child processes run `--runs` times after one warm-up; the table shows medians. Then it checks
 * the targets (CLI <= 1.3 x the bare read and <= 400 MB at 100k rows) and prints PASS/FAIL.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { gnuTimeUsed, instructionsOf, mb, measureNode, medianOf, ms, table, type ChildRun } from './measure';
import { ROOT, ensureCliBuild } from './paths';
import { printTargets, type Target } from './report';
import { HEADERS } from '../scripts/make-sample';

const CLI = path.join(ROOT, 'bin', 'casa-piano.js');
const BARE_READ = path.join(ROOT, 'bench', 'run-bare-read.js');
const YEAR = 2022;
/** Issue #12 item 1: at 1M rows (xlsx), peak memory and wall time against the bare read; 100k CSV. */
const BIG_ROWS = 1_000_000;
const BIG_MEMORY_RATIO = 1.3;
const BIG_TIME_RATIO = 1.15;
const CSV_ROWS = 100_000;
const CSV_TIME_RATIO = 2;
/** The earlier targets at 100k rows (xlsx): CLI <= 1.3x the bare read, <= 400 MB. */
const MID_ROWS = 100_000;
const MID_TIME_RATIO = 1.3;
const MID_MB = 400;

// ---------------------------------------------------------------------------------------------
// The inventory

const WIDTHS = [14, 30, 22, 26, 12, 20, 14, 12, 10, 6, 20, 12];

/** Ten comuni of the Ambito di Cremona, with a code, a weight (share of the stock) and streets. */
const COMUNI: Array<{ name: string; code: string; weight: number; streets: string[] }> = [
  {
    name: 'Cremona',
    code: 'CR',
    weight: 40,
    streets: ['Via Giordano', 'Via Brescia', 'Via San Bernardo', 'Via Cadore'],
  },
  { name: 'Castelverde', code: 'CV', weight: 8, streets: ['Via Roma', 'Via Garibaldi'] },
  { name: 'Sesto ed Uniti', code: 'SU', weight: 6, streets: ['Via Libertà', 'Piazza Roma'] },
  { name: 'Persico Dosimo', code: 'PD', weight: 5, streets: ['Via Europa'] },
  { name: 'Spinadesco', code: 'SP', weight: 4, streets: ['Via Vittorio Veneto'] },
  { name: 'Bonemerse', code: 'BO', weight: 4, streets: ['Via Roma'] },
  { name: 'Malagnino', code: 'MA', weight: 5, streets: ['Via Mazzini', 'Via Dante'] },
  { name: 'Gadesco-Pieve Delmona', code: 'GP', weight: 6, streets: ['Via Marconi'] },
  { name: 'Stagno Lombardo', code: 'SL', weight: 5, streets: ['Via Po'] },
  { name: "Gerre de' Caprioli", code: 'GC', weight: 4, streets: ['Via Argine'] },
];
const ALER = 'ALER Brescia-Cremona-Mantova';

/** A small deterministic generator: the same files on every machine. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export type Cell = string | number | Date | null;

/** `count` realistic dwellings of the Ambito (and the usual problem rows); also used by bench/merge.ts. */
export function inventoryRows(count: number): Cell[][] {
  const next = random(count);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  const totalWeight = COMUNI.reduce((sum, comune) => sum + comune.weight, 0);
  const comuneAt = (): (typeof COMUNI)[number] => {
    let draw = next() * totalWeight;
    for (const comune of COMUNI) {
      draw -= comune.weight;
      if (draw < 0) return comune;
    }
    return COMUNI[0];
  };
  const date = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));
  const rows: Cell[][] = [];
  for (let index = 1; index <= count; index += 1) {
    const comune = comuneAt();
    const aler = next() < 0.6;
    const owner = aler ? ALER : `Comune di ${comune.name}`;
    const code = `${aler ? 'AL-' : ''}${comune.code}-${String(index).padStart(6, '0')}`;
    const surface = 35 + Math.round(next() * 75);
    const rooms = surface < 55 ? 2 : surface < 75 ? 3 : 4;
    const address = `${pick(comune.streets)} ${1 + Math.floor(next() * 150)}`;
    const serviceDraw = next();
    const service = serviceDraw < 0.9 ? 'SAP' : serviceDraw < 0.98 ? 'SAS' : 'SAT';
    let status = 'occupato';
    let when: Cell = null;
    let carenza = 'no';
    let origin = '';
    let cost: number | null = null;
    const draw = next();
    if (draw < 0.08) status = 'libero';
    else if (draw < 0.15) {
      status = 'in turnover';
      when = date(next() < 0.7 ? YEAR : YEAR + 1, 1 + Math.floor(next() * 12), 1 + Math.floor(next() * 28));
      origin = 'turnover';
    } else if (draw < 0.18) {
      status = 'in ristrutturazione';
      when = date(YEAR, 1 + Math.floor(next() * 12), 15);
      origin = 'recupero';
    } else if (draw < 0.2) {
      status = 'nuova costruzione';
      // Some offices type dates as text: the parser reads both.
      when = next() < 0.5 ? date(YEAR, 6, 1) : `01/0${1 + Math.floor(next() * 9)}/${YEAR}`;
      origin = 'nuova edificazione';
    } else if (draw < 0.23) {
      status = 'carenza manutentiva';
      carenza = 'sì';
      origin = 'carenza manutentiva';
      cost = 3000 + Math.round(next() * 120) * 100;
    }
    rows.push([code, owner, comune.name, address, service, status, when, carenza, surface, rooms, origin, cost]);
  }
  // The problems staff really meet, a handful whatever the size.
  if (rows.length >= 20) {
    rows[10] = [...rows[3]]; // duplicate code
    rows[11][5] = 'da verificare'; // unknown status
    rows[12][1] = ''; // no owner
    rows[13][5] = 'in turnover';
    rows[13][6] = '31/02/2022'; // impossible date
    rows[14][8] = 'sessanta'; // text in a number column
  }
  return rows;
}

export async function writeInventory(file: string, count: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Inventario', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADERS.map((header, index) => ({
    header,
    width: WIDTHS[index],
    ...(index === 6 ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
    ...(index === 11 ? { style: { numFmt: '#,##0 €' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const row of inventoryRows(count)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

/** The same rows as a CSV saved by Excel in Italian: ';' between fields, dates dd/mm/yyyy, UTF-8. */
export async function writeCsvInventory(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  const field = (cell: Cell): string => {
    if (cell === null) return '';
    if (cell instanceof Date) {
      const two = (value: number): string => String(value).padStart(2, '0');
      return `${two(cell.getUTCDate())}/${two(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
    }
    const text = String(cell);
    return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const write = (line: string): Promise<void> | undefined =>
    out.write(line) ? undefined : new Promise((resolve) => out.once('drain', () => resolve()));
  await write(`${HEADERS.join(';')}\n`);
  let batch = '';
  for (const row of inventoryRows(count)) {
    batch += `${row.map(field).join(';')}\n`;
    if (batch.length > 1 << 16) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

// ---------------------------------------------------------------------------------------------
// Measuring

type Format = 'xlsx' | 'csv';

interface Figures {
  rows: number;
  format: Format;
  fileMb: number;
  bare: ChildRun;
  cli: ChildRun;
  /** CSV only: the bare read-and-split plus one lookup per cell and the code check (bench/bare-read.ts csvFloor). */
  floor?: ChildRun;
  groups: number;
  /** CLI / bare wall time of each interleaved pair, lowest and highest: how much the load moved. */
  pairRange: [number, number];
  /** One-minute load average before and after the figure's runs. */
  load: [number, number];
  runs: number;
  /** With --instructions: instructions executed by one bare read, one CLI run and (CSV) one floor run (cachegrind). */
  instructions?: { bare: number; cli: number; floor?: number };
}

async function bench(
  directory: string,
  rows: number,
  format: Format,
  runs: number,
  countInstructions = false,
): Promise<Figures> {
  const file = path.join(directory, `inventario-${rows}.${format}`);
  process.stderr.write(`${rows.toLocaleString('it-IT')} alloggi, ${format}: scrittura...`);
  if (format === 'xlsx') await writeInventory(file, rows);
  else await writeCsvInventory(file, rows);
  process.stderr.write(' misure...');

  const bareArgs = [BARE_READ, file];
  const floorArgs = format === 'csv' ? [BARE_READ, '--floor', file] : undefined;
  const cliArgs = (run: number): string[] => [
    CLI,
    file,
    '--anno',
    String(YEAR),
    '-o',
    path.join(directory, `piano-${rows}-${format}-${run}.xlsx`),
    '--json',
  ];
  // One warm-up each (disk cache; builds the bare read's bundle when stale), then the measured runs.
  // The command line runs from build/cli/, made by npm run build:cli: made here when stale.
  ensureCliBuild();
  await measureNode(bareArgs);
  if (floorArgs) await measureNode(floorArgs);
  await measureNode(cliArgs(-1));
  // Bare read and command line alternate (bare first in even runs, CLI first in odd ones), so that
  // a change of load on the machine hits both alike.
  const loadBefore = loadavg()[0];
  const bareRuns: ChildRun[] = [];
  const cliRuns: ChildRun[] = [];
  const floorRuns: ChildRun[] = [];
  for (let run = 0; run < runs; run += 1) {
    if (run % 2 === 0) {
      bareRuns.push(await measureNode(bareArgs));
      cliRuns.push(await measureNode(cliArgs(run)));
    } else {
      cliRuns.push(await measureNode(cliArgs(run)));
      bareRuns.push(await measureNode(bareArgs));
    }
    // The CSV floor after each pair: not a target, only where the CLI's time goes.
    if (floorArgs) floorRuns.push(await measureNode(floorArgs));
  }
  const pairs = cliRuns.map((run, index) => run.ms / bareRuns[index].ms);
  const bare = await medianOf(runs, async (run) => bareRuns[run]);
  const cli = await medianOf(runs, async (run) => cliRuns[run]);
  const floor = floorArgs ? await medianOf(runs, async (run) => floorRuns[run]) : undefined;
  for (const [name, run] of [
    ['bare read', bare],
    ['floor', floor],
  ] as const) {
    if (run && Number(run.stdout.trim()) !== rows + 1) {
      throw new Error(`${name} counted ${run.stdout.trim()} rows, expected ${rows + 1}`);
    }
  }
  const json = JSON.parse(cli.stdout) as { gruppi: unknown[]; alloggi: number };
  let instructions: Figures['instructions'];
  if (countInstructions) {
    process.stderr.write(' istruzioni...');
    const bareCount = instructionsOf(bareArgs);
    const cliCount = bareCount === undefined ? undefined : instructionsOf(cliArgs(runs));
    const floorCount = floorArgs && cliCount !== undefined ? instructionsOf(floorArgs) : undefined;
    if (bareCount !== undefined && cliCount !== undefined) {
      instructions = { bare: bareCount, cli: cliCount, ...(floorCount === undefined ? {} : { floor: floorCount }) };
    } else process.stderr.write(' (valgrind non installato: sudo apt-get install -y valgrind)');
  }
  process.stderr.write(' fatto.\n');
  return {
    rows,
    format,
    fileMb: statSync(file).size / 1024 / 1024,
    bare,
    cli,
    ...(floor ? { floor } : {}),
    groups: json.gruppi.length,
    pairRange: [Math.min(...pairs), Math.max(...pairs)],
    load: [loadBefore, loadavg()[0]],
    runs,
    ...(instructions ? { instructions } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const ratio = (a: number | undefined, b: number | undefined): number =>
  a === undefined || b === undefined || b === 0 ? Number.NaN : a / b;
const times = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');

export function report(figures: Figures[]): Target[] {
  console.log(
    table(
      [
        'rows',
        'format',
        'file',
        'bare read',
        'CLI',
        'CLI/bare',
        'pairs',
        'bare cpu',
        'CLI cpu',
        'CLI/bare cpu',
        'load',
        'peak bare',
        'peak CLI',
        'peak ratio',
      ],
      figures.map((figure) => [
        figure.rows.toLocaleString('en-US'),
        figure.format,
        `${figure.fileMb.toFixed(1)} MB`,
        ms(figure.bare.ms),
        ms(figure.cli.ms),
        times(ratio(figure.cli.ms, figure.bare.ms)),
        `${figure.pairRange[0].toFixed(2)}-${figure.pairRange[1].toFixed(2)}x`,
        figure.bare.cpuMs === undefined ? 'n/a' : ms(figure.bare.cpuMs),
        figure.cli.cpuMs === undefined ? 'n/a' : ms(figure.cli.cpuMs),
        times(ratio(figure.cli.cpuMs, figure.bare.cpuMs)),
        `${figure.load[0].toFixed(1)}-${figure.load[1].toFixed(1)}`,
        mb(figure.bare.peakMb),
        mb(figure.cli.peakMb),
        times(ratio(figure.cli.peakMb, figure.bare.peakMb)),
      ]),
    ),
  );
  console.log(
    '\nEvery figure is a new Node process started from an esbuild bundle, wall time, median of the runs;' +
      '\nbare read and CLI alternate. CLI/bare: ratio of the medians (the targets); pairs: lowest and highest' +
      '\nratio of one CLI run to the bare read next to it; load: one-minute load average before-after.' +
      '\nbare read: xlsx = ExcelJS streaming WorkbookReader iterating the rows (bench/bare-read.ts); csv = the file' +
      "\nread, decoded and split at '\\n' and ';', nothing else. CLI: node bin/casa-piano.js <file> --anno 2022 -o <tmp>.xlsx --json" +
      '\n(read, parse, plan, plan workbook written). cpu: user+system time of the children, steadier on a busy machine.' +
      `\npeak: maximum resident set size of the child (${gnuTimeUsed() ? '/usr/bin/time -v' : '/proc VmHWM polled'}).`,
  );

  const floors = figures.filter((figure) => figure.floor);
  if (floors.length > 0) {
    console.log(
      '\n' +
        table(
          ['rows', 'format', 'bare read', 'floor', 'CLI', 'floor/bare', 'CLI/floor', 'floor/bare cpu'],
          floors.map((figure) => {
            const floor = figure.floor as ChildRun;
            return [
              figure.rows.toLocaleString('en-US'),
              figure.format,
              ms(figure.bare.ms),
              ms(floor.ms),
              ms(figure.cli.ms),
              times(ratio(floor.ms, figure.bare.ms)),
              times(ratio(figure.cli.ms, floor.ms)),
              times(ratio(floor.cpuMs, figure.bare.cpuMs)),
            ];
          }),
        ),
    );
    console.log(
      '\nfloor (not a target): the bare read-and-split plus the least a reader of every cell must do, one lookup' +
        "\nof each cell's text in a map of its column's texts and the duplicate check of each code (bench/bare-read.ts" +
        '\ncsvFloor): no value read, no problem, no count, no fingerprint, no plan, no workbook. CLI/floor is what the' +
        '\ncommand line spends on all of those.',
    );
  }

  const counted = figures.filter((figure) => figure.instructions);
  if (counted.length > 0) {
    console.log(
      '\n' +
        table(
          ['rows', 'format', 'bare read', 'CLI', 'CLI/bare', 'floor', 'floor/bare'],
          counted.map((figure) => {
            const { bare, cli, floor } = figure.instructions as NonNullable<Figures['instructions']>;
            return [
              figure.rows.toLocaleString('en-US'),
              figure.format,
              `${(bare / 1e9).toFixed(3)} G`,
              `${(cli / 1e9).toFixed(3)} G`,
              times(ratio(cli, bare)),
              floor === undefined ? '' : `${(floor / 1e9).toFixed(3)} G`,
              floor === undefined ? '' : times(ratio(floor, bare)),
            ];
          }),
        ),
    );
    console.log(
      '\nInstructions executed (valgrind --tool=cachegrind, node --single-threaded), one run each: the work' +
        '\nof a run whatever the load, the same to about 1 % from run to run. Not the target (wall time),' +
        '\nbut the figure to compare two versions of the code with on a busy machine.',
    );
  }

  const targets: Target[] = [];
  const at = (rows: number, format: Format): Figures | undefined =>
    figures.find((figure) => figure.rows === rows && figure.format === format);
  const big = at(BIG_ROWS, 'xlsx');
  if (big) {
    targets.push({
      name: `1M rows xlsx: CLI peak memory <= ${BIG_MEMORY_RATIO}x the bare read's`,
      ratio: ratio(big.cli.peakMb, big.bare.peakMb),
      limit: BIG_MEMORY_RATIO,
      detail: `${mb(big.cli.peakMb)} vs ${mb(big.bare.peakMb)}`,
    });
    targets.push({
      name: `1M rows xlsx: CLI wall time <= ${BIG_TIME_RATIO}x the bare read`,
      ratio: ratio(big.cli.ms, big.bare.ms),
      limit: BIG_TIME_RATIO,
      detail: `${ms(big.cli.ms)} vs ${ms(big.bare.ms)}; cpu ${times(ratio(big.cli.cpuMs, big.bare.cpuMs))}`,
    });
  }
  const csv = at(CSV_ROWS, 'csv');
  if (csv) {
    targets.push({
      name: `100k rows CSV: CLI <= ${CSV_TIME_RATIO}x a bare read-and-split`,
      ratio: ratio(csv.cli.ms, csv.bare.ms),
      limit: CSV_TIME_RATIO,
      detail:
        `${ms(csv.cli.ms)} vs ${ms(csv.bare.ms)}; cpu ${times(ratio(csv.cli.cpuMs, csv.bare.cpuMs))}` +
        (csv.floor ? `; floor ${times(ratio(csv.floor.ms, csv.bare.ms))}` : ''),
    });
  }
  const mid = at(MID_ROWS, 'xlsx');
  if (mid) {
    targets.push({
      name: `100k rows xlsx: CLI <= ${MID_TIME_RATIO}x the bare read`,
      ratio: ratio(mid.cli.ms, mid.bare.ms),
      limit: MID_TIME_RATIO,
      detail: `${ms(mid.cli.ms)} vs ${ms(mid.bare.ms)}`,
    });
    targets.push({
      name: `100k rows xlsx: CLI peak memory <= ${MID_MB} MB`,
      ratio: ratio(mid.cli.peakMb, MID_MB),
      detail: mb(mid.cli.peakMb),
    });
  }
  console.log('');
  if (targets.length === 0) console.log(`No target measured (sizes ${BIG_ROWS} xlsx, ${CSV_ROWS} csv).`);
  else printTargets('Targets (issue #12)', targets);
  console.log(`\nFor the table of bench/README.md and README.md:\n${readmeRow(figures)}`);
  return targets;
}

/** The run as a row of the README's table: load, then wall (/ cpu) ratios at 10k, 100k and 1M rows. */
export function readmeRow(figures: Figures[]): string {
  const cell = (rows: number, format: Format, withCpu: boolean): string => {
    const figure = figures.find((candidate) => candidate.rows === rows && candidate.format === format);
    if (!figure) return '';
    const wall = times(ratio(figure.cli.ms, figure.bare.ms));
    return withCpu ? `${wall} / ${times(ratio(figure.cli.cpuMs, figure.bare.cpuMs))}` : wall;
  };
  const loads = figures.flatMap((figure) => figure.load);
  const load = loads.length ? `${Math.min(...loads).toFixed(0)}-${Math.max(...loads).toFixed(0)}` : '';
  const runs = [...new Set(figures.map((figure) => figure.runs))].join('/');
  return `| ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, medians of ${runs} | ${load} | ${[
    cell(10_000, 'csv', false),
    cell(CSV_ROWS, 'csv', true),
    cell(BIG_ROWS, 'csv', true),
    cell(MID_ROWS, 'xlsx', false),
    cell(BIG_ROWS, 'xlsx', false),
  ].join(' | ')} |`;
}

export async function main(argv: string[]): Promise<number> {
  const option = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const sizes = (option('--sizes') ?? '10000,100000').split(',').map(Number);
  const formats = (option('--formats') ?? 'xlsx,csv').split(',') as Format[];
  /** Runs per figure: 7 below 1M rows (the CSV target is decided at 100k), 3 at 1M rows (minutes each). */
  const runsFor = (size: number): number => Number(option('--runs') ?? (size >= BIG_ROWS ? 3 : 7));
  const runs = runsFor(0);
  if (
    sizes.some((size) => !Number.isInteger(size) || size < 20) ||
    formats.some((format) => format !== 'xlsx' && format !== 'csv') ||
    !Number.isInteger(runs) ||
    runs < 1
  ) {
    throw new Error(
      'Uso: npx tsx bench/plan.ts [--sizes 10000,100000,1000000] [--formats xlsx,csv] [--runs 7] [--instructions] [--keep]',
    );
  }
  const directory = mkdtempSync(path.join(tmpdir(), 'casa-bench-'));
  try {
    const cpu = cpus();
    console.log(
      `Node ${process.version}, ${process.platform}/${process.arch}, ${cpu.length} x ${cpu[0]?.model ?? 'cpu'}; ` +
        `${sizes.map((size) => `${size.toLocaleString('en-US')} rows: ${runsFor(size)} run(s)`).join(', ')} per figure, medians; ` +
        `load average ${loadavg()
          .map((value) => value.toFixed(1))
          .join(' ')}.\n`,
    );
    const figures: Figures[] = [];
    for (const size of sizes) {
      for (const format of formats) {
        // Instructions only below 1M rows: under valgrind a million rows take minutes.
        const count = argv.includes('--instructions') && size < BIG_ROWS;
        figures.push(await bench(directory, size, format, runsFor(size), count));
        // The files of a size are not needed once measured (1M rows: about 40 MB each).
        if (!argv.includes('--keep')) rmSync(path.join(directory, `inventario-${size}.${format}`), { force: true });
      }
    }
    report(figures);
  } finally {
    if (argv.includes('--keep')) console.log(`\nFiles kept in ${directory}`);
    else rmSync(directory, { recursive: true, force: true });
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  });
}
