/**
 * The in-memory workbook behind the simulated host: sheets of sparse cells with values,
 * formulas, number formats and formatting; merges, column widths, row heights, freeze
 * panes, page layout; tables; defined names; the active sheet and per-sheet selection.
 *
 * Cells also carry their data validation (rule, prompt, error alert, ignoreBlanks); the
 * checks of what Excel accepts as a rule live with the DataValidation proxy
 * (excel-validation.ts), which needs to resolve Range arguments.
 *
 * Everything that Excel would refuse (bad sheet names, duplicates, deleting the last
 * visible sheet...) is refused here with the same error codes, so the proxy layer only
 * translates calls. Pure TypeScript, no Node imports.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  box,
  columnLetters,
  formatRect,
  intersects,
  parseAddress,
  quoteSheet,
} from './address';
import type { SimWorkbookFile } from './workbook-file';
import { invalidArgument, invalidOperation, itemAlreadyExists } from './errors';

export type CellValue = string | number | boolean;
export type Side = 'top' | 'bottom' | 'left' | 'right';
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface FontModel {
  name: string;
  size: number;
  color: string;
  bold: boolean;
  italic: boolean;
  underline: string;
}

export interface BorderModel {
  style: string;
  color: string;
  weight: string;
}

export interface FormatModel {
  font: FontModel;
  /** '#RRGGBB', or undefined for "no fill". */
  fill: string | undefined;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  borders: Partial<Record<Side, BorderModel>>;
}

/** Criteria of a wholeNumber / decimal / textLength rule, as Excel reports them. */
export interface BasicValidationModel {
  operator: string;
  /** Always a formula string: "=10", "=0.25", "=A1", "=MIN(A1,B1)". */
  formula1: string;
  /** Only for Between / NotBetween. */
  formula2?: string;
}

/**
 * A data validation rule in the shape of `Excel.DataValidationRule`, with exactly one
 * criterion (or none: "any value", a cell with only a prompt or an error alert).
 */
export interface ValidationRuleModel {
  wholeNumber?: BasicValidationModel;
  decimal?: BasicValidationModel;
  textLength?: BasicValidationModel;
  /** `source`: the literal list ("Sì,No") or a formula/reference ("=Parametri!$A$1:$A$3"). */
  list?: { inCellDropDown: boolean; source: string };
  custom?: { formula: string };
}

export interface ValidationPromptModel {
  showPrompt: boolean;
  title: string;
  message: string;
}

export interface ValidationAlertModel {
  showAlert: boolean;
  style: 'Stop' | 'Warning' | 'Information';
  title: string;
  message: string;
}

/**
 * The data validation of one cell. Treated as an immutable value: edits replace the
 * object (or its parts), never mutate it, so cells may share one and checkpoints can
 * copy cells shallowly.
 */
export interface ValidationModel {
  readonly rule: Readonly<ValidationRuleModel>;
  readonly prompt: Readonly<ValidationPromptModel>;
  readonly errorAlert: Readonly<ValidationAlertModel>;
  readonly ignoreBlanks: boolean;
}

/** What a cell without data validation reports (Excel's defaults). */
export const NO_VALIDATION: ValidationModel = Object.freeze({
  rule: Object.freeze({}),
  prompt: Object.freeze({ showPrompt: false, title: '', message: '' }),
  errorAlert: Object.freeze({ showAlert: true, style: 'Stop' as const, title: '', message: '' }),
  ignoreBlanks: true,
});

export interface CellModel {
  /** Constant value; '' for empty and for formula cells. */
  value: CellValue;
  /** Formula text ("=SUM(A1:A3)") or undefined. */
  formula: string | undefined;
  /** Cached result of the formula, set by tests; undefined when unknown. */
  cached: unknown;
  numberFormat: string;
  format: FormatModel;
  /** Data validation of the cell; undefined when it has none. */
  validation: ValidationModel | undefined;
}

