/**
 * Rules of the simulated Office/Excel host itself (test/sim/host.ts). Code inside
 * `sim.Excel.run` is typed against the real @types/office-js API, as add-in code is.
 */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   these tests read unloaded properties on purpose, to check that the simulated host refuses them. */
import { createSimulatedHost, PAYLOAD_LIMIT_ERROR_CODES, SimHost, compareVersions } from '../sim/host';

function errorOf(fn: () => unknown): { code?: string; message?: string } | undefined {
  try {
    fn();
  } catch (e) {
    return e as { code?: string; message?: string };
  }
  return undefined;
}

function inventory(sim: SimHost): void {
  sim.workbook.addSheet('Foglio1', [
    ['Codice', 'Vani', 'Superficie'],
    ['A-01', 3, 65.5],
    ['A-02', 2, 48],
  ]);
}

describe('load / sync semantics', () => {
  let sim: SimHost;
  beforeEach(() => {
    sim = createSimulatedHost();
    inventory(sim);
  });

  it('reading a property that was not loaded throws PropertyNotLoaded', async () => {
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Foglio1').getRange('A1:C3');
      const error = errorOf(() => range.values);
      expect(error?.code).toBe('PropertyNotLoaded');
      expect(error?.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
      range.load('values');
      expect(errorOf(() => range.values)?.code).toBe('PropertyNotLoaded'); // loaded but not synced yet
      expect(errorOf(() => range.address)?.code).toBe('PropertyNotLoaded');
    });
  });

  it('load + sync makes the properties readable, in every load form', async () => {
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      const a = sheet.getRange('A1:C3').load('values, address');
      const b = sheet.getRange('B2').load(['rowIndex', 'columnIndex', 'rowCount']);
      const c = sheet.getRange('A1').load({ select: 'text,valueTypes', expand: 'format/font' });
      const d = sheet.getUsedRange().load({ address: true, format: { font: { bold: true } } });
      await context.sync();
      expect(a.address).toBe('Foglio1!A1:C3');
      expect(a.values).toEqual([
        ['Codice', 'Vani', 'Superficie'],
        ['A-01', 3, 65.5],
        ['A-02', 2, 48],
      ]);
      expect([b.rowIndex, b.columnIndex, b.rowCount]).toEqual([1, 1, 1]);
      expect(c.text).toEqual([['Codice']]);
      expect(c.valueTypes).toEqual([['String']]);
      expect(c.format.font.name).toBe('Calibri');
      expect(d.address).toBe('Foglio1!A1:C3');
      expect(d.format.font.bold).toBe(false);
      expect(errorOf(() => d.format.font.italic)?.code).toBe('PropertyNotLoaded');
    });
  });

  it('applies property sets only at sync, in queue order', async () => {
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Foglio1').getRange('B2');
      range.values = [[7]];
      range.format.font.bold = true;
      expect(sim.workbook.sheet('Foglio1').cell('B2').value).toBe(3);
      expect(sim.workbook.sheet('Foglio1').cell('B2').format.bold).toBe(false);
      const before = context.workbook.worksheets.getItem('Foglio1').getRange('B2').load('values');
      await context.sync();
      expect(sim.workbook.sheet('Foglio1').cell('B2').value).toBe(7);
      expect(sim.workbook.sheet('Foglio1').cell('B2').format.bold).toBe(true);
      expect(before.values).toEqual([[7]]); // the load came after the set in the queue
    });
  });

  it('reading values right after setting them (no load) throws by default', async () => {
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Foglio1').getRange('A1');
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([['Codice']]);
      range.values = [['Code']];
      expect(errorOf(() => range.values)?.code).toBe('PropertyNotLoaded');
      await context.sync();
      expect(errorOf(() => range.values)?.code).toBe('PropertyNotLoaded');
    });
  });

  it("readAfterSet: 'cached' returns the value just set, as real Office.js does", async () => {
    const cached = createSimulatedHost({ readAfterSet: 'cached' });
    inventory(cached);
    await cached.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Foglio1').getRange('A1');
      range.values = [['Code']];
      expect(range.values).toEqual([['Code']]);
    });
  });

  it('counts round trips; a sync with nothing queued makes none; Excel.run flushes at the end', async () => {
    sim.resetStats();
    await sim.Excel.run(async (context) => {
      await context.sync(); // nothing queued
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      sheet.getRange('A1').load('values');
      await context.sync();
      sheet.getRange('A5').values = [['x']]; // flushed by Excel.run
    });
    expect(sim.stats.syncCount).toBe(2);
    expect(sim.stats.requests).toHaveLength(2);
    expect(sim.stats.requests[1].bytes).toBeGreaterThan(0);
    expect(sim.stats.maxResponseBytes).toBeGreaterThan(0);
    expect(sim.workbook.sheet('Foglio1').cell('A5').value).toBe('x');
  });

  it('ClientResult.value is readable only after the sync', async () => {
    await sim.Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(errorOf(() => count.value)?.code).toBe('ValueNotLoaded');
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  it('loads collection items with load("items/name") and nested paths', async () => {
    sim.workbook.addSheet('Parametri');
    await sim.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(errorOf(() => sheets.items)?.code).toBe('PropertyNotLoaded');
      sheets.load('items/name,items/position');
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ['Foglio1', 0],
        ['Parametri', 1],
      ]);
      expect(errorOf(() => sheets.items[0].visibility)?.code).toBe('PropertyNotLoaded');
    });
  });

  it('Excel.run rejects a batch that does not return a promise', async () => {
    const run = sim.Excel.run as unknown as (batch: () => unknown) => Promise<unknown>;
    await expect(run(() => 42)).rejects.toMatchObject({ code: 'RunMustReturnPromise' });
  });

  it('refuses members of the real API that are not simulated, loudly', async () => {
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Foglio1').getRange('A1');
      expect(errorOf(() => (range as unknown as Record<string, unknown>).getIntersection)?.code).toBe('NotSimulated');
      expect(errorOf(() => range.load('hyperlink'))?.code).toBe('NotSimulated');
    });
  });
});

