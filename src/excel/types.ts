/**
 * The Office.js adapter as the task pane and the ribbon command see it: plain async functions.
 * Components receive an ExcelAdapter (the real one from src/excel, a fake in tests) and never
 * call Excel.run themselves.
 */
import type { Grid } from '../core/types';
import type { SheetLayout } from '../core/sheet/types';
import type { ImportedFile, WorkbookFile } from './communications';

/** Where the inventory is read from; a whole sheet (its used range) for the owners' communications. */
export type InventorySource =
  | { kind: 'table'; name: string }
  | { kind: 'name'; name: string }
  | { kind: 'selection' }
  | { kind: 'sheet'; name: string };

/** A source the pane can offer, with what the user recognises it by. */
export interface SourceOption {
  source: InventorySource;
  /** Table or range name, as in Excel. */
  name: string;
  sheetName: string;
  /** A1 address without the sheet, e.g. 'A1:L168'. */
  address: string;
  /** Data rows (without the header). */
  rowCount: number;
}

/** A sheet of the workbook and the first row of what it holds (its headers, when it is a table). */
export interface SheetInfo {
  name: string;
  header: unknown[];
}

export interface ReadProgress {
  rowsRead: number;
  totalRows: number;
}

/** Where the rows of an inventory were read from (readInventoryRows). */
/** Where the rows given to readInventoryRows's `onRows` are: known before the first of them. */
export interface RowsPlace {
  sheetName: string;
  /** Excel row number of the header row (1-based). */
  headerRow: number;
  /** 0-based column index of the first column (0 = A). */
  firstColumn: number;
  /** Columns of the range. */
  columnCount: number;
}

export interface RowsRead {
  /** Rows read, the header row included. */
  rowCount: number;
  sheetName: string;
  /** Excel row number of the header row (1-based). */
  headerRow: number;
  /** 0-based column index of the first column (0 = A). */
  firstColumn: number;
  /** Full address read, e.g. 'Inventario!A1:L168'. */
  address: string;
}

export interface InventoryRead {
  grid: Grid;
  sheetName: string;
  /** Excel row number of the header row (1-based). */
  headerRow: number;
  /** 0-based column index of the first column (0 = A). */
  firstColumn: number;
  /** Full address read, e.g. 'Inventario!A1:L168'. */
  address: string;
}

/** Where the inventory read lies, 0-based, header row included: cells the add-in never writes. */
export interface InventoryArea {
  sheetName: string;
  firstRow: number;
  firstColumn: number;
  rowCount: number;
  columnCount: number;
}

export interface WriteResult {
  /** Name the plan sheet got ('Piano 2022', or 'Piano 2022 (2)' when taken). */
  sheetName: string;
}

/** What the pane and the ribbon remember in the workbook (document settings). */
export interface SavedSettings {
  version: 1;
  source?: InventorySource;
  /** Manual column mapping: field -> 0-based column index within the inventory. */
  mapping?: Partial<Record<string, number>>;
  /** Plan parameters as in src/core/plan/params.ts (PlanParams), without derived fields. */
  params?: unknown;
  presetId?: string;
  /** The owners' communications imported into the workbook: each file and the names its sheets got. */
  comunicazioni?: { file: string; sheets: string[] }[];
  /** The owners of the Ambito typed in the pane ("A; B; C"), when no sheet lists them. */
  entiAmbito?: string;
}

export interface ExcelAdapter {
  listSources(): Promise<SourceOption[]>;
  readInventory(
    source: InventorySource,
    options?: { onProgress?: (progress: ReadProgress) => void; signal?: AbortSignal },
  ): Promise<InventoryRead>;
  /** Writes the plan sheet as a new worksheet (never replacing one) and activates it. */
  writePlanSheet(layout: SheetLayout): Promise<WriteResult>;
  /** Selects a row of the inventory (go to row): the cells of that row within the inventory's columns. */
  selectRow(sheetName: string, row: number, firstColumn: number, columnCount: number): Promise<void>;
  /** Selects one cell (or range) of a sheet and shows the sheet: the cell a problem names. */
  selectCell(sheetName: string, address: string): Promise<void>;
  /**
   * Writes a formula (invariant form) in the selected cell when it is empty and outside the
   * inventory; returns the cell's address as the pane shows it ("Foglio1!B2").
   */
  insertFormula(formula: string, inventory?: InventoryArea): Promise<{ address: string }>;
  loadSettings(): SavedSettings | undefined;
  saveSettings(settings: SavedSettings): Promise<void>;
  /** The workbook's visible sheets, in order, with their first row (where the owners' communications may be). */
  listSheets(): Promise<SheetInfo[]>;
  /** Writes new sheets (never replacing one) and activates the first: the plan and the sheets that go with it. */
  writeSheets(layouts: SheetLayout[]): Promise<WriteResult[]>;
  /** Adds every sheet of a workbook file at the end (ExcelApi 1.13); an ExcelUserError where the host lacks it. */
  importWorkbook(file: WorkbookFile): Promise<ImportedFile>;
  /** Opens a workbook file as a new workbook (ExcelApi 1.8). */
  openWorkbook(base64: string): Promise<void>;
  canImportWorkbooks(): boolean;
  canOpenWorkbooks(): boolean;
}

/** An error from Excel turned into a sentence for the user (Italian and English). */
export class ExcelUserError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'ExcelUserError';
  }
}
