/**
 * What a SheetLayout says about each cell's look, accumulated once for both file writers of the
 * layouts: the ExcelJS one (render.ts, the task pane) and the SpreadsheetML one (spreadsheetml.ts,
 * the command line). Pure: no ExcelJS, no Node.
 */
import { cellNumberFormats, parseRange } from '../core/sheet';
import type { CellStyle, HeaderFooterText, SheetLayout } from '../core/sheet';

/** Excel's code for A4 paper. */
export const PAPER_A4 = 9;
/** The font a styled cell is written with, unless its style says otherwise. */
export const DEFAULT_FONT = { name: 'Calibri', size: 11 };

export type BorderSide = 'top' | 'left' | 'bottom' | 'right';
export type BorderWeight = 'thin' | 'medium';

/** What the layout's ranges say about one cell, accumulated in order. */
export interface CellLook {
  style: CellStyle;
  borders: Partial<Record<BorderSide, BorderWeight>>;
  numberFormat?: string;
}

/** '#1f3864' -> 'FF1F3864' (opaque ARGB, as the file stores colours). */
export const argb = (color: string): string => `FF${color.replace('#', '').toUpperCase()}`;

export function forEachCell(range: string, visit: (row: number, column: number) => void): void {
  const bounds = parseRange(range);
  for (let row = bounds.firstRow; row <= bounds.lastRow; row += 1) {
    for (let column = bounds.firstColumn; column <= bounds.lastColumn; column += 1) visit(row, column);
  }
}

/** Every styled cell's accumulated look, keyed by "row:column" (1-based row, 0-based column). */
export function cellLooks(layout: SheetLayout): Map<string, CellLook> {
  const looks = new Map<string, CellLook>();
  const lookAt = (row: number, column: number): CellLook => {
    const key = `${row}:${column}`;
    let look = looks.get(key);
    if (!look) {
      look = { style: {}, borders: {} };
      looks.set(key, look);
    }
    return look;
  };
  for (const { range, style } of layout.styles) {
    const { border, ...rest } = style;
    forEachCell(range, (row, column) => {
      const look = lookAt(row, column);
      look.style = { ...look.style, ...rest };
      if (border === 'thin-all')
        Object.assign(look.borders, { top: 'thin', left: 'thin', bottom: 'thin', right: 'thin' });
      else if (border === 'thin-bottom') look.borders.bottom = 'thin';
    });
    if (border === 'medium-top') {
      // The edge belongs to both rows: the row above draws it too, so no thin line wins.
      const bounds = parseRange(range);
      for (let column = bounds.firstColumn; column <= bounds.lastColumn; column += 1) {
        lookAt(bounds.firstRow, column).borders.top = 'medium';
        if (bounds.firstRow > 1) lookAt(bounds.firstRow - 1, column).borders.bottom = 'medium';
      }
    }
  }
  // Number formats as the Office.js writer sets them: '@' on every text cell (core/sheet/text.ts).
  const formats = cellNumberFormats(layout);
  formats.forEach((row, rowIndex) => {
    row.forEach((format, column) => {
      if (format !== 'General' || looks.has(`${rowIndex + 1}:${column}`))
        lookAt(rowIndex + 1, column).numberFormat = format;
    });
  });
  return looks;
}

/** The three parts of a header or footer in one string, as the file stores it ('&L...&C...&R...'). */
export function headerFooterCodes(text: HeaderFooterText | undefined): string {
  if (!text) return '';
  return [
    text.left ? `&L${text.left}` : '',
    text.center ? `&C${text.center}` : '',
    text.right ? `&R${text.right}` : '',
  ].join('');
}

/** `wanted`, or `wanted_2`, `wanted_3`... when `taken` (upper-cased names) already holds it (case ignored). */
export function freeName(taken: ReadonlySet<string>, wanted: string): string {
  if (!taken.has(wanted.toUpperCase())) return wanted;
  for (let counter = 2; ; counter += 1) {
    const candidate = `${wanted}_${counter}`;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}