describe('payload limits', () => {
  it('refuses an oversized write (request) and applies nothing of that batch', async () => {
    const sim = createSimulatedHost();
    inventory(sim);
    const big = Array.from({ length: 2000 }, (_, r) =>
      Array.from({ length: 30 }, (_, c) => `${r}:${c}:${'x'.repeat(90)}`),
    );
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.add('Piano');
        context.workbook.worksheets.getItem('Foglio1').getRange('A1').values = [['changed']];
        context.workbook.worksheets.getItem('Foglio1').getRange('E1:AH2000').values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(sim.workbook.sheetNames()).toEqual(['Foglio1']);
    expect(sim.workbook.sheet('Foglio1').cell('A1').value).toBe('Codice');
    expect(sim.workbook.sheet('Foglio1').cell('E1').value).toBe('');
    expect(sim.stats.requests[0]).toMatchObject({ error: 'RequestPayloadSizeLimitExceeded' });
    expect(sim.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(PAYLOAD_LIMIT_ERROR_CODES).toContain('RequestPayloadSizeLimitExceeded');
  });

  it('refuses an oversized read (response) and rolls back the writes of that batch', async () => {
    const sim = createSimulatedHost({ payloadLimitBytes: 20_000 });
    const rows = Array.from({ length: 200 }, (_, r) => [`riga ${r}`, 'y'.repeat(100)]);
    sim.workbook.addSheet('Dati', rows);
    await expect(
      sim.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Dati');
        sheet.getRange('D1').values = [['written']];
        context.workbook.worksheets.add('Nuovo');
        sheet.getRange('A1:B200').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(sim.workbook.sheetNames()).toEqual(['Dati']);
    expect(sim.workbook.sheet('Dati').cell('D1').value).toBe('');
    expect(PAYLOAD_LIMIT_ERROR_CODES).toContain('ResponsePayloadSizeLimitExceeded');
    // Half the rows fit.
    const values = await sim.Excel.run(async (context) => {
      const part = context.workbook.worksheets.getItem('Dati').getRange('A1:B100').load('values');
      await context.sync();
      return part.values;
    });
    expect(values).toHaveLength(100);
  });
});

describe('failures', () => {
  it('failNextSync fails the next round trip before anything is applied', async () => {
    const sim = createSimulatedHost();
    inventory(sim);
    sim.failNextSync();
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.add('Piano');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException', name: 'RichApi.Error' });
    expect(sim.workbook.sheetNames()).toEqual(['Foglio1']);
  });

  it('onSync can fail a chosen round trip', async () => {
    const sim = createSimulatedHost();
    inventory(sim);
    sim.onSync = (info) => (info.index === 2 ? new Error('network down') : undefined);
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.add('Piano');
        await context.sync();
        context.workbook.worksheets.getItem('Piano').getRange('A1').values = [['x']];
        await context.sync();
      }),
    ).rejects.toThrow('network down');
    expect(sim.workbook.sheetNames()).toEqual(['Foglio1', 'Piano']);
    expect(sim.workbook.sheet('Piano').cell('A1').value).toBe('');
  });

  it('an operation that fails mid-batch leaves the earlier ones applied, as Excel does', async () => {
    const sim = createSimulatedHost();
    inventory(sim);
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.add('Piano');
        context.workbook.worksheets.getItem('Piano').getRange('A1:B1').values = [[1, 2, 3]];
        context.workbook.worksheets.getItem('Piano').getRange('A2').values = [['never']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(sim.workbook.sheetNames()).toEqual(['Foglio1', 'Piano']);
    expect(sim.workbook.sheet('Piano').cell('A2').value).toBe('');
  });
});

