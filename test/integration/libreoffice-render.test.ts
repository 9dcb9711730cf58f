/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- ExcelJS cells, not Office.js proxies */
/**
 * The plan workbook as someone without the add-in sees it: written by the real command line,
 * opened by LibreOffice, which recalculates every formula (a private profile sets "always
 * recalculate" for OOXML files), then exported to CSV (the values) and to PDF/PNG (the print).
 *
 * Needs LibreOffice and poppler-utils: `npm test`'s pretest (scripts/ensure-system-deps.js)
 * installs them or says how. When they are missing this test fails with that message; it is
 * never skipped. The pictures are kept in test-results/plan-render/ for a person to look at.
 */
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { parseArgs } from '../../src/cli/args';
import { SAMPLE_INVENTORY } from '../../src/cli/main';
import { runCliInProcess, type CliRun } from '../helpers/run-cli';
import { readInventoryFile } from '../../src/cli/read';
import { planFromGrid, planSheetLayout } from '../../src/core/pipeline';
import {
  cellAddress,
  columnIndex,
  layoutPlanSheet,
  parseRange,
  sheetStrings,
  type SheetLayout,
} from '../../src/core/sheet';
import type { PlanParams } from '../../src/core/plan/params';
import { computePlan } from '../../src/core/plan/plan';
import { layoutsWorkbookBuffer } from '../support/exceljs-writer';
import { spreadsheetParts } from '../../src/xlsx/spreadsheetml';
import { entryText, readZipDirectory, zipDeflated } from '../../src/cli/zip';
import { ARGS_2027 } from '../helpers/plan-args';
import { largeAmbito } from '../helpers/plan-units';
import { findSystemDeps, missingMessage, missingSystemDeps, type SystemDep } from '../../scripts/ensure-system-deps';

const execFileAsync = promisify(execFile);

/** LibreOffice may take 10-30 s to start the first time (it builds its profile). */
const LIBREOFFICE_TIMEOUT = 120_000;
const NOW = new Date(Date.UTC(2021, 10, 15, 9, 0));
const CLI_ARGS = [SAMPLE_INVENTORY, '--preset', 'cremona-2022', '-o', 'piano.xlsx'];
/**
 * The 2027 plan: the rules of R.R. 2/2025 with every content of art. 4 c. 3 in use: both police
 * shares (art. 7 bis and 7 ter), the art. 14 reserve with its categories, measures (lett. f), an
 * owner's declared assignments (lett. g), and the three years of art. 5 c. 1.
 */
const CLI_ARGS_2027 = [SAMPLE_INVENTORY, ...ARGS_2027, '-o', 'piano-2027.xlsx'];

/** A plan sheet written as the add-in writes it (the command line's and the pane's writer). */
function writePlanWorkbook(layout: SheetLayout, file: string): void {
  writeFileSync(file, zipDeflated(spreadsheetParts([layout], { created: NOW }), NOW));
}
const RENDER_DIR = path.resolve(__dirname, '../../test-results/plan-render');
/** A cached result no formula of the plan can give. */
const CORRUPT = 999;

/** A4 in PDF points. */
const A4_LONG = 841.89;
const A4_SHORT = 595.28;

/** Private LibreOffice settings: recalculate OOXML (and ODF) files on load, en-US number input strings. */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;

/**
 * CSV export: ',' separated, '"' quoted, UTF-8 (76), first line 1, no column info, default
 * language, text not all quoted, numbers as numbers, NOT "as shown" (so 12.5 % stays 12.5%, not 13%).
 */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false';

const NEEDED: SystemDep[] = ['soffice', 'pdfinfo', 'pdftoppm', 'pdftotext'];

let tools: ReturnType<typeof findSystemDeps>;
let workdir: string;
let planFile: string;
let corruptFile: string;
let layout: SheetLayout;
let plan2027File: string;
let layout2027: SheetLayout;
/** The plan workbook with the other reading chosen in its reading cell, as a user would pick it from the list. */
let onAllFile: string;
let onAllLayout: SheetLayout;
/** The 2027 plan in English, and a large Ambito whose tables run over several pages (ExcelJS writer). */
let englishFile: string;
let largeFile: string;
/** The 2027 plan in Italian and in English, each written by both writers: ExcelJS's (the pane's) and the command line's. */
let bothWriters: Array<{ language: string; exceljs: string; spreadsheetml: string }>;

