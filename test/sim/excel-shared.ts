/**
 * Shared pieces of the simulated Excel object model: the entity a Range stands for, and
 * the rules for reading and writing cell-level properties (2D arrays of the exact size or
 * a single value copied into every cell; null for mixed formats), address arguments.
 * Pure TypeScript, no Node imports.
 */
import { Rect, columnsOf, formatAddress, inSheet, parseAddress, rowsOf } from './address';
import { SimErrorCode, SimRichApiError, invalidArgument, itemNotFound, notSimulated } from './errors';
import { CellModel, CellValue, EMPTY_CELL, NameModel, SheetModel, TableModel, WorkbookModel } from './model';
import { AnySimObject, SIM, SimClientObject } from './proxy';
import * as Enums from './enums';

// ---- entities and helpers --------------------------------------------------------------

/** What a Range proxy stands for at sync time. */
export interface RangeEntity {
  sheet: SheetModel;
  rect: Rect;
  entireRows: boolean;
  entireColumns: boolean;
}

/** Scope of a table or names collection: the workbook, or one sheet. */
export interface Scope {
  model: WorkbookModel;
  sheet: SheetModel | undefined;
}

export interface BorderEntity {
  range: RangeEntity;
  index: string;
}

export function rangeEntity(sheet: SheetModel, rect: Rect, entireRows = false, entireColumns = false): RangeEntity {
  return { sheet, rect, entireRows, entireColumns };
}

export function checkRect(rect: Rect, location: string): Rect {
  if (!inSheet(rect)) throw invalidArgument(location, 'the range would fall outside the worksheet');
  return rect;
}

export function checkInt(value: unknown, location: string, what: string, min = 0): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    const bound = min >= 0 ? ` >= ${min}` : '';
    throw invalidArgument(location, `${what} must be an integer${bound}, got ${String(value)}`);
  }
  return value;
}

export function isUnbounded(e: RangeEntity): boolean {
  return e.entireRows || e.entireColumns;
}

export function addressOf(e: RangeEntity): string {
  return formatAddress(e.sheet.name, e.rect, { entireRows: e.entireRows, entireColumns: e.entireColumns });
}

