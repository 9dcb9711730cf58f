/**
 * Writes SheetLayouts into new worksheets with Office.js: one sync to learn the sheet names,
 * one batched sync for everything else (values, formats, styles by range, merges, widths, freeze
 * panes, print setup), whatever the size of the plan. No existing sheet is touched; if the write
 * fails, the half-written sheet is removed.
 */
import { uniqueSheetName } from '../core/sheet/names';
import { columnWidthPoints } from '../core/sheet/pages';
import { rangeAddress } from '../core/address';
import { cellNumberFormats, cellText } from '../core/sheet/text';
import type { CellStyle, LayoutCell, SheetLayout } from '../core/sheet/types';
import { toUserError } from './errors';
import type { WriteResult } from './types';

/** Excel column width unit (characters of the default font) to points, as Excel converts it. */
export const charactersToPoints = columnWidthPoints;

const POINTS_PER_INCH = 72;

function isSupported(version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
}

/**
 * The constants of the whole grid, for Range.values: text cut to what a cell holds; null (left
 * alone) where a formula goes and where the cell is empty.
 */
function valueGrid(layout: SheetLayout): (string | number | boolean | null)[][] {
  return layout.cells.map((row) =>
    row.map((cell: LayoutCell | null) => {
      if (!cell || cell.formula !== undefined || cell.value === undefined || cell.value === '') return null;
      return typeof cell.value === 'string' ? cellText(cell.value) : cell.value;
    }),
  );
}

/** The layout's own formulas, for Range.formulas; null (left alone) everywhere else. */
function formulaGrid(layout: SheetLayout): (string | null)[][] {
  return layout.cells.map((row) => row.map((cell: LayoutCell | null) => cell?.formula ?? null));
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined) {
    format.horizontalAlignment = { left: 'Left', center: 'Center', right: 'Right' }[
      style.horizontalAlignment
    ] as Excel.HorizontalAlignment;
  }
  if (style.verticalAlignment !== undefined) {
    format.verticalAlignment = { top: 'Top', center: 'Center', bottom: 'Bottom' }[
      style.verticalAlignment
    ] as Excel.VerticalAlignment;
  }
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  if (style.border === 'thin-all') {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  } else if (style.border === 'thin-bottom') {
    const border = format.borders.getItem('EdgeBottom');
    border.style = 'Continuous';
    border.weight = 'Thin';
  } else if (style.border === 'medium-top') {
    const border = format.borders.getItem('EdgeTop');
    border.style = 'Continuous';
    border.weight = 'Medium';
  }
}

function applyValidations(sheet: Excel.Worksheet, layout: SheetLayout): void {
  // Data validation (ExcelApi 1.8) only guides typing in the parameter cells; skip it where missing.
  if (!isSupported('1.8')) return;
  for (const rule of layout.validations ?? []) {
    const validation = sheet.getRange(rule.range).dataValidation;
    validation.rule =
      rule.type === 'list'
        ? { list: { inCellDropDown: true, source: rule.values.join(',') } }
        : {
            [rule.type === 'whole' ? 'wholeNumber' : 'decimal']: {
              operator: 'Between',
              formula1: rule.min,
              formula2: rule.max,
            },
          };
    if (rule.prompt) validation.prompt = { showPrompt: true, title: rule.title ?? '', message: rule.prompt };
    if (rule.error) {
      validation.errorAlert = { showAlert: true, style: 'Stop', title: rule.title ?? '', message: rule.error };
    }
  }
}

/** `wanted`, or `wanted2`, `wanted3`... when a table or name of the workbook has it (case ignored). */
function freeTableName(taken: Set<string>, wanted: string): string {
  let name = wanted;
  for (let copy = 2; taken.has(name.toUpperCase()); copy += 1) name = `${wanted}${copy}`;
  taken.add(name.toUpperCase());
  return name;
}

