/**
 * The sample inventory (assets/inventario-esempio.xlsx) as the workbench pre-loads it: every
 * sheet's values as Excel's Range.values gives them (dates as serial numbers, error cells as
 * '#N/A'), number formats, fonts and fills, column widths and tables. Node only (ExcelJS).
 *
 *   npx tsx test/workbench/sample-grid.ts     # writes test/workbench/generated/sample-grid.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { rawCellValue } from '../../src/cli/read';
import { ROOT } from './paths';
import type { SampleCellStyle, SampleSheet, SampleWorkbook } from './sample-types';

export { ROOT };
export const SAMPLE_XLSX = path.join(ROOT, 'assets/inventario-esempio.xlsx');
export const SAMPLE_JSON = path.join(__dirname, 'generated/sample-grid.json');

/** Excel's serial number of a date (1900 system); ExcelJS reads dates as UTC midnights. */
export function dateToSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/** A cell value as Range.values reports it. */
export function excelValue(value: ExcelJS.CellValue): string | number | boolean {
  const raw = rawCellValue(value);
  if (raw instanceof Date) return dateToSerial(raw);
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return raw === null || raw === undefined ? '' : String(raw);
}

function argbColor(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  return typeof argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

function styleOf(cell: ExcelJS.Cell): SampleCellStyle | undefined {
  const style: SampleCellStyle = {};
  if (cell.font?.bold) style.bold = true;
  if (cell.font?.italic) style.italic = true;
  const color = argbColor(cell.font?.color);
  if (color && color !== '#000000') style.color = color;
  const fill = cell.fill;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const background = argbColor(fill.fgColor);
    if (background) style.fill = background;
  }
  return Object.keys(style).length > 0 ? style : undefined;
}

/** Tables of a worksheet; ExcelJS's typings and its objects disagree, so read both shapes. */
function tablesOf(sheet: ExcelJS.Worksheet): Array<{ name: string; address: string }> {
  const found: Array<{ name: string; address: string }> = [];
  for (const entry of sheet.getTables() as unknown[]) {
    const table = (Array.isArray(entry) ? entry[0] : entry) as {
      name?: string;
      table?: { name?: string; tableRef?: string; ref?: string };
    };
    const name = table.table?.name ?? table.name;
    const address = table.table?.tableRef ?? table.table?.ref;
    if (name && address && address.includes(':')) found.push({ name, address });
  }
  return found;
}

export async function readSampleWorkbook(file = SAMPLE_XLSX): Promise<SampleWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: SampleSheet[] = workbook.worksheets.map((worksheet) => {
    const values: SampleSheet['values'] = [];
    const numberFormats: Record<string, string> = {};
    const styles: Record<string, SampleCellStyle> = {};
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: Array<string | number | boolean> = [];
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        cells[columnNumber - 1] = excelValue(cell.value);
        if (cell.numFmt && cell.numFmt !== 'General') numberFormats[cell.address] = cell.numFmt;
        const style = styleOf(cell);
        if (style) styles[cell.address] = style;
      });
      values[rowNumber - 1] = Array.from(cells, (v) => v ?? '');
    });
    // Rows ExcelJS never visited are empty.
    for (let i = 0; i < values.length; i++) values[i] ??= [];
    const columnWidths = (worksheet.columns ?? []).map((column) => column.width ?? null);
    return { name: worksheet.name, values, numberFormats, styles, columnWidths, tables: tablesOf(worksheet) };
  });
  return { source: path.relative(ROOT, file).split(path.sep).join('/'), sheets };
}

/** Writes the JSON the workbench bundles; returns its path. */
export async function writeSampleGrid(target = SAMPLE_JSON): Promise<string> {
  const sample = await readSampleWorkbook();
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(sample)}\n`);
  return target;
}

if (require.main === module) {
  writeSampleGrid().then(
    (file) => console.log(`Wrote ${path.relative(process.cwd(), file)}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
