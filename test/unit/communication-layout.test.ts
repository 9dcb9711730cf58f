import {
  BLANK_ROWS_WITH_LISTS,
  DWELLINGS_SHEET_NAME,
  INSTRUCTIONS_SHEET_NAME,
  layoutCommunication,
  tableName,
} from '../../src/core/communication/layout';
import { SCELTE_SHEET_NAME, choiceDefinitions, parseScelte } from '../../src/core/communication/scelte';
import { matchHeaders, parseInventory, toOrigin, toService, toStatus, toYesNo } from '../../src/core/inventory';
import { Merge } from '../../src/core/merge/merge';
import { planFromMerge } from '../../src/core/merge/plan';
import { computePlan } from '../../src/core/plan/plan';
import { defaultParams } from '../../src/core/plan/params';
import type { SheetLayout } from '../../src/core/sheet/types';
import type { Grid } from '../../src/core/types';

/** The grid a reader gets back from a written layout (values, or a formula's cached result). */
const gridOf = (layout: SheetLayout): Grid =>
  layout.cells.map((row) => row.map((cell) => (cell ? (cell.value ?? cell.result ?? '') : '')));

const HEADERS = [
  'Codice alloggio',
  'Ente proprietario',
  'Comune',
  'Stato alloggio',
  'Destinazione',
  'Disponibile dal',
  'Note interne',
];
const INVENTORY: Grid = [
  HEADERS,
  ['CV-1', 'Comune di Castelverde', 'Castelverde', 'libero', 'SAP', '', 'piano terra'],
  ['AL-1', 'ALER Brescia-Cremona-Mantova', 'Cremona', 'libero', 'SAP', '', ''],
  ['CV-2', 'comune di castelverde ', 'Castelverde', 'in turnover', 'SAP', new Date(Date.UTC(2022, 4, 1)), ''],
  ['CV-3', 'Comune di Castelverde', 'Castelverde', 'occupato', 'SAS', '', ''],
];

function communication(inventory = true) {
  const parsed = parseInventory(INVENTORY);
  return layoutCommunication({
    ente: 'Comune di Castelverde',
    anno: 2022,
    ambito: 'Ambito di Cremona',
    capofila: 'Comune di Cremona',
    values: { satRichiesti: 1 },
    ...(inventory ? { inventory: { grid: INVENTORY, columns: parsed.columns } } : {}),
    generatedAt: new Date(Date.UTC(2021, 9, 1)),
  });
}

