/**
 * The command line's sources: files and folders given, each read into a CommunicationSource
 * (its inventory sheets parsed, its "Scelte dell'ente" and "Enti dell'Ambito" sheets read) and
 * folded into the merge one at a time, so that only one file's grids are held at once. Files are
 * only ever read.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseOwnersList, isOwnersSheetName } from '../core/communication/owners';
import { isScelteSheetName, looksLikeScelte, parseScelte, scelteYear } from '../core/communication/scelte';
import { REQUIRED_FIELDS, cellValue, isEmptyValue, matchHeaders, parseInventory } from '../core/inventory';
import type { CommunicationSource } from '../core/merge/merge';
import type { Grid } from '../core/types';
import { InputError, readWorkbookSheets, type InventoryGrid } from './read';

const READABLE = new Set(['.xlsx', '.xlsm', '.csv', '.txt', '.tsv']);

/**
 * The files to read, in the order given; a folder gives its readable files sorted by name
 * (Excel's lock files "~$..." and hidden files left out). Refused: a path that does not exist,
 * a folder with nothing to read.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    let stats;
    try {
      stats = await fs.stat(full);
    } catch {
      throw new InputError(`Il file ${input} non esiste o non si può leggere.`);
    }
    if (!stats.isDirectory()) {
      files.push(full);
      continue;
    }
    const entries = (await fs.readdir(full, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.startsWith('~$') && !entry.name.startsWith('.'))
      .filter((entry) => READABLE.has(path.extname(entry.name).toLowerCase()))
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b, 'it'));
    if (entries.length === 0) {
      throw new InputError(
        `La cartella ${input} non contiene file .xlsx o .csv da leggere: indicate la cartella delle comunicazioni degli enti.`,
      );
    }
    files.push(...entries.map((name) => path.join(full, name)));
  }
  const seen = new Set<string>();
  return files.filter((file) => (seen.has(file) ? false : (seen.add(file), true)));
}

/** True when the grid's header row names the columns an inventory needs (owner, comune, status). */
function isInventoryGrid(grid: Grid): boolean {
  const match = matchHeaders(grid[0] ?? []);
  return REQUIRED_FIELDS.every((field) => match.columns[field] !== undefined);
}

/** Headers and nothing under them: the empty table of an owner with no dwelling to communicate. */
function hasNoDwellings(grid: Grid): boolean {
  return grid.slice(1).every((row) => row.every((cell) => isEmptyValue(cellValue(cell))));
}

/** A file's sheets sorted by what they are, not yet parsed. */
export interface FileSheets {
  file: string;
  inventories: InventoryGrid[];
  scelte: InventoryGrid[];
  owners: InventoryGrid[];
  /** What the reader noticed and the user should know (an encoding, formulas without results...). */
  warnings: string[];
}

/**
 * Reads a file's sheets: inventories (their headers name owner, comune and status), "Scelte
 * dell'ente" tables, "Enti dell'Ambito" lists. With `sheet` (--sheet) only that sheet is an
 * inventory. A file with none of them gives its first sheet, so that the parser says what is missing.
 */
export async function readFileSheets(
  file: string,
  options: { sheet?: string; onProgress?: (rows: number) => void } = {},
): Promise<FileSheets> {
  const name = path.basename(file);
  const sheets = await readWorkbookSheets(file, options.onProgress);
  const warnings = [...new Set(sheets.flatMap((sheet) => sheet.warnings ?? []))];
  const sorted: FileSheets = { file, inventories: [], scelte: [], owners: [], warnings };
  for (const sheet of sheets) {
    if (isScelteSheetName(sheet.sheetName) || (!isInventoryGrid(sheet.grid) && looksLikeScelte(sheet.grid))) {
      sorted.scelte.push(sheet);
    } else if (isOwnersSheetName(sheet.sheetName)) {
      sorted.owners.push(sheet);
    } else if (options.sheet !== undefined) {
      if (sheet.sheetName?.toLowerCase() === options.sheet.toLowerCase()) sorted.inventories.push(sheet);
    } else if (isInventoryGrid(sheet.grid)) {
      sorted.inventories.push(sheet);
    }
  }
  if (options.sheet !== undefined && sorted.inventories.length === 0 && sheets.some((sheet) => sheet.sheetName)) {
    const present = sheets.map((sheet) => sheet.sheetName).join(', ');
    throw new InputError(
      `Il file ${name} non ha un foglio «${options.sheet}». Fogli presenti: ${present || 'nessuno'}.`,
    );
  }
  if (sorted.inventories.length + sorted.scelte.length + sorted.owners.length === 0 && sheets.length > 0) {
    sorted.inventories.push(sheets[0]);
  }
  return sorted;
}

/** The plan year the file's "Scelte dell'ente" say they are for, when they say one. */
export function yearOf(sheets: FileSheets): number | undefined {
  for (const sheet of sheets.scelte) {
    const year = scelteYear(sheet.grid);
    if (year !== undefined) return year;
  }
  return undefined;
}

/**
 * The file as a communication, parsed for the plan year `anno`. A file with a "Scelte dell'ente"
 * sheet and an empty dwellings table is an owner with nothing to communicate, not a problem.
 * `nameFile`: the file is named in every message (several files merged).
 */
export function parseFileSheets(sheets: FileSheets, anno: number, nameFile: boolean): CommunicationSource {
  const name = path.basename(sheets.file);
  const label = nameFile ? name : undefined;
  const source: CommunicationSource = { file: name, inventories: [], scelte: [], problems: [] };
  for (const sheet of sheets.scelte) {
    source.scelte.push(
      parseScelte(sheet.grid, { anno, file: label, sheetName: sheet.sheetName, firstRow: sheet.headerRow }),
    );
  }
  for (const sheet of sheets.owners) {
    source.entiAmbito = parseOwnersList(sheet.grid, {
      file: label,
      sheetName: sheet.sheetName,
      firstRow: sheet.headerRow,
    });
  }
  const communication = sheets.scelte.length > 0;
  for (const sheet of sheets.inventories) {
    const inventory = parseInventory(sheet.grid, { headerRow: sheet.headerRow, sheetName: sheet.sheetName });
    if (inventory.fatal && communication && hasNoDwellings(sheet.grid)) continue;
    source.inventories.push({
      sheet: sheet.sheetName,
      units: inventory.units,
      issues: inventory.issues,
      fatal: inventory.fatal,
    });
  }
  return source;
}
