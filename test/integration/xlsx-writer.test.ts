/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- ExcelJS cells, not Office.js proxies */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { addPlanSheet, writePlanWorkbook } from '../support/exceljs-writer';
import { entryText, readZipDirectory } from '../../src/cli/zip';
import { inventoryFingerprint } from '../../src/core/fingerprint';
import { computePlan } from '../../src/core/plan/plan';
import { presetById } from '../../src/core/plan/presets';
import { layoutPlanSheet, parseRange } from '../../src/core/sheet';
import type { SheetLayout } from '../../src/core/sheet';
import { cremonaUnits } from '../helpers/plan-units';

const inventory = cremonaUnits();
const layout: SheetLayout = layoutPlanSheet(computePlan(inventory, presetById('cremona-2022')!.params(2022)), {
  generatedAt: new Date(2026, 10, 27),
  fingerprint: inventoryFingerprint(inventory),
});

/** Writing and reading a workbook takes well under a second, but more on a machine busy with other runs. */
const IO_TIMEOUT = 30_000;

let directory: string;
let file: string;
let sheet: ExcelJS.Worksheet;

async function readBack(target: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(target);
  return workbook;
}

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'piano-xlsx-'));
  file = path.join(directory, 'piano.xlsx');
  await writePlanWorkbook(layout, file);
  const workbook = await readBack(file);
  sheet = workbook.getWorksheet('Piano 2022')!;
}, IO_TIMEOUT);

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('the plan workbook written with ExcelJS, read back', () => {
  test('one sheet named after the plan year', async () => {
    const workbook = await readBack(file);
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(['Piano 2022']);
  });

  test('every value and formula of the layout, formulas with their cached results', () => {
    const problems: string[] = [];
    layout.cells.forEach((row, rowIndex) =>
      row.forEach((cell, column) => {
        const written = sheet.getCell(rowIndex + 1, column + 1);
        const address = written.address;
        if (cell?.formula) {
          // ExcelJS keeps the formula without its leading '='.
          if (written.formula !== cell.formula.slice(1)) problems.push(`${address}: formula ${written.formula}`);
          if (written.result !== cell.result) problems.push(`${address}: result ${String(written.result)}`);
        } else if (cell && cell.value !== undefined) {
          if (written.value !== cell.value) problems.push(`${address}: value ${String(written.value)}`);
        } else if (!written.isMerged && written.value !== null) {
          problems.push(`${address}: should be empty`);
        }
      }),
    );
    expect(problems).toEqual([]);
    expect(sheet.getCell('A1').value).toBe("Piano Annuale dell'Offerta Abitativa 2022");
    const indigenza = sheet.getCell(layout.anchors['gruppo.1.indigenza']);
    expect(indigenza.formula).toMatch(/^ROUNDUP\(ROUND\(G\d+\*H\d+,6\),0\)$/);
    expect(indigenza.result).toBe(5);
  });

  test('number formats, including the parameter cells the formulas point at', () => {
    expect(sheet.getCell(layout.anchors['param.indigenza']).numFmt).toBe('0%');
    expect(sheet.getCell(layout.anchors['param.satRichiesti']).numFmt).toBe('0');
    expect(sheet.getCell(layout.anchors['gruppo.1.percentualeIndigenza']).numFmt).toBe('0%');
    expect(sheet.getCell(layout.anchors['totale.indigenza']).numFmt).toBe('0');
    expect(sheet.getCell(layout.anchors['gruppo.1.indigenza']).numFmt).toBe('0');
  });

  test('styles by range: title, headers, framed tables, bold totals with a medium top border', () => {
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    const header = sheet.getCell(`E${parseRange(layout.anchors['sezione.ripartizione']).firstRow + 1}`);
    expect(header.font).toMatchObject({ bold: true });
    expect(header.alignment).toMatchObject({ wrapText: true, horizontal: 'center', vertical: 'middle' });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } });
    expect(header.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
    const total = sheet.getCell(layout.anchors['totale.indigenza']);
    expect(total.font).toMatchObject({ bold: true });
    expect(total.border).toMatchObject({ top: { style: 'medium' }, bottom: { style: 'thin' } });
    // The last cell of a merged, framed row keeps its right edge.
    const lastParameterRow = parseRange(layout.anchors['param.anno']).firstRow;
    expect(sheet.getCell(`L${lastParameterRow}`).border).toMatchObject({ right: { style: 'thin' } });
    const override = sheet.getCell(layout.anchors['gruppo.1.satRichiesti']);
    expect(override.font).toMatchObject({ italic: true });
  });

  test('merges, column widths and row heights', () => {
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect([...merges].sort()).toEqual([...layout.merges].sort());
    layout.columnWidths.forEach((width, index) => expect(sheet.getColumn(index + 1).width).toBe(width));
    for (const [rowIndex, height] of Object.entries(layout.rowHeights)) {
      expect(sheet.getRow(Number(rowIndex) + 1).height).toBe(height);
    }
  });

  test('frozen title rows; A4 landscape at the layout’s zoom and margins, print area', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 0 });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: false,
      scale: layout.print.scale,
      margins: layout.print.margins,
      printArea: layout.print.printArea,
    });
    expect(sheet.pageSetup.printTitlesRow).toBeUndefined();
  });

  test(
    'the running header and footer, and the page breaks, as Excel reads them from the file',
    async () => {
      // A layout with two page breaks, written and read back as raw XML.
      const paged: SheetLayout = { ...layout, print: { ...layout.print, pageBreaks: [12, 30] } };
      const target = path.join(directory, 'pagine.xlsx');
      await writePlanWorkbook(paged, target);
      const entries = await readZipDirectory(target);
      const xml = await entryText(target, entries.get('xl/worksheets/sheet1.xml')!);
      // A break "above" the 0-based row id: above rows 12 and 30 (1-based ids 11 and 29).
      const breaks = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((match) => Number(match[1]));
      expect(breaks).toEqual([11, 29]);
      expect(xml).toContain(
        '<oddHeader>&amp;C&amp;9Piano Annuale dell&apos;Offerta Abitativa 2022 - Ambito di Cremona</oddHeader>',
      );
      expect(xml).toContain('<oddFooter>&amp;C&amp;9Pagina &amp;P di &amp;N</oddFooter>');
      expect(xml).toMatch(/<pageSetup [^>]*scale="\d+"/);
      expect(xml).not.toMatch(/<pageSetUpPr [^>]*fitToPage="1"/);
    },
    IO_TIMEOUT,
  );

  test('validation of the parameter cells', () => {
    expect(sheet.getCell(layout.anchors['param.ordine']).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Prima i SAT poi l\'indigenza sui restanti,Indigenza su tutti gli alloggi disponibili"'],
      showErrorMessage: true,
    });
    expect(sheet.getCell(layout.anchors['param.satSoglia']).dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 0.25],
    });
  });

  test("adding a second plan to an existing workbook keeps its sheets and picks 'Piano 2022 (2)'", async () => {
    const workbook = await readBack(file);
    const inventorySheet = workbook.addWorksheet('Inventario');
    inventorySheet.getCell('A1').value = 'Codice alloggio';
    const added = addPlanSheet(workbook, layout);
    expect(added.name).toBe('Piano 2022 (2)');
    const second = path.join(directory, 'due-piani.xlsx');
    await workbook.xlsx.writeFile(second);

    const reread = await readBack(second);
    expect(reread.worksheets.map((worksheet) => worksheet.name)).toEqual([
      'Piano 2022',
      'Inventario',
      'Piano 2022 (2)',
    ]);
    expect(reread.getWorksheet('Inventario')!.getCell('A1').value).toBe('Codice alloggio');
    for (const name of ['Piano 2022', 'Piano 2022 (2)']) {
      const plan = reread.getWorksheet(name)!;
      expect(plan.getCell(layout.anchors['totale.indigenza']).result).toBe(9);
      expect(plan.pageSetup.printArea).toBe(layout.print.printArea);
    }
  });
});