/** Formula cells of the layout with their 1-based row, 0-based column and the engine's result. */
function formulaCells(sheet: SheetLayout): Array<{ row: number; column: number; formula: string; result: number }> {
  const cells: Array<{ row: number; column: number; formula: string; result: number }> = [];
  sheet.cells.forEach((row, rowIndex) =>
    row.forEach((cell, column) => {
      if (cell?.formula === undefined) return;
      if (typeof cell.result !== 'number') throw new Error(`${cellAddress(rowIndex + 1, column)}: no numeric result`);
      cells.push({ row: rowIndex + 1, column, formula: cell.formula, result: cell.result });
    }),
  );
  return cells;
}

/** RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes). */
function parseCsvRfc(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A number as LibreOffice writes its input string: '14', '4.5', '25%', '12.5%'. */
function csvNumber(text: string | undefined): number | undefined {
  const match = /^(-?\d+(?:\.\d+)?(?:E[+-]?\d+)?)(%?)$/i.exec((text ?? '').trim());
  if (!match) return undefined;
  return match[2] ? Number(match[1]) / 100 : Number(match[1]);
}

/** Every formula cell whose LibreOffice value differs from the engine's result. */
function mismatches(sheet: SheetLayout, csv: string[][]): string[] {
  return formulaCells(sheet).flatMap(({ row, column, formula, result }) => {
    const shown = csv[row - 1]?.[column];
    const value = csvNumber(shown);
    return value !== undefined && Math.abs(value - result) < 1e-9
      ? []
      : [`${cellAddress(row, column)} ${formula}: LibreOffice «${shown ?? ''}», engine ${result}`];
  });
}

async function soffice(args: string[]): Promise<string> {
  const profile = path.join(workdir, 'lo-profile');
  try {
    const { stdout, stderr } = await execFileAsync(
      tools.soffice!,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--invisible',
        '--norestore',
        '--nolockcheck',
        '--nodefault',
        '--nologo',
        ...args,
      ],
      { cwd: workdir, timeout: LIBREOFFICE_TIMEOUT - 5_000, maxBuffer: 16 * 1024 * 1024 },
    );
    return `${stdout}${stderr}`;
  } catch (error) {
    const failure = error as Error & { stdout?: string; stderr?: string };
    throw new Error(
      `soffice ${args.join(' ')} failed: ${failure.message}\n${failure.stdout ?? ''}${failure.stderr ?? ''}`,
    );
  }
}

function requireOutput(file: string, log: string): void {
  if (!existsSync(file) || statSync(file).size === 0) {
    throw new Error(`LibreOffice did not write ${path.basename(file)}. Its output:\n${log}`);
  }
}

interface Recalculated {
  plan: string[][];
  corrupt: string[][];
  plan2027: string[][];
  onAll: string[][];
}

/** Every workbook to CSV in one LibreOffice start; memoized, the tests share it. */
let csvRun: Promise<Recalculated> | undefined;
function recalculatedCsv(): Promise<Recalculated> {
  csvRun ??= (async () => {
    const outdir = path.join(workdir, 'csv');
    const files = [planFile, corruptFile, plan2027File, onAllFile];
    const log = await soffice(['--convert-to', CSV_FILTER, '--outdir', outdir, ...files]);
    const read = (file: string): string[][] => {
      const target = path.join(outdir, `${path.basename(file, '.xlsx')}.csv`);
      requireOutput(target, log);
      return parseCsvRfc(readFileSync(target, 'utf8'));
    };
    return { plan: read(planFile), corrupt: read(corruptFile), plan2027: read(plan2027File), onAll: read(onAllFile) };
  })();
  return csvRun;
}

