/**
 * SheetLayout: a plain description of the plan sheet, rendered the same way by the Office.js
 * writer (src/excel/write.ts) and the SpreadsheetML writer (src/xlsx/spreadsheetml.ts). Neither
 * writer invents formatting of its own: everything the sheet looks like is here.
 */

/** A cell's content: a constant, or a native Excel formula (invariant en-US form, leading '='). */
export interface LayoutCell {
  value?: string | number | boolean;
  formula?: string;
  /** The engine's result of `formula`, written as the cached value and checked by tests. */
  result?: string | number;
}

export type HorizontalAlignment = 'left' | 'center' | 'right';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  fontSize?: number;
  /** '#RRGGBB'. */
  fontColor?: string;
  /** '#RRGGBB'. */
  fill?: string;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: 'top' | 'center' | 'bottom';
  wrapText?: boolean;
  /** Thin borders around and inside the range. */
  border?: 'thin-all' | 'thin-bottom' | 'medium-top';
}

/** A style applied to a rectangular range (A1 notation, no sheet name). */
export interface RangeStyle {
  range: string;
  style: CellStyle;
}

export interface NumberFormatRange {
  range: string;
  /** Excel number format code, e.g. '0', '0%', '0.0%', 'dd/mm/yyyy', '@'. */
  format: string;
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  paperSize: 'A4';
  /** Fit to this many pages wide (height free); with `scale`, what the scale was computed for. */
  fitToPagesWide: number;
  /**
   * Print zoom in whole percent. When set, the writers print at this zoom instead of fitting to
   * pages, so that the manual `pageBreaks`, computed for it, are where the pages break.
   */
  scale?: number;
  /** Margins in inches. */
  margins?: PageMargins;
  /** Rows repeated at the top of every printed page, e.g. '1:3'. */
  printTitleRows?: string;
  /** Print area (A1 notation), e.g. 'A1:M60'. */
  printArea: string;
  /** Rows (1-based) that start a printed page: manual page breaks before them. */
  pageBreaks?: number[];
  /** The running header and footer of every printed page. */
  header?: HeaderFooterText;
  footer?: HeaderFooterText;
}

export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** From the paper's edge to the running header and footer. */
  header: number;
  footer: number;
}

/**
 * The three parts of a running header or footer, in Excel's header and footer codes, which both
 * writers pass on as they are: '&P' the page number, '&N' the number of pages, '&&' an ampersand,
 * '&9' a 9-point font (headerFooterText in pages.ts writes them).
 */
export interface HeaderFooterText {
  left?: string;
  center?: string;
  right?: string;
}

/**
 * Data validation on an input cell (the parameters), so that an edit stays within the rules.
 * `title` is at most 32 characters, `prompt` and `error` at most 255 (Excel's limits).
 */
export type DataValidationRule =
  | { range: string; type: 'list'; values: string[]; title?: string; prompt?: string; error?: string }
  | {
      range: string;
      type: 'decimal' | 'whole';
      min: number;
      max: number;
      title?: string;
      prompt?: string;
      error?: string;
    };

export interface SheetLayout {
  /** Wanted sheet name (the writers pick 'Piano 2022 (2)' when it exists). */
  name: string;
  /** Rows x columns, from A1. `null` = empty cell. Every row has `columnCount` entries. */
  cells: (LayoutCell | null)[][];
  rowCount: number;
  columnCount: number;
  /** Number formats by range. */
  numberFormats: NumberFormatRange[];
  /** Styles by range, applied in order (later ones win on overlaps). */
  styles: RangeStyle[];
  /** Merged ranges. */
  merges: string[];
  /** Column widths in characters (Excel's "width" unit), index 0 = column A. */
  columnWidths: number[];
  /** Row heights in points, by 0-based row index, only where not default. */
  rowHeights: Record<number, number>;
  /** Rows and columns frozen at the top-left. */
  freeze: { rows: number; columns: number };
  print: PrintSetup;
  /** Named cells of interest for tests and the pane (e.g. 'totale.indigenza' -> 'M25'). */
  anchors: Record<string, string>;
  /** Validation of the parameter cells (optional: a writer may skip it, the formulas do not need it). */
  validations?: DataValidationRule[];
  /** Excel tables (ListObjects) over ranges of the sheet, header row included. */
  tables?: LayoutTable[];
}

/**
 * An Excel table over a range whose first row holds the headers, so that the user (and the
 * task pane's list of inventories) finds it by name. `name`: letters, digits and underscores,
 * starting with a letter, unique in the workbook (the writers add a suffix when it is taken).
 */
export interface LayoutTable {
  name: string;
  range: string;
  /** Excel's built-in table style, e.g. 'TableStyleMedium2'. */
  style?: string;
}