describe('worksheets', () => {
  let sim: SimHost;
  beforeEach(() => {
    sim = createSimulatedHost();
    inventory(sim);
  });

  it('refuses a duplicate name, case-insensitively, with ItemAlreadyExists', async () => {
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.add('FOGLIO1');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it.each([['x'.repeat(32)], ['Piano: 2024'], ['A/B'], ['a[1]'], ['what?'], ['star*'], ['back\\slash'], ['']])(
    'refuses the sheet name %j with InvalidArgument',
    async (name) => {
      await expect(
        sim.Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem('Foglio1');
          sheet.name = name;
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
    },
  );

  it('adds with a default name, at the end, without activating it', async () => {
    await sim.Excel.run(async (context) => {
      const added = context.workbook.worksheets.add();
      added.load('name,position');
      await context.sync();
      expect([added.name, added.position]).toEqual(['Foglio2', 1]);
    });
    expect(sim.workbook.sheetNames()).toEqual(['Foglio1', 'Foglio2']);
    expect(sim.workbook.activeSheet).toBe('Foglio1');
  });

  it('refuses to delete the last sheet', async () => {
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Foglio1').delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(sim.workbook.sheetNames()).toEqual(['Foglio1']);
  });

  it('getItemOrNullObject gives a null object for a missing sheet; operations on it are ignored', async () => {
    await sim.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Piano');
      const present = context.workbook.worksheets.getItemOrNullObject('foglio1');
      expect(errorOf(() => missing.isNullObject)?.code).toBe('PropertyNotLoaded');
      missing.delete(); // the "delete if it exists" idiom
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('getItem on a missing sheet fails at sync, when something uses it', async () => {
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Piano').load('name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('keeps the identity of a sheet across a rename within and between syncs', async () => {
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      sheet.name = 'Inventario';
      sheet.getRange('D1').values = [['ok']];
      await context.sync();
      sheet.load('name');
      await context.sync();
      expect(sheet.name).toBe('Inventario');
    });
    expect(sim.workbook.sheet('Inventario').cell('D1').value).toBe('ok');
  });

  it('quotes sheet names in addresses as Excel does', async () => {
    sim.workbook.addSheet('Piano 2022', [['a', 'b']]);
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem('Piano 2022')
        .getRange("'Piano 2022'!A1:B1")
        .load('address,values');
      await context.sync();
      expect(range.address).toBe("'Piano 2022'!A1:B1");
      expect(range.values).toEqual([['a', 'b']]);
    });
  });

  it('fails with ApiNotFound when the API is newer than the supported ExcelApi', async () => {
    const old = createSimulatedHost({ supportedSets: { ExcelApi: '1.8' } });
    inventory(old);
    await expect(
      old.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Foglio1').pageLayout.orientation = 'Landscape';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('ranges', () => {
  let sim: SimHost;
  beforeEach(() => {
    sim = createSimulatedHost();
    inventory(sim);
  });

  it('requires 2D arrays of the exact size, and copies a single value into every cell', async () => {
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Foglio1').getRange('E1:F2').values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Foglio1').getRange('E1:F2');
      (range as unknown as { numberFormat: unknown }).numberFormat = '0.00';
      range.values = [
        [1, null],
        ['', 'x'],
      ];
      await context.sync();
    });
    const sheet = sim.workbook.sheet('Foglio1');
    expect(sheet.values('E1:F2')).toEqual([
      [1, ''],
      ['', 'x'],
    ]);
    expect(sheet.cell('F2').numberFormat).toBe('0.00');
  });

  it('parses typed text like Excel: numbers, percentages, formulas, text format', async () => {
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      sheet.getRange('E2').numberFormat = [['@']];
      sheet.getRange('E1:E2').values = [['00123'], ['00123']];
      sheet.getRange('F1:F3').values = [['12%'], ['+39 02 1234'], ["'=not a formula"]];
      await context.sync();
    });
    const sheet = sim.workbook.sheet('Foglio1');
    expect(sheet.cell('E1').value).toBe(123);
    expect(sheet.cell('E2').value).toBe('00123');
    expect(sheet.cell('F1')).toMatchObject({ value: 0.12, numberFormat: '0%' });
    expect(sheet.cell('F2').formula).toBe('=+39 02 1234');
    expect(sheet.cell('F3')).toMatchObject({ value: '=not a formula', formula: undefined });
  });

  it('keeps formulas; values of formula cells come from the cache, evaluate(), or are empty', async () => {
    const writeAndRead = (host: SimHost) =>
      host.Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Foglio1').getRange('D1:D3');
        range.formulas = [['=1+1'], ['=SUM(B2:B3)'], [5]];
        range.load('values,formulas');
        await context.sync();
        return { values: range.values, formulas: range.formulas };
      });
    const plain = await writeAndRead(sim);
    expect(plain.formulas).toEqual([['=1+1'], ['=SUM(B2:B3)'], [5]]);
    expect(plain.values).toEqual([[''], [''], [5]]);

    const evaluating = createSimulatedHost({ evaluate: (_sheet, formula) => (formula === '=1+1' ? 2 : undefined) });
    inventory(evaluating);
    expect((await writeAndRead(evaluating)).values).toEqual([[2], [''], [5]]);

    sim.workbook.sheet('Foglio1').setFormula('D2', '=SUM(B2:B3)', 5);
    expect(sim.workbook.sheet('Foglio1').cell('D2')).toMatchObject({ value: 5, formula: '=SUM(B2:B3)' });
  });

  it('navigates: getCell, getRow, getColumn, getResizedRange, getOffsetRange, getLastRow, getRangeByIndexes', async () => {
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      const base = sheet.getRange('A1:C3');
      const ranges = [
        base.getCell(1, 2),
        base.getRow(2),
        base.getColumn(1),
        base.getResizedRange(1, -1),
        base.getOffsetRange(2, 1),
        base.getLastRow(),
        base.getLastColumn(),
        sheet.getRangeByIndexes(1, 0, 2, 3),
      ].map((r) => r.load('address'));
      await context.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        'Foglio1!C2',
        'Foglio1!A3:C3',
        'Foglio1!B1:B3',
        'Foglio1!A1:B4',
        'Foglio1!B3:D5',
        'Foglio1!A3:C3',
        'Foglio1!C1:C3',
        'Foglio1!A2:C3',
      ]);
    });
  });

  it('getSurroundingRegion returns the current region around a cell', async () => {
    sim.workbook.sheet('Foglio1').set('E6', [['isolato']]);
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      const region = sheet.getRange('B2').getSurroundingRegion().load('address,values');
      const lonely = sheet.getRange('E6').getSurroundingRegion().load('address');
      await context.sync();
      expect(region.address).toBe('Foglio1!A1:C3');
      expect(region.values[2]).toEqual(['A-02', 2, 48]);
      expect(lonely.address).toBe('Foglio1!E6');
    });
  });

  it('getUsedRange and getUsedRangeOrNullObject', async () => {
    sim.workbook.addSheet('Vuoto');
    await sim.Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Foglio1').getUsedRange().load('address');
      const none = context.workbook.worksheets.getItem('Vuoto').getUsedRangeOrNullObject();
      await context.sync();
      expect(used.address).toBe('Foglio1!A1:C3');
      expect(none.isNullObject).toBe(true);
    });
  });

  it('selection: getSelectedRange reads it, Range.select() moves it', async () => {
    sim.workbook.addSheet('Parametri', [['Anno', 2024]]);
    sim.workbook.select('Foglio1', 'B2:C3');
    await sim.Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load('address,values');
      await context.sync();
      expect(selected.address).toBe('Foglio1!B2:C3');
      expect(selected.values).toEqual([
        [3, 65.5],
        [2, 48],
      ]);
      context.workbook.worksheets.getItem('Parametri').getRange('B1').select();
      await context.sync();
    });
    expect(sim.workbook.activeSheet).toBe('Parametri');
    expect(sim.workbook.sheet('Parametri').selection).toBe('B1');
  });

  it('formats, merges, widths, borders; mixed formats read back as null', async () => {
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      const header = sheet.getRange('A1:C1');
      header.format.font.bold = true;
      header.format.font.color = '#1f4e79';
      header.format.fill.color = '#DDEBF7';
      header.format.horizontalAlignment = 'Center';
      header.format.borders.getItem('EdgeBottom').style = 'Continuous';
      header.format.borders.getItem('EdgeBottom').weight = 'Medium';
      sheet.getRange('A5:C5').merge();
      sheet.getRange('A:A').format.columnWidth = 120;
      sheet.getRange('A1:C3').set({ format: { wrapText: true } });
      await context.sync();
      const mixed = sheet.getRange('A1:A2').load('format/font/bold,format/fill/color,format/columnWidth');
      const bottom = header.format.borders.getItem('EdgeBottom').load('style,weight,color');
      await context.sync();
      expect(mixed.format.font.bold).toBeNull();
      expect(mixed.format.fill.color).toBeNull();
      expect(mixed.format.columnWidth).toBe(120);
      expect([bottom.style, bottom.weight, bottom.color]).toEqual(['Continuous', 'Medium', '#000000']);
    });
    const sheet = sim.workbook.sheet('Foglio1');
    expect(sheet.cell('B1').format).toMatchObject({
      bold: true,
      color: '#1F4E79',
      fill: '#DDEBF7',
      horizontalAlignment: 'Center',
      wrapText: true,
      borders: { bottom: { style: 'Continuous', weight: 'Medium', color: '#000000' } },
    });
    expect(sheet.cell('B2').format.bold).toBe(false);
    expect(sheet.merges).toEqual(['A5:C5']);
    expect(sheet.cell('B5').mergedArea).toBe('A5:C5');
    expect(sheet.columnWidths).toEqual({ A: 120 });
  });

  it('freeze panes and page layout', async () => {
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      sheet.freezePanes.freezeAt(sheet.getRange('A1:B2'));
      sheet.pageLayout.orientation = 'Landscape';
      sheet.pageLayout.paperSize = 'A3';
      sheet.pageLayout.centerHorizontally = true;
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows('$1:$1');
      sheet.pageLayout.setPrintArea('A1:C3');
      const frozen = sheet.freezePanes.getLocationOrNullObject();
      await context.sync();
      frozen.load('address');
      await context.sync();
      expect(frozen.address).toBe('Foglio1!A1:B2');
    });
    const sheet = sim.workbook.sheet('Foglio1');
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([2, 2]);
    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A3',
      centerHorizontally: true,
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      printTitleRows: '$1:$1',
      printArea: '$A$1:$C$3',
    });
  });

  it('running header and footer, manual page breaks (ExcelApi 1.9)', async () => {
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      const every = sheet.pageLayout.headersFooters.defaultForAllPages;
      every.centerHeader = '&9Piano 2022';
      every.centerFooter = '&9Pagina &P di &N';
      sheet.pageLayout.zoom = { scale: 71 };
      sheet.horizontalPageBreaks.add('A20');
      sheet.horizontalPageBreaks.add(sheet.getRange('B8:C9'));
      sheet.horizontalPageBreaks.add('A20'); // already there: kept once
      const count = sheet.horizontalPageBreaks.getCount();
      const breaks = sheet.horizontalPageBreaks.load('items/rowIndex');
      every.load('centerFooter');
      await context.sync();
      expect(count.value).toBe(2);
      expect(breaks.items.map((item) => item.rowIndex)).toEqual([7, 19]);
      expect(every.centerFooter).toBe('&9Pagina &P di &N');
    });
    expect(sim.workbook.sheet('Foglio1').pageLayout).toMatchObject({
      zoom: { scale: 71 },
      headerFooter: { centerHeader: '&9Piano 2022', centerFooter: '&9Pagina &P di &N', leftHeader: '' },
      pageBreaks: [8, 20],
    });
    // As in Excel: no break before the first row, no header part over 255 characters.
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Foglio1').horizontalPageBreaks.add('A1');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      sim.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Foglio1');
        sheet.pageLayout.headersFooters.defaultForAllPages.leftFooter = 'x'.repeat(256);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Foglio1').horizontalPageBreaks.removePageBreaks();
      await context.sync();
    });
    expect(sim.workbook.sheet('Foglio1').pageLayout.pageBreaks).toEqual([]);
  });

  it('page breaks and headers are ApiNotFound on a host with ExcelApi 1.8', async () => {
    const old = createSimulatedHost({ supportedSets: { ExcelApi: '1.8' } });
    inventory(old);
    await expect(
      old.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Foglio1').horizontalPageBreaks.add('A5');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(
      old.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Foglio1').pageLayout.headersFooters.defaultForAllPages.centerHeader = 'x';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(old.workbook.sheet('Foglio1').pageLayout.pageBreaks).toEqual([]);
  });
});

