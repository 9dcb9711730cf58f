/**
 * =CASA.DISPONIBILI and =CASA.PIANO with the inventory named in the formula (a table or a named
 * range, as text) on the simulated host: read through the Excel API in chunks, parsed once for
 * every formula using it, and followed: an edit of the table gives every formula its new result
 * (they are streaming functions; Excel itself does not see the table as an argument). Also the
 * range form: its parse kept by content, and refused above the 5 MB Excel on the web allows.
 */
import { DISPONIBILI, PIANO } from '../../src/functions/functions';
import { cacheStats, resetInventoryCache } from '../../src/functions/inventory-cache';
import { createSimulatedHost, type SimHost } from '../sim/host';
import { type Streamed, resultNow, stream } from '../helpers/streaming';

const HEADER = ['Codice alloggio', 'Ente proprietario', 'Comune', 'Stato', 'Data disponibilità'];
const ROWS = [
  ['CR-1', 'Comune di Cremona', 'Cremona', 'libero', ''],
  ['CR-2', 'Comune di Cremona', 'Cremona', 'libero', ''],
  ['CR-3', 'Comune di Cremona', 'Cremona', 'occupato', ''],
  ['CR-4', 'Comune di Cremona', 'Cremona', 'in turnover', 44652], // 1 April 2022
  ['CR-5', 'Comune di Cremona', 'Cremona', 'in turnover', 45017], // 1 April 2023
  ['AL-1', 'ALER Brescia-Cremona-Mantova', 'Cremona', 'libero', ''],
  ['AL-2', 'ALER Brescia-Cremona-Mantova', 'Castelverde', 'libero', ''],
];
const INVENTORY = [HEADER, ...ROWS];

let sim: SimHost;

beforeEach(async () => {
  sim = createSimulatedHost({ displayLanguage: 'it-IT' });
  sim.install();
  // The inventory as a table, lower and to the right, and the same cells under a name.
  sim.workbook.addSheet('Inventario', []).set('B3', INVENTORY);
  sim.workbook.addTable('Inventario', 'Alloggi', `B3:F${2 + INVENTORY.length}`);
  sim.workbook.addName('ElencoAlloggi', 'Inventario', `B3:F${2 + INVENTORY.length}`);
  await resetInventoryCache();
});

const live: Streamed<unknown>[] = [];
afterEach(async () => {
  for (const formula of live.splice(0)) formula.cancel();
  await resetInventoryCache();
  sim.uninstall();
});

function disponibili(inventory: unknown, year: number, owner: string | null = null): Streamed<unknown> {
  const formula = stream(DISPONIBILI, [[inventory]], year, owner, null);
  live.push(formula);
  return formula;
}

const settle = (ms = 400): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the inventory named in the formula', () => {
  test.each([
    ['a table', 'Alloggi'],
    ['a named range', 'ElencoAlloggi'],
    ['a table, whatever the case', 'alloggi'],
  ])('%s: the same count as the range', async (_what, name) => {
    const expected = resultNow(DISPONIBILI, INVENTORY, 2022, null, null);
    expect(expected).toBe(5);
    await expect(disponibili(name, 2022).next()).resolves.toBe(expected);
    await expect(disponibili(name, 2023).next()).resolves.toBe(6);
    await expect(disponibili(name, 2022, 'Comune di Cremona').next()).resolves.toBe(3);
  });

  test('an edit of the table gives the formula its new result, without Excel calling it again', async () => {
    const formula = disponibili('Alloggi', 2022);
    await expect(formula.next()).resolves.toBe(5);
    // CR-3 (row 6 of the sheet) is vacated: a person types "libero" over "occupato".
    sim.workbook.sheet('Inventario').edit('E6', [['libero']]);
    await expect(formula.next()).resolves.toBe(6);
    // And an edit through the Excel API (another add-in, a macro) as well.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Inventario').getRange('E4:E5').values = [['occupato'], ['occupato']];
      await context.sync();
    });
    await expect(formula.next()).resolves.toBe(4);
    expect(formula.results).toEqual([5, 6, 4]);
  });

  test('ten formulas on one table: one read; an edit: one more read, and all ten follow', async () => {
    const formulas = Array.from({ length: 10 }, (_, index) => disponibili('Alloggi', 2022 + (index % 2)));
    const first = await Promise.all(formulas.map((formula) => formula.next()));
    expect(first).toEqual(formulas.map((_, index) => (index % 2 ? 6 : 5)));
    expect(cacheStats.namedReads).toBe(1);
    // A formula entered later uses the kept parse: no read, no round trip.
    const syncs = sim.stats.syncCount;
    await expect(disponibili('Alloggi', 2022).next()).resolves.toBe(5);
    expect(sim.stats.syncCount).toBe(syncs);
    expect(cacheStats.namedReads).toBe(1);

    sim.workbook.sheet('Inventario').edit('E6', [['libero']]);
    const after = await Promise.all(formulas.map((formula) => formula.next()));
    expect(after).toEqual(formulas.map((_, index) => (index % 2 ? 7 : 6)));
    expect(cacheStats.namedReads).toBe(2);
  });

  test('a burst of edits (a paste) makes one new read', async () => {
    const formula = disponibili('Alloggi', 2022);
    await formula.next();
    const sheet = sim.workbook.sheet('Inventario');
    sheet.edit('E6', [['libero']]);
    sheet.edit('E4', [['occupato']]);
    sheet.edit('E4', [['libero']]);
    await expect(formula.next()).resolves.toBe(6);
    await settle();
    expect(cacheStats.namedReads).toBe(2);
    expect(formula.results).toEqual([5, 6]);
  });

  test('a named range: edits outside its cells are not reads, edits inside are followed', async () => {
    const formula = disponibili('ElencoAlloggi', 2022);
    await expect(formula.next()).resolves.toBe(5);
    sim.workbook.sheet('Inventario').edit('K20', [['una nota']]);
    await settle();
    expect(cacheStats.namedReads).toBe(1);
    sim.workbook.sheet('Inventario').edit('E6', [['libero']]);
    await expect(formula.next()).resolves.toBe(6);
    expect(cacheStats.namedReads).toBe(2);
  });

  test('a name that is neither a table nor a named range: #VALUE! saying what to check', async () => {
    const error = (await disponibili('Sparita', 2022).next()) as { code: string; message: string };
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('«Sparita»');
    expect(error.message).toContain('Gestione nomi');
  });

  test('a bad year is reported at once, before anything is read', () => {
    const formula = disponibili('Alloggi', 1990);
    expect(formula.results).toHaveLength(1);
    expect(formula.results[0]).toMatchObject({ code: '#VALUE!' });
    expect(sim.stats.syncCount).toBe(0);
  });

  test('PIANO by name spills the same table as PIANO on the range, and follows an edit', async () => {
    const expected = resultNow<unknown[][]>(PIANO, INVENTORY, 2022, 0.2, 0.1, 1, null);
    const formula = stream<unknown[][]>(PIANO, [['Alloggi']], 2022, 0.2, 0.1, 1, null);
    live.push(formula as Streamed<unknown>);
    await expect(formula.next()).resolves.toEqual(expected);
    sim.workbook.sheet('Inventario').edit('E6', [['libero']]);
    const after = await formula.next();
    const total = (table: unknown[][]): unknown[] => table[table.length - 1];
    expect(total(after)[3]).toBe((total(expected)[3] as number) + 1);
  });

  test('once cancelled (the formula deleted), an edit gives it nothing more', async () => {
    const formula = disponibili('Alloggi', 2022);
    await formula.next();
    formula.cancel();
    sim.workbook.sheet('Inventario').edit('E6', [['libero']]);
    await settle();
    expect(formula.results).toEqual([5]);
  });
});

