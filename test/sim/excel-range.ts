/**
 * Simulated Range, RangeFormat, RangeFont, RangeFill, RangeBorderCollection and RangeBorder
 * (one class per Office.js proxy kind; see excel.ts for how they are kept to the real API).
 * Range.dataValidation is in excel-validation.ts.
 * Pure TypeScript, no Node imports.
 */
import { MAX_COLUMNS, MAX_ROWS, Rect, box, columnsOf, intersects, rowsOf } from './address';
import { invalidArgument, invalidOperation, itemNotFound, notSimulated } from './errors';
import {
  BorderModel,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  FontModel,
  Side,
  newFormat,
  normalizeColor,
  surroundingRegion,
  textWidth,
} from './model';
import { Kind, LoadArgument, SIM, SimClientObject } from './proxy';
import {
  BorderEntity,
  RangeEntity,
  addressOf,
  assignCells,
  bool,
  checkInt,
  checkRect,
  editCells,
  grid,
  isUnbounded,
  num,
  oneOf,
  quoteArg,
  rangeEntity,
  sheetAlive,
  textOf,
  uniform,
  valueTypeOf,
} from './excel-shared';
import { SimWorksheet, WorksheetKind } from './excel-worksheet';
import { DataValidationKind, SimDataValidation } from './excel-validation';

// ---- Range -----------------------------------------------------------------------------

export const RangeKind: Kind<RangeEntity> = {
  name: 'Range',
  scalars: {
    address: { get: (e) => addressOf(e) },
    addressLocal: { get: (e) => addressOf(e) },
    rowIndex: { get: (e) => e.rect.r0 },
    columnIndex: { get: (e) => e.rect.c0 },
    rowCount: { get: (e) => rowsOf(e.rect) },
    columnCount: { get: (e) => columnsOf(e.rect) },
    cellCount: { get: (e) => rowsOf(e.rect) * columnsOf(e.rect) },
    isEntireRow: { get: (e) => e.entireRows },
    isEntireColumn: { get: (e) => e.entireColumns },
    values: {
      get: (e, model) => grid(e, (r, c) => model.valueOf(e.sheet, r, c)),
      set: (e, v, loc, model) => {
        assignCells(e, v, loc, (r, c, x) => model.writeInput(e.sheet, r, c, x, false, loc));
        model.cellsChanged(e.sheet, e.rect);
      },
    },
    formulas: {
      get: (e, model) => grid(e, (r, c) => e.sheet.get(r, c)?.formula ?? model.valueOf(e.sheet, r, c)),
      set: (e, v, loc, model) => {
        assignCells(e, v, loc, (r, c, x) => model.writeInput(e.sheet, r, c, x, true, loc));
        model.cellsChanged(e.sheet, e.rect);
      },
    },
    numberFormat: {
      get: (e) => grid(e, (r, c) => e.sheet.get(r, c)?.numberFormat ?? 'General'),
      set: (e, v, loc) =>
        assignCells(e, v, loc, (r, c, x) => {
          if (x === null || x === undefined) return;
          if (typeof x !== 'string' && typeof x !== 'number')
            throw invalidArgument(loc, 'number formats must be strings');
          e.sheet.at(r, c).numberFormat = x === '' ? 'General' : String(x);
        }),
    },
    text: { get: (e, model) => grid(e, (r, c) => textOf(model.valueOf(e.sheet, r, c))) },
    valueTypes: { get: (e, model) => grid(e, (r, c) => valueTypeOf(e.sheet.get(r, c), model.valueOf(e.sheet, r, c))) },
  },
  navigations: {
    format: () => RangeFormatKind,
    worksheet: () => WorksheetKind,
    dataValidation: () => DataValidationKind,
  },
};

type RangeScalars =
  | 'address'
  | 'addressLocal'
  | 'rowIndex'
  | 'columnIndex'
  | 'rowCount'
  | 'columnCount'
  | 'cellCount'
  | 'isEntireRow'
  | 'isEntireColumn'
  | 'values'
  | 'formulas'
  | 'numberFormat'
  | 'text'
  | 'valueTypes';