export interface ZoomModel {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

/** The six parts of one running header and footer, in Excel's header and footer codes. */
export interface HeaderFooterModel {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface HeaderFooterGroupModel {
  state: 'Default' | 'FirstAndDefault' | 'OddAndEven' | 'FirstOddAndEven';
  useSheetMargins: boolean;
  useSheetScale: boolean;
  defaultForAllPages: HeaderFooterModel;
  firstPage: HeaderFooterModel;
  evenPages: HeaderFooterModel;
  oddPages: HeaderFooterModel;
}

/** A manual page break before the 0-based row `row` (horizontal breaks span every column). */
export interface PageBreakModel {
  row: number;
  column: number;
}

export interface PageLayoutModel {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  zoom: ZoomModel;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  printArea: Rect | undefined;
  /** 0-based inclusive row span repeated at the top of each printed page. */
  printTitleRows: [number, number] | undefined;
  printTitleColumns: [number, number] | undefined;
  headersFooters: HeaderFooterGroupModel;
}

function emptyHeaderFooter(): HeaderFooterModel {
  return { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' };
}

function copyHeadersFooters(group: HeaderFooterGroupModel): HeaderFooterGroupModel {
  return {
    ...group,
    defaultForAllPages: { ...group.defaultForAllPages },
    firstPage: { ...group.firstPage },
    evenPages: { ...group.evenPages },
    oddPages: { ...group.oddPages },
  };
}

export const DEFAULT_COLUMN_WIDTH = 48; // points (8.43 characters of Calibri 11, 64 px)
export const DEFAULT_ROW_HEIGHT = 15; // points
export const DEFAULT_FONT: Readonly<FontModel> = Object.freeze({
  name: 'Calibri',
  size: 11,
  color: '#000000',
  bold: false,
  italic: false,
  underline: 'None',
});

export function newFormat(): FormatModel {
  return {
    font: { ...DEFAULT_FONT },
    fill: undefined,
    horizontalAlignment: 'General',
    verticalAlignment: 'Bottom',
    wrapText: false,
    borders: {},
  };
}

export function newCell(): CellModel {
  return {
    value: '',
    formula: undefined,
    cached: undefined,
    numberFormat: 'General',
    format: newFormat(),
    validation: undefined,
  };
}

/** A shared, never-mutated stand-in for cells that were never touched. */
export const EMPTY_CELL: Readonly<CellModel> = Object.freeze(newCell());

function cloneFormat(f: FormatModel): FormatModel {
  const borders: Partial<Record<Side, BorderModel>> = {};
  for (const side of Object.keys(f.borders) as Side[]) {
    const b = f.borders[side];
    if (b) borders[side] = { ...b };
  }
  return { ...f, font: { ...f.font }, borders };
}

function cloneCell(c: CellModel): CellModel {
  return { ...c, format: cloneFormat(c.format) }; // validation is immutable: shared as is
}

export function hasContent(cell: CellModel | undefined): boolean {
  return !!cell && (cell.formula !== undefined || cell.value !== '');
}

function hasFormatting(cell: CellModel): boolean {
  const f = cell.format;
  const font = f.font;
  return (
    cell.validation !== undefined || // data validation counts toward the used range, as in Excel
    cell.numberFormat !== 'General' ||
    f.fill !== undefined ||
    f.horizontalAlignment !== 'General' ||
    f.verticalAlignment !== 'Bottom' ||
    f.wrapText ||
    Object.keys(f.borders).length > 0 ||
    font.bold !== DEFAULT_FONT.bold ||
    font.italic !== DEFAULT_FONT.italic ||
    font.size !== DEFAULT_FONT.size ||
    font.color !== DEFAULT_FONT.color ||
    font.name !== DEFAULT_FONT.name ||
    font.underline !== DEFAULT_FONT.underline
  );
}

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
};

/** Excel accepts '#RRGGBB' (and HTML color names) and reports '#RRGGBB' upper-case. */
export function normalizeColor(input: unknown, location: string): string {
  if (typeof input !== 'string') throw invalidArgument(location, `color must be a string, got ${typeof input}`);
  const s = input.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(s)) return s.toUpperCase();
  if (/^#[0-9a-fA-F]{3}$/.test(s)) return `#${s[1]}${s[1]}${s[2]}${s[2]}${s[3]}${s[3]}`.toUpperCase();
  const named = NAMED_COLORS[s.toLowerCase()];
  if (named) return named;
  throw invalidArgument(location, `unrecognised color '${input}'`);
}

/** What a value typed into a cell becomes (Excel parses strings the way it parses typing). */
export interface ParsedInput {
  kind: 'clear' | 'value' | 'formula';
  value: CellValue;
  formula?: string;
  /** Number format Excel picks when the text carries one (e.g. "10%" -> 0.1 formatted "0%"). */
  numberFormat?: string;
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;

/**
 * `values` and `formulas` input rules of the Excel JavaScript API (en-US invariant parsing), as
 * Excel applies them to typing: '' clears; a cell formatted as Text ('@') keeps any string as it
 * is, through values and formulas alike; a leading apostrophe forces text (and is not stored);
 * '=...' is a formula; numeric text becomes a number (so "00123" loses its zeros); "12%" becomes
 * 0.12; "TRUE"/"FALSE" become booleans; any other text starting with '+', '-' or '@' becomes a
 * formula too (Excel reads "+SUM(1)" as =+SUM(1) and "@SUM(1)" as =SUM(1)): that is how a name
 * such as "=cmd|' /C calc'!A0" written without care ends up executed. Dates in text are NOT
 * parsed by the simulation (Excel would turn "3/11/2015" into a serial number).
 */
export function parseInput(input: unknown, currentFormat: string, asFormula: boolean, location: string): ParsedInput {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalidArgument(location, `${input} is not a valid cell value`);
    return { kind: 'value', value: input };
  }
  if (typeof input === 'boolean') return { kind: 'value', value: input };
  if (typeof input !== 'string') {
    throw invalidArgument(
      location,
      `cell values must be string, number or boolean, got ${input === null ? 'null' : typeof input}`,
    );
  }
  if (input === '') return { kind: 'clear', value: '' };
  if (currentFormat === '@') return { kind: 'value', value: input };
  if (input.startsWith("'")) return { kind: 'value', value: input.slice(1) };
  if (input.startsWith('=') && input.length > 1) return { kind: 'formula', value: '', formula: input };
  const t = input.trim();
  if (NUMBER_TEXT.test(t)) return { kind: 'value', value: Number(t) };
  if (PERCENT_TEXT.test(t)) {
    const decimals = (t.split('.')[1] ?? '').replace('%', '').length;
    return {
      kind: 'value',
      value: Number(t.slice(0, -1)) / 100,
      numberFormat: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%',
    };
  }
  if (/^(true|false)$/i.test(t)) return { kind: 'value', value: t.toLowerCase() === 'true' };
  if ((input.startsWith('+') || input.startsWith('-')) && input.length > 1) {
    return { kind: 'formula', value: '', formula: `=${input}` };
  }
  if (input.startsWith('@') && input.length > 1) return { kind: 'formula', value: '', formula: `=${input.slice(1)}` };
  return { kind: 'value', value: input };
}

export function newPageLayout(paperSize: string): PageLayoutModel {
  return {
    orientation: 'Portrait',
    paperSize,
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    zoom: { scale: 100 },
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printArea: undefined,
    printTitleRows: undefined,
    printTitleColumns: undefined,
    headersFooters: {
      state: 'Default',
      useSheetMargins: true,
      useSheetScale: true,
      defaultForAllPages: emptyHeaderFooter(),
      firstPage: emptyHeaderFooter(),
      evenPages: emptyHeaderFooter(),
      oddPages: emptyHeaderFooter(),
    },
  };
}

export class SheetModel {
  name: string;
  visibility: Visibility = 'Visible';
  deleted = false;
  rows = new Map<number, Map<number, CellModel>>();
  merges: Rect[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  selection: Rect = { r0: 0, c0: 0, r1: 0, c1: 0 };
  showGridlines = true;
  tabColor = '';
  pageLayout: PageLayoutModel;
  /** Manual horizontal page breaks, by row. */
  horizontalPageBreaks: PageBreakModel[] = [];

  constructor(
    readonly id: string,
    name: string,
    paperSize: string,
  ) {
    this.name = name;
    this.pageLayout = newPageLayout(paperSize);
  }

  get(r: number, c: number): CellModel | undefined {
    return this.rows.get(r)?.get(c);
  }

  /** The cell at (r, c), created when missing (for writing). */
  at(r: number, c: number): CellModel {
    let row = this.rows.get(r);
    if (!row) {
      row = new Map();
      this.rows.set(r, row);
    }
    let cell = row.get(c);
    if (!cell) {
      cell = newCell();
      row.set(c, cell);
    }
    return cell;
  }

  /** Visits the existing cells inside `rect` (sparse: never iterates empty space). */
  eachCell(rect: Rect, visit: (r: number, c: number, cell: CellModel) => void): void {
    for (const [r, row] of this.rows) {
      if (r < rect.r0 || r > rect.r1) continue;
      for (const [c, cell] of row) {
        if (c >= rect.c0 && c <= rect.c1) visit(r, c, cell);
      }
    }
  }

  /** Bounding box of the cells with content (valuesOnly) or with content or formatting. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let found: Rect | undefined;
    for (const [r, row] of this.rows) {
      for (const [c, cell] of row) {
        if (!(hasContent(cell) || (!valuesOnly && hasFormatting(cell)))) continue;
        found = found
          ? {
              r0: Math.min(found.r0, r),
              c0: Math.min(found.c0, c),
              r1: Math.max(found.r1, r),
              c1: Math.max(found.c1, c),
            }
          : { r0: r, c0: c, r1: r, c1: c };
      }
    }
    return found;
  }

  columnWidth(c: number): number {
    return this.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(r: number): number {
    return this.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
  }

  /** The merged area containing (r, c), if any. */
  mergeAt(r: number, c: number): Rect | undefined {
    return this.merges.find((m) => r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1);
  }
}

export type NameRef = { kind: 'range'; sheet: SheetModel; rect: Rect } | { kind: 'constant'; value: CellValue };

export class TableModel {
  deleted = false;
  showTotals = false;
  showHeaders = true;
  style = 'TableStyleMedium2';
  constructor(
    readonly id: string,
    public name: string,
    public sheet: SheetModel,
    public rect: Rect,
  ) {}
}

export class NameModel {
  deleted = false;
  comment = '';
  visible = true;
  constructor(
    public name: string,
    public ref: NameRef,
    public scope: SheetModel | undefined,
  ) {}
}

export interface WorkbookModelOptions {
  /** Prefix of default sheet names: "Sheet" (en), "Foglio" (it)... */
  sheetPrefix: string;
  /** Default paper size of new sheets. */
  paperSize: string;
  /** Computes the value of a formula cell that has no cached value. */
  evaluate?: (sheet: string, formula: string, address: string) => unknown;
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

/** Cells edited in one operation. */
export interface CellsChange {
  sheet: SheetModel;
  rect: Rect;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NameModel[] = [];
  active: SheetModel | undefined;
  private sheetCounter = 0;
  private sheetIds = 0;
  private tableIds = 0;

