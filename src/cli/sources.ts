/**
 * The command line's sources: files and folders given, each read into a CommunicationSource
 * (its inventory sheets parsed, its "Scelte dell'ente" and "Enti dell'Ambito" sheets read) and
 * folded into the merge one at a time, so that only one file's grids are held at once. Files are
 * only ever read.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { sortSheets, type CommunicationSheets } from '../core/merge/sources';
import { InputError, readWorkbookSheets } from './read';

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

/** A file's sheets sorted by what they are, not yet parsed, and what reading it noticed. */
export interface FileSheets extends CommunicationSheets {
  file: string;
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
  const sorted = sortSheets(sheets, name);
  if (options.sheet !== undefined) {
    const wanted = options.sheet.toLowerCase();
    sorted.inventories = sheets.filter(
      (sheet) =>
        sheet.sheetName?.toLowerCase() === wanted && !sorted.scelte.includes(sheet) && !sorted.owners.includes(sheet),
    );
    if (sorted.inventories.length === 0 && sheets.some((sheet) => sheet.sheetName)) {
      const present = sheets.map((sheet) => sheet.sheetName).join(', ');
      throw new InputError(
        `Il file ${name} non ha un foglio «${options.sheet}». Fogli presenti: ${present || 'nessuno'}.`,
      );
    }
  }
  if (sorted.inventories.length + sorted.scelte.length + sorted.owners.length === 0 && sheets.length > 0) {
    sorted.inventories.push(sheets[0]);
  }
  return { ...sorted, file: name, warnings };
}