export class SimRange extends SimClientObject<RangeEntity> implements Pick<Excel.Range, RangeScalars> {
  get address(): Excel.Range['address'] {
    return this._read('address') as string;
  }
  get addressLocal(): Excel.Range['addressLocal'] {
    return this._read('addressLocal') as string;
  }
  get rowIndex(): Excel.Range['rowIndex'] {
    return this._read('rowIndex') as number;
  }
  get columnIndex(): Excel.Range['columnIndex'] {
    return this._read('columnIndex') as number;
  }
  get rowCount(): Excel.Range['rowCount'] {
    return this._read('rowCount') as number;
  }
  get columnCount(): Excel.Range['columnCount'] {
    return this._read('columnCount') as number;
  }
  get cellCount(): Excel.Range['cellCount'] {
    return this._read('cellCount') as number;
  }
  get isEntireRow(): Excel.Range['isEntireRow'] {
    return this._read('isEntireRow') as boolean;
  }
  get isEntireColumn(): Excel.Range['isEntireColumn'] {
    return this._read('isEntireColumn') as boolean;
  }

  get values(): Excel.Range['values'] {
    return this._read('values') as Excel.Range['values'];
  }
  set values(value: Excel.Range['values']) {
    this._write('values', value);
  }

  get formulas(): Excel.Range['formulas'] {
    return this._read('formulas') as Excel.Range['formulas'];
  }
  set formulas(value: Excel.Range['formulas']) {
    this._write('formulas', value);
  }

  get numberFormat(): Excel.Range['numberFormat'] {
    return this._read('numberFormat') as Excel.Range['numberFormat'];
  }
  set numberFormat(value: Excel.Range['numberFormat']) {
    this._write('numberFormat', value);
  }

  get text(): Excel.Range['text'] {
    return this._read('text') as Excel.Range['text'];
  }

  get valueTypes(): Excel.Range['valueTypes'] {
    return this._read('valueTypes') as Excel.Range['valueTypes'];
  }

  get format(): SimRangeFormat {
    return this._nav('format', () =>
      this._child(
        (c) => new SimRangeFormat(c),
        RangeFormatKind,
        'format',
        (e) => e,
      ),
    );
  }

  /** Data validation of the range (excel-validation.ts). */
  get dataValidation(): SimDataValidation {
    return this._nav('dataValidation', () =>
      this._child(
        (c) => new SimDataValidation(c),
        DataValidationKind,
        'dataValidation',
        (e) => e,
      ),
    );
  }

  get worksheet(): SimWorksheet {
    return this._nav('worksheet', () =>
      this._child(
        (c) => new SimWorksheet(c),
        WorksheetKind,
        'worksheet',
        (e) => e.sheet,
        { bind: true, alive: sheetAlive },
      ),
    );
  }

  /** A range derived from this one by `derive` (checked to stay inside the sheet). */
  private _derived(
    step: string,
    derive: (e: RangeEntity, location: string) => RangeEntity | null,
    nullable = false,
  ): SimRange {
    return this._child((c) => new SimRange(c), RangeKind, step, derive, { nullable });
  }

  getCell(row: number, column: number): SimRange {
    // The cell may lie outside the range, as long as it stays on the worksheet.
    return this._derived(`getCell(${row},${column})`, (e, loc) => {
      const r = e.rect.r0 + checkInt(row, loc, 'row', -MAX_ROWS);
      const c = e.rect.c0 + checkInt(column, loc, 'column', -MAX_COLUMNS);
      return rangeEntity(e.sheet, checkRect({ r0: r, c0: c, r1: r, c1: c }, loc));
    });
  }

  getRow(row: number): SimRange {
    return this._derived(`getRow(${row})`, (e, loc) => {
      const r = e.rect.r0 + checkInt(row, loc, 'row', -MAX_ROWS);
      return rangeEntity(e.sheet, checkRect({ ...e.rect, r0: r, r1: r }, loc), e.entireRows, false);
    });
  }