  /** Who hears of edited cells (the Table and Worksheet onChanged events). */
  private readonly changeListeners = new Set<(change: CellsChange) => void>();

  constructor(readonly options: WorkbookModelOptions) {}

  // ---- edits --------------------------------------------------------------------------

  /** Listens to edited cells until the returned function is called. */
  onCellsChanged(listener: (change: CellsChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /**
   * Cells were edited: typed in, pasted, written or cleared through the API. The listeners hear
   * it after the current turn, as Office delivers its events after the change.
   */
  cellsChanged(sheet: SheetModel, rect: Rect): void {
    if (this.changeListeners.size === 0) return;
    const change: CellsChange = { sheet, rect: { ...rect } };
    for (const listener of [...this.changeListeners]) setTimeout(() => listener(change), 0);
  }

  // ---- sheets -------------------------------------------------------------------------

  findSheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  /** Excel's rules for sheet names; throws InvalidArgument / ItemAlreadyExists. */
  checkSheetName(name: unknown, location: string, except?: SheetModel): string {
    if (typeof name !== 'string') throw invalidArgument(location, 'sheet name must be a string');
    if (name.length === 0 || name.length > 31) {
      throw invalidArgument(location, `sheet name must be 1 to 31 characters, got ${name.length}`);
    }
    if (SHEET_NAME_FORBIDDEN.test(name))
      throw invalidArgument(location, `sheet name '${name}' contains one of []:*?/\\`);
    if (name.startsWith("'") || name.endsWith("'")) {
      throw invalidArgument(location, `sheet name '${name}' cannot begin or end with an apostrophe`);
    }
    if (name.toLowerCase() === 'history') throw invalidArgument(location, "'History' is a reserved sheet name");
    const clash = this.findSheet(name);
    if (clash && clash !== except) {
      throw itemAlreadyExists(
        location,
        `a worksheet named '${clash.name}' already exists (names are case-insensitive)`,
      );
    }
    return name;
  }

  addSheet(name: string | undefined, location: string): SheetModel {
    let finalName: string;
    if (name === undefined || name === null || name === '') {
      do {
        this.sheetCounter += 1;
        finalName = `${this.options.sheetPrefix}${this.sheetCounter}`;
      } while (this.findSheet(finalName));
    } else {
      finalName = this.checkSheetName(name, location);
    }
    this.sheetIds += 1;
    const id = `{00000000-0001-0000-C000-${String(this.sheetIds).padStart(12, '0')}}`;
    const sheet = new SheetModel(id, finalName, this.options.paperSize);
    this.sheets.push(sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  /**
   * Inserts the sheets of a workbook file (Workbook.insertWorksheetsFromBase64): `names` picks
   * sheets (all by default), `before` is the sheet they go before (the end when undefined). A
   * name already taken gets " (2)", " (3)"... and a table name already taken a number, as
   * Excel does when it copies sheets. Returns the new sheets, in order.
   */
  insertWorkbook(
    file: SimWorkbookFile,
    options: { names?: readonly string[]; before?: SheetModel },
    location: string,
  ): SheetModel[] {
    const wanted =
      options.names && options.names.length > 0 ? options.names.map((name) => name.toLowerCase()) : undefined;
    if (wanted) {
      for (const name of wanted) {
        if (!file.sheets.some((sheet) => sheet.name.toLowerCase() === name)) {
          throw invalidArgument(location, `the file has no worksheet named '${name}'`);
        }
      }
    }
    const chosen = file.sheets.filter((sheet) => !wanted || wanted.includes(sheet.name.toLowerCase()));
    const created: SheetModel[] = [];
    for (const source of chosen) {
      let name = source.name;
      for (let copy = 2; this.findSheet(name); copy += 1) {
        const suffix = ` (${copy})`;
        name = `${source.name.slice(0, 31 - suffix.length)}${suffix}`;
      }
      const sheet = this.addSheet(name, location);
      if (!source.visible) sheet.visibility = 'Hidden';
      source.cells.forEach((row, r) => row.forEach((value, c) => this.putRaw(sheet, r, c, value)));
      for (const [address, result] of Object.entries(source.results ?? {})) {
        const at = parseAddress(address);
        if (at) sheet.at(at.rect.r0, at.rect.c0).cached = result;
      }
      for (const [address, format] of Object.entries(source.numberFormats ?? {})) {
        const at = parseAddress(address);
        if (at) sheet.at(at.rect.r0, at.rect.c0).numberFormat = format;
      }
      for (const { range, rule } of source.validations ?? []) {
        const at = parseAddress(range);
        if (!at) continue;
        const validation: ValidationModel = { ...NO_VALIDATION, rule: Object.freeze({ ...rule }) };
        for (let r = at.rect.r0; r <= at.rect.r1; r += 1) {
          for (let c = at.rect.c0; c <= at.rect.c1; c += 1) sheet.at(r, c).validation = validation;
        }
      }
      for (const table of source.tables ?? []) {
        const at = parseAddress(table.range);
        if (!at) continue;
        let tableName = table.name;
        for (let copy = 2; this.findTable(tableName) || this.findName(tableName); copy += 1)
          tableName = `${table.name}${copy}`;
        const added = this.addTable(sheet, at.rect, tableName, location);
        if (table.style) added.style = table.style;
      }
      created.push(sheet);
    }
    // addSheet appends: move the new sheets before `before`, in order.
    if (options.before) {
      for (const sheet of created) {
        this.sheets.splice(this.sheets.indexOf(sheet), 1);
        this.sheets.splice(this.sheets.indexOf(options.before), 0, sheet);
      }
    }
    return created;
  }

  renameSheet(sheet: SheetModel, name: unknown, location: string): void {
    sheet.name = this.checkSheetName(name, location, sheet);
  }

  deleteSheet(sheet: SheetModel, location: string): void {
    if (sheet.visibility === 'Visible' && this.visibleSheets().length === 1) {
      throw invalidOperation(location, 'a workbook must contain at least one visible worksheet');
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    for (const t of this.tables) if (t.sheet === sheet) t.deleted = true;
    this.tables = this.tables.filter((t) => !t.deleted);
    for (const n of this.names) if (n.scope === sheet) n.deleted = true;
    this.names = this.names.filter((n) => !n.deleted);
    if (this.active === sheet) {
      const visible = this.visibleSheets();
      this.active = visible[Math.min(index, visible.length - 1)];
    }
  }

  moveSheet(sheet: SheetModel, position: unknown, location: string): void {
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw invalidArgument(location, `position must be an integer from 0 to ${this.sheets.length - 1}`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, visibility: unknown, location: string): void {
    if (visibility !== 'Visible' && visibility !== 'Hidden' && visibility !== 'VeryHidden') {
      throw invalidArgument(location, `visibility must be Visible, Hidden or VeryHidden`);
    }
    if (visibility !== 'Visible' && sheet.visibility === 'Visible' && this.visibleSheets().length === 1) {
      throw invalidOperation(location, 'a workbook must contain at least one visible worksheet');
    }
    sheet.visibility = visibility;
    if (visibility !== 'Visible' && this.active === sheet) this.active = this.visibleSheets()[0];
  }

  activate(sheet: SheetModel, location: string): void {
    if (sheet.visibility !== 'Visible') throw invalidOperation(location, `sheet '${sheet.name}' is hidden`);
    this.active = sheet;
  }

  // ---- tables and names ---------------------------------------------------------------

  findTable(name: string): TableModel | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key);
  }

  findName(name: string, scope?: SheetModel): NameModel | undefined {
    const key = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === key && n.scope === scope);
  }

  /** Tables and workbook names share one namespace; they must look like identifiers, not cells. */
  checkNewName(name: unknown, location: string, kind: 'table' | 'name'): string {
    if (typeof name !== 'string' || !TABLE_NAME.test(name) || name.length > 255) {
      throw invalidArgument(location, `'${String(name)}' is not a valid ${kind} name`);
    }
    if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*$/.test(name) || /^[Rr]\d+[Cc]\d+$/.test(name)) {
      throw invalidArgument(location, `'${name}' looks like a cell reference`);
    }
    if (this.findTable(name) || this.findName(name)) throw itemAlreadyExists(location, `'${name}' is already used`);
    return name;
  }

  addTable(sheet: SheetModel, rect: Rect, name: string | undefined, location: string): TableModel {
    let finalName: string;
    if (name === undefined) {
      let n = 1;
      while (this.findTable(`Table${n}`) || this.findName(`Table${n}`)) n += 1;
      finalName = `Table${n}`;
    } else {
      finalName = this.checkNewName(name, location, 'table');
    }
    if (this.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect))) {
      throw invalidOperation(location, 'a table cannot overlap another table');
    }
    if (sheet.merges.some((m) => intersects(m, rect))) {
      throw invalidOperation(location, 'a table cannot contain merged cells');
    }
    // A table has at least one data row below its header.
    const finalRect = rect.r0 === rect.r1 ? { ...rect, r1: rect.r1 + 1 } : rect;
    // Header cells: blanks become "ColumnN", duplicates get a numeric suffix (as in Excel).
    const seen = new Set<string>();
    for (let c = finalRect.c0; c <= finalRect.c1; c++) {
      const cell = sheet.get(finalRect.r0, c);
      let text = cell && hasContent(cell) ? String(this.valueOf(sheet, finalRect.r0, c)) : '';
      if (text === '') text = `Column${c - finalRect.c0 + 1}`;
      let unique = text;
      for (let i = 2; seen.has(unique.toLowerCase()); i++) unique = `${text}${i}`;
      seen.add(unique.toLowerCase());
      if (!cell || cell.formula !== undefined || cell.value !== unique) {
        const target = sheet.at(finalRect.r0, c);
        target.formula = undefined;
        target.cached = undefined;
        target.value = unique;
      }
    }
    this.tableIds += 1;
    const table = new TableModel(String(this.tableIds), finalName, sheet, finalRect);
    this.tables.push(table);
    return table;
  }

