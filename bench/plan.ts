/**
 * Benchmark of the command line on big inventories: `npx tsx bench/plan.ts [--sizes 1000,10000,100000] [--runs 3] [--keep]`.
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
 * - CLI: `node bin/casa-piano.js <file> -o <tmp>.xlsx --json` as a child process, wall time and
 *   peak resident memory (GNU `/usr/bin/time -v`, or /proc/<pid>/status VmHWM).
 * Child processes run `--runs` times after one warm-up; the table shows medians. Then it checks
 * the targets (CLI <= 1.3 x the bare read and <= 400 MB at 100k rows) and prints PASS/FAIL.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readInventoryFile } from '../src/cli/read';
import { planFromGrid, planSheetLayout } from '../src/core/pipeline';
import { presetById } from '../src/core/plan/presets';
import { bareRead } from './bare-read';
import { gnuTimeUsed, mb, measureNode, median, medianOf, ms, table, timed, type ChildRun } from './measure';
const { BUNDLE, ENTRY, buildBundle, isStale } = require('../scripts/build-cli.js') as {
  BUNDLE: string;
  ENTRY: string;
  buildBundle: (entry: string, outfile: string) => void;
  isStale: (bundle: string, sources: string[]) => boolean;
};
import { HEADERS } from '../scripts/make-sample';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'bin', 'casa-piano.js');
const BARE_READ = path.join(ROOT, 'bench', 'run-bare-read.js');
const YEAR = 2022;
const TARGET_RATIO = 1.3;
const TARGET_MB = 400;
const TARGET_ROWS = 100_000;

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

async function writeInventory(file: string, count: number): Promise<void> {
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

// ---------------------------------------------------------------------------------------------
// Measuring

interface Figures {
  rows: number;
  fileMb: number;
  readMs: number;
  planMs: number;
  layoutMs: number;
  bareInProcessMs: number;
  bareChild: ChildRun;
  cli: ChildRun;
  groups: number;
}

async function bench(directory: string, rows: number, runs: number): Promise<Figures> {
  const file = path.join(directory, `inventario-${rows}.xlsx`);
  process.stderr.write(`${rows.toLocaleString('it-IT')} alloggi: scrittura...`);
  await writeInventory(file, rows);
  process.stderr.write(' misure...');

  const params = presetById('regione')!.params(YEAR);
  const readMs: number[] = [];
  const planMs: number[] = [];
  const layoutMs: number[] = [];
  const bareMs: number[] = [];
  let groups = 0;
  // Run 0 warms up the JIT and the disk cache and is not counted.
  for (let run = 0; run <= runs; run += 1) {
    const keep = run > 0;
    const bare = await timed(() => bareRead(file));
    if (keep) bareMs.push(bare.ms);
    const read = await timed(() => readInventoryFile(file));
    if (keep) readMs.push(read.ms);
    const planned = await timed(() => planFromGrid(read.value, params));
    if (keep) planMs.push(planned.ms);
    const { plan, fingerprint } = planned.value;
    if (!plan || !fingerprint) throw new Error('the generated inventory could not be planned');
    groups = plan.gruppi.length;
    const layout = await timed(() => planSheetLayout({ plan, fingerprint }, { generatedAt: new Date() }));
    if (keep) layoutMs.push(layout.ms);
  }

  const bareArgs = [BARE_READ, file];
  const cliArgs = (run: number): string[] => [
    CLI,
    file,
    '--anno',
    String(YEAR),
    '-o',
    path.join(directory, `piano-${rows}-${run}.xlsx`),
    '--json',
  ];
  // One warm-up each (disk cache; builds the bare read's bundle when stale), then the measured runs.
  // The command line runs from build/cli/, made by npm run build:cli: made here when stale.
  if (isStale(BUNDLE, [path.join(ROOT, 'src'), path.join(ROOT, 'package.json')])) buildBundle(ENTRY, BUNDLE);
  await measureNode(bareArgs);
  await measureNode(cliArgs(-1));
  const bareChild = await medianOf(runs, () => measureNode(bareArgs));
  const cli = await medianOf(runs, (run) => measureNode(cliArgs(run)));
  if (Number(bareChild.stdout.trim()) !== rows + 1) {
    throw new Error(`bare read counted ${bareChild.stdout.trim()} rows, expected ${rows + 1}`);
  }
  const json = JSON.parse(cli.stdout) as { gruppi: unknown[] };
  if (json.gruppi.length !== groups) throw new Error('the CLI and the in-process plan disagree');
  process.stderr.write(' fatto.\n');
  return {
    rows,
    fileMb: statSync(file).size / 1024 / 1024,
    readMs: median(readMs),
    planMs: median(planMs),
    layoutMs: median(layoutMs),
    bareInProcessMs: median(bareMs),
    bareChild,
    cli,
    groups,
  };
}

// ---------------------------------------------------------------------------------------------
// Report

function report(figures: Figures[]): void {
  console.log(
    table(
      [
        'rows',
        'file',
        'read (CLI reader)',
        'parse+plan',
        'layout',
        'bare read',
        'bare read child',
        'CLI child',
        'CLI/bare child',
        'CLI/bare',
        'CLI/bare cpu',
        'peak CLI',
        'peak bare',
      ],
      figures.map((figure) => [
        figure.rows.toLocaleString('en-US'),
        `${figure.fileMb.toFixed(1)} MB`,
        ms(figure.readMs),
        ms(figure.planMs),
        ms(figure.layoutMs),
        ms(figure.bareInProcessMs),
        ms(figure.bareChild.ms),
        ms(figure.cli.ms),
        `${(figure.cli.ms / figure.bareChild.ms).toFixed(2)}x`,
        `${(figure.cli.ms / figure.bareInProcessMs).toFixed(2)}x`,
        figure.cli.cpuMs && figure.bareChild.cpuMs
          ? `${(figure.cli.cpuMs / figure.bareChild.cpuMs).toFixed(2)}x`
          : 'n/a',
        mb(figure.cli.peakMb),
        mb(figure.bareChild.peakMb),
      ]),
    ),
  );
  console.log(
    '\nread/parse+plan/layout/bare read: in this process. *child: a new Node process (from an esbuild bundle), wall time.' +
      '\nCLI/bare child: the target ratio (same start-up on both sides); CLI/bare: against the in-process bare read.' +
      '\nCLI/bare cpu: the same ratio in user+system CPU time of the children, steadier than wall time on a busy machine.' +
      `\npeak: maximum resident set size of the child (${gnuTimeUsed() ? '/usr/bin/time -v' : '/proc VmHWM polled'}).`,
  );

  const target = figures.find((figure) => figure.rows === TARGET_ROWS);
  console.log(`\nTargets at ${TARGET_ROWS.toLocaleString('en-US')} rows:`);
  if (!target) {
    console.log(`  not measured (add ${TARGET_ROWS} to --sizes)`);
    return;
  }
  const ratio = target.cli.ms / target.bareChild.ms;
  console.log(
    `  ${ratio <= TARGET_RATIO ? 'PASS' : 'FAIL'}  CLI <= ${TARGET_RATIO}x bare read: ` +
      `${ratio.toFixed(2)}x (${ms(target.cli.ms)} vs ${ms(target.bareChild.ms)})` +
      (target.cli.cpuMs && target.bareChild.cpuMs
        ? `; in CPU time ${(target.cli.cpuMs / target.bareChild.cpuMs).toFixed(2)}x (for information)`
        : ''),
  );
  const peak = target.cli.peakMb;
  console.log(
    `  ${peak === undefined ? 'n/a ' : peak <= TARGET_MB ? 'PASS' : 'FAIL'}  CLI peak memory <= ${TARGET_MB} MB: ${mb(peak)}`,
  );
}

async function mainBench(argv: string[]): Promise<void> {
  const option = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const sizes = (option('--sizes') ?? '1000,10000,100000').split(',').map(Number);
  const runs = Number(option('--runs') ?? 3);
  if (sizes.some((size) => !Number.isInteger(size) || size < 20) || !Number.isInteger(runs) || runs < 1) {
    throw new Error('Uso: npx tsx bench/plan.ts [--sizes 1000,10000,100000] [--runs 3] [--keep]');
  }
  const directory = mkdtempSync(path.join(tmpdir(), 'casa-bench-'));
  try {
    console.log(`Node ${process.version}, ${process.platform}/${process.arch}; ${runs} run(s) per figure, medians.\n`);
    const figures: Figures[] = [];
    for (const size of sizes) figures.push(await bench(directory, size, runs));
    report(figures);
  } finally {
    if (argv.includes('--keep')) console.log(`\nFiles kept in ${directory}`);
    else rmSync(directory, { recursive: true, force: true });
  }
}

if (require.main === module) {
  mainBench(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  });
}
