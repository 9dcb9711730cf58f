/**
 * A1 addresses for the simulated host: parse "A1", "$B$2:D10", "A:C", "1:3",
 * "Sheet1!A1:B2", "'Piano 2022'!A1"; format them back the way Excel reports them.
 * Pure functions; row/column indexes are 0-based, rectangles inclusive.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
  /** "1:3": whole rows (every column). */
  entireRows: boolean;
  /** "A:C": whole columns (every row). */
  entireColumns: boolean;
}

export function rowsOf(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function columnsOf(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** True when Excel would have to quote the sheet name in a reference. */
export function needsQuotes(sheet: string): boolean {
  if (!/^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(sheet)) return true;
  // Names that read as a cell reference (A1, XFD100) or as R1C1 (R, C, R1C1) must be quoted.
  if (/^[A-Za-z]{1,3}\d+$/.test(sheet)) return true;
  if (/^[RrCc]\d*$/.test(sheet) || /^[Rr]\d*[Cc]\d*$/.test(sheet)) return true;
  return false;
}

export function quoteSheet(sheet: string): string {
  return needsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
}

export interface FormatOptions {
  absolute?: boolean;
  entireRows?: boolean;
  entireColumns?: boolean;
}

export function formatRect(rect: Rect, options: FormatOptions = {}): string {
  const d = options.absolute ? '$' : '';
  if (options.entireRows) return `${d}${rect.r0 + 1}:${d}${rect.r1 + 1}`;
  if (options.entireColumns) return `${d}${columnLetters(rect.c0)}:${d}${columnLetters(rect.c1)}`;
  const a = `${d}${columnLetters(rect.c0)}${d}${rect.r0 + 1}`;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  return `${a}:${d}${columnLetters(rect.c1)}${d}${rect.r1 + 1}`;
}

export function formatAddress(sheet: string, rect: Rect, options: FormatOptions = {}): string {
  return `${quoteSheet(sheet)}!${formatRect(rect, options)}`;
}

/** Splits "'My sheet'!A1" into sheet and reference; undefined sheet when there is none. */
export function splitSheet(text: string): { sheet?: string; ref: string } | undefined {
  const t = text.trim();
  if (t.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < t.length) {
      if (t[i] === "'") {
        if (t[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += t[i];
      i += 1;
    }
    if (t[i] !== "'" || t[i + 1] !== '!') return undefined;
    return { sheet: name, ref: t.slice(i + 2) };
  }
  const bang = t.lastIndexOf('!');
  if (bang < 0) return { ref: t };
  return { sheet: t.slice(0, bang), ref: t.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/** Parses an A1 address; returns undefined when it is not one (it may be a defined name). */
export function parseAddress(text: string): ParsedAddress | undefined {
  const split = splitSheet(text);
  if (!split) return undefined;
  const parts = split.ref.split(':');
  if (parts.length < 1 || parts.length > 2) return undefined;
  const [first, second = parts[0]] = parts;
  let rect: Rect | undefined;
  let entireRows = false;
  let entireColumns = false;
  const c1 = CELL.exec(first);
  const c2 = CELL.exec(second);
  if (c1 && c2) {
    rect = box(Number(c1[2]) - 1, columnIndex(c1[1]), Number(c2[2]) - 1, columnIndex(c2[1]));
  } else if (parts.length === 2 && COL.test(first) && COL.test(second)) {
    const a = columnIndex(COL.exec(first)![1]);
    const b = columnIndex(COL.exec(second)![1]);
    rect = box(0, a, MAX_ROWS - 1, b);
    entireColumns = true;
  } else if (parts.length === 2 && ROW.test(first) && ROW.test(second)) {
    const a = Number(ROW.exec(first)![1]) - 1;
    const b = Number(ROW.exec(second)![1]) - 1;
    rect = box(a, 0, b, MAX_COLUMNS - 1);
    entireRows = true;
  }
  if (!rect || !inSheet(rect)) return undefined;
  return { ...(split.sheet !== undefined ? { sheet: split.sheet } : {}), rect, entireRows, entireColumns };
}

export function box(ra: number, ca: number, rb: number, cb: number): Rect {
  return { r0: Math.min(ra, rb), c0: Math.min(ca, cb), r1: Math.max(ra, rb), c1: Math.max(ca, cb) };
}

export function inSheet(rect: Rect): boolean {
  return (
    rect.r0 >= 0 &&
    rect.c0 >= 0 &&
    rect.r1 < MAX_ROWS &&
    rect.c1 < MAX_COLUMNS &&
    rect.r0 <= rect.r1 &&
    rect.c0 <= rect.c1
  );
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** The cells two overlapping rectangles share. */
export function intersection(a: Rect, b: Rect): Rect {
  return {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}
