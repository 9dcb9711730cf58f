/**
 * Test-side access to the simulated workbook, bypassing Office.js: arrange a workbook
 * (sheets, values, tables, names, selection) and inspect what add-in code wrote (cells,
 * formats, data validation, merges, widths, freeze panes, page layout). Nothing here
 * counts as a sync.
 */
import { Rect, columnIndex, columnLetters, formatRect, parseAddress, rowsOf, columnsOf } from './address';
import {
  BorderModel,
  CellValue,
  DEFAULT_FONT,
  EMPTY_CELL,
  HeaderFooterModel,
  SheetModel,
  ValidationAlertModel,
  ValidationPromptModel,
  ValidationRuleModel,
  WorkbookModel,
} from './model';

export interface CellView {
  /** What `Range.values` reports (formula cells: cached value, evaluate() or ''). */
  value: CellValue;
  /** Formula text, or undefined for constants and empty cells. */
  formula: string | undefined;
  numberFormat: string;
  format: {
    bold: boolean;
    italic: boolean;
    size: number;
    color: string;
    fontName: string;
    underline: string;
    /** '#RRGGBB' or undefined for no fill. */
    fill: string | undefined;
    horizontalAlignment: string;
    verticalAlignment: string;
    wrapText: boolean;
    borders: { top?: BorderModel; bottom?: BorderModel; left?: BorderModel; right?: BorderModel };
  };
  /** Address of the merged area containing the cell ("A1:F1"), if any. */
  mergedArea: string | undefined;
  /**
   * Data validation of the cell, as `Range.dataValidation` reports it (rule in the shape
   * of `Excel.DataValidationRule` with formulas as strings: { decimal: { operator:
   * 'Between', formula1: '=0', formula2: '=0.25' } }; {} when only a prompt or an alert
   * was set), or undefined when the cell has none.
   */
  validation: ValidationView | undefined;
}

export interface ValidationView {
  rule: ValidationRuleModel;
  prompt: ValidationPromptModel;
  errorAlert: ValidationAlertModel;
}

export interface PageLayoutView {
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** zoom.horizontalFitToPages, for convenience. */
  fitToPagesWide: number | undefined;
  /** zoom.verticalFitToPages, for convenience. */
  fitToPagesTall: number | undefined;
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** "$A$1:$F$40" or undefined. */
  printArea: string | undefined;
  /** "$1:$3" or undefined. */
  printTitleRows: string | undefined;
  /** "$A:$B" or undefined. */
  printTitleColumns: string | undefined;
  /** The running header and footer of every page (HeaderFooterGroup.defaultForAllPages). */
  headerFooter: HeaderFooterModel;
  /** Rows (1-based) that start a printed page: the manual horizontal page breaks. */
  pageBreaks: number[];
}

function parseLocal(address: string): Rect {
  const parsed = parseAddress(address);
  if (!parsed || parsed.entireRows || parsed.entireColumns)
    throw new Error(`sim helper: '${address}' is not a cell or range address`);
  return parsed.rect;
}

export class SimSheetHelper {
  constructor(
    private readonly model: WorkbookModel,
    readonly sheet: SheetModel,
  ) {}

  get name(): string {
    return this.sheet.name;
  }

  get visibility(): string {
    return this.sheet.visibility;
  }

  get position(): number {
    return this.model.sheets.indexOf(this.sheet);
  }

  cell(address: string): CellView {
    const rect = parseLocal(address);
    const cell = this.sheet.get(rect.r0, rect.c0) ?? EMPTY_CELL;
    const f = cell.format;
    const merge = this.sheet.mergeAt(rect.r0, rect.c0);
    return {
      value: this.model.valueOf(this.sheet, rect.r0, rect.c0),
      formula: cell.formula,
      numberFormat: cell.numberFormat,
      format: {
        bold: f.font.bold,
        italic: f.font.italic,
        size: f.font.size,
        color: f.font.color,
        fontName: f.font.name,
        underline: f.font.underline,
        fill: f.fill,
        horizontalAlignment: f.horizontalAlignment,
        verticalAlignment: f.verticalAlignment,
        wrapText: f.wrapText,
        borders: Object.fromEntries(Object.entries(f.borders).map(([side, b]) => [side, { ...b }])),
      },
      mergedArea: merge ? formatRect(merge) : undefined,
      validation: cell.validation
        ? (JSON.parse(
            JSON.stringify({
              rule: cell.validation.rule,
              prompt: cell.validation.prompt,
              errorAlert: cell.validation.errorAlert,
            }),
          ) as ValidationView)
        : undefined,
    };
  }