describe('data validation', () => {
  let sim: SimHost;
  beforeEach(() => {
    sim = createSimulatedHost();
    inventory(sim);
    sim.workbook.addSheet('Parametri', [['Sì'], ['No'], ['Forse']]);
  });

  it('stores a rule, prompt and error alert per cell; the inspection view shows them', async () => {
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      const quota = sheet.getRange('C10');
      quota.dataValidation.rule = {
        decimal: { operator: sim.Excel.DataValidationOperator.between, formula1: 0, formula2: 0.25 },
      };
      quota.dataValidation.prompt = { showPrompt: true, title: 'Quota', message: 'Da 0 a 0,25' };
      quota.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Quota', message: 'Fuori intervallo' };
      sheet.getRange('C13').dataValidation.rule = { list: { inCellDropDown: true, source: 'Sì,No' } };
      expect(sim.workbook.sheet('Foglio1').cell('C13').validation).toBeUndefined(); // applied at sync
      await context.sync();
    });
    const sheet = sim.workbook.sheet('Foglio1');
    expect(sheet.cell('C10').validation).toEqual({
      rule: { decimal: { operator: 'Between', formula1: '=0', formula2: '=0.25' } },
      prompt: { showPrompt: true, title: 'Quota', message: 'Da 0 a 0,25' },
      errorAlert: { showAlert: true, style: 'Stop', title: 'Quota', message: 'Fuori intervallo' },
    });
    expect(sheet.cell('C13').validation).toEqual({
      rule: { list: { inCellDropDown: true, source: 'Sì,No' } },
      prompt: { showPrompt: false, title: '', message: '' },
      errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
    });
    expect(sheet.cell('C11').validation).toBeUndefined();
    expect(sheet.cell('A1').validation).toBeUndefined();
  });

  it('loads rule, prompt, type after sync; unloaded properties throw PropertyNotLoaded', async () => {
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Foglio1').getRange('C10');
      range.dataValidation.rule = { wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: '1' } };
      const dv = range.dataValidation.load('rule,type');
      expect(errorOf(() => dv.rule)?.code).toBe('PropertyNotLoaded'); // not synced yet
      await context.sync();
      expect(dv.rule).toEqual({ wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: '=1' } });
      expect(dv.type).toBe('WholeNumber');
      expect(errorOf(() => dv.prompt)?.code).toBe('PropertyNotLoaded');
      expect(errorOf(() => dv.ignoreBlanks)?.code).toBe('PropertyNotLoaded');
      const viaRange = context.workbook.worksheets
        .getItem('Foglio1')
        .getRange('C10')
        .load({ dataValidation: { prompt: true, ignoreBlanks: true } });
      await context.sync();
      expect(viaRange.dataValidation.prompt).toEqual({ showPrompt: false, title: '', message: '' });
      expect(viaRange.dataValidation.ignoreBlanks).toBe(true);
      expect(errorOf(() => viaRange.dataValidation.rule)?.code).toBe('PropertyNotLoaded');
    });
  });

  it('refuses a rule with two criteria with InvalidArgument, applying nothing of it', async () => {
    await expect(
      sim.Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Foglio1').getRange('C13');
        range.dataValidation.rule = {
          list: { inCellDropDown: true, source: 'Sì,No' },
          wholeNumber: { operator: 'GreaterThan', formula1: 0 },
        };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation: 'DataValidation.rule' } });
    expect(sim.workbook.sheet('Foglio1').cell('C13').validation).toBeUndefined();
  });

  it.each<[string, Excel.DataValidationRule | Record<string, unknown>, string]>([
    ['no criterion', {}, 'DataValidation.rule'],
    ['Between without formula2', { decimal: { operator: 'Between', formula1: 0 } }, 'BasicDataValidation.formula2'],
    ['reversed bounds', { decimal: { operator: 'Between', formula1: 1, formula2: 0 } }, 'BasicDataValidation.formula2'],
    [
      'a fraction for wholeNumber',
      { wholeNumber: { operator: 'GreaterThan', formula1: 0.5 } },
      'BasicDataValidation.formula1',
    ],
    ['text as a bound', { decimal: { operator: 'LessThan', formula1: 'dieci' } }, 'BasicDataValidation.formula1'],
    ['an unknown operator', { decimal: { operator: 'Above', formula1: 1 } }, 'BasicDataValidation.operator'],
    ['an empty list', { list: { inCellDropDown: true, source: ' ' } }, 'ListDataValidation.source'],
    [
      'a list over 255 characters',
      { list: { inCellDropDown: true, source: 'x,'.repeat(128) } },
      'ListDataValidation.source',
    ],
    [
      'a 2D source range',
      { list: { inCellDropDown: true, source: '=Foglio1!$A$1:$B$3' } },
      'ListDataValidation.source',
    ],
    [
      'a source on a missing sheet',
      { list: { inCellDropDown: true, source: '=Manca!$A$1:$A$3' } },
      'ListDataValidation.source',
    ],
  ])('refuses %s with InvalidArgument', async (_what, rule, errorLocation) => {
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Foglio1').getRange('C10').dataValidation.rule =
          rule as Excel.DataValidationRule;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation } });
  });

  it('refuses titles and messages longer than Excel allows, and unknown alert styles', async () => {
    const attempt = (set: (dv: Excel.DataValidation) => void) =>
      sim.Excel.run(async (context) => {
        set(context.workbook.worksheets.getItem('Foglio1').getRange('C10').dataValidation);
        await context.sync();
      });
    await expect(
      attempt((dv) => (dv.prompt = { showPrompt: true, title: 'x'.repeat(33), message: '' })),
    ).rejects.toMatchObject({
      code: 'InvalidArgument',
      debugInfo: { errorLocation: 'DataValidationPrompt.title' },
    });
    const alert = { showAlert: true, style: 'Stop' as const, title: 'Errore', message: 'x'.repeat(226) };
    await expect(attempt((dv) => (dv.errorAlert = alert))).rejects.toMatchObject({
      debugInfo: { errorLocation: 'DataValidationErrorAlert.message' },
    });
    const style = { ...alert, message: 'ok', style: 'Fatal' } as unknown as Excel.DataValidationErrorAlert;
    await expect(attempt((dv) => (dv.errorAlert = style))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await attempt((dv) => (dv.prompt = { showPrompt: true, title: 'x'.repeat(32), message: 'y'.repeat(255) }));
    expect(sim.workbook.sheet('Foglio1').cell('C10').validation?.prompt.title).toHaveLength(32);
  });

  it('applies a rule set on a range to every cell; mixed ranges read as null; clear() removes only its cells', async () => {
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      const source = context.workbook.worksheets.getItem('Parametri').getRange('A1:A3');
      sheet.getRange('D2:E3').dataValidation.rule = { list: { inCellDropDown: false, source } };
      sheet.getRange('D2:E3').dataValidation.prompt = { showPrompt: true, title: 'Scelta', message: 'Dalla lista' };
      sheet.getRange('E3').dataValidation.prompt = { message: 'Solo qui' } as Excel.DataValidationPrompt;
      const whole = sheet.getRange('D2:E3').dataValidation.load('rule,prompt,type');
      const wider = sheet.getRange('D2:E4').dataValidation.load('rule,type');
      await context.sync();
      expect(whole.rule).toEqual({ list: { inCellDropDown: false, source: '=Parametri!$A$1:$A$3' } });
      expect(whole.type).toBe('List');
      expect(whole.prompt).toBeNull(); // E3 differs
      expect([wider.rule, wider.type]).toEqual([null, 'MixedCriteria']);
      sheet.getRange('E2').dataValidation.rule = { wholeNumber: { operator: 'EqualTo', formula1: '=$A$2' } };
      sheet.getRange('D3:E3').dataValidation.clear();
      const after = sheet.getRange('D2:E2').dataValidation.load('type');
      await context.sync();
      expect(after.type).toBe('Inconsistent');
    });
    const sheet = sim.workbook.sheet('Foglio1');
    expect(sheet.cell('D2').validation?.rule).toEqual({
      list: { inCellDropDown: false, source: '=Parametri!$A$1:$A$3' },
    });
    expect(sheet.cell('E2').validation).toMatchObject({
      rule: { wholeNumber: { operator: 'EqualTo', formula1: '=$A$2' } },
      prompt: { showPrompt: true, title: 'Scelta', message: 'Dalla lista' }, // the rule kept the prompt
    });
    expect(sheet.cell('D3').validation).toBeUndefined();
    expect(sheet.cell('E3').validation).toBeUndefined();
  });

  it('refuses at once a Range source from another request context', async () => {
    await sim.Excel.run(async (outer) => {
      const source = outer.workbook.worksheets.getItem('Parametri').getRange('A1:A3');
      await sim.Excel.run(async (inner) => {
        const dv = inner.workbook.worksheets.getItem('Foglio1').getRange('C13').dataValidation;
        expect(errorOf(() => (dv.rule = { list: { inCellDropDown: true, source } }))?.code).toBe(
          'InvalidRequestContext',
        );
        await inner.sync();
      });
    });
    expect(sim.workbook.sheet('Foglio1').cell('C13').validation).toBeUndefined();
  });

  it('exposes the DataValidation enums; date rules are not simulated', async () => {
    expect(sim.Excel.DataValidationType.mixedCriteria).toBe('MixedCriteria');
    expect(sim.Excel.DataValidationAlertStyle.warning).toBe('Warning');
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Foglio1').getRange('C10').dataValidation.rule = {
          date: { operator: 'GreaterThan', formula1: '2024-01-01' },
        };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'NotSimulated' });
  });

  it('fails with ApiNotFound on a host with ExcelApi 1.7 (DataValidation is 1.8)', async () => {
    const old = createSimulatedHost({ supportedSets: { ExcelApi: '1.7' } });
    inventory(old);
    await expect(
      old.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Foglio1').getRange('C13').dataValidation.rule = {
          list: { inCellDropDown: true, source: 'Sì,No' },
        };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(
      old.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Foglio1').getRange('C13').dataValidation.load('type');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(old.workbook.sheet('Foglio1').cell('C13').validation).toBeUndefined();
  });
});

