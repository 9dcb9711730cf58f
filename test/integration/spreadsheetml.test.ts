/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- ExcelJS cells, not Office.js proxies */
/**
 * The command line's writer (src/xlsx/spreadsheetml.ts + zipDeflated) against the ExcelJS writer
 * (test/support/exceljs-writer.ts, the reference): the same layouts written by both, read back by ExcelJS,
 * compared cell by cell (value, type, formula and cached result, font, fill, border, alignment,
 * number format) and sheet by sheet (merges, widths, heights, views, page setup, header and
 * footer, validations, row breaks, defined names, tables). The one difference allowed is the one
 * made on purpose: the print area and print titles of a sheet whose name holds an apostrophe.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parseArgs } from '../../src/cli/args';
import { main, SAMPLE_INVENTORY, type Io } from '../../src/cli/main';
import { readInventoryFile } from '../../src/cli/read';
import { entryText, readZipDirectory, zipDeflated } from '../../src/cli/zip';
import { layoutCommunication } from '../../src/core/communication/layout';
import { planFromGrid, planSheetLayout } from '../../src/core/pipeline';
import { computePlan } from '../../src/core/plan/plan';
import { presetById } from '../../src/core/plan/presets';
import { layoutPlanSheet, type SheetLayout } from '../../src/core/sheet';
import * as spreadsheetml from '../../src/xlsx/spreadsheetml';
import { layoutsWorkbookBuffer } from '../support/exceljs-writer';
import { ARGS_2027 } from '../helpers/plan-args';
import { sampleCommunication } from '../helpers/sample-communication';
import { cremonaUnits, largeAmbito } from '../helpers/plan-units';

const NOW = new Date(Date.UTC(2021, 10, 15, 9, 0));
const TIMEOUT = 120_000;
const FIXTURES = path.resolve(__dirname, '../fixtures/inventory');

let workdir: string;

beforeAll(() => {
  workdir = mkdtempSync(path.join(tmpdir(), 'casa-spreadsheetml-'));
});
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

/** The layouts the command line gives its writer for `args` (run in `workdir`), or undefined when it writes nothing. */
async function cliLayouts(args: string[]): Promise<SheetLayout[] | undefined> {
  const spy = jest.spyOn(spreadsheetml, 'spreadsheetParts');
  try {
    const io: Io = { out: () => undefined, err: () => undefined, progress: false, now: () => NOW, cwd: workdir };
    const code = await main([...args, '--force'], io);
    if (code !== 0) return undefined;
    expect(spy).toHaveBeenCalledTimes(1);
    return [...spy.mock.calls[0][0]];
  } finally {
    spy.mockRestore();
  }
}

async function samplePlan(args: readonly string[], language: 'it' | 'en'): Promise<SheetLayout> {
  const params = parseArgs([SAMPLE_INVENTORY, ...args], 2022).params;
  const outcome = planFromGrid(await readInventoryFile(SAMPLE_INVENTORY), params);
  return planSheetLayout({ plan: outcome.plan!, fingerprint: outcome.fingerprint! }, { language, generatedAt: NOW });
}

