/**
 * Cell text that looks like an escape of the file format: Excel reads `_xHHHH_` in a cell's text
 * as the character U+HHHH. An owner's name typed "ALER _x0041_ Ente" must come back as typed from
 * the command line's workbook (our writer escapes the underscore as `_x005F_`), and a text Excel
 * stored escaped (`_x000D_`, `_x005F_`) must be read as Excel shows it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readInventoryFile } from '../../src/cli/read';
import { zipDeflated } from '../../src/cli/zip';
import type { SheetLayout } from '../../src/core/sheet';
import { decodeXString, encodeXString, spreadsheetParts } from '../../src/xlsx/spreadsheetml';

const TEXTS = [
  'ALER _x0041_ Ente',
  '_x0041_x0042_',
  'a_x005F_b',
  '_x00e0__X00E0_',
  'Comune di Cremona',
  'under_score _x12_ _xZZZZ_',
];

let workdir: string;
beforeAll(() => {
  workdir = mkdtempSync(path.join(tmpdir(), 'casa-xstring-'));
});
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

function layoutOf(texts: readonly string[]): SheetLayout {
  return {
    name: 'Testi',
    cells: [[{ value: 'Ente proprietario' }], ...texts.map((text) => [{ value: text }])],
    rowCount: texts.length + 1,
    columnCount: 1,
    numberFormats: [],
    styles: [],
    merges: [],
    columnWidths: [30],
    rowHeights: {},
    freeze: { rows: 0, columns: 0 },
    print: { orientation: 'portrait', paperSize: 'A4', fitToPagesWide: 1, printArea: `A1:A${texts.length + 1}` },
    anchors: {},
  };
}

describe('_xHHHH_ in cell text', () => {
  it('encodeXString and decodeXString give back the text, read left to right as Excel reads it', () => {
    for (const text of TEXTS) expect(decodeXString(encodeXString(text))).toBe(text);
    expect(encodeXString('ALER _x0041_ Ente')).toBe('ALER _x005F_x0041_ Ente');
    expect(encodeXString('Comune di Cremona')).toBe('Comune di Cremona');
    // What Excel writes for a carriage return, an underscore escaped, a lower-case code.
    expect(decodeXString('riga_x000D_due')).toBe('riga\rdue');
    expect(decodeXString('_x005F_x0041_')).toBe('_x0041_');
    expect(decodeXString('citt_x00e0_')).toBe('città');
  });

  it('the command line writer stores it escaped; our reader and ExcelJS read the texts as typed', async () => {
    const file = path.join(workdir, 'testi.xlsx');
    writeFileSync(file, zipDeflated(spreadsheetParts([layoutOf(TEXTS)])));

    const read = await readInventoryFile(file);
    expect(read.grid.slice(1).map((row) => row[0])).toEqual(TEXTS);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const cells = TEXTS.map((_, index) => workbook.worksheets[0].getCell(index + 2, 1).value);
    expect(cells).toEqual(TEXTS);
  });
});