  deleteTable(table: TableModel): void {
    table.deleted = true;
    this.tables = this.tables.filter((t) => t !== table);
  }

  addName(name: string, ref: NameRef, location: string, comment = ''): NameModel {
    const finalName = this.checkNewName(name, location, 'name');
    const item = new NameModel(finalName, ref, undefined);
    item.comment = comment;
    this.names.push(item);
    return item;
  }

  deleteName(item: NameModel): void {
    item.deleted = true;
    this.names = this.names.filter((n) => n !== item);
  }

  // ---- cell values --------------------------------------------------------------------

  /** What `Range.values` reports for one cell. */
  valueOf(sheet: SheetModel, r: number, c: number): CellValue {
    const cell = sheet.get(r, c);
    if (!cell) return '';
    if (cell.formula === undefined) return cell.value;
    if (cell.cached !== undefined) return cell.cached as CellValue;
    const evaluated = this.options.evaluate?.(sheet.name, cell.formula, `${columnLetters(c)}${r + 1}`);
    return evaluated === undefined || evaluated === null ? '' : (evaluated as CellValue);
  }

  /** Writes one typed-in value or formula into a cell; null/undefined leaves the cell alone. */
  writeInput(sheet: SheetModel, r: number, c: number, input: unknown, asFormula: boolean, location: string): void {
    if (input === null || input === undefined) return;
    const existing = sheet.get(r, c);
    const parsed = parseInput(input, existing?.numberFormat ?? 'General', asFormula, location);
    if (parsed.kind === 'clear') {
      if (!existing) return;
      existing.value = '';
      existing.formula = undefined;
      existing.cached = undefined;
      return;
    }
    const cell = existing ?? sheet.at(r, c);
    if (parsed.kind === 'formula') {
      cell.formula = parsed.formula;
      cell.value = '';
      cell.cached = undefined;
    } else {
      cell.formula = undefined;
      cell.cached = undefined;
      cell.value = parsed.value;
      if (parsed.numberFormat && cell.numberFormat === 'General') cell.numberFormat = parsed.numberFormat;
    }
  }