async function readBack(bytes: Uint8Array, name: string): Promise<{ workbook: ExcelJS.Workbook; file: string }> {
  const file = path.join(workdir, name);
  writeFileSync(file, bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { workbook, file };
}

/** The manual row breaks of every sheet, as the file stores them (ExcelJS does not read them back). */
async function rowBreaks(file: string): Promise<number[][]> {
  const entries = await readZipDirectory(file);
  const sheets = [...entries.keys()].filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).sort();
  const breaks: number[][] = [];
  for (const name of sheets) {
    const xml = await entryText(file, entries.get(name)!);
    breaks.push([...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((match) => Number(match[1])));
  }
  return breaks;
}

interface TableModel {
  name: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  style?: unknown;
  columns: Array<{ name: string; filterButton?: boolean }>;
}

function tablesOf(sheet: ExcelJS.Worksheet): unknown[] {
  return sheet.getTables().map((entry) => {
    const model = ((entry as unknown as { table?: TableModel }).table ?? entry) as unknown as TableModel;
    return {
      name: model.name,
      ref: model.tableRef ?? model.ref,
      headerRow: model.headerRow,
      totalsRow: model.totalsRow ?? false,
      style: model.style,
      columns: model.columns.map((column) => ({ name: column.name, filterButton: column.filterButton })),
    };
  });
}

/** JSON with the keys of every object sorted: the same model read from two files in another order is the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

/** Every difference between two workbooks read back, one line each. */
function differences(expected: ExcelJS.Workbook, actual: ExcelJS.Workbook, layouts: readonly SheetLayout[]): string[] {
  const found: string[] = [];
  const same = (what: string, a: unknown, b: unknown): void => {
    const left = canonical(a);
    const right = canonical(b);
    if (left !== right) found.push(`${what}: ExcelJS ${left}, SpreadsheetML ${right}`);
  };
  same(
    'sheets',
    expected.worksheets.map((sheet) => sheet.name),
    actual.worksheets.map((sheet) => sheet.name),
  );
  same('calc', expected.calcProperties, actual.calcProperties);
  same('defined names', expected.definedNames.model, actual.definedNames.model);
  expected.worksheets.forEach((sheet, index) => {
    const other = actual.worksheets[index];
    const layout = layouts[index];
    if (!other) return;
    const at = (what: string): string => `${sheet.name} ${what}`;
    const rows = Math.max(layout.rowCount, sheet.rowCount, other.rowCount);
    const columns = Math.max(layout.columnCount, sheet.columnCount, other.columnCount);
    for (let row = 1; row <= rows; row += 1) {
      for (let column = 1; column <= columns; column += 1) {
        const a = sheet.getCell(row, column);
        const b = other.getCell(row, column);
        const cell = (cellOf: ExcelJS.Cell) => ({
          type: cellOf.type,
          value: cellOf.value,
          formula: cellOf.formula,
          result: cellOf.result,
          isMerged: cellOf.isMerged,
          numFmt: cellOf.numFmt,
          font: cellOf.font,
          fill: cellOf.fill,
          border: cellOf.border,
          alignment: cellOf.alignment,
          validation: cellOf.dataValidation,
        });
        same(at(a.address), cell(a), cell(b));
      }
      same(at(`row ${row} height`), sheet.getRow(row).height, other.getRow(row).height);
    }
    for (let column = 1; column <= columns; column += 1) {
      same(at(`column ${column} width`), sheet.getColumn(column).width, other.getColumn(column).width);
    }
    const merges = (of: ExcelJS.Worksheet): string[] =>
      [...(of.model as unknown as { merges: string[] }).merges].sort();
    same(at('merges'), merges(sheet), merges(other));
    same(at('views'), sheet.views, other.views);
    same(at('header and footer'), sheet.headerFooter, other.headerFooter);
    same(at('tables'), tablesOf(sheet), tablesOf(other));
    if (sheet.name.includes("'")) {
      // On purpose: ExcelJS cannot quote such a name, so render.ts leaves the print area out.
      const { printArea, printTitlesRow, ...rest } = other.pageSetup;
      expect(sheet.pageSetup.printArea).toBeUndefined();
      expect(sheet.pageSetup.printTitlesRow).toBeUndefined();
      expect(printArea).toBe(layout.print.printArea);
      expect(printTitlesRow).toBe(layout.print.printTitleRows);
      same(at('page setup'), sheet.pageSetup, rest);
    } else {
      same(at('page setup'), sheet.pageSetup, other.pageSetup);
    }
  });
  // The first ones say enough.
  return found.slice(0, 12);
}

/** Both writers on `layouts`; every difference found. */
async function compare(name: string, layouts: readonly SheetLayout[]): Promise<string[]> {
  const viaExcelJs = await readBack(await layoutsWorkbookBuffer(layouts), `${name}-exceljs.xlsx`);
  const viaSpreadsheetMl = await readBack(
    zipDeflated(spreadsheetml.spreadsheetParts(layouts, { created: NOW }), NOW),
    `${name}-spreadsheetml.xlsx`,
  );
  const found = differences(viaExcelJs.workbook, viaSpreadsheetMl.workbook, layouts);
  const breaks = [await rowBreaks(viaExcelJs.file), await rowBreaks(viaSpreadsheetMl.file)];
  if (JSON.stringify(breaks[0]) !== JSON.stringify(breaks[1])) {
    found.push(`row breaks: ExcelJS ${JSON.stringify(breaks[0])}, SpreadsheetML ${JSON.stringify(breaks[1])}`);
  }
  return found;
}

describe('the SpreadsheetML writer reads back as the ExcelJS writer does', () => {
  test(
    'plan sheets: the hand-made Ambito, the sample in 2022 and 2027 in Italian and English, a large Ambito over many pages',
    async () => {
      const cremona = cremonaUnits();
      const { inventory, issues, params } = largeAmbito();
      const corpus: Array<[string, SheetLayout[]]> = [
        [
          'cremona',
          [layoutPlanSheet(computePlan(cremona, presetById('cremona-2022')!.params(2022)), { generatedAt: NOW })],
        ],
        ['sample-2022-it', [await samplePlan(['--preset', 'cremona-2022'], 'it')]],
        ['sample-2022-en', [await samplePlan(['--preset', 'cremona-2022'], 'en')]],
        ['sample-2027-it', [await samplePlan(ARGS_2027, 'it')]],
        ['sample-2027-en', [await samplePlan(ARGS_2027, 'en')]],
        ['large', [layoutPlanSheet(computePlan(inventory, params, issues), { generatedAt: NOW })]],
      ];
      // Two plans in one workbook: the second sheet's name is made free ("Piano 2022 (2)").
      corpus.push(['two-plans', [corpus[1][1][0], corpus[1][1][0]]]);
      for (const [name, layouts] of corpus) {
        expect({ name, differences: await compare(name, layouts) }).toEqual({ name, differences: [] });
      }
    },
    TIMEOUT,
  );

  test(
    'plan sheets of the fixture inventories, as the command line makes them, for 2022 and 2027',
    async () => {
      let compared = 0;
      for (const fixture of readdirSync(FIXTURES)) {
        for (const anno of ['2022', '2027']) {
          const input = path.join(FIXTURES, fixture, 'inventory.csv');
          const layouts = await cliLayouts([input, '--anno', anno, '-o', 'fixture.xlsx']).catch(() => undefined);
          if (!layouts) continue;
          const name = `${fixture}-${anno}`;
          expect({ name, differences: await compare(name, layouts) }).toEqual({ name, differences: [] });
          compared += 1;
        }
      }
      expect(compared).toBeGreaterThanOrEqual(10);
    },
    TIMEOUT,
  );

  test(
    "communication workbooks (Istruzioni, Alloggi with its table and lists, Scelte dell'ente): print area written where ExcelJS cannot",
    async () => {
      const withDwellings = await sampleCommunication(NOW);
      const empty = layoutCommunication({ ente: "Comune d'Aquileia", anno: 2022, generatedAt: NOW });
      expect(withDwellings.sheets.map((sheet) => sheet.name)).toContain("Scelte dell'ente");
      for (const [name, book] of [
        ['communication-2027', withDwellings],
        ['communication-empty', empty],
      ] as const) {
        expect({ name, differences: await compare(name, book.sheets) }).toEqual({ name, differences: [] });
      }
      // Two communications in one workbook: the second table's name is made free.
      const twice = [...empty.sheets, ...empty.sheets];
      expect(await compare('communication-twice', twice)).toEqual([]);
    },
    TIMEOUT,
  );

  test(
    'merged communications with scenarios: the plan, "Comunicazioni" and "Confronto scenari", as the command line writes them',
    async () => {
      for (const [ente, output] of [
        ['Comune di Cremona', 'cremona.xlsx'],
        ['ALER Brescia-Cremona-Mantova', 'aler.xlsx'],
      ]) {
        expect(
          await cliLayouts(['--comunicazione', ente, SAMPLE_INVENTORY, '--anno', '2022', '-o', output]),
        ).toBeDefined();
      }
      const layouts = await cliLayouts([
        'cremona.xlsx',
        'aler.xlsx',
        '--scenario',
        'Maggiorazione 20%:maggiorazione=0.2',
        '--scenario',
        'SAT 8:satRichiesti=8',
        '-o',
        'ambito.xlsx',
      ]);
      expect(layouts?.map((layout) => layout.name)).toEqual(['Piano 2022', 'Comunicazioni', 'Confronto scenari']);
      expect(await compare('ambito', layouts!)).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('what the SpreadsheetML writer writes', () => {
  const layout = (): SheetLayout =>
    layoutPlanSheet(computePlan(cremonaUnits(), presetById('cremona-2022')!.params(2022)), { generatedAt: NOW });

  test('text with markup characters and characters XML 1.0 cannot carry, leading spaces and line breaks', async () => {
    const sheet = layout();
    sheet.cells[3][0] = { value: ' <a & "b"> \u0001l\'x\u0007\uFFFE\n' };
    sheet.cells[3][1] = { value: 'riga 1\nriga 2' };
    sheet.cells[3][2] = { value: true };
    const { workbook } = await readBack(zipDeflated(spreadsheetml.spreadsheetParts([sheet])), 'escaped.xlsx');
    const written = workbook.worksheets[0];
    expect(written.getCell('A4').value).toBe(' <a & "b"> l\'x\n');
    expect(written.getCell('B4').value).toBe('riga 1\nriga 2');
    expect(written.getCell('C4').value).toBe(true);
  });

  test("a print area on a sheet named with an apostrophe, the apostrophe doubled: 'Scelte dell''ente'!$A$1:...", () => {
    const sheet = { ...layout(), name: "Scelte dell'ente" };
    sheet.print = { ...sheet.print, printTitleRows: '1:3' };
    const parts = spreadsheetml.spreadsheetParts([sheet]);
    const workbookXml = parts.find((part) => part.name === 'xl/workbook.xml')!.content;
    expect(workbookXml).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Scelte dell&apos;&apos;ente&apos;!$A$1:$L$81</definedName>',
    );
    expect(workbookXml).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Scelte dell&apos;&apos;ente&apos;!$1:$3</definedName>',
    );
    expect(workbookXml).toContain('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
  });

  test('the creation date in docProps/core.xml', () => {
    const parts = spreadsheetml.spreadsheetParts([layout()], { created: NOW });
    expect(parts.find((part) => part.name === 'docProps/core.xml')!.content).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2021-11-15T09:00:00Z</dcterms:created>',
    );
  });
});
