/**
 * Reads an inventory file into a Grid: .csv (Italian ';' or ','), or .xlsx streamed row by row
 * with ExcelJS so that a big file is never held twice in memory. The file is only ever read.
 */
import { createReadStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../core/csv';
import type { Grid } from '../core/types';

export interface InventoryGrid {
  grid: Grid;
  /** Excel row number of the grid's first row (the header). */
  headerRow: number;
  sheetName?: string;
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** ExcelJS cell values to the raw values Excel itself gives (formula results, error strings, text). */
export function rawCellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? '' : rawCellValue(result as ExcelJS.CellValue);
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return (value as ExcelJS.CellHyperlinkValue).text;
  return '';
}

function trimTrailingEmpty(row: unknown[]): unknown[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === '' || row[end - 1] === null || row[end - 1] === undefined)) end -= 1;
  return row.slice(0, end);
}

async function readXlsx(
  file: string,
  sheet: string | undefined,
  onProgress: (rows: number) => void,
): Promise<InventoryGrid> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  const seen: string[] = [];
  for await (const worksheetReader of reader) {
    const worksheet = worksheetReader as unknown as ExcelJS.Worksheet & AsyncIterable<ExcelJS.Row>;
    const name = (worksheetReader as unknown as { name: string }).name;
    seen.push(name);
    if (sheet !== undefined && name.toLowerCase() !== sheet.toLowerCase()) continue;
    const grid: Grid = [];
    let headerRow = 0;
    for await (const row of worksheet) {
      const values = trimTrailingEmpty(((row.values as ExcelJS.CellValue[]) ?? []).slice(1).map(rawCellValue));
      if (headerRow === 0) {
        if (values.length === 0) continue;
        headerRow = row.number;
      }
      // Keep row numbers exact: an empty row inside the data is an empty grid row.
      while (headerRow + grid.length < row.number) grid.push([]);
      grid.push(values);
      if (grid.length % 5000 === 0) onProgress(grid.length);
    }
    if (headerRow === 0) throw new InputError(`Il foglio «${name}» di ${path.basename(file)} è vuoto.`);
    return { grid, headerRow, sheetName: name };
  }
  if (sheet !== undefined) {
    throw new InputError(
      `Il file ${path.basename(file)} non ha un foglio «${sheet}». Fogli presenti: ${seen.join(', ') || 'nessuno'}.`,
    );
  }
  throw new InputError(`Il file ${path.basename(file)} non contiene fogli.`);
}

/** Reads the inventory; `sheet` chooses the worksheet of an .xlsx (default: the first). */
export async function readInventoryFile(
  file: string,
  sheet?: string,
  onProgress: (rows: number) => void = () => undefined,
): Promise<InventoryGrid> {
  let isFile = false;
  try {
    isFile = (await fs.stat(file)).isFile();
  } catch {
    throw new InputError(`Il file ${file} non esiste o non si può leggere.`);
  }
  if (!isFile) throw new InputError(`${file} è una cartella, non un file: indicate il file dell'inventario.`);
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv' || extension === '.txt') {
    const text = await fs.readFile(file, 'utf8');
    return { grid: parseCsv(text), headerRow: 1 };
  }
  if (extension === '.xlsx' || extension === '.xlsm') {
    try {
      return await readXlsx(file, sheet, onProgress);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(
        `Il file ${path.basename(file)} non è una cartella di lavoro Excel leggibile (${(error as Error).message}).`,
      );
    }
  }
  throw new InputError(`Formato di ${path.basename(file)} non supportato: usate un file .xlsx oppure .csv.`);
}