/** The layout the command line writes for `args`, recomputed here (same file, arguments and date). */
async function layoutOf(args: string[], change: Partial<PlanParams> = {}): Promise<SheetLayout> {
  const params = { ...parseArgs(args, NOW.getFullYear() + 1).params, ...change };
  const outcome = planFromGrid(await readInventoryFile(SAMPLE_INVENTORY), params);
  return planSheetLayout({ plan: outcome.plan!, fingerprint: outcome.fingerprint! }, { generatedAt: NOW });
}

/** The plan sheet of largeAmbito(): every table longer than a page. */
function largeAmbitoLayout(): SheetLayout {
  const { inventory, issues, params } = largeAmbito();
  return layoutPlanSheet(computePlan(inventory, params, issues), { generatedAt: NOW });
}

/** A copy of `source` whose cell `address` holds `value` instead, to be recalculated on opening. */
async function writeWithCell(source: string, target: string, address: string, value: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(source);
  workbook.worksheets[0].getCell(address).value = value;
  workbook.calcProperties.fullCalcOnLoad = true;
  await workbook.xlsx.writeFile(target);
}

function cliRun(args: string[] = CLI_ARGS): Promise<CliRun> {
  return runCliInProcess(args, { cwd: workdir, now: NOW });
}

/** A copy of the plan workbook whose every cached formula result is CORRUPT, and no "recalculate on load" flag. */
async function writeCorruptCopy(source: string, target: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(source);
  let formulas = 0;
  workbook.worksheets[0].eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula) return;
      cell.value = { formula: cell.formula, result: CORRUPT, date1904: false } as ExcelJS.CellFormulaValue;
      formulas += 1;
    }),
  );
  // Only the LibreOffice profile may be the reason for a recalculation.
  workbook.calcProperties.fullCalcOnLoad = false;
  await workbook.xlsx.writeFile(target);
  return formulas;
}

beforeAll(async () => {
  tools = findSystemDeps();
  const missing = missingSystemDeps(tools).filter((name) => NEEDED.includes(name));
  if (missing.length > 0) throw new Error(missingMessage(missing));

  workdir = mkdtempSync(path.join(tmpdir(), 'casa-libreoffice-'));
  mkdirSync(path.join(workdir, 'lo-profile', 'user'), { recursive: true });
  writeFileSync(path.join(workdir, 'lo-profile', 'user', 'registrymodifications.xcu'), REGISTRY);

  for (const args of [CLI_ARGS, CLI_ARGS_2027]) {
    const run = await cliRun(args);
    if (run.code !== 0) throw new Error(`casa-piano ${args.join(' ')} exited with ${run.code}: ${run.err}`);
  }
  planFile = path.join(workdir, 'piano.xlsx');
  plan2027File = path.join(workdir, 'piano-2027.xlsx');

  // The same layouts the command line wrote: same file, same arguments, same date.
  layout = await layoutOf(CLI_ARGS);
  layout2027 = await layoutOf(CLI_ARGS_2027);
  onAllLayout = await layoutOf(CLI_ARGS, { ordine: 'indigenza-su-tutti' });

  corruptFile = path.join(workdir, 'piano-999.xlsx');
  await writeCorruptCopy(planFile, corruptFile);
  englishFile = path.join(workdir, 'plan-2027-en.xlsx');
  const outcome2027 = planFromGrid(await readInventoryFile(SAMPLE_INVENTORY), parseArgs(CLI_ARGS_2027, 2027).params);
  writePlanWorkbook(
    planSheetLayout(
      { plan: outcome2027.plan!, fingerprint: outcome2027.fingerprint! },
      { language: 'en', generatedAt: NOW },
    ),
    englishFile,
  );
  bothWriters = [];
  for (const language of ['it', 'en'] as const) {
    const sheet = planSheetLayout(
      { plan: outcome2027.plan!, fingerprint: outcome2027.fingerprint! },
      { language, generatedAt: NOW },
    );
    const exceljs = path.join(workdir, `exceljs-2027-${language}.xlsx`);
    const spreadsheetml = path.join(workdir, `spreadsheetml-2027-${language}.xlsx`);
    writeFileSync(exceljs, await layoutsWorkbookBuffer([sheet]));
    writeFileSync(spreadsheetml, zipDeflated(spreadsheetParts([sheet], { created: NOW }), NOW));
    bothWriters.push({ language, exceljs, spreadsheetml });
  }
  largeFile = path.join(workdir, 'piano-ambito-grande.xlsx');
  writePlanWorkbook(largeAmbitoLayout(), largeFile);
  onAllFile = path.join(workdir, 'piano-su-tutti.xlsx');
  const onAllLabel = sheetStrings('it').readingLabels['indigenza-su-tutti'];
  await writeWithCell(planFile, onAllFile, layout.anchors['param.ordine'], onAllLabel);
}, LIBREOFFICE_TIMEOUT);