  /** Values of a range, as `Range.values` would report them. */
  values(address: string): CellValue[][] {
    const rect = parseLocal(address);
    return this.grid(rect, (r, c) => this.model.valueOf(this.sheet, r, c));
  }

  /** Formulas of a range, as `Range.formulas` would report them. */
  formulas(address: string): CellValue[][] {
    const rect = parseLocal(address);
    return this.grid(rect, (r, c) => this.sheet.get(r, c)?.formula ?? this.model.valueOf(this.sheet, r, c));
  }

  /** Values of the used range (cells with content), or [] for an empty sheet. */
  used(): CellValue[][] {
    const rect = this.sheet.usedRect(true);
    return rect ? this.grid(rect, (r, c) => this.model.valueOf(this.sheet, r, c)) : [];
  }

  /** Address of the used range (cells with content), e.g. "A1:F12"; undefined when empty. */
  get usedAddress(): string | undefined {
    const rect = this.sheet.usedRect(true);
    return rect ? formatRect(rect) : undefined;
  }

  /**
   * Writes fixture values starting at `address` (its top-left cell), as they are: strings
   * stay strings ("00123" too), numbers and booleans stay; strings starting with '=' become
   * formulas (see setFormula for a cached value); null/undefined leave a cell alone.
   */
  set(address: string, values: unknown[][]): this {
    const rect = parseLocal(address);
    values.forEach((row, i) => row.forEach((v, j) => this.model.putRaw(this.sheet, rect.r0 + i, rect.c0 + j, v)));
    return this;
  }

  /**
   * What a person typing does: like `set`, and Excel's change events (Table.onChanged,
   * Worksheet.onChanged) hear of it.
   */
  edit(address: string, values: unknown[][]): this {
    this.set(address, values);
    const rect = parseLocal(address);
    const width = Math.max(1, ...values.map((row) => row.length));
    this.model.cellsChanged(this.sheet, {
      r0: rect.r0,
      c0: rect.c0,
      r1: rect.r0 + Math.max(1, values.length) - 1,
      c1: rect.c0 + width - 1,
    });
    return this;
  }

  /**
   * Types text into cells as a user does with a leading apostrophe: stored as text, a string
   * starting with '=', '+', '-' or '@' included (the way such a name sits in a real inventory).
   */
  setText(address: string, values: string[][]): this {
    const rect = parseLocal(address);
    values.forEach((row, i) =>
      row.forEach((v, j) => this.model.writeInput(this.sheet, rect.r0 + i, rect.c0 + j, `'${v}`, false, address)),
    );
    return this;
  }

  /** Puts a formula in one cell, with the value Excel would have computed (optional). */
  setFormula(address: string, formula: string, cachedValue?: CellValue): this {
    const rect = parseLocal(address);
    const cell = this.sheet.at(rect.r0, rect.c0);
    cell.formula = formula.startsWith('=') ? formula : `=${formula}`;
    cell.value = '';
    cell.cached = cachedValue;
    return this;
  }

  /** Merged areas, e.g. ["A1:F1"]. */
  get merges(): string[] {
    return this.sheet.merges.map((m) => formatRect(m));
  }