/** Queues the whole sheet on `sheet` (no sync); `tableNames` holds the names already taken. */
function queueSheet(sheet: Excel.Worksheet, layout: SheetLayout, tableNames: Set<string> = new Set()): void {
  const whole = sheet.getRange(rangeAddress(1, 0, layout.rowCount, layout.columnCount - 1));
  // Formats first: a text-formatted cell ('@') keeps a name that starts with '=', '+', '-' or
  // '@' as text (core/sheet/text.ts). Constants go through values, formulas through formulas.
  whole.numberFormat = cellNumberFormats(layout);
  whole.values = valueGrid(layout);
  if (layout.cells.some((row) => row.some((cell) => cell?.formula !== undefined))) whole.formulas = formulaGrid(layout);
  for (const range of layout.merges) sheet.getRange(range).merge(false);
  for (const { range, style } of layout.styles) applyStyle(sheet.getRange(range), style);
  layout.columnWidths.forEach((width, index) => {
    sheet.getRangeByIndexes(0, index, 1, 1).getEntireColumn().format.columnWidth = charactersToPoints(width);
  });
  for (const [rowIndex, height] of Object.entries(layout.rowHeights)) {
    sheet.getRangeByIndexes(Number(rowIndex), 0, 1, 1).getEntireRow().format.rowHeight = height;
  }
  applyValidations(sheet, layout);
  for (const table of layout.tables ?? []) {
    const added = sheet.tables.add(table.range, true);
    added.name = freeTableName(tableNames, table.name);
    if (table.style) added.style = table.style;
  }
  if (layout.freeze.rows > 0) sheet.freezePanes.freezeRows(layout.freeze.rows);
  if (layout.freeze.columns > 0) sheet.freezePanes.freezeColumns(layout.freeze.columns);
  // Page layout is ExcelApi 1.9: on older hosts the sheet is still complete, only not print-ready.
  // So are the running header and footer and the page breaks (ExcelApi 1.9 as well).
  if (isSupported('1.9')) {
    const print = layout.print;
    const page = sheet.pageLayout;
    page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    page.paperSize = 'A4';
    // A fixed zoom when the layout gives one: its page breaks are computed for it.
    page.zoom =
      print.scale !== undefined
        ? { scale: print.scale }
        : { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
    if (print.margins) {
      page.topMargin = print.margins.top * POINTS_PER_INCH;
      page.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
      page.leftMargin = print.margins.left * POINTS_PER_INCH;
      page.rightMargin = print.margins.right * POINTS_PER_INCH;
      page.headerMargin = print.margins.header * POINTS_PER_INCH;
      page.footerMargin = print.margins.footer * POINTS_PER_INCH;
    }
    if (print.printTitleRows) {
      const [first, last] = print.printTitleRows.split(':');
      page.setPrintTitleRows(`$${first}:$${last}`);
    }
    page.setPrintArea(print.printArea);
    if (print.header || print.footer) {
      const every = page.headersFooters.defaultForAllPages;
      every.leftHeader = print.header?.left ?? '';
      every.centerHeader = print.header?.center ?? '';
      every.rightHeader = print.header?.right ?? '';
      every.leftFooter = print.footer?.left ?? '';
      every.centerFooter = print.footer?.center ?? '';
      every.rightFooter = print.footer?.right ?? '';
    }
    for (const row of print.pageBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row}`);
  }
}

/**
 * Writes the plan sheet into the open workbook and activates it. At most two syncs; on failure,
 * the sheet this call created is deleted and an ExcelUserError explains what to do.
 */
export async function writePlanSheet(layout: SheetLayout): Promise<WriteResult> {
  const [written] = await writeSheets([layout]);
  return written;
}

/**
 * Writes new sheets (the plan, then the sheets that go with it: Comunicazioni, Confronto scenari)
 * in two syncs, never replacing one, and activates the first. On failure every sheet this call
 * created is deleted and an ExcelUserError explains what to do.
 */
export async function writeSheets(layouts: readonly SheetLayout[]): Promise<WriteResult[]> {
  const created: string[] = [];
  try {
    return await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      const hasTables = layouts.some((layout) => (layout.tables ?? []).length > 0);
      const tables = hasTables ? context.workbook.tables.load('items/name') : undefined;
      const names = hasTables ? context.workbook.names.load('items/name') : undefined;
      await context.sync();
      const taken = worksheets.items.map((sheet) => sheet.name);
      const tableNames = new Set(
        [...(tables?.items ?? []), ...(names?.items ?? [])].map((item) => item.name.toUpperCase()),
      );
      const sheets = layouts.map((layout) => {
        const name = uniqueSheetName(taken, layout.name);
        taken.push(name);
        created.push(name);
        const sheet = worksheets.add(name);
        queueSheet(sheet, layout, tableNames);
        return sheet;
      });
      sheets[0]?.activate();
      await context.sync();
      return created.map((sheetName) => ({ sheetName }));
    });
  } catch (error) {
    if (created.length > 0) await removeSheets(created);
    throw toUserError(error);
  }
}

/** Deletes the half-written sheets. The names were free a moment before, so they are ours. */
async function removeSheets(names: readonly string[]): Promise<void> {
  try {
    await Excel.run(async (context) => {
      for (const name of names) context.workbook.worksheets.getItemOrNullObject(name).delete();
      await context.sync();
    });
  } catch {
    // The original error matters more to the user than a failed clean-up.
  }
}