afterAll(() => {
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

describe('the plan workbook recalculated by LibreOffice', () => {
  test('the layout recomputed here is the one the command line wrote (formulas and cached results)', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(planFile);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0];
    const cells = formulaCells(layout);
    expect(cells.length).toBeGreaterThan(50);
    const different = cells.filter(({ row, column, formula, result }) => {
      const written = sheet.getCell(row, column + 1);
      return written.formula !== formula.slice(1) || written.result !== result;
    });
    expect(different).toEqual([]);
  });

  test(
    "every formula cell: LibreOffice's value is the engine's number",
    async () => {
      const { plan } = await recalculatedCsv();
      expect(plan[0][0]).toBe("Piano Annuale dell'Offerta Abitativa 2022");
      expect(mismatches(layout, plan)).toEqual([]);
      // The anchors the pane and the tests rely on, spelled out.
      const at = (anchor: string): number | undefined => {
        const address = layout.anchors[anchor];
        const match = /^([A-Z]+)(\d+)$/.exec(address);
        if (!match) throw new Error(`anchor ${anchor}: ${address}`);
        return csvNumber(plan[Number(match[2]) - 1]?.[columnIndex(match[1])]);
      };
      expect(at('totale.indigenza')).toBe(13);
      expect(at('gruppo.1.indigenza')).toBe(5);
    },
    LIBREOFFICE_TIMEOUT,
  );

  test(
    'the 2027 plan (R.R. 2/2025 rules): every formula cell is the engine’s number',
    async () => {
      const { plan2027 } = await recalculatedCsv();
      expect(plan2027[0][0]).toBe("Piano Annuale dell'Offerta Abitativa 2027");
      expect(formulaCells(layout2027).length).toBeGreaterThan(50);
      expect(mismatches(layout2027, plan2027)).toEqual([]);
    },
    LIBREOFFICE_TIMEOUT,
  );

  test(
    'choosing the other reading in words in the reading cell gives the engine’s numbers of that reading',
    async () => {
      const { onAll } = await recalculatedCsv();
      const reading = layout.anchors['param.ordine'];
      const { firstRow, firstColumn } = parseRange(reading);
      expect(onAll[firstRow - 1][firstColumn]).toBe('Indigenza su tutti gli alloggi disponibili');
      // The same formulas, other results: the base of the quotas is every available dwelling.
      expect(formulaCells(onAllLayout).map(({ formula }) => formula)).toEqual(
        formulaCells(layout).map(({ formula }) => formula),
      );
      expect(mismatches(onAllLayout, onAll)).toEqual([]);
      expect(mismatches(layout, onAll).length).toBeGreaterThan(0);
    },
    LIBREOFFICE_TIMEOUT,
  );

  test(
    `with every cached result corrupted to ${CORRUPT}, LibreOffice still gives the engine's numbers (it really recalculates)`,
    async () => {
      const check = new ExcelJS.Workbook();
      await check.xlsx.readFile(corruptFile);
      const cached: unknown[] = [];
      check.worksheets[0].eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) cached.push(cell.result);
        }),
      );
      expect(cached).toHaveLength(formulaCells(layout).length);
      expect(new Set(cached)).toEqual(new Set([CORRUPT]));

      const { corrupt } = await recalculatedCsv();
      const still999 = formulaCells(layout)
        .filter(({ row, column }) => csvNumber(corrupt[row - 1]?.[column]) === CORRUPT)
        .map(({ row, column }) => cellAddress(row, column));
      expect(still999).toEqual([]);
      expect(mismatches(layout, corrupt)).toEqual([]);
    },
    LIBREOFFICE_TIMEOUT,
  );
});

