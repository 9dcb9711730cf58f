/**
 * The workbench's own parts, in Node (no browser): the formula engine on the real plan sheet
 * and on the real custom functions, typing, number formats, the page it builds, and the
 * server's refusal of paths outside its folders.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { presetById } from '../../src/core/plan/presets';
import { planFromGrid, planSheetLayout } from '../../src/core/pipeline';
import { cellAddress, rangeAddress } from '../../src/core/sheet';
import { createExcelAdapter } from '../../src/excel/adapter';
import {
  DISPONIBILI,
  PIANO,
  QUOTA_FORZE_POLIZIA,
  QUOTA_POLIZIA_LOCALE,
  QUOTA_INDIGENZA,
  SAT_ALLOCATION,
} from '../../src/functions/functions';
import { type SimHost, createSimulatedHost } from '../sim/host';
import { WorkbookEngine, typedConstant } from './engine';
import { formatValue } from './format';
import { FormulaSyntaxError, formulaText, parseFormula } from './formula';
import { workbenchHtml } from './build';
import { readSampleWorkbook } from './sample-grid';
import { resolveRequest, startServer } from './serve';

function workbench(language = 'it-IT'): { sim: SimHost; engine: WorkbookEngine } {
  let engine: WorkbookEngine | undefined;
  const sim = createSimulatedHost({
    displayLanguage: language,
    evaluate: (sheet, formula, address) => engine?.evaluateForModel(sheet, formula, address),
  });
  engine = new WorkbookEngine(sim.workbook.model, {
    invoke: (id, ...args) => sim.invokeFunction(id, ...args),
    invokeStreaming: (id, args, onResult) => sim.invokeStreaming(id, args, onResult),
    metadata: () => [
      {
        id: 'QUOTA_INDIGENZA',
        name: 'QUOTA_INDIGENZA',
        parameters: [
          { name: 'disponibili', dimensionality: 'matrix' },
          { name: 'percentuale' },
          { name: 'maggiorazione' },
        ],
      },
      {
        id: 'SAT_ALLOCATION',
        name: 'SAT_ALLOCATION',
        parameters: [{ name: 'disponibili', dimensionality: 'matrix' }, { name: 'richiesti' }, { name: 'soglia' }],
      },
      {
        id: 'DISPONIBILI',
        name: 'DISPONIBILI',
        parameters: [
          { name: 'inventario', dimensionality: 'matrix' },
          { name: 'anno' },
          { name: 'ente' },
          { name: 'comune' },
        ],
        options: { stream: true },
      },
    ],
    namespace: () => 'CASA',
  });
  sim.install();
  // What the webpack loader appends to functions.ts in the real bundle.
  sim.CustomFunctions.associate('QUOTA_INDIGENZA', QUOTA_INDIGENZA as never);
  sim.CustomFunctions.associate('SAT_ALLOCATION', SAT_ALLOCATION as never);
  sim.CustomFunctions.associate('QUOTA_FORZE_POLIZIA', QUOTA_FORZE_POLIZIA as never);
  sim.CustomFunctions.associate('QUOTA_POLIZIA_LOCALE', QUOTA_POLIZIA_LOCALE as never);
  sim.CustomFunctions.associate('DISPONIBILI', DISPONIBILI as never);
  sim.CustomFunctions.associate('PIANO', PIANO as never);
  return { sim, engine };
}

describe('formulas: parsing and the form Office.js reports', () => {
  test.each([
    ['=CASA.QUOTA_INDIGENZA(18;0,3)', '=CASA.QUOTA_INDIGENZA(18,0.3)'],
    ['=CASA.QUOTA_INDIGENZA(18,0.3)', '=CASA.QUOTA_INDIGENZA(18,0.3)'],
    ['=CASA.SAT_ALLOCATION(B2;5)', '=CASA.SAT_ALLOCATION(B2,5)'],
    ['=CASA.QUOTA_INDIGENZA(10;30%;;)', '=CASA.QUOTA_INDIGENZA(10,30%,,)'],
    ['=SOMMA.SE("a;b";A1:B2)', '=SOMMA.SE("a;b",A1:B2)'],
    ["='Piano 2022'!$C$7*2", "='Piano 2022'!$C$7*2"],
    [
      '=IF($C$13="Prima i SAT poi l\'indigenza sui restanti",C40-F40,C40)',
      '=IF($C$13="Prima i SAT poi l\'indigenza sui restanti",C40-F40,C40)',
    ],
    ['=MIN(D40,ROUNDDOWN(ROUND(C40*E40,6),0))', '=MIN(D40,ROUNDDOWN(ROUND(C40*E40,6),0))'],
    ['= -2^2 & "x"', '=-2^2&"x"'],
  ])('%s -> %s', (typed, canonical) => {
    expect(formulaText(parseFormula(typed))).toBe(canonical);
  });

  test.each(['=SUM(1', '=1+', '="open', '=A1 A2', "='No bang'"])('%s is refused', (typed) => {
    expect(() => parseFormula(typed)).toThrow(FormulaSyntaxError);
  });
});

describe('formulas: values of the plan sheet the add-in writes', () => {
  let sim: SimHost;
  afterEach(() => sim?.uninstall());

  test('every formula of the Cremona 2022 plan sheet computes to the engine result', async () => {
    const sample = await readSampleWorkbook();
    const inventory = sample.sheets.find((sheet) => sheet.name === 'Inventario')!;
    const grid = inventory.values.map((row) => Array.from({ length: 12 }, (_, i) => row[i] ?? ''));
    const outcome = planFromGrid(
      { grid, headerRow: 1, sheetName: 'Inventario' },
      presetById('cremona-2022')!.params(2022),
    );
    const layout = planSheetLayout(
      { plan: outcome.plan!, fingerprint: outcome.fingerprint! },
      { generatedAt: new Date(2021, 10, 15) },
    );
    ({ sim } = workbench());
    sim.workbook.addSheet('Foglio1');
    await createExcelAdapter().writePlanSheet(layout);
    const values = sim.workbook.sheet('Piano 2022').values(rangeAddress(1, 0, layout.rowCount, layout.columnCount - 1));
    const wrong: string[] = [];
    let formulas = 0;
    layout.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.formula === undefined) return;
        formulas += 1;
        if (values[r][c] !== cell.result)
          wrong.push(`${cellAddress(r + 1, c)} ${cell.formula}: ${String(values[r][c])} vs ${String(cell.result)}`);
      }),
    );
    expect(formulas).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });
});

describe('custom functions typed in a cell', () => {
  let sim: SimHost;
  let engine: WorkbookEngine;
  beforeEach(() => {
    ({ sim, engine } = workbench());
    sim.workbook.addSheet('Foglio1', [[18, 10], [4]]);
  });
  afterEach(() => sim.uninstall());

  const type = (address: string, text: string) => {
    const sheet = sim.workbook.sheet('Foglio1').sheet;
    const rect = { A: 0, B: 1, C: 2, D: 3 }[address[0] as 'A'];
    return engine.type(sheet, Number(address.slice(1)) - 1, rect, text, 'it');
  };

  test('=CASA.QUOTA_INDIGENZA(10;0,3) is 3; the English form too; references and defaults', async () => {
    await expect(type('C1', '=CASA.QUOTA_INDIGENZA(10;0,3)')).resolves.toEqual({ value: 3, message: undefined });
    await expect(type('C2', '=CASA.QUOTA_INDIGENZA(10,0.3)')).resolves.toMatchObject({ value: 3 });
    await expect(type('C3', '=CASA.SAT_ALLOCATION(A1;5)')).resolves.toMatchObject({ value: 4 });
    await expect(type('C4', '=CASA.QUOTA_INDIGENZA(A1)*2')).resolves.toMatchObject({ value: 8 });
    expect(sim.workbook.sheet('Foglio1').cell('C1')).toMatchObject({
      value: 3,
      formula: '=CASA.QUOTA_INDIGENZA(10,0.3)',
    });
  });

  test('a range spills; a blocked spill is #SPILL!; a refused argument is its error and message', async () => {
    await type('C1', '=CASA.QUOTA_INDIGENZA(A1:B1;0,3)');
    expect(sim.workbook.sheet('Foglio1').values('C1:D1')).toEqual([[6, 3]]);
    await type('D1', 'x');
    expect(sim.workbook.sheet('Foglio1').cell('C1').value).toBe('#SPILL!');
    const refused = await type('C5', '=CASA.QUOTA_INDIGENZA(10;30)');
    expect(refused.value).toMatchObject({ error: '#NUM!' });
    expect(refused.message).toMatch(/percentuale/);
    await expect(type('C6', '=CASA.NON_ESISTE(1)')).resolves.toMatchObject({ value: { error: '#NAME?' } });
  });

  test('a formula the workbench cannot compute is shown as its text', async () => {
    await type('C1', '=SOMMA(1;2)');
    const sheet = sim.workbook.sheet('Foglio1').sheet;
    expect(engine.shown(sheet, 0, 2)).toEqual({ value: null, formulaShown: '=SOMMA(1,2)' });
    await type('C2', '=SUM(A1:B1)/2');
    expect(engine.shown(sheet, 1, 2).value).toBe(14);
  });

  test('typing a bad formula leaves the cell alone', async () => {
    await expect(type('A1', '=CASA.QUOTA_INDIGENZA(10;')).rejects.toBeInstanceOf(FormulaSyntaxError);
    expect(sim.workbook.sheet('Foglio1').cell('A1').value).toBe(18);
  });

  test('constants typed in Italian', () => {
    const cell = sim.workbook.sheet('Foglio1').sheet.at(5, 0);
    expect(typedConstant('0,3', 'it', cell)).toBe(0.3);
    expect(typedConstant('1.234,5', 'it', cell)).toBe(1234.5);
    expect(typedConstant('VERO', 'it', cell)).toBe(true);
    expect(typedConstant('00123', 'it', cell)).toBe(123);
    expect(typedConstant("'00123", 'it', cell)).toBe('00123');
    expect(typedConstant('30%', 'it', cell)).toBe(0.3);
    expect(cell.numberFormat).toBe('0%');
  });
});

describe('number formats as the grid shows them', () => {
  test.each([
    [0.3, '0%', 'it', '30%'],
    [0.125, '0.0%', 'it', '12,5%'],
    [1234.5, '#,##0.00', 'it', '1.234,50'],
    [1234.5, '#,##0.00', 'en', '1,234.50'],
    [4.5, 'General', 'it', '4,5'],
    [2022, '0', 'it', '2022'],
    [44593, 'dd/mm/yyyy', 'it', '01/02/2022'],
    [true, 'General', 'it', 'VERO'],
    [1 / 3, 'General', 'en', '0.333333333'],
  ] as const)('%p as %s (%s) -> %s', (value, format, language, text) => {
    expect(formatValue(value, format, language)).toBe(text);
  });
});

describe('the sample the workbench pre-loads', () => {
  test('values as Range.values gives them: dates as serial numbers, error cells as their codes', async () => {
    const sample = await readSampleWorkbook();
    const inventory = sample.sheets.find((sheet) => sheet.name === 'Inventario')!;
    expect(inventory.tables).toEqual([{ name: 'Inventario', address: 'A1:M181' }]);
    expect(inventory.values[40][6]).toBe(44593); // G41: 01/02/2022
    expect(inventory.numberFormats.G41).toBe('dd/mm/yyyy');
    expect(inventory.values[62][5]).toBe('#N/A'); // F63
    expect(inventory.values).toHaveLength(181);
  });
});

describe('the page and the server', () => {
  test('workbench.html is taskpane.html with office.js replaced, minified or not', () => {
    const pretty =
      '<head><title>X</title><script type="text/javascript" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head>';
    const minified =
      '<head><title>X</title><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script></head>';
    for (const page of [pretty, minified]) {
      const html = workbenchHtml(page);
      expect(html).toContain('<script type="text/javascript" src="office-sim.js"></script>');
      expect(html).not.toMatch(/appsforoffice/);
    }
    expect(() => workbenchHtml('<head></head>')).toThrow(/office\.js/);
  });

  describe('serving only dist/ and dist-workbench/', () => {
    let base: string;
    let roots: string[];
    beforeAll(() => {
      base = mkdtempSync(path.join(tmpdir(), 'casa-serve-'));
      roots = [path.join(base, 'dist-workbench'), path.join(base, 'dist')];
      for (const root of roots) mkdirSync(root);
      writeFileSync(path.join(base, 'secret.txt'), 'secret');
      writeFileSync(path.join(roots[0], 'workbench.html'), '<p>workbench</p>');
      writeFileSync(path.join(roots[1], 'taskpane.js'), '// add-in');
      symlinkSync(path.join(base, 'secret.txt'), path.join(roots[1], 'link.txt'));
    });
    afterAll(() => rmSync(base, { recursive: true, force: true }));

    test.each([
      ['/workbench.html', 'file'],
      ['/taskpane.js?v=1', 'file'],
      ['/missing.js', 404],
      ['/../secret.txt', 403],
      ['/%2e%2e/secret.txt', 403],
      ['/..%2fsecret.txt', 403],
      ['/..%5csecret.txt', 403],
      ['/link.txt', 403],
      ['/%E0%A4%A', 400],
      ['/a%00.js', 403],
    ])('%s -> %s', (url, outcome) => {
      const found = resolveRequest(url, roots);
      if (outcome === 'file') expect('file' in found).toBe(true);
      else expect(found).toEqual({ status: outcome });
    });

    test('over HTTP: a raw "/../" path is refused, files are served, nothing else is', async () => {
      const server = await startServer({ port: 0, roots });
      const get = (pathname: string, method = 'GET'): Promise<number> =>
        new Promise((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port: server.port, path: pathname, method }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on('error', reject);
          req.end();
        });
      try {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
        await expect(get('/workbench.html')).resolves.toBe(200);
        await expect(get('/taskpane.js')).resolves.toBe(200);
        await expect(get('/../secret.txt')).resolves.toBe(403);
        await expect(get('/')).resolves.toBe(302);
        await expect(get('/workbench.html', 'POST')).resolves.toBe(405);
      } finally {
        await server.close();
      }
    });
  });
});