export function grid<T>(e: RangeEntity, cell: (r: number, c: number) => T): T[][] | null {
  if (isUnbounded(e)) return null; // Excel returns null for cell-level properties of whole rows/columns
  const out: T[][] = [];
  for (let r = e.rect.r0; r <= e.rect.r1; r++) {
    const row: T[] = [];
    for (let c = e.rect.c0; c <= e.rect.c1; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

/**
 * Writes a cell-level property: a 2D array must match the range exactly; a single
 * non-array value is copied into every cell ("single input copy", like Ctrl+Enter).
 */
export function assignCells(
  e: RangeEntity,
  input: unknown,
  location: string,
  write: (r: number, c: number, v: unknown) => void,
): void {
  if (isUnbounded(e)) throw invalidArgument(location, 'cell-level properties cannot be set on whole rows or columns');
  if (input === null || input === undefined) throw invalidArgument(location, 'the value cannot be null');
  const rows = rowsOf(e.rect);
  const cols = columnsOf(e.rect);
  if (!Array.isArray(input)) {
    for (let r = e.rect.r0; r <= e.rect.r1; r++) for (let c = e.rect.c0; c <= e.rect.c1; c++) write(r, c, input);
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new SimRichApiError(
      SimErrorCode.invalidArgument,
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (range ${addressOf(e)} is ${rows}x${cols})`,
      location,
    );
  }
  for (let i = 0; i < rows; i++) {
    const row = input[i] as unknown[];
    for (let j = 0; j < cols; j++) write(e.rect.r0 + i, e.rect.c0 + j, row[j]);
  }
}

/** Applies `edit` to every cell of a bounded range (creating the cells). */
export function editCells(
  e: RangeEntity,
  location: string,
  edit: (cell: CellModel, r: number, c: number) => void,
): void {
  if (isUnbounded(e)) throw notSimulated(`${location} on whole rows or columns`);
  for (let r = e.rect.r0; r <= e.rect.r1; r++)
    for (let c = e.rect.c0; c <= e.rect.c1; c++) edit(e.sheet.at(r, c), r, c);
}

/** The common value of `pick` over the range, or null when cells differ (as Excel reports). */
export function uniform<T>(e: RangeEntity, pick: (cell: Readonly<CellModel>) => T): T | null {
  let seen = 0;
  let first: { v: T } | undefined;
  let mixed = false;
  e.sheet.eachCell(e.rect, (_r, _c, cell) => {
    if (mixed) return;
    seen += 1;
    const v = pick(cell);
    if (!first) first = { v };
    else if (first.v !== v) mixed = true;
  });
  if (mixed) return null;
  const total = rowsOf(e.rect) * columnsOf(e.rect);
  if (seen < total) {
    const v = pick(EMPTY_CELL);
    if (!first) return v;
    if (first.v !== v) return null;
  }
  return first ? first.v : null;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], location: string): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw invalidArgument(location, `expected one of ${allowed.join(', ')}, got ${String(value)}`);
  }
  return value as T;
}

export function bool(value: unknown, location: string): boolean {
  if (typeof value !== 'boolean') throw invalidArgument(location, `expected a boolean, got ${String(value)}`);
  return value;
}

export function num(value: unknown, location: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw invalidArgument(location, `expected a number from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

const ERROR_VALUES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
]);

export function textOf(value: CellValue): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export function valueTypeOf(cell: CellModel | undefined, value: CellValue): Excel.RangeValueType {
  const t = Enums.RangeValueType;
  if (value === '') return cell?.formula !== undefined ? t.string : t.empty;
  if (typeof value === 'number') return t.double;
  if (typeof value === 'boolean') return t.boolean;
  return cell?.formula !== undefined && ERROR_VALUES.has(value) ? t.error : t.string;
}

/** A sheet-relative address ("A1:B2", "'My sheet'!A1", a defined name) on `sheet`. */
export function rangeOnSheet(model: WorkbookModel, sheet: SheetModel, address: unknown, location: string): RangeEntity {
  if (typeof address !== 'string') throw invalidArgument(location, 'address must be a string');
  const parsed = parseAddress(address);
  if (parsed) {
    if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
      throw invalidArgument(location, `'${address}' is not on sheet '${sheet.name}'`);
    }
    return rangeEntity(sheet, parsed.rect, parsed.entireRows, parsed.entireColumns);
  }
  const name = model.findName(address);
  if (name && name.ref.kind === 'range' && name.ref.sheet === sheet) return rangeEntity(sheet, name.ref.rect);
  throw invalidArgument(location, `'${address}' is not a valid address here`);
}

/** A workbook-level reference "Sheet1!A1:B2" (the active sheet when none is named). */
export function rangeInWorkbook(model: WorkbookModel, address: string, location: string): RangeEntity {
  const parsed = parseAddress(address);
  if (!parsed) {
    const name = model.findName(address);
    if (name && name.ref.kind === 'range') return rangeEntity(name.ref.sheet, name.ref.rect);
    throw invalidArgument(location, `'${address}' is not a valid reference`);
  }
  const sheet = parsed.sheet === undefined ? model.active : model.findSheet(parsed.sheet);
  if (!sheet) throw itemNotFound(location, `no worksheet '${parsed.sheet ?? ''}'`);
  return rangeEntity(sheet, parsed.rect, parsed.entireRows, parsed.entireColumns);
}

/** A Range-or-address argument, resolved at sync time. */
export function rangeArgument(
  owner: AnySimObject,
  arg: unknown,
  location: string,
  fallback: (address: string) => RangeEntity,
): () => RangeEntity {
  if (arg instanceof SimClientObject && arg[SIM].kind.name === 'Range') {
    const range = arg as SimClientObject<RangeEntity>;
    if (range[SIM].session !== owner[SIM].session) {
      throw new SimRichApiError(
        SimErrorCode.invalidRequestContext,
        'Cannot use the object across different request contexts.',
        location,
      );
    }
    return () => {
      const e = range[SIM].resolve();
      if (e === null) throw itemNotFound(location, 'the range argument is a null object');
      return e;
    };
  }
  if (typeof arg === 'string') return () => fallback(arg);
  throw invalidArgument(location, 'expected a Range or an address string');
}

export const sheetAlive = (s: SheetModel): boolean => !s.deleted;
export const tableAlive = (t: TableModel): boolean => !t.deleted && !t.sheet.deleted;
export const nameAlive = (n: NameModel): boolean => !n.deleted;
export const quoteArg = (v: unknown): string => JSON.stringify(v ?? null);