  /**
   * Test fixtures: stores a JavaScript value as it is (a string stays a string, even
   * "00123"); only strings starting with '=' become formulas. null/undefined skip the cell.
   */
  putRaw(sheet: SheetModel, r: number, c: number, input: unknown): void {
    if (input === null || input === undefined) return;
    if (typeof input !== 'string' && typeof input !== 'number' && typeof input !== 'boolean') {
      throw new TypeError(`sim: cell values must be string, number or boolean, got ${typeof input}`);
    }
    const cell = sheet.at(r, c);
    const formula = typeof input === 'string' && input.startsWith('=') && input.length > 1;
    cell.formula = formula ? (input as string) : undefined;
    cell.value = formula ? '' : input;
    cell.cached = undefined;
  }

  // ---- references ---------------------------------------------------------------------

  refFormula(ref: NameRef): string {
    if (ref.kind === 'constant') {
      return typeof ref.value === 'string'
        ? `="${ref.value.replace(/"/g, '""')}"`
        : `=${String(ref.value).toUpperCase()}`;
    }
    if (ref.sheet.deleted) return '=#REF!';
    return `=${quoteSheet(ref.sheet.name)}!${formatRect(ref.rect, { absolute: true })}`;
  }

  // ---- checkpoints --------------------------------------------------------------------

