/**
 * The printed pages of a sheet: how much of the sheet an A4 page holds, and where the pages
 * break so that no table starts a page without its column headers. Pure.
 *
 * The writers print at a fixed zoom, computed here from the column widths, rather than "fit to
 * one page wide": the page breaks placed below are computed for that zoom, and Excel ignores
 * manual page breaks when it fits a sheet to pages. Both measures keep a safety margin, so that
 * neither Excel nor LibreOffice (whose fonts and rounding differ slightly) adds a break of its own.
 */
import type { PageMargins, PrintSetup } from './types';

/** A4 in points (1/72 inch). */
export const A4_POINTS = { long: 841.89, short: 595.28 };

/** The plan's margins, in inches: room for the running header and footer above and below. */
export const PLAN_MARGINS: PageMargins = { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5, header: 0.25, footer: 0.25 };

/** Share of the printable width and height the sheet may use: the rest absorbs rendering differences. */
const WIDTH_SAFETY = 0.97;
const HEIGHT_SAFETY = 0.96;

/** A column `width` characters wide, in points, as Excel converts it (7 pixels a character plus 5 of padding). */
export function columnWidthPoints(width: number): number {
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

function paper(orientation: PrintSetup['orientation']): { width: number; height: number } {
  return orientation === 'landscape'
    ? { width: A4_POINTS.long, height: A4_POINTS.short }
    : { width: A4_POINTS.short, height: A4_POINTS.long };
}

/** The zoom (whole percent, at most 100) at which the columns fit the page's width. */
export function printScale(
  columnWidths: readonly number[],
  orientation: PrintSetup['orientation'],
  margins: PageMargins,
): number {
  const sheetWidth = columnWidths.reduce((sum, width) => sum + columnWidthPoints(width), 0);
  const printable = (paper(orientation).width - (margins.left + margins.right) * 72) * WIDTH_SAFETY;
  return Math.max(10, Math.min(100, Math.floor((100 * printable) / sheetWidth)));
}

/** The height of sheet rows, in points, one page holds at `scale`. */
export function pageCapacity(scale: number, orientation: PrintSetup['orientation'], margins: PageMargins): number {
  const printable = paper(orientation).height - (margins.top + margins.bottom) * 72;
  return ((printable * 100) / scale) * HEIGHT_SAFETY;
}

/**
 * What a row is, for the page breaks: a blank row before a section, a section's title, a table's
 * header, body or totals row, a row kept with others ('group'), or anything else.
 */
export type RowRole = 'blank' | 'section' | 'tableHeader' | 'tableRow' | 'tableTotal' | 'group' | 'other';

export interface RowInfo {
  height: number;
  role: RowRole;
  /** The table (or group) the row belongs to; -1 for none. */
  block: number;
}

/**
 * Where the pages break, in the rows of a sheet built without breaks: `breaks` are the rows that
 * start a page; `repeats` are the rows of a long table before which its header row is printed
 * again, starting the page. Rows are 1-based.
 */
export interface PagePlan {
  breaks: number[];
  repeats: number[];
}

/** Rows that go onto a page together; `continues` when they carry on a table begun on an earlier page. */
interface Atom {
  first: number;
  last: number;
  height: number;
  continues?: { headerHeight: number };
}

/** Body rows of a long table kept with its header at the foot of a page. */
const ROWS_WITH_HEADER = 2;

function atomsOf(rows: readonly RowInfo[], capacity: number): Atom[] {
  const heightOf = (first: number, last: number): number =>
    rows.slice(first, last + 1).reduce((sum, row) => sum + row.height, 0);
  const atoms: Atom[] = [];
  /** Rows waiting to be kept with what follows (a blank row, a section's title). */
  let pending: number | undefined;
  const push = (first: number, last: number, continues?: Atom['continues']): void => {
    const start = pending ?? first;
    pending = undefined;
    atoms.push({ first: start, last, height: heightOf(start, last), ...(continues ? { continues } : {}) });
  };
  let index = 0;
  while (index < rows.length) {
    const row = rows[index];
    if (row.role === 'blank' || row.role === 'section') {
      pending ??= index;
      index += 1;
      continue;
    }
    if (row.role === 'tableHeader' || row.role === 'group') {
      let end = index;
      const inBlock = (next: RowInfo | undefined): boolean =>
        next !== undefined &&
        next.block === row.block &&
        (row.role === 'group' || next.role === 'tableRow' || next.role === 'tableTotal');
      while (inBlock(rows[end + 1])) end += 1;
      const whole = heightOf(pending ?? index, end);
      if (row.role === 'group' || whole <= capacity || end === index) {
        push(index, end);
      } else {
        // A long table: its header with the first rows, then row by row, the last with the totals.
        const body = end - index;
        const lastTogether = rows[end].role === 'tableTotal' && body > 1 ? end - 1 : end;
        const firstRows = Math.min(index + ROWS_WITH_HEADER, lastTogether - 1);
        push(index, Math.max(index + 1, firstRows));
        const continues = { headerHeight: row.height };
        for (let next = Math.max(index + 1, firstRows) + 1; next < lastTogether; next += 1) push(next, next, continues);
        if (lastTogether <= end && lastTogether > Math.max(index + 1, firstRows)) push(lastTogether, end, continues);
      }
      index = end + 1;
      continue;
    }
    // A line introducing a table stays with it, and with the section's title above.
    if (pending !== undefined && rows[index + 1]?.role === 'tableHeader') {
      index += 1;
      continue;
    }
    push(index, index);
    index += 1;
  }
  if (pending !== undefined) push(pending, rows.length - 1);
  return atoms;
}

/** The page breaks of `rows` (0-based list, reported 1-based) for pages of `capacity` points. */
export function paginate(rows: readonly RowInfo[], capacity: number): PagePlan {
  const breaks: number[] = [];
  const repeats: number[] = [];
  let used = 0;
  for (const atom of atomsOf(rows, capacity)) {
    if (used === 0 || used + atom.height <= capacity) {
      used += atom.height;
      continue;
    }
    // A blank row before a section's title stays at the foot of the page when it fits there.
    let start = atom.first;
    while (start < atom.last && rows[start].role === 'blank' && used + rows[start].height <= capacity) {
      used += rows[start].height;
      start += 1;
    }
    const moved = atom.height - rows.slice(atom.first, start).reduce((sum, row) => sum + row.height, 0);
    if (atom.continues) {
      repeats.push(start + 1);
      used = atom.continues.headerHeight + moved;
    } else {
      breaks.push(start + 1);
      used = moved;
    }
  }
  return { breaks, repeats };
}

/** Stand-ins for the page number and the number of pages in a text given to `headerFooterText`. */
export const PAGE_NUMBER = '\u0001';
export const PAGE_COUNT = '\u0002';

/**
 * Excel's limit for a header or a footer is 255 characters, its three parts and codes together;
 * one part of a header gets at most this many, which leaves room for two short others.
 */
export const HEADER_FOOTER_PART_LIMIT = 160;

/**
 * `text` in Excel's header and footer codes, in a `fontSize`-point font: ampersands doubled,
 * PAGE_NUMBER and PAGE_COUNT as '&P' and '&N'. A text too long for HEADER_FOOTER_PART_LIMIT is
 * cut at a word and ends with '…'.
 */
export function headerFooterText(text: string, fontSize = 9): string {
  const size = /^\d/.test(text) ? '' : `&${fontSize}`;
  const codes = Array.from(text, (character) =>
    character === '&' ? '&&' : character === PAGE_NUMBER ? '&P' : character === PAGE_COUNT ? '&N' : character,
  );
  if (size.length + codes.join('').length <= HEADER_FOOTER_PART_LIMIT) return `${size}${codes.join('')}`;
  let cut = '';
  for (const code of codes) {
    if (size.length + cut.length + code.length + 1 > HEADER_FOOTER_PART_LIMIT) break;
    cut += code;
  }
  const atWord = cut.replace(/\s+\S*$/, '');
  // A font size followed by a digit would read as a larger size ('&9' + '2022' is '&92022').
  return `${size}${atWord === '' ? cut : atWord}…`;
}