describe('tables and names', () => {
  let sim: SimHost;
  beforeEach(() => {
    sim = createSimulatedHost();
    inventory(sim);
    sim.workbook.addSheet('Parametri', [
      ['Anno', 2024],
      ['Quota', 0.2],
    ]);
    sim.workbook.addTable('Foglio1', 'Inventario', 'A1:C3');
    sim.workbook.addName('QuotaIndigenti', 'Parametri', 'B2');
  });

  it('finds a table and its ranges', async () => {
    await sim.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('inventario');
      const whole = table.getRange().load('address');
      const header = table.getHeaderRowRange().load('values');
      const body = table.getDataBodyRange().load('address,values');
      table.load('name');
      table.worksheet.load('name');
      const missing = context.workbook.tables.getItemOrNullObject('Altro');
      await context.sync();
      expect(table.name).toBe('Inventario');
      expect(table.worksheet.name).toBe('Foglio1');
      expect(whole.address).toBe('Foglio1!A1:C3');
      expect(header.values).toEqual([['Codice', 'Vani', 'Superficie']]);
      expect(body.address).toBe('Foglio1!A2:C3');
      expect(body.values[0]).toEqual(['A-01', 3, 65.5]);
      expect(missing.isNullObject).toBe(true);
    });
  });

  it('lists tables with their worksheet, and adds one', async () => {
    await sim.Excel.run(async (context) => {
      const tables = context.workbook.tables.load('items/name,items/worksheet/name');
      await context.sync();
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([['Inventario', 'Foglio1']]);
      const added = context.workbook.worksheets.getItem('Parametri').tables.add('A1:B2', true).load('name');
      await context.sync();
      expect(added.name).toBe('Table1');
    });
    expect(sim.workbook.tables().map((t) => t.address)).toEqual(['A1:C3', 'A1:B2']);
  });

  it('resolves names to ranges and lists them', async () => {
    await sim.Excel.run(async (context) => {
      const names = context.workbook.names.load('items/name,items/type,items/value,items/formula');
      const range = context.workbook.names.getItem('quotaindigenti').getRange().load('address,values');
      const none = context.workbook.names.getItemOrNullObject('Manca');
      await context.sync();
      expect(range.address).toBe('Parametri!B2');
      expect(range.values).toEqual([[0.2]]);
      expect(names.items.map((n) => [n.name, n.type, n.value, n.formula])).toEqual([
        ['QuotaIndigenti', 'Range', 'Parametri!$B$2', '=Parametri!$B$2'],
      ]);
      expect(none.isNullObject).toBe(true);
    });
  });
});

