/**
 * A workbook file as the simulated host sees it when the add-in inserts its sheets
 * (`Workbook.insertWorksheetsFromBase64`) or opens it (`Excel.createWorkbook`): the decoded
 * content of an .xlsx. Decoding is the test's business (decode-xlsx.ts does it with ExcelJS, in
 * Node and in the browser workbench); the host only applies what it is given.
 * Pure TypeScript, no Node imports.
 */
import type { CellValue, ValidationRuleModel } from './model';

export interface SimSheetFile {
  name: string;
  visible: boolean;
  /** Cells from A1, row by row; null = empty. A string starting with '=' is a formula. */
  cells: (CellValue | null)[][];
  /** Cached results of formula cells, by A1 address. */
  results?: Record<string, CellValue>;
  /** Number formats by A1 address. */
  numberFormats?: Record<string, string>;
  tables?: { name: string; range: string; style?: string }[];
  /** Data validation by range (A1, one cell or a rectangle). */
  validations?: { range: string; rule: ValidationRuleModel }[];
}

export interface SimWorkbookFile {
  sheets: SimSheetFile[];
}

/** Turns the base64 text of a file into its decoded workbook (the test provides it). */
export type WorkbookDecoder = (base64: string) => Promise<SimWorkbookFile>;