describe('the plan workbook printed by LibreOffice', () => {
  let pdf: string;
  let pages: number;

  test(
    'is 1 to 4 A4 landscape pages (every content of art. 4 c. 3, the approval and the annex)',
    async () => {
      const outdir = path.join(workdir, 'pdf');
      const log = await soffice(['--convert-to', 'pdf', '--outdir', outdir, planFile]);
      pdf = path.join(outdir, 'piano.pdf');
      requireOutput(pdf, log);
      const info = (await execFileAsync(tools.pdfinfo!, [pdf])).stdout;
      pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(4);
      // Every page, not just the first: "Page    2 size: 841.89 x 595.304 pts (A4)".
      const sizes = (await execFileAsync(tools.pdfinfo!, ['-f', '1', '-l', String(pages), pdf])).stdout;
      const pageSizes = [...sizes.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts(.*)$/gm)];
      expect(pageSizes).toHaveLength(pages);
      for (const [line, width, height, name] of pageSizes) {
        expect({
          line,
          width: Math.abs(Number(width) - A4_LONG) < 1,
          height: Math.abs(Number(height) - A4_SHORT) < 1,
        }).toEqual({ line, width: true, height: true });
        expect(name).toContain('(A4)');
      }
      mkdirSync(RENDER_DIR, { recursive: true });
      copyFileSync(pdf, path.join(RENDER_DIR, 'piano.pdf'));
    },
    LIBREOFFICE_TIMEOUT,
  );

  test(
    'every page of the 2022, 2027, English and large plans: only the layout’s page breaks, the title on top, “Pagina i di N” at the foot',
    async () => {
      const outdir = path.join(workdir, 'pdf-all');
      const files = [planFile, plan2027File, englishFile, largeFile];
      const log = await soffice(['--convert-to', 'pdf', '--outdir', outdir, ...files]);
      const checked: string[] = [];
      for (const file of files) {
        const target = path.join(outdir, `${path.basename(file, '.xlsx')}.pdf`);
        requireOutput(target, log);
        const entries = await readZipDirectory(file);
        const xml = await entryText(file, entries.get('xl/worksheets/sheet1.xml')!);
        const breaks = (xml.match(/<brk /g) ?? []).length;
        const header = /<oddHeader>&amp;C&amp;9(.*?)<\/oddHeader>/.exec(xml)?.[1].replace(/&apos;/g, "'");
        const info = (await execFileAsync(tools.pdfinfo!, [target])).stdout;
        const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
        // As many pages as the layout made: LibreOffice added no page break of its own.
        expect({ file: path.basename(file), pages: count }).toEqual({ file: path.basename(file), pages: breaks + 1 });
        const english = file === englishFile;
        for (let page = 1; page <= count; page += 1) {
          const text = (
            await execFileAsync(tools.pdftotext!, [
              '-enc',
              'UTF-8',
              '-f',
              String(page),
              '-l',
              String(page),
              target,
              '-',
            ])
          ).stdout;
          expect(text.trimStart().startsWith(header ?? '?')).toBe(true);
          expect(text).toContain(english ? `Page ${page} of ${count}` : `Pagina ${page} di ${count}`);
        }
        checked.push(`${path.basename(file)}: ${count}`);
      }
      // The large Ambito runs over several pages.
      expect(Number(checked[3].split(': ')[1])).toBeGreaterThan(4);
      mkdirSync(RENDER_DIR, { recursive: true });
      for (const file of files.slice(1)) {
        const name = `${path.basename(file, '.xlsx')}.pdf`;
        copyFileSync(path.join(outdir, name), path.join(RENDER_DIR, name));
      }
    },
    LIBREOFFICE_TIMEOUT,
  );

  test('prints every section, down to the last dwelling of the annex, and no "###" (a column too narrow for its number)', async () => {
    expect(pdf).toBeDefined();
    const text = (await execFileAsync(tools.pdftotext!, ['-enc', 'UTF-8', pdf, '-'])).stdout;
    expect(text.match(/#{3,}/g) ?? []).toEqual([]);
    for (const heading of [
      "Piano Annuale dell'Offerta Abitativa 2022",
      'Parametri del piano',
      'Ripartizione degli alloggi disponibili per ente proprietario e comune',
      'Categoria aggiuntiva di particolare e motivata rilevanza sociale',
      'Calendario del piano',
      'Misure per l’accesso e il mantenimento dell’abitazione',
      'Alloggi assegnati nel 2021',
      'Alloggi disponibili nel triennio 2022-2024',
      'Note',
      'Approvazione',
      'Organo che approva',
      'Allegato: alloggi dell’inventario non conteggiati',
    ]) {
      expect(text).toContain(heading);
    }
    // The last row of the sheet is the last dwelling the sample leaves out (row 102, a date of 31 February).
    const layoutText = (await execFileAsync(tools.pdftotext!, ['-enc', 'UTF-8', '-layout', pdf, '-'])).stdout;
    // ... followed only by the page's footer.
    expect(layoutText).toMatch(/AL-CR-900\s+102\s+data di disponibilità non valida\s+Pagina (\d+) di \1\s*$/);
    // The act, not the clerk's to-do list: no instruction, no error value, no wrong date as typed.
    expect(text).not.toMatch(/Correggete|Scrivete|#N\/A|31\/02\/2022|sat-prima|indigenza-su-tutti/);
  });

  test(
    'the 2027 plan prints on A4 landscape too, every section of art. 4 c. 3 and art. 5, no "###"; pictures kept',
    async () => {
      const outdir = path.join(workdir, 'pdf-2027');
      const log = await soffice(['--convert-to', 'pdf', '--outdir', outdir, plan2027File]);
      const pdf2027 = path.join(outdir, 'piano-2027.pdf');
      requireOutput(pdf2027, log);
      const info = (await execFileAsync(tools.pdfinfo!, [pdf2027])).stdout;
      const pages2027 = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      expect(pages2027).toBeGreaterThanOrEqual(1);
      expect(pages2027).toBeLessThanOrEqual(4);
      expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
      const text = (await execFileAsync(tools.pdftotext!, ['-enc', 'UTF-8', pdf2027, '-'])).stdout;
      expect(text.match(/#{3,}/g) ?? []).toEqual([]);
      for (const heading of [
        "Piano Annuale dell'Offerta Abitativa 2027",
        'Calendario del piano',
        'Quota Polizia Locale',
        'Riserva per le categorie dell’art. 14',
        'Misure per l’accesso e il mantenimento dell’abitazione',
        'Fondo per la morosità incolpevole',
        'Alloggi assegnati nel 2026',
        'Alloggi disponibili nel triennio 2027-2029',
      ]) {
        expect(text).toContain(heading);
      }
      const pngDir = path.join(workdir, 'png-2027');
      mkdirSync(pngDir, { recursive: true });
      await execFileAsync(tools.pdftoppm!, ['-r', '60', '-png', pdf2027, path.join(pngDir, 'piano-2027')], {
        timeout: LIBREOFFICE_TIMEOUT - 5_000,
      });
      const pictures = readdirSync(pngDir).filter((name) => /^piano-2027-\d+\.png$/.test(name));
      expect(pictures).toHaveLength(pages2027);
      mkdirSync(RENDER_DIR, { recursive: true });
      for (const old of readdirSync(RENDER_DIR).filter((name) => /^piano-2027-\d+\.png$/.test(name))) {
        rmSync(path.join(RENDER_DIR, old), { force: true });
      }
      for (const picture of pictures) copyFileSync(path.join(pngDir, picture), path.join(RENDER_DIR, picture));
      copyFileSync(pdf2027, path.join(RENDER_DIR, 'piano-2027.pdf'));
    },
    LIBREOFFICE_TIMEOUT,
  );

  test(
    'renders to non-trivial landscape PNG pictures, kept in test-results/plan-render/',
    async () => {
      expect(pdf).toBeDefined();
      // Rendered in the private folder and checked there; then copied for a person to look at.
      const pngDir = path.join(workdir, 'png');
      mkdirSync(pngDir, { recursive: true });
      await execFileAsync(tools.pdftoppm!, ['-r', '60', '-png', pdf, path.join(pngDir, 'piano')], {
        timeout: LIBREOFFICE_TIMEOUT - 5_000,
      });
      const pictures = readdirSync(pngDir)
        .filter((name) => /^piano-\d+\.png$/.test(name))
        .sort();
      expect(pictures).toHaveLength(pages);
      for (const picture of pictures) {
        const bytes = readFileSync(path.join(pngDir, picture));
        expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
        // IHDR: width and height at bytes 16-23. A4 at 60 dpi: about 701 x 496 pixels.
        const width = bytes.readUInt32BE(16);
        const height = bytes.readUInt32BE(20);
        expect({ picture, width, height, landscape: width > height }).toMatchObject({ landscape: true });
        expect(Math.abs(width - 701)).toBeLessThanOrEqual(2);
        // A blank A4 page at 60 dpi compresses to about 3 KB; a page of the plan is 35-60 KB.
        expect({ picture, size: bytes.length > 10_000 }).toEqual({ picture, size: true });
      }
      mkdirSync(RENDER_DIR, { recursive: true });
      for (const old of readdirSync(RENDER_DIR).filter((name) => /^piano-\d+\.png$/.test(name))) {
        rmSync(path.join(RENDER_DIR, old), { force: true });
      }
      for (const picture of pictures) copyFileSync(path.join(pngDir, picture), path.join(RENDER_DIR, picture));
    },
    LIBREOFFICE_TIMEOUT,
  );

  test(
    'the 2027 plan in Italian and English prints pixel for pixel the same from both writers (ExcelJS and the command line’s SpreadsheetML); pictures kept',
    async () => {
      const outdir = path.join(workdir, 'pdf-writers');
      const files = bothWriters.flatMap(({ exceljs, spreadsheetml }) => [exceljs, spreadsheetml]);
      const log = await soffice(['--convert-to', 'pdf', '--outdir', outdir, ...files]);
      const pixelsOf = async (file: string): Promise<Buffer[]> => {
        const pdfFile = path.join(outdir, `${path.basename(file, '.xlsx')}.pdf`);
        requireOutput(pdfFile, log);
        const stem = path.join(outdir, path.basename(file, '.xlsx'));
        // PPM: a header, then the raw pixels, which compare byte for byte.
        await execFileAsync(tools.pdftoppm!, ['-r', '60', pdfFile, stem], { timeout: LIBREOFFICE_TIMEOUT - 5_000 });
        await execFileAsync(tools.pdftoppm!, ['-r', '60', '-png', pdfFile, stem], {
          timeout: LIBREOFFICE_TIMEOUT - 5_000,
        });
        const prefix = `${path.basename(file, '.xlsx')}-`;
        return readdirSync(outdir)
          .filter((name) => name.startsWith(prefix) && name.endsWith('.ppm'))
          .sort()
          .map((name) => readFileSync(path.join(outdir, name)));
      };
      mkdirSync(RENDER_DIR, { recursive: true });
      for (const { language, exceljs, spreadsheetml } of bothWriters) {
        const before = await pixelsOf(exceljs);
        const after = await pixelsOf(spreadsheetml);
        expect(before.length).toBeGreaterThanOrEqual(2);
        expect({ language, pages: after.length }).toEqual({ language, pages: before.length });
        const different = before.flatMap((page, index) => (page.equals(after[index]) ? [] : [index + 1]));
        expect({ language, differentPages: different }).toEqual({ language, differentPages: [] });
        for (const name of readdirSync(outdir).filter(
          (file) => file.endsWith('.png') && file.includes(`-2027-${language}-`),
        )) {
          copyFileSync(path.join(outdir, name), path.join(RENDER_DIR, name));
        }
      }
    },
    LIBREOFFICE_TIMEOUT,
  );
});
