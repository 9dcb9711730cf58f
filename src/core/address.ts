/** A1 addresses for the plan sheet: 0-based indices in, Excel's letters and 1-based rows out. */

/** 0 -> 'A', 25 -> 'Z', 26 -> 'AA'. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** 'A' -> 0, 'AA' -> 26. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** Address of a cell from its 1-based row and 0-based column: (7, 2) -> 'C7'. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Absolute address, as parameter references are written in formulas: (7, 2) -> '$C$7'. */
export function absoluteAddress(row: number, column: number): string {
  return `$${columnLetter(column)}$${row}`;
}

/** 'A5:M5'; a single cell when both corners coincide. */
export function rangeAddress(firstRow: number, firstColumn: number, lastRow: number, lastColumn: number): string {
  const start = cellAddress(firstRow, firstColumn);
  const end = cellAddress(lastRow, lastColumn);
  return start === end ? start : `${start}:${end}`;
}

export interface RangeBounds {
  /** 1-based rows, 0-based columns, inclusive. */
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/** 'B3:D7' (or 'B3') -> its bounds; `$` signs are ignored. Throws on anything else. */
export function parseRange(range: string): RangeBounds {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(range.trim());
  if (!match) throw new Error(`Not an A1 range: "${range}"`);
  const firstColumn = columnIndex(match[1]);
  const firstRow = Number(match[2]);
  const lastColumn = match[3] ? columnIndex(match[3]) : firstColumn;
  const lastRow = match[4] ? Number(match[4]) : firstRow;
  return {
    firstRow: Math.min(firstRow, lastRow),
    firstColumn: Math.min(firstColumn, lastColumn),
    lastRow: Math.max(firstRow, lastRow),
    lastColumn: Math.max(firstColumn, lastColumn),
  };
}
