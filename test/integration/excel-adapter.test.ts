/**
 * The Office.js adapter (src/excel) on the simulated host: reading the inventory in chunks,
 * writing the plan sheet in at most two syncs, failures that leave the workbook as it was.
 */
import ExcelJS from 'exceljs';
import * as path from 'node:path';
import { rawCellValue } from '../../src/cli/read';
import { presetById } from '../../src/core/plan/presets';
import { planFromGrid, planSheetLayout } from '../../src/core/pipeline';
import { parseRange } from '../../src/core/address';
import type { SheetLayout } from '../../src/core/sheet/types';
import { registerCommands } from '../../src/commands/commands';
import { createPlanFromSettings } from '../../src/commands/plan-command';
import { consumePendingFocusRequest } from '../../src/taskpane/focus';
import { createExcelAdapter } from '../../src/excel/adapter';
import { charactersToPoints } from '../../src/excel/write';
import { ExcelUserError } from '../../src/excel/types';
import { createSimulatedHost, type SimHost } from '../sim/host';

const SAMPLE = path.resolve(__dirname, '../../assets/inventario-esempio.xlsx');
const NOW = new Date(Date.UTC(2021, 10, 15, 9, 0));
let sampleGrid: unknown[][];

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  const sheet = workbook.getWorksheet('Inventario')!;
  sampleGrid = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(rawCellValue);
    // Excel gives dates as serial numbers.
    sampleGrid.push(
      Array.from({ length: 12 }, (_, i) => {
        const value = values[i];
        if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
        return value === undefined || value === null ? '' : value;
      }),
    );
  });
});

let sim: SimHost;
beforeEach(() => {
  sim = createSimulatedHost({ displayLanguage: 'it-IT' });
  sim.install();
  sim.workbook.addSheet('Inventario', sampleGrid);
  sim.workbook.addTable('Inventario', 'Inventario', `A1:L${sampleGrid.length}`);
});
afterEach(() => sim.uninstall());

function cremonaLayout(grid: unknown[][]): SheetLayout {
  const outcome = planFromGrid(
    { grid, headerRow: 1, sheetName: 'Inventario' },
    presetById('cremona-2022')!.params(2022),
  );
  return planSheetLayout({ plan: outcome.plan!, fingerprint: outcome.fingerprint! }, { generatedAt: NOW });
}

/** The layout's content as Excel's Range.formulas shows it ('' for empty cells). */
function expectedFormulas(layout: SheetLayout): unknown[][] {
  return layout.cells.map((row) => row.map((cell) => cell?.formula ?? cell?.value ?? ''));
}

