/** The sample workbook as the workbench bundles it (written by sample-grid.ts). Types only. */

export interface SampleCellStyle {
  bold?: boolean;
  italic?: boolean;
  /** '#RRGGBB'. */
  fill?: string;
  /** '#RRGGBB'. */
  color?: string;
}

export interface SampleSheet {
  name: string;
  /** Rows from A1 as Excel's Range.values gives them: dates as serial numbers, errors as '#N/A'. */
  values: Array<Array<string | number | boolean>>;
  /** Number formats other than General, by cell address ('G5': 'dd/mm/yyyy'). */
  numberFormats: Record<string, string>;
  /** Fonts and fills other than the defaults, by cell address. */
  styles: Record<string, SampleCellStyle>;
  /** Column widths in characters (Excel's width unit), index 0 = A; null = default. */
  columnWidths: Array<number | null>;
  /** Excel tables of the sheet. */
  tables: Array<{ name: string; address: string }>;
}

export interface SampleWorkbook {
  /** The file it was read from, relative to the repository. */
  source: string;
  sheets: SampleSheet[];
}
