/**
 * The ExcelJS writer of the layouts (the plan sheet, a communication's sheets, the comparison of
 * scenarios): renders a SheetLayout exactly as described (values, formulas with their cached
 * results, number formats, styles, merges, widths, heights, frozen panes, validations, tables,
 * page setup) and invents no formatting of its own. Nothing shipped uses it: the command line and
 * the task pane write with src/xlsx/spreadsheetml.ts (no ExcelJS). It is the reference the tests
 * hold that writer to (read back by ExcelJS, compared cell by cell; printed by LibreOffice), and
 * the writer of the scripts and benchmarks that make sample workbooks.
 */
import ExcelJS from 'exceljs';
import { cellText, parseRange, uniqueSheetName } from '../../src/core/sheet';
import type { DataValidationRule, LayoutCell, SheetLayout } from '../../src/core/sheet';
import {
  DEFAULT_FONT,
  PAPER_A4,
  argb,
  cellLooks,
  forEachCell,
  freeName,
  headerFooterCodes,
  type BorderSide,
  type BorderWeight,
  type CellLook,
} from '../../src/xlsx/looks';

function excelStyle(look: CellLook): Partial<ExcelJS.Style> {
  const { style, borders, numberFormat } = look;
  const result: Partial<ExcelJS.Style> = {};
  if (style.bold || style.italic || style.fontSize || style.fontColor) {
    result.font = {
      ...DEFAULT_FONT,
      ...(style.fontSize ? { size: style.fontSize } : {}),
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.fill) result.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.horizontalAlignment || style.verticalAlignment || style.wrapText) {
    result.alignment = {
      ...(style.horizontalAlignment ? { horizontal: style.horizontalAlignment } : {}),
      ...(style.verticalAlignment
        ? { vertical: style.verticalAlignment === 'center' ? 'middle' : style.verticalAlignment }
        : {}),
      ...(style.wrapText ? { wrapText: true } : {}),
    };
  }
  const sides = Object.entries(borders) as [BorderSide, BorderWeight][];
  if (sides.length > 0) {
    result.border = Object.fromEntries(
      sides.map(([side, weight]) => [side, { style: weight }]),
    ) as Partial<ExcelJS.Borders>;
  }
  if (numberFormat && numberFormat !== 'General') result.numFmt = numberFormat;
  return result;
}

function cellValue(cell: LayoutCell): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    // ExcelJS keeps formulas without the leading '='.
    const formula = cell.formula.replace(/^=/, '');
    return cell.result === undefined ? { formula, date1904: false } : { formula, result: cell.result, date1904: false };
  }
  return typeof cell.value === 'string' ? cellText(cell.value) : (cell.value ?? null);
}

function excelValidation(rule: DataValidationRule): ExcelJS.DataValidation {
  const texts = {
    ...(rule.prompt ? { showInputMessage: true, promptTitle: rule.title, prompt: rule.prompt } : {}),
    ...(rule.error ? { showErrorMessage: true, errorStyle: 'stop', errorTitle: rule.title, error: rule.error } : {}),
  };
  if (rule.type === 'list') {
    return { type: 'list', allowBlank: false, formulae: [`"${rule.values.join(',')}"`], ...texts };
  }
  return { type: rule.type, operator: 'between', allowBlank: false, formulae: [rule.min, rule.max], ...texts };
}

/** `wanted`, or `wanted_2`, `wanted_3`... when a table of the workbook already has that name (case ignored). */
function freeTableName(workbook: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(
    workbook.worksheets.flatMap((sheet) =>
      Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables ?? {}).map((name) =>
        name.toUpperCase(),
      ),
    ),
  );
  return freeName(taken, wanted);
}

/** The layout's Excel tables, over the cells already written (ExcelJS writes a table's cells itself). */
function addTables(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  for (const table of layout.tables ?? []) {
    const bounds = parseRange(table.range);
    const cellsOf = (row: number): (LayoutCell | null)[] =>
      (layout.cells[row - 1] ?? []).slice(bounds.firstColumn, bounds.lastColumn + 1);
    const columns = cellsOf(bounds.firstRow).map((cell, index) => ({
      name: cell?.value === undefined || cell.value === '' ? `Colonna ${index + 1}` : String(cell.value),
      filterButton: true,
    }));
    const rows: ExcelJS.CellValue[][] = [];
    for (let row = bounds.firstRow + 1; row <= bounds.lastRow; row += 1) {
      rows.push(cellsOf(row).map((cell) => (cell ? cellValue(cell) : null)));
    }
    worksheet.addTable({
      name: freeTableName(workbook, table.name),
      ref: worksheet.getCell(bounds.firstRow, bounds.firstColumn + 1).address,
      headerRow: true,
      style: {
        theme: (table.style ?? 'TableStyleMedium2') as ExcelJS.TableStyleProperties['theme'],
        showRowStripes: true,
      },
      columns,
      rows,
    });
  }
}