describe('Office', () => {
  it('onReady, host enums, displayLanguage', async () => {
    const sim = createSimulatedHost({ displayLanguage: 'it-IT' });
    await expect(sim.Office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(sim.Office.HostType.Excel).toBe('Excel');
    expect(sim.Office.AsyncResultStatus.Succeeded).toBe('succeeded');
    expect(sim.Office.context.displayLanguage).toBe('it-IT');
  });

  it('isSetSupported compares versions numerically per part', () => {
    const sim = createSimulatedHost({ supportedSets: { ExcelApi: '1.17', SharedRuntime: '1.1' } });
    const { isSetSupported } = sim.Office.context.requirements;
    expect(isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(isSetSupported('ExcelApi', '1.17')).toBe(true);
    expect(isSetSupported('ExcelApi', '1.18')).toBe(false);
    expect(isSetSupported('excelapi', 1.1)).toBe(true);
    expect(isSetSupported('SharedRuntime')).toBe(true);
    expect(isSetSupported('SharedRuntime', '1.2')).toBe(false);
    expect(isSetSupported('DialogApi', '1.1')).toBe(false);
    expect(compareVersions('1.9', '1.17')).toBeLessThan(0);
  });

  it('document settings round-trip through saveAsync', async () => {
    const sim = createSimulatedHost({ settings: { lastYear: 2023 } });
    const settings = sim.Office.context.document.settings;
    expect(settings.get('lastYear')).toBe(2023);
    expect(settings.get('missing')).toBeNull();
    settings.set('params', { year: 2024, quota: 0.2 });
    settings.remove('lastYear');
    const status = await new Promise((resolve) => settings.saveAsync((result) => resolve(result.status)));
    expect(status).toBe(sim.Office.AsyncResultStatus.Succeeded);
    expect(sim.settings.saved()).toEqual({ params: { year: 2024, quota: 0.2 } });
    expect(settings.get('params')).toEqual({ year: 2024, quota: 0.2 });
  });

  it('actions.associate + invokeAction resolves when the command calls completed()', async () => {
    const sim = createSimulatedHost();
    const seen: string[] = [];
    sim.Office.actions.associate('createPlan', (event) => {
      seen.push('started');
      setTimeout(() => {
        seen.push('done');
        event.completed();
      }, 0);
    });
    sim.Office.actions.associate('broken', () => {
      throw new Error('boom');
    });
    expect(sim.actionNames()).toEqual(['createPlan', 'broken']);
    await sim.invokeAction('createPlan');
    expect(seen).toEqual(['started', 'done']);
    await expect(sim.invokeAction('broken')).rejects.toThrow('boom');
    await expect(sim.invokeAction('nope')).rejects.toThrow(/no function associated/);
  });

  it('records showAsTaskpane', async () => {
    const sim = createSimulatedHost();
    await sim.Office.addin.showAsTaskpane();
    expect(sim.taskpaneCalls).toEqual(['show']);
  });
});

describe('install / uninstall and CustomFunctions', () => {
  it('installs the globals and puts back what was there', async () => {
    const target: Record<string, unknown> = { Office: 'previous' };
    const sim = createSimulatedHost();
    sim.install(target);
    expect(target.Office).toBe(sim.Office);
    expect(target.Excel).toBe(sim.Excel);
    expect(target.CustomFunctions).toBe(sim.CustomFunctions);
    sim.uninstall();
    expect(target.Office).toBe('previous');
    expect('Excel' in target).toBe(false);
  });

  it('works through globalThis like the real runtime', async () => {
    const sim = createSimulatedHost();
    inventory(sim);
    sim.install();
    try {
      const error = new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, 'negativo');
      expect(error.code).toBe('#NUM!');
      expect(CustomFunctions.ErrorCode.notAvailable).toBe('#N/A');
      CustomFunctions.associate('QUOTA', (units: number) => Math.ceil(units * 0.2));
      await expect(sim.invokeFunction('quota', 11)).resolves.toBe(3);
      const name = await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
        await context.sync();
        return sheet.name;
      });
      expect(name).toBe('Foglio1');
      expect(Excel.BorderIndex.edgeBottom).toBe('EdgeBottom');
    } finally {
      sim.uninstall();
    }
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
  });
});