  /** Column widths that were set (points), by column letter. */
  get columnWidths(): Record<string, number> {
    return Object.fromEntries(
      [...this.sheet.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnLetters(c), w]),
    );
  }

  columnWidth(letters: string): number {
    return this.sheet.columnWidth(columnIndex(letters));
  }

  /** Row height in points; `row` is 1-based as in Excel. */
  rowHeight(row: number): number {
    return this.sheet.rowHeight(row - 1);
  }

  get frozenRows(): number {
    return this.sheet.frozenRows;
  }

  get frozenColumns(): number {
    return this.sheet.frozenColumns;
  }

  get selection(): string {
    return formatRect(this.sheet.selection);
  }

  get pageLayout(): PageLayoutView {
    const p = this.sheet.pageLayout;
    return {
      orientation: p.orientation,
      paperSize: p.paperSize,
      centerHorizontally: p.centerHorizontally,
      centerVertically: p.centerVertically,
      printGridlines: p.printGridlines,
      zoom: { ...p.zoom },
      fitToPagesWide: p.zoom.horizontalFitToPages,
      fitToPagesTall: p.zoom.verticalFitToPages,
      margins: {
        left: p.leftMargin,
        right: p.rightMargin,
        top: p.topMargin,
        bottom: p.bottomMargin,
        header: p.headerMargin,
        footer: p.footerMargin,
      },
      printArea: p.printArea ? formatRect(p.printArea, { absolute: true }) : undefined,
      printTitleRows: p.printTitleRows ? `$${p.printTitleRows[0] + 1}:$${p.printTitleRows[1] + 1}` : undefined,
      printTitleColumns: p.printTitleColumns
        ? `$${columnLetters(p.printTitleColumns[0])}:$${columnLetters(p.printTitleColumns[1])}`
        : undefined,
      headerFooter: { ...p.headersFooters.defaultForAllPages },
      pageBreaks: this.sheet.horizontalPageBreaks.map((pageBreak) => pageBreak.row + 1),
    };
  }

  private grid<T>(rect: Rect, cell: (r: number, c: number) => T): T[][] {
    return Array.from({ length: rowsOf(rect) }, (_, i) =>
      Array.from({ length: columnsOf(rect) }, (_, j) => cell(rect.r0 + i, rect.c0 + j)),
    );
  }
}

export class SimWorkbookHelper {
  constructor(readonly model: WorkbookModel) {}

  /** Adds a sheet (Excel's name rules apply) and writes fixture `values` at `at` (see SimSheetHelper.set). */
  addSheet(name: string, values: unknown[][] = [], at = 'A1'): SimSheetHelper {
    const sheet = this.model.addSheet(name, 'sim helper addSheet');
    const helper = new SimSheetHelper(this.model, sheet);
    if (values.length) helper.set(at, values);
    return helper;
  }

  sheet(name: string): SimSheetHelper {
    const sheet = this.model.findSheet(name);
    if (!sheet) throw new Error(`sim helper: no sheet '${name}' (sheets: ${this.sheetNames().join(', ')})`);
    return new SimSheetHelper(this.model, sheet);
  }

  hasSheet(name: string): boolean {
    return this.model.findSheet(name) !== undefined;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  /** A table over `address` of `sheet`; its first row is the header. */
  addTable(sheet: string, name: string, address: string): void {
    this.model.addTable(this.sheet(sheet).sheet, parseLocal(address), name, 'sim helper addTable');
  }

  /** A workbook-scoped name referring to `address` of `sheet`. */
  addName(name: string, sheet: string, address: string): void {
    this.model.addName(
      name,
      { kind: 'range', sheet: this.sheet(sheet).sheet, rect: parseLocal(address) },
      'sim helper addName',
    );
  }

  /** Activates `sheet` and selects `address` on it (what getSelectedRange returns). */
  select(sheet: string, address: string): void {
    const s = this.sheet(sheet).sheet;
    this.model.activate(s, 'sim helper select');
    s.selection = parseLocal(address);
  }

  get activeSheet(): string | undefined {
    return this.model.active?.name;
  }

  tables(): Array<{ name: string; sheet: string; address: string }> {
    return this.model.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, address: formatRect(t.rect) }));
  }

  names(): Array<{ name: string; formula: string }> {
    return this.model.names.map((n) => ({ name: n.name, formula: this.model.refFormula(n.ref) }));
  }
}

export { DEFAULT_FONT };