describe('reading the inventory', () => {
  const adapter = createExcelAdapter();

  test('from a table: the grid, its sheet and header row, with progress', async () => {
    const progress: number[] = [];
    const read = await adapter.readInventory(
      { kind: 'table', name: 'Inventario' },
      { onProgress: (p) => progress.push(p.rowsRead) },
    );
    expect(read.grid).toEqual(sampleGrid);
    expect(read).toMatchObject({
      sheetName: 'Inventario',
      headerRow: 1,
      firstColumn: 0,
      address: `Inventario!A1:L${sampleGrid.length}`,
    });
    expect(progress[progress.length - 1]).toBe(sampleGrid.length - 1);
  });

  test('from a named range placed lower and to the right: row numbers stay Excel row numbers', async () => {
    sim.workbook.addSheet('Dati', sampleGrid.slice(0, 30), 'C5');
    sim.workbook.addName('Alloggi', 'Dati', 'C5:N34');
    const read = await adapter.readInventory({ kind: 'name', name: 'Alloggi' });
    expect(read).toMatchObject({ sheetName: 'Dati', headerRow: 5, firstColumn: 2 });
    const outcome = planFromGrid(read, presetById('regione')!.params(2022));
    expect(outcome.inventory.issues.find((issue) => issue.message.includes('CR-005'))?.cell).toMatch(/^C\d+$/);
  });

  test('from the selection: one selected cell means the region around it', async () => {
    await adapter.readInventory({ kind: 'table', name: 'Inventario' });
    const tableSyncs = sim.stats.syncCount;
    sim.resetStats();
    sim.workbook.select('Inventario', 'D10');
    const read = await adapter.readInventory({ kind: 'selection' });
    // The region is found in the same sync as the selection: one round trip for both, then the
    // rows (a table's first rows come with its first sync).
    expect(sim.stats.syncCount).toBe(tableSyncs + 1);
    expect(read.grid.length).toBe(sampleGrid.length);
    expect(read.address).toBe(`Inventario!A1:L${sampleGrid.length}`);
  });

  test('an inventory with only a header row is refused with a sentence naming the range', async () => {
    sim.workbook.addSheet('Vuoto', [sampleGrid[0]]);
    sim.workbook.addName('Vuoto', 'Vuoto', 'A1:L1');
    await expect(adapter.readInventory({ kind: 'name', name: 'Vuoto' })).rejects.toThrow(
      /Vuoto!A1:L1 ha solo la riga di intestazione/,
    );
    // A sheet name with a space: as on its tab, without the quotes of Excel's address.
    sim.workbook.addSheet('Foglio vuoto', [sampleGrid[0]]);
    sim.workbook.addName('FoglioVuoto', 'Foglio vuoto', 'A1:L1');
    await expect(adapter.readInventory({ kind: 'name', name: 'FoglioVuoto' })).rejects.toThrow(
      /^L'inventario Foglio vuoto!A1:L1 ha solo la riga di intestazione/,
    );
  });

  test('a table that no longer exists gives a sentence that says what to do', async () => {
    await expect(adapter.readInventory({ kind: 'table', name: 'Sparita' })).rejects.toThrow(
      /Sceglietelo di nuovo nel pannello/,
    );
  });

  /** `rows` dwellings made from the sample's, with unique codes and longer addresses. */
  function bigInventory(rows: number): unknown[][] {
    return [
      sampleGrid[0],
      ...Array.from({ length: rows }, (_, i) =>
        sampleGrid[1 + (i % (sampleGrid.length - 1))].map((v, c) =>
          c === 0 ? `X-${i}` : c === 3 ? `${String(v)} ${'scala B interno '.repeat(8)}` : v,
        ),
      ),
    ];
  }

  const MB4 = 4 * 1024 * 1024;
  const responses = (): number[] => sim.stats.requests.map((request) => request.responseBytes);

  test('100,000 rows: at most ceil(payload / 4 MB) + 2 syncs, no response over 5 MB', async () => {
    const rows = 100_000;
    const big = bigInventory(rows);
    sim.workbook.addSheet('Grande', big);
    sim.workbook.addTable('Grande', 'Grande', `A1:L${big.length}`);
    sim.resetStats();
    const read = await adapter.readInventory({ kind: 'table', name: 'Grande' });
    expect(read.grid.length).toBe(big.length);
    expect(read.grid[1]).toEqual(big[1]);
    expect(read.grid[54_321]).toEqual(big[54_321]);
    expect(read.grid[rows]).toEqual(big[rows]);
    const payload = responses().reduce((sum, bytes) => sum + bytes, 0);
    expect(payload).toBeGreaterThan(20 * 1024 * 1024);
    expect(sim.stats.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(sim.stats.syncCount).toBeLessThanOrEqual(Math.ceil(payload / MB4) + 2);
    // Every chunk but the first (the sample) and the last (the rest) carries about 4 MB.
    for (const bytes of responses().slice(1, -1)) expect(bytes).toBeGreaterThan(3.5 * 1024 * 1024);
  });

  test('rows that grow after the sample: the chunks shrink, no response over 5 MB', async () => {
    const rows = 30_000;
    const big = bigInventory(rows).map((row, index) =>
      index > 10_000 ? row.map((v, c) => (c === 3 ? `${String(v)} ${'edificio C, piano terra '.repeat(12)}` : v)) : row,
    );
    sim.workbook.addSheet('Cresce', big);
    sim.workbook.addTable('Cresce', 'Cresce', `A1:L${big.length}`);
    sim.resetStats();
    const read = await adapter.readInventory({ kind: 'table', name: 'Cresce' });
    expect(read.grid).toEqual(big);
    // Where the rows grow, a chunk measured on smaller rows is refused by the host (nothing
    // delivered) and read again in halves; afterwards the chunks follow the larger rows.
    const refused = sim.stats.requests.filter((request) => request.error !== undefined);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeLessThanOrEqual(2);
    for (const request of refused) expect(request.error).toBe('ResponsePayloadSizeLimitExceeded');
    const delivered = sim.stats.requests.filter((request) => request.error === undefined);
    for (const request of delivered) expect(request.responseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    const payload = delivered.reduce((sum, request) => sum + request.responseBytes, 0);
    expect(delivered.length).toBeLessThanOrEqual(Math.ceil(payload / MB4) + 3);
  });

  test('a small table is read in one sync; a selection measures its rows first', async () => {
    sim.resetStats();
    await adapter.readInventory({ kind: 'table', name: 'Inventario' });
    expect(sim.stats.syncCount).toBe(1);
    sim.resetStats();
    sim.workbook.select('Inventario', 'C5');
    const read = await adapter.readInventory({ kind: 'selection' });
    expect(read.grid.length).toBe(sampleGrid.length);
    expect(sim.stats.syncCount).toBe(2);
  });

  test('cancelling stops between chunks and changes nothing', async () => {
    const controller = new AbortController();
    const read = adapter.readInventory(
      { kind: 'table', name: 'Inventario' },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    controller.abort();
    await expect(read).rejects.toThrow('Lettura annullata');
  });
});

describe('listing sources and going to a row', () => {
  const adapter = createExcelAdapter();
  test('tables and named ranges are offered with their sheet, address and row count', async () => {
    sim.workbook.addName('Alloggi', 'Inventario', 'A1:L20');
    const sources = await adapter.listSources();
    expect(sources).toEqual([
      {
        source: { kind: 'table', name: 'Inventario' },
        name: 'Inventario',
        sheetName: 'Inventario',
        address: `A1:L${sampleGrid.length}`,
        rowCount: sampleGrid.length - 1,
      },
      {
        source: { kind: 'name', name: 'Alloggi' },
        name: 'Alloggi',
        sheetName: 'Inventario',
        address: 'A1:L20',
        rowCount: 19,
      },
    ]);
  });

  test('go to row selects that row of the inventory on its sheet', async () => {
    sim.workbook.addSheet('Altro');
    await adapter.selectRow('Inventario', 23, 0, 12);
    expect(sim.workbook.activeSheet).toBe('Inventario');
    expect(sim.workbook.sheet('Inventario').selection).toBe('A23:L23');
  });

  test('go to a cell selects the cell a problem names, on its sheet (not the whole row)', async () => {
    sim.workbook.addSheet('Altro');
    sim.workbook.select('Altro', 'B2');
    await adapter.selectCell('Inventario', 'F23');
    expect(sim.workbook.activeSheet).toBe('Inventario');
    expect(sim.workbook.sheet('Inventario').selection).toBe('F23');
  });

  test('a formula from the pane goes into the selected cell when it is empty, in one read and one write', async () => {
    sim.workbook.addSheet('Conti');
    sim.workbook.select('Conti', 'B2');
    sim.resetStats();
    await expect(createExcelAdapter().insertFormula('=SUM(1,2)')).resolves.toEqual({ address: 'Conti!B2' });
    expect(sim.workbook.sheet('Conti').cell('B2').formula).toBe('=SUM(1,2)');
    expect(sim.stats.syncCount).toBe(2);
  });

  test.each([
    ['a cell holding a value', 'Conti', 'C3', 'La cella Conti!C3 non è vuota'],
    ['an empty cell inside the inventory read', 'Inventario', 'M5', 'è nell’inventario'],
  ])('a formula is refused in %s, which is left as it was', async (_title, sheetName, address, says) => {
    sim.workbook.addSheet('Conti', [[], [], ['', '', 'mio']]);
    sim.workbook.select(sheetName, address);
    const inventory = {
      sheetName: 'Inventario',
      firstRow: 0,
      firstColumn: 0,
      rowCount: sampleGrid.length,
      columnCount: 13,
    };
    const before = sim.workbook.sheet(sheetName).cell(address).value;
    const refusal = createExcelAdapter().insertFormula('=SUM(1,2)', inventory);
    await expect(refusal).rejects.toBeInstanceOf(ExcelUserError);
    await expect(refusal).rejects.toThrow(says);
    expect(sim.workbook.sheet(sheetName).cell(address).value).toBe(before);
    expect(sim.workbook.sheet(sheetName).cell(address).formula).toBeUndefined();
  });

  test('settings saved in the workbook are found again', async () => {
    await adapter.saveSettings({ version: 1, source: { kind: 'table', name: 'Inventario' }, presetId: 'cremona-2022' });
    expect(sim.settings.saveCount).toBe(1);
    expect(adapter.loadSettings()).toMatchObject({
      source: { kind: 'table', name: 'Inventario' },
      presetId: 'cremona-2022',
    });
  });
});

describe('writing the plan sheet', () => {
  const adapter = createExcelAdapter();

  test('the sheet equals the layout, in at most two syncs, and is activated', async () => {
    const layout = cremonaLayout(sampleGrid);
    sim.resetStats();
    const result = await adapter.writePlanSheet(layout);
    expect(result.sheetName).toBe('Piano 2022');
    expect(sim.stats.syncCount).toBeLessThanOrEqual(2);
    expect(sim.workbook.activeSheet).toBe('Piano 2022');
    const sheet = sim.workbook.sheet('Piano 2022');
    const last = `${String.fromCharCode(64 + layout.columnCount)}${layout.rowCount}`;
    expect(sheet.formulas(`A1:${last}`)).toEqual(expectedFormulas(layout));
    // Number formats, styles, merges, widths, frozen rows, print setup: as the layout says.
    for (const { range, format } of layout.numberFormats) {
      const { firstRow, firstColumn } = parseRange(range);
      expect(sheet.cell(`${String.fromCharCode(65 + firstColumn)}${firstRow}`).numberFormat).toBe(format);
    }
    expect(sheet.cell('A1').format.bold).toBe(true);
    expect(new Set(sheet.merges)).toEqual(new Set(layout.merges));
    expect(sheet.columnWidth('A')).toBeCloseTo(charactersToPoints(layout.columnWidths[0]), 0);
    expect(sheet.frozenRows).toBe(layout.freeze.rows);
    // Printed as the layout says: zoom, margins (in points), the plan's title and the page numbers,
    // the page breaks between sections.
    const margins = layout.print.margins!;
    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { scale: layout.print.scale },
      margins: {
        top: margins.top * 72,
        bottom: margins.bottom * 72,
        left: margins.left * 72,
        right: margins.right * 72,
        header: margins.header * 72,
        footer: margins.footer * 72,
      },
      headerFooter: {
        centerHeader: "&9Piano Annuale dell'Offerta Abitativa 2022 - Ambito di Cremona",
        centerFooter: '&9Pagina &P di &N',
        leftHeader: '',
        rightFooter: '',
      },
      pageBreaks: layout.print.pageBreaks,
      printTitleRows: undefined,
    });
    expect(layout.print.pageBreaks!.length).toBeGreaterThan(0);
    // The parameter cells guide typing within the legal bounds (data validation).
    const cap = sheet.cell(layout.anchors['param.satSoglia']).validation;
    expect(cap?.rule).toMatchObject({ decimal: { operator: 'Between' } });
    const indigenza = layout.anchors['totale.indigenza'];
    expect(sheet.cell(indigenza).formula).toMatch(/^=SUM\(/);
  });

  test('the syncs do not grow with the plan: a plan of many groups still takes two', async () => {
    const header = sampleGrid[0];
    const many = [
      header,
      ...Array.from({ length: 3000 }, (_, i) => [
        `Z-${i}`,
        `Comune di Paese ${i % 300}`,
        `Paese ${i % 300}`,
        'Via Roma 1',
        'SAP',
        'libero',
        '',
        'no',
        50,
        3,
        '',
        '',
      ]),
    ];
    const layout = cremonaLayout(many);
    sim.resetStats();
    await adapter.writePlanSheet(layout);
    expect(sim.stats.syncCount).toBeLessThanOrEqual(2);
    // 300 groups: long tables, their headers printed again on each page, every break written.
    expect(layout.print.pageBreaks!.length).toBeGreaterThan(10);
    expect(sim.workbook.sheet('Piano 2022').pageLayout.pageBreaks).toEqual(layout.print.pageBreaks);
  });

  test('on a host without ExcelApi 1.9 the sheet is complete, only without its print setup', async () => {
    sim.uninstall();
    sim = createSimulatedHost({ displayLanguage: 'it-IT', supportedSets: { ExcelApi: '1.8' } });
    sim.install();
    sim.workbook.addSheet('Inventario', sampleGrid);
    const layout = cremonaLayout(sampleGrid);
    const result = await createExcelAdapter().writePlanSheet(layout);
    expect(result.sheetName).toBe('Piano 2022');
    const sheet = sim.workbook.sheet('Piano 2022');
    const last = `${String.fromCharCode(64 + layout.columnCount)}${layout.rowCount}`;
    expect(sheet.formulas(`A1:${last}`)).toEqual(expectedFormulas(layout));
    expect(sheet.pageLayout).toMatchObject({ pageBreaks: [], headerFooter: { centerHeader: '', centerFooter: '' } });
  });

  test('an existing "Piano 2022" is left untouched; the new sheet is "Piano 2022 (2)"', async () => {
    sim.workbook.addSheet('Piano 2022', [['il mio piano fatto a mano', 42]]);
    const result = await adapter.writePlanSheet(cremonaLayout(sampleGrid));
    expect(result.sheetName).toBe('Piano 2022 (2)');
    expect(sim.workbook.sheet('Piano 2022').used()).toEqual([['il mio piano fatto a mano', 42]]);
  });

  test('a failure while writing leaves no half-written sheet and explains what to do', async () => {
    const before = sim.workbook.sheetNames();
    let syncs = 0;
    sim.onSync = () => {
      syncs += 1;
      if (syncs === 2) return Object.assign(new Error('Access denied'), { code: 'AccessDenied' });
      return undefined;
    };
    const failure = adapter.writePlanSheet(cremonaLayout(sampleGrid));
    await expect(failure).rejects.toBeInstanceOf(ExcelUserError);
    await expect(failure).rejects.toThrow(/protetti/);
    sim.onSync = undefined;
    expect(sim.workbook.sheetNames()).toEqual(before);
    expect(sim.workbook.sheet('Inventario').used()).toEqual(sampleGrid);
  });
});

describe('the ribbon command', () => {
  test('writes the same sheet as the pane button, from the saved choices', async () => {
    const adapter = createExcelAdapter();
    const params = presetById('cremona-2022')!.params(2022);
    await adapter.saveSettings({
      version: 1,
      source: { kind: 'table', name: 'Inventario' },
      params,
      presetId: 'cremona-2022',
    });

    // The pane's button: read, plan, layout, write.
    const read = await adapter.readInventory({ kind: 'table', name: 'Inventario' });
    const outcome = planFromGrid(read, params);
    const paneLayout = planSheetLayout(
      { plan: outcome.plan!, fingerprint: outcome.fingerprint! },
      { language: 'it', generatedAt: NOW },
    );
    await adapter.writePlanSheet(paneLayout);

    const result = await createPlanFromSettings(adapter, { language: 'it', now: () => NOW });
    expect(result).toEqual({ status: 'written', sheetName: 'Piano 2022 (2)' });
    const last = `${String.fromCharCode(64 + paneLayout.columnCount)}${paneLayout.rowCount}`;
    expect(sim.workbook.sheet('Piano 2022 (2)').formulas(`A1:${last}`)).toEqual(
      sim.workbook.sheet('Piano 2022').formulas(`A1:${last}`),
    );
  });

  test.each([
    ['no saved source', {}, 'source'],
    ['no saved parameters', { source: { kind: 'table', name: 'Inventario' } }, 'anno'],
    ['a source that is gone', { source: { kind: 'table', name: 'Sparita' }, params: { anno: 2022 } }, 'source'],
    [
      'an out-of-bounds parameter',
      { source: { kind: 'table', name: 'Inventario' }, params: { anno: 2022, satSoglia: 0.5 } },
      'satSoglia',
    ],
    [
      'no Ambito (the act would have a blank heading)',
      { source: { kind: 'table', name: 'Inventario' }, params: { anno: 2022, capofila: 'Comune di Cremona' } },
      'ambito',
    ],
    [
      'no Comune capofila',
      { source: { kind: 'table', name: 'Inventario' }, params: { anno: 2022, ambito: 'Ambito di Cremona' } },
      'capofila',
    ],
  ])('with %s it asks for the field to fix and writes nothing', async (_title, saved, field) => {
    const adapter = createExcelAdapter();
    await adapter.saveSettings({ version: 1, ...saved } as never);
    const before = sim.workbook.sheetNames();
    const result = await createPlanFromSettings(adapter, { language: 'it', now: () => NOW });
    expect(result).toMatchObject({ status: 'needs-input', field });
    expect(sim.workbook.sheetNames()).toEqual(before);
  });

  test('the ribbon button itself (Office.actions "creaPiano") writes the plan sheet without opening the pane', async () => {
    registerCommands();
    const adapter = createExcelAdapter();
    await adapter.saveSettings({
      version: 1,
      source: { kind: 'table', name: 'Inventario' },
      params: presetById('cremona-2022')!.params(2022),
    });
    await sim.invokeAction('creaPiano');
    expect(sim.workbook.sheetNames()).toContain('Piano 2022');
    expect(sim.workbook.activeSheet).toBe('Piano 2022');
    expect(sim.taskpaneCalls).toEqual([]);
  });

  test('the ribbon button with nothing saved opens the pane at the inventory picker, with the reason', async () => {
    registerCommands();
    await sim.invokeAction('creaPiano');
    expect(sim.taskpaneCalls).toEqual(['show']);
    expect(consumePendingFocusRequest()).toMatchObject({
      field: 'source',
      reason: expect.stringContaining('Scegliete l’inventario'),
    });
    expect(sim.workbook.sheetNames()).toEqual(['Inventario']);
  });
});