  /** Captures the whole workbook; the returned function puts it back (same object identities). */
  checkpoint(): () => void {
    const sheets = this.sheets.slice();
    const sheetStates = sheets.map((s) => captureSheet(s));
    const tables = this.tables.slice();
    const tableStates = tables.map((t) => ({ ...t, rect: { ...t.rect } }));
    const names = this.names.slice();
    const nameStates = names.map((n) => ({ ...n }));
    const active = this.active;
    const counters = [this.sheetCounter, this.sheetIds, this.tableIds] as const;
    const everything = new Set<SheetModel>(this.sheets);
    return () => {
      for (const s of this.sheets) if (!everything.has(s)) s.deleted = true;
      for (const t of this.tables) if (!tables.includes(t)) t.deleted = true;
      for (const n of this.names) if (!names.includes(n)) n.deleted = true;
      sheets.forEach((s, i) => restoreSheet(s, sheetStates[i]));
      tables.forEach((t, i) => Object.assign(t, tableStates[i]));
      names.forEach((n, i) => Object.assign(n, nameStates[i]));
      this.sheets = sheets;
      this.tables = tables;
      this.names = names;
      this.active = active;
      [this.sheetCounter, this.sheetIds, this.tableIds] = counters;
    };
  }
}

type SheetState = Omit<
  SheetModel,
  'get' | 'at' | 'eachCell' | 'usedRect' | 'columnWidth' | 'rowHeight' | 'mergeAt' | 'id'
>;

function captureSheet(s: SheetModel): SheetState {
  const rows = new Map<number, Map<number, CellModel>>();
  for (const [r, row] of s.rows) {
    const copy = new Map<number, CellModel>();
    for (const [c, cell] of row) copy.set(c, cloneCell(cell));
    rows.set(r, copy);
  }
  return {
    name: s.name,
    visibility: s.visibility,
    deleted: s.deleted,
    rows,
    merges: s.merges.map((m) => ({ ...m })),
    columnWidths: new Map(s.columnWidths),
    rowHeights: new Map(s.rowHeights),
    frozenRows: s.frozenRows,
    frozenColumns: s.frozenColumns,
    selection: { ...s.selection },
    showGridlines: s.showGridlines,
    tabColor: s.tabColor,
    pageLayout: {
      ...s.pageLayout,
      zoom: { ...s.pageLayout.zoom },
      headersFooters: copyHeadersFooters(s.pageLayout.headersFooters),
    },
    horizontalPageBreaks: s.horizontalPageBreaks.map((pageBreak) => ({ ...pageBreak })),
  };
}

function restoreSheet(s: SheetModel, state: SheetState): void {
  Object.assign(s, state);
}

/** The "current region" Excel expands to from one cell: bounded by blank rows and columns. */
export function surroundingRegion(sheet: SheetModel, r: number, c: number): Rect {
  let rect = box(r, c, r, c);
  const filled = (rr: number, cc: number): boolean =>
    rr >= 0 && cc >= 0 && rr < MAX_ROWS && cc < MAX_COLUMNS && hasContent(sheet.get(rr, cc));
  const anyInRow = (rr: number, ca: number, cb: number): boolean => {
    const row = sheet.rows.get(rr);
    if (!row) return false;
    for (const [cc, cell] of row) if (cc >= ca && cc <= cb && hasContent(cell)) return true;
    return false;
  };
  const anyInColumn = (cc: number, ra: number, rb: number): boolean => {
    for (let rr = ra; rr <= rb; rr++) if (filled(rr, cc)) return true;
    return false;
  };
  for (let changed = true; changed;) {
    changed = false;
    const lo = Math.max(rect.c0 - 1, 0);
    const hi = Math.min(rect.c1 + 1, MAX_COLUMNS - 1);
    if (rect.r0 > 0 && anyInRow(rect.r0 - 1, lo, hi)) {
      rect = { ...rect, r0: rect.r0 - 1 };
      changed = true;
    }
    if (rect.r1 < MAX_ROWS - 1 && anyInRow(rect.r1 + 1, lo, hi)) {
      rect = { ...rect, r1: rect.r1 + 1 };
      changed = true;
    }
    const top = Math.max(rect.r0 - 1, 0);
    const bottom = Math.min(rect.r1 + 1, MAX_ROWS - 1);
    if (rect.c0 > 0 && anyInColumn(rect.c0 - 1, top, bottom)) {
      rect = { ...rect, c0: rect.c0 - 1 };
      changed = true;
    }
    if (rect.c1 < MAX_COLUMNS - 1 && anyInColumn(rect.c1 + 1, top, bottom)) {
      rect = { ...rect, c1: rect.c1 + 1 };
      changed = true;
    }
  }
  return rect;
}

/** Rough text width in points of what a cell shows (Calibri 11: ~5.25 pt per character). */
export function textWidth(text: string, font: FontModel): number {
  const longest = text.split('\n').reduce((m, line) => Math.max(m, line.length), 0);
  return longest * 5.25 * (font.size / 11) * (font.bold ? 1.1 : 1);
}