describe('the communication workbook', () => {
  test('has the instructions, the dwellings and the choices, named as the merge expects', () => {
    const book = communication();
    expect(book.fileName).toBe('Comunicazione 2022 - Comune di Castelverde.xlsx');
    expect(book.sheets.map((sheet) => sheet.name)).toEqual([
      INSTRUCTIONS_SHEET_NAME,
      DWELLINGS_SHEET_NAME,
      SCELTE_SHEET_NAME,
    ]);
  });

  test('the instructions give the deadline and what to send back, in plain Italian', () => {
    const text = gridOf(communication().sheets[0]).flat().join('\n');
    expect(text).toMatch(
      /Da restituire al Comune di Cremona entro il 31\/10\/2021 \(R\.R\. 4\/2017 art\. 5 c\. 1\), anche se l'ente non ha alloggi/,
    );
    expect(text).toMatch(/trovate i 3 alloggi dell'ente/);
    expect(text).toMatch(/Salvate il file in formato \.xlsx e inviatelo al Comune di Cremona\./);
  });

  test('one dwelling is spoken of in the singular, none as a table to fill', () => {
    const parsed = parseInventory(INVENTORY);
    const instructions = (ente: string): string =>
      gridOf(
        layoutCommunication({
          ente,
          anno: 2022,
          inventory: { grid: INVENTORY, columns: parsed.columns },
          generatedAt: new Date(Date.UTC(2021, 9, 1)),
        }).sheets[0],
      )
        .flat()
        .join('\n');
    expect(instructions('ALER Brescia-Cremona-Mantova')).toMatch(
      /trovate l'alloggio dell'ente che risulta al Comune capofila: controllatelo, correggete/,
    );
    expect(instructions('Comune di Lodi')).toMatch(
      /scrivete gli alloggi dell'ente, uno per riga: .* nel triennio 2022-2024\./,
    );
    expect(instructions('Comune di Lodi')).toMatch(/inviatelo al Comune capofila dell’Ambito\./);
  });

  test("from an inventory: the owner's rows only (any spelling of its name), with the inventory's own columns", () => {
    const book = communication();
    const dwellings = book.sheets[1];
    const grid = gridOf(dwellings);
    expect(book.alloggi).toBe(3);
    expect(grid[0]).toEqual(HEADERS);
    expect(grid.slice(1).map((row) => row[0])).toEqual(['CV-1', 'CV-2', 'CV-3']);
    // The date is an Excel serial (01/05/2022) with a date format.
    expect(grid[2][5]).toBe(44682);
    expect(dwellings.numberFormats).toContainEqual({ range: `F2:F${4 + BLANK_ROWS_WITH_LISTS}`, format: 'dd/mm/yyyy' });
    expect(dwellings.tables).toEqual([
      { name: 'Alloggi_Comune_di_Castelverde', range: 'A1:G4', style: 'TableStyleMedium2' },
    ]);
  });

  test('without an inventory: an empty table whose headers the add-in recognises, with drop-down lists', () => {
    const dwellings = communication(false).sheets[1];
    const grid = gridOf(dwellings);
    const match = matchHeaders(grid[0]);
    expect(match.unrecognised).toEqual([]);
    expect(Object.keys(match.columns)).toHaveLength(grid[0].length);
    // One column per field of the inventory (FIELD_NAMES), the assignment date (lett. g) last.
    expect(dwellings.tables?.[0].range).toBe(`A1:N2`);
    const lists = Object.fromEntries(
      (dwellings.validations ?? []).map((rule) => [grid[0][Number(rule.range.charCodeAt(0) - 65)], rule]),
    );
    const values = (header: string): string[] => {
      const rule = lists[header];
      if (rule?.type !== 'list') throw new Error(`no list for ${header}`);
      return rule.values;
    };
    // Every value offered is one the parser reads.
    expect(values('Servizio')).toEqual(['SAP', 'SAS', 'SAT']);
    expect(values('Stato').map((value) => toStatus(value))).toEqual([
      'libero',
      'turnover',
      'ristrutturazione',
      'nuova-costruzione',
      'occupato',
      'carenza-manutentiva',
    ]);
    expect(values('Servizio').map((value) => toService(value))).toEqual(['SAP', 'SAS', 'SAT']);
    expect(values('Origine disponibilità').every((value) => typeof toOrigin(value) === 'string')).toBe(true);
    expect(values('Carenza manutentiva').map((value) => toYesNo(value))).toEqual([true, false]);
    expect(values('Ente proprietario')).toEqual(['Comune di Castelverde']);
    expect(lists.Stato.range).toBe(`F2:F${2 + BLANK_ROWS_WITH_LISTS}`);
  });

  test('"Scelte dell\'ente": owner row, then one row per per-owner parameter with validation, read back as written', () => {
    const scelte = communication().sheets[2];
    const grid = gridOf(scelte);
    expect(grid[0]).toEqual(['Parametro', 'Valore', 'Articolo e valori ammessi']);
    expect(grid[1].slice(0, 2)).toEqual(['Ente proprietario', 'Comune di Castelverde']);
    const labels = grid.map((row) => row[0]);
    for (const definition of choiceDefinitions(2022)) expect(labels).toContain(definition.label.it);
    const rules = scelte.validations ?? [];
    const maggiorazioneRow = labels.indexOf('Maggiorazione indigenza (solo alloggi comunali)') + 1;
    expect(rules).toContainEqual(
      expect.objectContaining({ range: `B${maggiorazioneRow}`, type: 'decimal', min: 0, max: 0.8 }),
    );
    const satRow = labels.indexOf('Alloggi SAT richiesti (per ente e comune)') + 1;
    expect(rules).toContainEqual(expect.objectContaining({ range: `B${satRow}`, type: 'whole', min: 0 }));
    expect(parseScelte(grid, { anno: 2022 })).toEqual({
      problems: [],
      choices: expect.objectContaining({ ente: 'Comune di Castelverde', values: { satRichiesti: 1 }, anno: 2022 }),
    });
  });

  test('read back and merged, it gives the plan of the inventory with the same choices', () => {
    const book = communication();
    const dwellings = gridOf(book.sheets[1]);
    const inventory = parseInventory(dwellings, { sheetName: DWELLINGS_SHEET_NAME });
    const merge = new Merge(2022);
    merge.add({
      file: book.fileName,
      inventories: [{ sheet: DWELLINGS_SHEET_NAME, units: inventory.units, issues: inventory.issues }],
      scelte: [parseScelte(gridOf(book.sheets[2]), { anno: 2022, file: book.fileName, sheetName: SCELTE_SHEET_NAME })],
    });
    const merged = planFromMerge(merge.result(), defaultParams(2022));
    const original = parseInventory(INVENTORY).units.filter((unit) => unit.owner.toLowerCase().includes('castelverde'));
    const expected = computePlan(original, {
      ...defaultParams(2022),
      enti: { 'Comune di Castelverde': { satRichiesti: 1 } },
    });
    expect(merged.problemi).toEqual([]);
    expect(merged.totali).toEqual(expected.totali);
  });

  test.each([
    ['Comune di Castelverde', 'Alloggi_Comune_di_Castelverde'],
    ["Comune di Sant'Angelo Lodigiano", 'Alloggi_Comune_di_Sant_Angelo_Lodigiano'],
    ['ALER Brescia-Cremona-Mantova', 'Alloggi_ALER_Brescia_Cremona_Mantova'],
    ['Città di Crema', 'Alloggi_Citta_di_Crema'],
  ])('table name for %p', (owner, expected) => {
    expect(tableName('Alloggi', owner)).toBe(expected);
  });
});
