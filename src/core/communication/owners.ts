/**
 * The owners of the Ambito ("Enti dell'Ambito"): every Comune with housing stock, the ALER and the
 * accredited operators, each of which owes the capofila its communication by 31 October, "anche
 * in assenza dei dati" (R.R. 4/2017 art. 5 c. 1). The list comes from a sheet of that name (one
 * owner per row under the header "Ente proprietario") or from a parameter ("A; B; C"). Pure.
 */
import { ownerKey } from '../plan/params';
import { cellValue, normaliseKey, toText } from '../inventory/values';
import { columnLetter } from '../address';
import { bilingual, format } from '../messages';
import type { Grid, InventoryIssue } from '../types';
import { COMMUNICATION_MESSAGES as M } from './messages';
import { placedProblem } from './place';

/** The sheet's name: always the Italian one, as the capofila's workbooks name it. */
export const OWNERS_SHEET_NAME = format(M['owners-sheet'], 'it');

/** True for "Enti dell'Ambito", also as Excel renames a copy ("Enti dell'Ambito (2)"). */
export function isOwnersSheetName(name: string | undefined): boolean {
  if (!name) return false;
  return normaliseKey(name.replace(/\(\d+\)\s*$/, '')) === normaliseKey(OWNERS_SHEET_NAME);
}

const HEADERS = ['Ente proprietario', 'Ente', 'Enti', "Enti dell'Ambito", 'Owner', 'Proprietario'].map(normaliseKey);

export interface OwnersList {
  names: string[];
  problems: InventoryIssue[];
  /** "Ambito | <name>" above the list, when written. */
  ambito?: string;
  /** "Comune capofila | <name>" above the list, when written. */
  capofila?: string;
}

/** Names separated by ';' or new lines ("Comune di Cremona; ALER Brescia-Cremona-Mantova"). */
export function parseOwnersText(text: string): string[] {
  return dedupe(
    text
      .split(/[;\n]/)
      .map((name) => name.trim())
      .filter((name) => name !== ''),
  );
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = ownerKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Reads the list: the column headed "Ente proprietario" (or column A without a header). */
export function parseOwnersList(
  grid: Grid,
  options: { file?: string; sheetName?: string; firstRow?: number; firstColumn?: number } = {},
): OwnersList {
  const firstRow = options.firstRow ?? 1;
  let headerIndex = -1;
  let column = 0;
  for (let index = 0; index < Math.min(grid.length, 5) && headerIndex < 0; index += 1) {
    const found = (grid[index] ?? []).findIndex((cell) => {
      const text = toText(cellValue(cell));
      return text !== undefined && HEADERS.includes(normaliseKey(text));
    });
    if (found >= 0) {
      headerIndex = index;
      column = found;
    }
  }
  // Above the list, "Ambito | ..." and "Comune capofila | ...": who the list belongs to.
  let ambito: string | undefined;
  let capofila: string | undefined;
  for (let index = 0; index < (headerIndex < 0 ? 0 : headerIndex); index += 1) {
    const label = normaliseKey(toText(cellValue(grid[index]?.[0])) ?? '');
    const value = toText(cellValue(grid[index]?.[1]));
    if (value === undefined) continue;
    if (label === normaliseKey('Ambito')) ambito = value;
    else if (label === normaliseKey('Comune capofila') || label === normaliseKey('Capofila')) capofila = value;
  }
  const names: string[] = [];
  const problems: InventoryIssue[] = [];
  const firstCell = new Map<string, string>();
  const letter = columnLetter((options.firstColumn ?? 0) + column);
  for (let index = headerIndex + 1; index < grid.length; index += 1) {
    const name = toText(cellValue(grid[index]?.[column]));
    if (name === undefined) continue;
    const cell = `${letter}${firstRow + index}`;
    const key = ownerKey(name);
    const first = firstCell.get(key);
    if (first !== undefined) {
      problems.push(
        placedProblem(
          'avviso',
          { file: options.file, sheet: options.sheetName, row: firstRow + index, cell },
          bilingual(M['owner-repeated'], { name, cell: first }),
        ),
      );
      continue;
    }
    firstCell.set(key, cell);
    names.push(name);
  }
  return { names, problems, ...(ambito ? { ambito } : {}), ...(capofila ? { capofila } : {}) };
}
