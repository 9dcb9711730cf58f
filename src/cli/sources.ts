/**
 * The command line's sources: files and folders given, each opened with its sheets sorted (the
 * "Scelte dell'ente" and "Enti dell'Ambito" sheets read), its inventories then streamed into the
 * merge row by row (src/cli/ambito.ts): no grid of an inventory is ever held. Files are only ever
 * read.
 */
import * as fs from './fs-async';
import * as path from 'node:path';
import { isOwnersSheetName } from '../core/communication/owners';
import { isScelteSheetName } from '../core/communication/scelte';
import { isInventoryGrid, sheetKind, type CommunicationSheets } from '../core/merge/sources';
import { CLI } from './messages';
import { InputError, openFileSheets, type StreamedSheet } from './read';

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
      throw new InputError(CLI['file-missing']({ file: input }));
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
      throw new InputError(CLI['folder-empty']({ folder: input }));
    }
    files.push(...entries.map((name) => path.join(full, name)));
  }
  const seen = new Set<string>();
  return files.filter((file) => (seen.has(file) ? false : (seen.add(file), true)));
}

/** A file's sheets sorted by what they are: inventories still to stream, the small sheets read. */
export interface StreamedFileSheets extends Omit<CommunicationSheets, 'inventories'> {
  file: string;
  inventories: StreamedSheet[];
  /** What reading noticed: complete once the inventories are streamed. */
  warnings(): string[];
}

/**
 * Opens a file and sorts its sheets by what they are, without reading its inventories (as the merge sorts sheets):
 * a sheet whose header row names an inventory's columns is streamed later; the others ("Scelte
 * dell'ente", "Enti dell'Ambito", anything else, all small) are read now to tell what they are.
 */
export async function openFileForMerge(
  file: string,
  options: { sheet?: string; onProgress?: (rows: number) => void } = {},
): Promise<StreamedFileSheets> {
  const name = path.basename(file);
  const opened = await openFileSheets(file, options.onProgress);
  const sorted: StreamedFileSheets = { file: name, inventories: [], scelte: [], owners: [], warnings: opened.warnings };
  const wanted = options.sheet?.toLowerCase();
  let first: StreamedSheet | undefined;
  for (const sheet of opened.sheets) {
    first ??= sheet;
    const headerOnly = { grid: [sheet.header], headerRow: sheet.headerRow, sheetName: sheet.sheetName };
    const byName = isScelteSheetName(sheet.sheetName) || isOwnersSheetName(sheet.sheetName);
    const named = wanted !== undefined && sheet.sheetName?.toLowerCase() === wanted;
    if (!byName && isInventoryGrid(headerOnly.grid)) {
      // An inventory: streamed later. With --sheet, only the one named (the others are not read).
      if (wanted === undefined || named) sorted.inventories.push(sheet);
      continue;
    }
    const whole = byName ? undefined : await sheet.grid();
    const kind = sheetKind(whole ?? headerOnly);
    if (kind === 'scelte') sorted.scelte.push(whole ?? (await sheet.grid()));
    else if (kind === 'enti') sorted.owners.push(whole ?? (await sheet.grid()));
    else if (named) sorted.inventories.push(sheet);
  }
  if (wanted !== undefined && sorted.inventories.length === 0 && opened.sheets.some((sheet) => sheet.sheetName)) {
    const present = opened.sheets.map((sheet) => sheet.sheetName).join(', ');
    throw new InputError(CLI['no-such-sheet']({ name, sheet: options.sheet ?? '', sheets: present || CLI.none }));
  }
  // A file with none of them gives its first sheet, so that the parser says what is missing.
  if (sorted.inventories.length + sorted.scelte.length + sorted.owners.length === 0 && first) {
    sorted.inventories.push(first);
  }
  return sorted;
}