/** Adds a sheet rendering `layout` to `workbook` under a free name ("Piano 2022 (2)" when taken) and returns it. */
export function addLayoutSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  return addPlanSheet(workbook, layout);
}

/** Adds the plan sheet to `workbook` under a free name ("Piano 2022 (2)" when taken) and returns it. */
export function addPlanSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const name = uniqueSheetName(
    workbook.worksheets.map((sheet) => sheet.name),
    layout.name,
  );
  const worksheet = workbook.addWorksheet(name);

  layout.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  layout.cells.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      if (cell) worksheet.getCell(rowIndex + 1, columnIndex + 1).value = cellValue(cell);
    });
  });
  addTables(workbook, worksheet, layout);
  // Merged first, styled after: every cell of a merged range gets its own style object, so the
  // borders of the range's far edges are drawn.
  for (const range of layout.merges) worksheet.mergeCellsWithoutStyle(range);
  for (const [key, look] of cellLooks(layout)) {
    const [row, column] = key.split(':').map(Number);
    worksheet.getCell(row, column + 1).style = excelStyle(look);
  }
  for (const [rowIndex, height] of Object.entries(layout.rowHeights)) {
    worksheet.getRow(Number(rowIndex) + 1).height = height;
  }
  for (const rule of layout.validations ?? []) {
    const validation = excelValidation(rule);
    forEachCell(rule.range, (row, column) => {
      worksheet.getCell(row, column + 1).dataValidation = validation;
    });
  }

  const { rows, columns } = layout.freeze;
  worksheet.views =
    rows > 0 || columns > 0
      ? [
          {
            state: 'frozen',
            xSplit: columns,
            ySplit: rows,
            topLeftCell: worksheet.getCell(rows + 1, columns + 1).address,
          },
        ]
      : [{ state: 'normal' }];

  const print = layout.print;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: print.paperSize === 'A4' ? PAPER_A4 : undefined,
    orientation: print.orientation,
    // A fixed zoom when the layout gives one: its page breaks are computed for it.
    ...(print.scale !== undefined
      ? { fitToPage: false, scale: print.scale }
      : { fitToPage: true, fitToWidth: print.fitToPagesWide, fitToHeight: 0 }),
    ...(print.margins ? { margins: { ...print.margins } } : {}),
    // ExcelJS writes these as defined names "'<sheet>'!range" without doubling an apostrophe of
    // the sheet's name ("Scelte dell'ente"), which Excel reads as a damaged file: such a sheet
    // prints its used range, fitted to the page as well.
    ...(worksheet.name.includes("'")
      ? {}
      : { printArea: print.printArea, ...(print.printTitleRows ? { printTitlesRow: print.printTitleRows } : {}) }),
  };
  // ExcelJS breaks the page below the row it is given: below the row before the one that starts a page.
  for (const row of print.pageBreaks ?? []) if (row > 1) worksheet.getRow(row - 1).addPageBreak();
  if (print.header || print.footer) {
    worksheet.headerFooter = {
      differentFirst: false,
      differentOddEven: false,
      oddHeader: headerFooterCodes(print.header),
      oddFooter: headerFooterCodes(print.footer),
    };
  }
  return worksheet;
}

/** A new workbook with one sheet per layout, in order. */
function layoutsWorkbook(layouts: readonly SheetLayout[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const layout of layouts) addLayoutSheet(workbook, layout);
  return workbook;
}

/** Writes a new workbook with one sheet per layout, in order. */
export async function writeLayoutsWorkbook(layouts: readonly SheetLayout[], file: string): Promise<void> {
  await layoutsWorkbook(layouts).xlsx.writeFile(file);
}

/** The bytes of a new workbook with one sheet per layout, written by ExcelJS (the reference of the tests). */
export async function layoutsWorkbookBuffer(layouts: readonly SheetLayout[]): Promise<Uint8Array> {
  return new Uint8Array(await layoutsWorkbook(layouts).xlsx.writeBuffer());
}

function planWorkbook(layout: SheetLayout): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  // The cached results are the engine's; a full recalculation on open costs nothing here and
  // keeps the sheet honest if a reader's Excel computes differently.
  workbook.calcProperties.fullCalcOnLoad = true;
  addPlanSheet(workbook, layout);
  return workbook;
}

/** The bytes of a new workbook holding only the plan sheet (the command line writes them atomically). */
export async function planWorkbookBuffer(layout: SheetLayout): Promise<Uint8Array> {
  return new Uint8Array(await planWorkbook(layout).xlsx.writeBuffer());
}

/** Writes a new workbook holding only the plan sheet. */
export async function writePlanWorkbook(layout: SheetLayout, file: string): Promise<void> {
  await planWorkbook(layout).xlsx.writeFile(file);
}