  getColumn(column: number): SimRange {
    return this._derived(`getColumn(${column})`, (e, loc) => {
      const c = e.rect.c0 + checkInt(column, loc, 'column', -MAX_COLUMNS);
      return rangeEntity(e.sheet, checkRect({ ...e.rect, c0: c, c1: c }, loc), false, e.entireColumns);
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this._derived(`getResizedRange(${deltaRows},${deltaColumns})`, (e, loc) => {
      const rect = { ...e.rect, r1: e.rect.r1 + deltaRows, c1: e.rect.c1 + deltaColumns };
      if (!Number.isInteger(deltaRows) || !Number.isInteger(deltaColumns) || rect.r1 < rect.r0 || rect.c1 < rect.c0) {
        throw invalidArgument(loc, 'the resized range must keep at least one row and one column');
      }
      return rangeEntity(e.sheet, checkRect(rect, loc));
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this._derived(`getOffsetRange(${rowOffset},${columnOffset})`, (e, loc) => {
      if (!Number.isInteger(rowOffset) || !Number.isInteger(columnOffset))
        throw invalidArgument(loc, 'offsets must be integers');
      const rect = {
        r0: e.rect.r0 + rowOffset,
        r1: e.rect.r1 + rowOffset,
        c0: e.rect.c0 + columnOffset,
        c1: e.rect.c1 + columnOffset,
      };
      return rangeEntity(e.sheet, checkRect(rect, loc), e.entireRows, e.entireColumns);
    });
  }

  /** Excel's CurrentRegion (Ctrl+*) of the top-left cell: bounded by blank rows and columns. */
  getSurroundingRegion(): SimRange {
    return this._derived('getSurroundingRegion()', (e) =>
      rangeEntity(e.sheet, surroundingRegion(e.sheet, e.rect.r0, e.rect.c0)),
    );
  }

  getLastRow(): SimRange {
    return this._derived('getLastRow()', (e) =>
      rangeEntity(e.sheet, { ...e.rect, r0: e.rect.r1 }, e.entireRows, false),
    );
  }

  getLastColumn(): SimRange {
    return this._derived('getLastColumn()', (e) =>
      rangeEntity(e.sheet, { ...e.rect, c0: e.rect.c1 }, false, e.entireColumns),
    );
  }

  getLastCell(): SimRange {
    return this._derived('getLastCell()', (e) => rangeEntity(e.sheet, box(e.rect.r1, e.rect.c1, e.rect.r1, e.rect.c1)));
  }

  getEntireRow(): SimRange {
    return this._derived('getEntireRow()', (e) =>
      rangeEntity(e.sheet, { r0: e.rect.r0, r1: e.rect.r1, c0: 0, c1: MAX_COLUMNS - 1 }, true, false),
    );
  }

  getEntireColumn(): SimRange {
    return this._derived('getEntireColumn()', (e) =>
      rangeEntity(e.sheet, { r0: 0, r1: MAX_ROWS - 1, c0: e.rect.c0, c1: e.rect.c1 }, false, true),
    );
  }

  getUsedRange(valuesOnly?: boolean): SimRange {
    return this._derived(`getUsedRange(${quoteArg(valuesOnly)})`, (e, loc) => {
      const used = usedWithin(e, !!valuesOnly);
      if (!used) throw itemNotFound(loc, 'there are no used cells in the range');
      return used;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return this._derived(`getUsedRangeOrNullObject(${quoteArg(valuesOnly)})`, (e) => usedWithin(e, !!valuesOnly), true);
  }

  merge(across?: boolean): void {
    this[SIM].call('merge', [across ?? false], (e, location) => {
      if (isUnbounded(e)) throw notSimulated('Range.merge on whole rows or columns');
      const areas: Rect[] = across
        ? Array.from({ length: rowsOf(e.rect) }, (_, i) => ({ ...e.rect, r0: e.rect.r0 + i, r1: e.rect.r0 + i }))
        : [e.rect];
      const model = this[SIM].host.model;
      for (const area of areas) {
        if (area.r0 === area.r1 && area.c0 === area.c1) continue;
        if (model.tables.some((t) => t.sheet === e.sheet && intersects(t.rect, area))) {
          throw invalidOperation(location, 'cells in a table cannot be merged');
        }
        e.sheet.merges = e.sheet.merges.filter((m) => !intersects(m, area));
        // Excel keeps only the upper-left value of a merged area.
        e.sheet.eachCell(area, (r, c, cell) => {
          if (r === area.r0 && c === area.c0) return;
          cell.value = '';
          cell.formula = undefined;
          cell.cached = undefined;
        });
        e.sheet.merges.push({ ...area });
      }
    });
  }

  unmerge(): void {
    this[SIM].call('unmerge', [], (e) => {
      e.sheet.merges = e.sheet.merges.filter((m) => !intersects(m, e.rect));
    });
  }

  select(): void {
    this[SIM].call('select', [], (e, location) => {
      this[SIM].host.model.activate(e.sheet, location);
      e.sheet.selection = { ...e.rect };
    });
  }

  clear(applyTo?: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks'): void {
    this[SIM].call('clear', [applyTo ?? 'All'], (e, location) => {
      const what = oneOf(applyTo ?? 'All', ['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks'], location);
      if (what === 'Hyperlinks' || what === 'RemoveHyperlinks') return; // no hyperlinks in the simulation
      const contents = what === 'All' || what === 'Contents';
      const formats = what === 'All' || what === 'Formats';
      const emptied: Array<[number, number]> = [];
      e.sheet.eachCell(e.rect, (r, c, cell) => {
        if (contents) {
          cell.value = '';
          cell.formula = undefined;
          cell.cached = undefined;
        }
        if (formats) {
          cell.format = newFormat();
          cell.numberFormat = 'General';
        }
        if (what === 'All') emptied.push([r, c]);
      });
      for (const [r, c] of emptied) e.sheet.rows.get(r)?.delete(c);
      if (formats) e.sheet.merges = e.sheet.merges.filter((m) => !intersects(m, e.rect));
      if (contents && !isUnbounded(e)) this[SIM].host.model.cellsChanged(e.sheet, e.rect);
    });
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  set(properties: Record<string, unknown>): void {
    this._setMany(properties);
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}

function usedWithin(e: RangeEntity, valuesOnly: boolean): RangeEntity | null {
  const used = e.sheet.usedRect(valuesOnly);
  if (!used || !intersects(used, e.rect)) return null;
  const rect = {
    r0: Math.max(used.r0, e.rect.r0),
    c0: Math.max(used.c0, e.rect.c0),
    r1: Math.min(used.r1, e.rect.r1),
    c1: Math.min(used.c1, e.rect.c1),
  };
  return rangeEntity(e.sheet, rect);
}

// ---- RangeFormat -----------------------------------------------------------------------

const H_ALIGN = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
] as const;
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'] as const;

function columnsIn(e: RangeEntity): number[] {
  return Array.from({ length: columnsOf(e.rect) }, (_, i) => e.rect.c0 + i);
}

function uniformOf(values: number[]): number | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

const RangeFormatKind: Kind<RangeEntity> = {
  name: 'RangeFormat',
  scalars: {
    horizontalAlignment: {
      get: (e) => uniform(e, (c) => c.format.horizontalAlignment),
      set: (e, v, loc) => {
        const value = oneOf(v, H_ALIGN, loc);
        editCells(e, loc, (c) => void (c.format.horizontalAlignment = value));
      },
    },
    verticalAlignment: {
      get: (e) => uniform(e, (c) => c.format.verticalAlignment),
      set: (e, v, loc) => {
        const value = oneOf(v, V_ALIGN, loc);
        editCells(e, loc, (c) => void (c.format.verticalAlignment = value));
      },
    },
    wrapText: {
      get: (e) => uniform(e, (c) => c.format.wrapText),
      set: (e, v, loc) => {
        const value = bool(v, loc);
        editCells(e, loc, (c) => void (c.format.wrapText = value));
      },
    },
    columnWidth: {
      get: (e) => uniformOf(columnsIn(e).map((c) => e.sheet.columnWidth(c))),
      set: (e, v, loc) => {
        const width = num(v, loc, 0, 1790);
        for (const c of columnsIn(e)) e.sheet.columnWidths.set(c, width);
      },
    },
    rowHeight: {
      get: (e) => {
        if (e.entireColumns) return uniformOf([DEFAULT_ROW_HEIGHT, ...e.sheet.rowHeights.values()]);
        return uniformOf(Array.from({ length: rowsOf(e.rect) }, (_, i) => e.sheet.rowHeight(e.rect.r0 + i)));
      },
      set: (e, v, loc) => {
        const height = num(v, loc, 0, 409);
        if (e.entireColumns) throw notSimulated('RangeFormat.rowHeight on whole columns');
        for (let r = e.rect.r0; r <= e.rect.r1; r++) e.sheet.rowHeights.set(r, height);
      },
    },
  },
  navigations: {
    font: () => RangeFontKind,
    fill: () => RangeFillKind,
    borders: () => RangeBorderCollectionKind,
  },
};

type RangeFormatScalars = 'horizontalAlignment' | 'verticalAlignment' | 'wrapText' | 'columnWidth' | 'rowHeight';

export class SimRangeFormat
  extends SimClientObject<RangeEntity>
  implements Pick<Excel.RangeFormat, RangeFormatScalars>
{
  get horizontalAlignment(): Excel.RangeFormat['horizontalAlignment'] {
    return this._read('horizontalAlignment') as Excel.RangeFormat['horizontalAlignment'];
  }
  set horizontalAlignment(value: Excel.RangeFormat['horizontalAlignment']) {
    this._write('horizontalAlignment', value);
  }

  get verticalAlignment(): Excel.RangeFormat['verticalAlignment'] {
    return this._read('verticalAlignment') as Excel.RangeFormat['verticalAlignment'];
  }
  set verticalAlignment(value: Excel.RangeFormat['verticalAlignment']) {
    this._write('verticalAlignment', value);
  }

  get wrapText(): Excel.RangeFormat['wrapText'] {
    return this._read('wrapText') as boolean;
  }
  set wrapText(value: Excel.RangeFormat['wrapText']) {
    this._write('wrapText', value);
  }

  get columnWidth(): Excel.RangeFormat['columnWidth'] {
    return this._read('columnWidth') as number;
  }
  set columnWidth(value: Excel.RangeFormat['columnWidth']) {
    this._write('columnWidth', value);
  }

  get rowHeight(): Excel.RangeFormat['rowHeight'] {
    return this._read('rowHeight') as number;
  }
  set rowHeight(value: Excel.RangeFormat['rowHeight']) {
    this._write('rowHeight', value);
  }

  get font(): SimRangeFont {
    return this._nav('font', () =>
      this._child(
        (c) => new SimRangeFont(c),
        RangeFontKind,
        'font',
        (e) => e,
      ),
    );
  }

  get fill(): SimRangeFill {
    return this._nav('fill', () =>
      this._child(
        (c) => new SimRangeFill(c),
        RangeFillKind,
        'fill',
        (e) => e,
      ),
    );
  }

  get borders(): SimRangeBorderCollection {
    return this._nav('borders', () =>
      this._child(
        (c) => new SimRangeBorderCollection(c),
        RangeBorderCollectionKind,
        'borders',
        (e) => e,
      ),
    );
  }

  /**
   * Approximation of Excel's best fit: ~5.25 pt per character of Calibri 11 (scaled by
   * font size, +10% for bold) plus padding, over the cells of the range; cells merged
   * across columns are ignored (as Excel does); an empty column gets the standard width.
   */
  autofitColumns(): void {
    this[SIM].call('autofitColumns', [], (e) => {
      const model = this[SIM].host.model;
      const widest = new Map<number, number>();
      e.sheet.eachCell(e.rect, (r, c, cell) => {
        const merge = e.sheet.mergeAt(r, c);
        if (merge && merge.c0 !== merge.c1) return;
        const text = textOf(model.valueOf(e.sheet, r, c));
        if (text === '') return;
        widest.set(c, Math.max(widest.get(c) ?? 0, textWidth(text, cell.format.font)));
      });
      const columns = e.entireRows ? [...widest.keys()] : columnsIn(e);
      for (const c of columns) {
        const w = widest.get(c);
        if (w === undefined) e.sheet.columnWidths.set(c, DEFAULT_COLUMN_WIDTH);
        else e.sheet.columnWidths.set(c, Math.ceil((w + 5.25) / 0.75) * 0.75);
      }
    });
  }

  /** Approximation: 15 pt per line (scaled by font size); wrapped text splits by column width. */
  autofitRows(): void {
    this[SIM].call('autofitRows', [], (e) => {
      const model = this[SIM].host.model;
      const tallest = new Map<number, number>();
      e.sheet.eachCell(e.rect, (r, c, cell) => {
        const text = textOf(model.valueOf(e.sheet, r, c));
        const lineHeight = DEFAULT_ROW_HEIGHT * (cell.format.font.size / 11);
        let lines = 1;
        if (cell.format.wrapText && text !== '') {
          const available = Math.max(e.sheet.columnWidth(c) - 5.25, 1);
          lines = text
            .split('\n')
            .reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line, cell.format.font) / available)), 0);
        }
        tallest.set(r, Math.max(tallest.get(r) ?? 0, lines * lineHeight));
      });
      const rows = e.entireColumns
        ? [...tallest.keys()]
        : Array.from({ length: rowsOf(e.rect) }, (_, i) => e.rect.r0 + i);
      for (const r of rows) {
        const h = tallest.get(r) ?? DEFAULT_ROW_HEIGHT;
        if (h === DEFAULT_ROW_HEIGHT) e.sheet.rowHeights.delete(r);
        else e.sheet.rowHeights.set(r, h);
      }
    });
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  set(properties: Record<string, unknown>): void {
    this._setMany(properties);
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}

// ---- RangeFont -------------------------------------------------------------------------

const UNDERLINES = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'] as const;

function fontProp<K extends keyof FontModel>(key: K, check: (v: unknown, loc: string) => FontModel[K]) {
  return {
    get: (e: RangeEntity) => uniform(e, (c) => c.format.font[key]),
    set: (e: RangeEntity, v: unknown, loc: string) => {
      const value = check(v, loc);
      editCells(e, loc, (c) => void (c.format.font[key] = value));
    },
  };
}

const RangeFontKind: Kind<RangeEntity> = {
  name: 'RangeFont',
  scalars: {
    bold: fontProp('bold', bool),
    italic: fontProp('italic', bool),
    size: fontProp('size', (v, loc) => num(v, loc, 1, 409)),
    color: fontProp('color', normalizeColor),
    name: fontProp('name', (v, loc) => {
      if (typeof v !== 'string' || v === '') throw invalidArgument(loc, 'font name must be a non-empty string');
      return v;
    }),
    underline: fontProp('underline', (v, loc) => oneOf(v, UNDERLINES, loc)),
  },
};

export class SimRangeFont
  extends SimClientObject<RangeEntity>
  implements Pick<Excel.RangeFont, 'bold' | 'italic' | 'size' | 'color' | 'name' | 'underline'>
{
  get bold(): Excel.RangeFont['bold'] {
    return this._read('bold') as boolean;
  }
  set bold(value: Excel.RangeFont['bold']) {
    this._write('bold', value);
  }

  get italic(): Excel.RangeFont['italic'] {
    return this._read('italic') as boolean;
  }
  set italic(value: Excel.RangeFont['italic']) {
    this._write('italic', value);
  }

  get size(): Excel.RangeFont['size'] {
    return this._read('size') as number;
  }
  set size(value: Excel.RangeFont['size']) {
    this._write('size', value);
  }

  get color(): Excel.RangeFont['color'] {
    return this._read('color') as string;
  }
  set color(value: Excel.RangeFont['color']) {
    this._write('color', value);
  }

  get name(): Excel.RangeFont['name'] {
    return this._read('name') as string;
  }
  set name(value: Excel.RangeFont['name']) {
    this._write('name', value);
  }

  get underline(): Excel.RangeFont['underline'] {
    return this._read('underline') as Excel.RangeFont['underline'];
  }
  set underline(value: Excel.RangeFont['underline']) {
    this._write('underline', value);
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  set(properties: Record<string, unknown>): void {
    this._setMany(properties);
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}

// ---- RangeFill -------------------------------------------------------------------------

const RangeFillKind: Kind<RangeEntity> = {
  name: 'RangeFill',
  scalars: {
    // Excel reports '#FFFFFF' for cells without fill.
    color: {
      get: (e) => uniform(e, (c) => c.format.fill ?? '#FFFFFF'),
      set: (e, v, loc) => {
        const color = normalizeColor(v, loc);
        editCells(e, loc, (c) => void (c.format.fill = color));
      },
    },
  },
};

export class SimRangeFill extends SimClientObject<RangeEntity> implements Pick<Excel.RangeFill, 'color'> {
  get color(): Excel.RangeFill['color'] {
    return this._read('color') as string;
  }
  set color(value: Excel.RangeFill['color']) {
    this._write('color', value);
  }

  clear(): void {
    this[SIM].call('clear', [], (e, location) => editCells(e, location, (c) => void (c.format.fill = undefined)));
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  set(properties: Record<string, unknown>): void {
    this._setMany(properties);
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}

// ---- RangeBorderCollection and RangeBorder ---------------------------------------------

const BORDER_INDEXES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
] as const;
const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'] as const;
const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'] as const;

/** The (cell, side) pairs a border index of a range stands for. */
function borderSides(e: RangeEntity, index: string): Array<[number, number, Side]> {
  if (isUnbounded(e)) throw notSimulated('RangeBorder on whole rows or columns');
  const { r0, c0, r1, c1 } = e.rect;
  const out: Array<[number, number, Side]> = [];
  const row = (r: number, side: Side): void => {
    for (let c = c0; c <= c1; c++) out.push([r, c, side]);
  };
  const col = (c: number, side: Side): void => {
    for (let r = r0; r <= r1; r++) out.push([r, c, side]);
  };
  switch (index) {
    case 'EdgeTop':
      row(r0, 'top');
      break;
    case 'EdgeBottom':
      row(r1, 'bottom');
      break;
    case 'EdgeLeft':
      col(c0, 'left');
      break;
    case 'EdgeRight':
      col(c1, 'right');
      break;
    case 'InsideHorizontal':
      for (let r = r0; r < r1; r++) {
        row(r, 'bottom');
        row(r + 1, 'top');
      }
      break;
    case 'InsideVertical':
      for (let c = c0; c < c1; c++) {
        col(c, 'right');
        col(c + 1, 'left');
      }
      break;
    default:
      throw notSimulated(`RangeBorder '${index}'`);
  }
  return out;
}

function borderRead<K extends keyof BorderModel>(key: K, none: BorderModel[K]) {
  return (b: BorderEntity): BorderModel[K] | null => {
    const sides = borderSides(b.range, b.index);
    if (sides.length === 0) return none;
    const values = sides.map(([r, c, side]) => {
      const border = b.range.sheet.get(r, c)?.format.borders[side];
      return border ? border[key] : none;
    });
    return values.every((v) => v === values[0]) ? values[0] : null;
  };
}

function borderWrite(b: BorderEntity, edit: (border: BorderModel | undefined) => BorderModel | undefined): void {
  for (const [r, c, side] of borderSides(b.range, b.index)) {
    const cell = b.range.sheet.at(r, c);
    const next = edit(cell.format.borders[side]);
    if (next) cell.format.borders[side] = next;
    else delete cell.format.borders[side];
  }
}

const NEW_BORDER: Readonly<BorderModel> = { style: 'Continuous', color: '#000000', weight: 'Thin' };

const RangeBorderKind: Kind<BorderEntity> = {
  name: 'RangeBorder',
  scalars: {
    sideIndex: { get: (b) => b.index },
    style: {
      get: borderRead('style', 'None'),
      set: (b, v, loc) => {
        const style = oneOf(v, BORDER_STYLES, loc);
        borderWrite(b, (old) => (style === 'None' ? undefined : { ...(old ?? NEW_BORDER), style }));
      },
    },
    color: {
      get: borderRead('color', '#000000'),
      set: (b, v, loc) => {
        const color = normalizeColor(v, loc);
        borderWrite(b, (old) => ({ ...(old ?? NEW_BORDER), color }));
      },
    },
    weight: {
      get: borderRead('weight', 'Thin'),
      set: (b, v, loc) => {
        const weight = oneOf(v, BORDER_WEIGHTS, loc);
        borderWrite(b, (old) => ({ ...(old ?? NEW_BORDER), weight }));
      },
    },
  },
};

export class SimRangeBorder
  extends SimClientObject<BorderEntity>
  implements Pick<Excel.RangeBorder, 'sideIndex' | 'style' | 'color' | 'weight'>
{
  get sideIndex(): Excel.RangeBorder['sideIndex'] {
    return this._read('sideIndex') as Excel.RangeBorder['sideIndex'];
  }

  get style(): Excel.RangeBorder['style'] {
    return this._read('style') as Excel.RangeBorder['style'];
  }
  set style(value: Excel.RangeBorder['style']) {
    this._write('style', value);
  }

  get color(): Excel.RangeBorder['color'] {
    return this._read('color') as string;
  }
  set color(value: Excel.RangeBorder['color']) {
    this._write('color', value);
  }

  get weight(): Excel.RangeBorder['weight'] {
    return this._read('weight') as Excel.RangeBorder['weight'];
  }
  set weight(value: Excel.RangeBorder['weight']) {
    this._write('weight', value);
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  set(properties: Record<string, unknown>): void {
    this._setMany(properties);
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}

const RangeBorderCollectionKind: Kind<RangeEntity> = { name: 'RangeBorderCollection', scalars: {} };

export class SimRangeBorderCollection extends SimClientObject<RangeEntity> {
  getItem(index: Excel.BorderIndex | (typeof BORDER_INDEXES)[number] | 'DiagonalDown' | 'DiagonalUp'): SimRangeBorder {
    return this._child(
      (c) => new SimRangeBorder(c),
      RangeBorderKind,
      `getItem(${quoteArg(index)})`,
      (e, loc) => ({
        range: e,
        index: oneOf(index, BORDER_INDEXES, loc),
      }),
    );
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}