describe('change events (Table.onChanged, Worksheet.onChanged)', () => {
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 10));

  it('a table hears edits of its cells, typed or written through the API, after the change; not others', async () => {
    const sim = createSimulatedHost();
    inventory(sim);
    sim.workbook.addTable('Foglio1', 'Alloggi', 'A1:C3');
    const heard: Excel.TableChangedEventArgs[] = [];
    const registration = await sim.Excel.run(async (context) => {
      const added = context.workbook.tables.getItem('Alloggi').onChanged.add(async (event) => {
        heard.push(event);
      });
      expect(heard).toEqual([]);
      await context.sync();
      return added;
    });
    sim.workbook.sheet('Foglio1').edit('B2', [[4]]);
    expect(heard).toEqual([]); // delivered after the change, never during it
    await settle();
    expect(heard).toEqual([
      expect.objectContaining({ type: 'TableChanged', address: 'B2', changeType: 'RangeEdited', source: 'Local' }),
    ]);
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Foglio1');
      sheet.getRange('B3:D3').values = [[1, 2, 'fuori']];
      sheet.getRange('F9').values = [['lontano']];
      await context.sync();
    });
    await settle();
    // The part inside the table only; the far cell is not the table's.
    expect(heard.map((event) => event.address)).toEqual(['B2', 'B3:C3']);
    await sim.Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    sim.workbook.sheet('Foglio1').edit('A2', [['A-09']]);
    await settle();
    expect(heard).toHaveLength(2);
  });

  it('a worksheet hears every edit of its cells; Table.onChanged needs ExcelApi 1.7', async () => {
    const sim = createSimulatedHost();
    inventory(sim);
    const addresses: string[] = [];
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Foglio1').onChanged.add(async (event) => {
        addresses.push(event.address);
      });
      await context.sync();
    });
    sim.workbook.sheet('Foglio1').edit('F9', [['nota']]);
    await settle();
    expect(addresses).toEqual(['F9']);

    const old = createSimulatedHost({ supportedSets: { ExcelApi: '1.6' } });
    inventory(old);
    old.workbook.addTable('Foglio1', 'Alloggi', 'A1:C3');
    await expect(
      old.Excel.run(async (context) => {
        context.workbook.tables.getItem('Alloggi').onChanged.add(async () => undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('custom functions within Excel on the web limits', () => {
  const big = (megabytes: number): string[][] => {
    const row = ['x'.repeat(1000)];
    return Array.from({ length: Math.ceil((megabytes * 1024 * 1024) / 1004) }, () => row);
  };

  it('arguments over 5 MB are refused with #VALUE! before the function runs; so is a result over 5 MB', async () => {
    const sim = createSimulatedHost();
    let calls = 0;
    sim.CustomFunctions.associate('CONTA', ((rows: unknown[][]) => {
      calls += 1;
      return rows.length;
    }) as never);
    sim.CustomFunctions.associate('GRANDE', (() => big(5.1)) as never);
    await expect(sim.invokeFunction('CONTA', big(4.9))).resolves.toBe(big(4.9).length);
    await expect(sim.invokeFunction('CONTA', big(5.1))).rejects.toMatchObject({
      code: '#VALUE!',
      message: expect.stringMatching(/arguments of CONTA are \d+ bytes > 5242880/),
    });
    expect(calls).toBe(1);
    await expect(sim.invokeFunction('GRANDE')).rejects.toMatchObject({ code: '#VALUE!' });
    // Desktop Excel has no such limit.
    const desktop = createSimulatedHost({ functionPayloadLimitBytes: Infinity });
    desktop.CustomFunctions.associate('CONTA', ((rows: unknown[][]) => rows.length) as never);
    await expect(desktop.invokeFunction('CONTA', big(5.1))).resolves.toBe(big(5.1).length);
  });

  it('a streaming function gives results through its invocation until it is cancelled', async () => {
    const sim = createSimulatedHost();
    const invocations: Array<{ setResult(value: unknown): void; onCanceled?: () => void }> = [];
    sim.CustomFunctions.associate('CONTATORE', ((start: number, invocation: (typeof invocations)[number]) => {
      invocations.push(invocation);
      invocation.setResult(start);
      invocation.onCanceled = () => invocations.splice(0);
    }) as never);
    const results: unknown[] = [];
    const call = sim.invokeStreaming('CONTATORE', [1], (value) => results.push(value));
    invocations[0].setResult(2);
    invocations[0].setResult(big(5.1));
    expect(results.slice(0, 2)).toEqual([1, 2]);
    expect(results[2]).toMatchObject({ code: '#VALUE!' });
    const invocation = invocations[0];
    call.cancel();
    expect(invocations).toEqual([]);
    invocation.setResult(3);
    expect(results).toHaveLength(3);
  });
});