describe('the inventory given as a range', () => {
  test('the parse is kept by content: the same cells again are not parsed again', () => {
    const copy = INVENTORY.map((row) => [...row]);
    expect(resultNow(DISPONIBILI, INVENTORY, 2022, null, null)).toBe(5);
    expect(resultNow(DISPONIBILI, copy, 2023, null, null)).toBe(6);
    expect(cacheStats.rangeParses).toBe(1);
    expect(cacheStats.rangeHits).toBe(1);
    copy[3][3] = 'libero';
    expect(resultNow(DISPONIBILI, copy, 2022, null, null)).toBe(6);
    expect(cacheStats.rangeParses).toBe(2);
  });

  /** An inventory of about `megabytes` MB as JSON. */
  function bigInventory(megabytes: number): unknown[][] {
    const rows: unknown[][] = [[...HEADER, 'Indirizzo']];
    const address = 'via Giuseppe Garibaldi, scala B, interno 12 '.repeat(2);
    let bytes = JSON.stringify(rows).length;
    for (let index = 0; bytes < megabytes * 1024 * 1024; index++) {
      const row = [`X-${index}`, 'Comune di Cremona', 'Cremona', index % 10 === 0 ? 'libero' : 'occupato', '', address];
      rows.push(row);
      bytes += JSON.stringify(row).length + 1;
    }
    return rows;
  }

  test('above 5 MB (desktop Excel passes it): #VALUE! that suggests the name of the table', () => {
    const rows = bigInventory(5.2);
    const error = resultNow<{ code: string; message: string }>(DISPONIBILI, rows, 2022, null, null);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toMatch(/occupa 5,\d MB: oltre i 5 MB/);
    expect(error.message).toContain('=CASA.DISPONIBILI("Inventario"; 2022)');
    const plan = resultNow<{ code: string; message: string }>(PIANO, rows, 2022, null, null, null, null);
    expect(plan.message).toContain('=CASA.PIANO("Inventario"; 2022)');
    // The size is the one Excel on the web counts: test/unit/functions-cache.test.ts checks it
    // byte for byte, so a range the web passes is never refused here.
  });

  test('Excel on the web (the simulated host) refuses such a range before the function runs; the name works', async () => {
    sim.CustomFunctions.associate('DISPONIBILI', DISPONIBILI as never);
    const rows = bigInventory(5.2);
    const results: unknown[] = [];
    const parsesBefore = cacheStats.rangeParses;
    sim.invokeStreaming('DISPONIBILI', [rows, 2022, null, null], (value) => results.push(value));
    await settle(50);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: '#VALUE!' });
    expect((results[0] as Error).message).toMatch(/simulated: the arguments of DISPONIBILI are \d+ bytes > 5242880/);
    expect(cacheStats.rangeParses).toBe(parsesBefore);

    // The same inventory as a table, by name: read in chunks of about 4 MB, no argument limit met.
    sim.workbook.addSheet('Grande', rows);
    sim.workbook.addTable('Grande', 'Grande', `A1:F${rows.length}`);
    const byName: unknown[] = [];
    const call = sim.invokeStreaming('DISPONIBILI', [[['Grande']], 2022, null, null], (value) => byName.push(value));
    for (let waited = 0; byName.length === 0 && waited < 100; waited++) await settle(50);
    call.cancel();
    expect(byName).toEqual([rows.slice(1).filter((row) => row[3] === 'libero').length]);
    expect(sim.stats.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  });
});
