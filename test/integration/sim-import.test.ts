/**
 * The simulated host's Workbook.insertWorksheetsFromBase64 and Excel.createWorkbook, on a
 * communication workbook written by the add-in's ExcelJS writer: what the "Importa comunicazioni"
 * and "Prepara la comunicazione" flows of the pane rely on.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { layoutCommunication } from '../../src/core/communication/layout';
import { writeLayoutsWorkbook } from '../support/exceljs-writer';
import { importWorkbook, openWorkbook } from '../../src/excel/communications';
import { ExcelUserError } from '../../src/excel/types';
import { decodeXlsx } from '../sim/decode-xlsx';
import { createSimulatedHost, type SimHost } from '../sim/host';

let base64: string;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'casa-import-'));
  const book = layoutCommunication({ ente: 'Comune di Castelverde', anno: 2027, values: { satRichiesti: 2 } });
  const file = path.join(folder, book.fileName);
  await writeLayoutsWorkbook(book.sheets, file);
  base64 = readFileSync(file).toString('base64');
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let sim: SimHost;
afterEach(() => sim.uninstall());

function host(supportedSets?: Record<string, string>): SimHost {
  sim = createSimulatedHost({ decodeWorkbook: decodeXlsx, ...(supportedSets ? { supportedSets } : {}) });
  sim.workbook.addSheet('Piano', [['x']]);
  sim.install();
  return sim;
}

describe('insertWorksheetsFromBase64 on the simulated host', () => {
  test('adds every sheet at the end, with its cells, tables and validation, and gives their IDs', async () => {
    host();
    const ids = await Excel.run(async (context) => {
      const result = context.workbook.insertWorksheetsFromBase64(base64);
      await context.sync();
      return result.value;
    });
    expect(ids).toHaveLength(3);
    expect(sim.workbook.sheetNames()).toEqual(['Piano', 'Istruzioni', 'Alloggi', "Scelte dell'ente"]);
    const scelte = sim.workbook.sheet("Scelte dell'ente");
    expect(scelte.cell('A2').value).toBe('Ente proprietario');
    expect(scelte.cell('B2').value).toBe('Comune di Castelverde');
    const tables = await Excel.run(async (context) => {
      const collection = context.workbook.tables.load('items/name');
      await context.sync();
      return collection.items.map((table) => table.name);
    });
    expect(tables).toEqual(['Alloggi_Comune_di_Castelverde']);
    expect(sim.workbook.sheet('Alloggi').cell('F2').validation?.rule.list?.source).toBe(
      'libero,in turnover,in ristrutturazione,nuova costruzione,occupato,carenza manutentiva',
    );
  });

  test('a second copy gets " (2)" names and a new table name, as Excel does', async () => {
    host();
    await Excel.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(base64, { sheetNamesToInsert: ['Alloggi'] });
      context.workbook.insertWorksheetsFromBase64(base64, {
        sheetNamesToInsert: ['Alloggi'],
        positionType: 'Beginning',
      });
      await context.sync();
    });
    expect(sim.workbook.sheetNames()).toEqual(['Alloggi (2)', 'Piano', 'Alloggi']);
    const tables = await Excel.run(async (context) => {
      const collection = context.workbook.tables.load('items/name');
      await context.sync();
      return collection.items.map((table) => table.name);
    });
    expect(tables).toEqual(['Alloggi_Comune_di_Castelverde', 'Alloggi_Comune_di_Castelverde2']);
  });

  test('a file that is not a workbook fails the sync with InvalidArgument and changes nothing', async () => {
    host();
    await expect(
      Excel.run(async (context) => {
        context.workbook.insertWorksheetsFromBase64(Buffer.from('non è un file excel').toString('base64'));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(sim.workbook.sheetNames()).toEqual(['Piano']);
  });

  test('an Excel without ExcelApi 1.13 refuses it with ApiNotFound', async () => {
    host({ ExcelApi: '1.12' });
    await expect(
      Excel.run(async (context) => {
        context.workbook.insertWorksheetsFromBase64(base64);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('Excel.createWorkbook on the simulated host', () => {
  test('records the workbook opened, which decodes back to the communication', async () => {
    host();
    await Excel.createWorkbook(base64);
    expect(sim.openedWorkbooks).toHaveLength(1);
    const opened = await decodeXlsx(sim.openedWorkbooks[0]);
    expect(opened.sheets.map((sheet) => sheet.name)).toEqual(['Istruzioni', 'Alloggi', "Scelte dell'ente"]);
  });

  test('an Excel without ExcelApi 1.8 refuses it', async () => {
    host({ ExcelApi: '1.7' });
    await expect(Excel.createWorkbook(base64)).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('the adapter: importWorkbook and openWorkbook (src/excel/communications.ts)', () => {
  test('adds the sheets and gives the names they got', async () => {
    host();
    sim.workbook.addSheet('Alloggi', [['già presente']]);
    await expect(importWorkbook({ name: 'castelverde.xlsx', base64 })).resolves.toEqual({
      file: 'castelverde.xlsx',
      sheets: ['Istruzioni', 'Alloggi (2)', "Scelte dell'ente"],
    });
    expect(sim.workbook.sheet('Alloggi').cell('A1').value).toBe('già presente');
  });

  test.each<[string, () => SimHost, () => string, RegExp]>([
    [
      'an Excel without ExcelApi 1.13',
      () => host({ ExcelApi: '1.12' }),
      () => base64,
      /non può aggiungere i fogli di un altro file.*Sposta o copia/,
    ],
    [
      'a file that is not a workbook',
      () => host(),
      () => Buffer.from('testo qualunque').toString('base64'),
      /non è una cartella di lavoro Excel \(\.xlsx\) leggibile/,
    ],
    [
      'a file too large for a request',
      () => host(),
      () => 'A'.repeat(5 * 1024 * 1024),
      /è troppo grande per essere aggiunto dal pannello/,
    ],
  ])('%s: a sentence that says what to do, nothing added', async (_title, make, file, message) => {
    make();
    const before = sim.workbook.sheetNames();
    const failure = importWorkbook({ name: 'comunicazione.xlsx', base64: file() });
    await expect(failure).rejects.toBeInstanceOf(ExcelUserError);
    await expect(failure).rejects.toThrow(message);
    expect(sim.workbook.sheetNames()).toEqual(before);
  });

  test('the size of a file too large is written in each language’s notation', async () => {
    host();
    const failure = await importWorkbook({ name: 'comunicazione.xlsx', base64: 'A'.repeat(5 * 1024 * 1024) }).catch(
      (error: ExcelUserError) => error,
    );
    expect(failure).toBeInstanceOf(ExcelUserError);
    expect((failure as ExcelUserError).message).toContain('«comunicazione.xlsx» (3,8 MB)');
    expect((failure as ExcelUserError).messageEn).toContain('"comunicazione.xlsx" (3.8 MB)');
  });

  test('openWorkbook opens the file in a new workbook; without ExcelApi 1.8 it says to download it', async () => {
    host();
    await openWorkbook(base64);
    expect(sim.openedWorkbooks).toEqual([base64]);
    sim.uninstall();
    host({ ExcelApi: '1.7' });
    await expect(openWorkbook(base64)).rejects.toThrow(/usate «Scarica il file»/);
  });
});
