/**
 * parseInventory: from the raw grid of an inventory (header row + one row per dwelling) to the
 * units the plan is computed on, with every problem reported at its sheet, row and cell.
 */
import type {
  ColumnMapping,
  FieldName,
  Grid,
  InventoryIssue,
  InventoryResult,
  OwnerKind,
  ParseOptions,
  Unit,
  UnitStatus,
} from '../types';
import { type DuplicateHeader, FIELD_LABELS, FIELD_NAMES, REQUIRED_FIELDS, matchHeaders } from './headers';
import { type IssueArgs, type IssueKind, type MessageContext, type RequiredValue, makeIssue } from './messages';
import {
  EXCEL_CELL_TEXT_LIMIT,
  INVALID,
  cellValue,
  displayValue,
  excelErrorOf,
  isEmptyValue,
  ownerKindOf,
  toDate,
  toNumber,
  toOrigin,
  toService,
  toStatus,
  toText,
  toYesNo,
} from './values';
import { columnLetter } from '../address';
import { CodeIndex } from './codes';

/** Column letters come from the one A1 helper of the core (also used by the sheet layout). */
export { columnLetter };

/** Statuses that need an availability date to be counted among the dwellings available in the year. */
export const NEEDS_AVAILABILITY_DATE: ReadonlySet<UnitStatus> = new Set([
  'turnover',
  'ristrutturazione',
  'nuova-costruzione',
]);

type NumberField = 'surface' | 'rooms' | 'worksCost';
const NUMBER_FIELDS: readonly NumberField[] = ['surface', 'rooms', 'worksCost'];

/** A field with the column it is read from. */
interface FieldColumn {
  index: number;
  /** Header as written, or the field's Italian name when the header cell is empty. */
  header: string;
  letter: string;
  /** Reads one of its cells for the field (toText, toDate, toNumber, toStatus...). */
  parse: (value: unknown) => unknown;
  /** Its text cells' readings, remembered; undefined for the columns of codes (read row by row). */
  memo: ColumnMemo | undefined;
}

/** A text cell read for its field: the Excel error it holds (then no value), or its value. */
interface TextReading {
  error: string | undefined;
  value: unknown;
}

/**
 * What the text cells of one column read as, remembered per distinct text: an inventory repeats
 * a few owners, comuni, dates and figures thousands of times, and a reading is a pure function of
 * the text (problems are still reported on every row that has them). One lookup gives both whether
 * the cell holds an Excel error and the value it reads as. Bounded, because a column may also hold
 * free text: when full it starts again. The texts it gives back are the same string for the same
 * cell text, so that the counts and the fingerprint look them up without hashing a new string per row.
 */
class ColumnMemo {
  private static readonly LIMIT = 4096;
  private readonly seen = new Map<string, TextReading>();
  /** The reading of an empty cell, the most frequent text of many columns. */
  private empty?: TextReading;

  constructor(private readonly parse: (text: string) => unknown) {}

  private read(text: string): TextReading {
    const error = excelErrorOf(text);
    return { error, value: error === undefined ? this.parse(text) : undefined };
  }

  of(text: string): TextReading {
    if (text.length === 0) return (this.empty ??= this.read(text));
    let answer = this.seen.get(text);
    if (answer === undefined) {
      answer = this.read(text);
      if (this.seen.size >= ColumnMemo.LIMIT) this.seen.clear();
      this.seen.set(text, answer);
    }
    return answer;
  }
}

/** How each field's cells are read. */
const FIELD_READERS: Record<FieldName, (value: unknown) => unknown> = {
  code: toText,
  platformId: toText,
  owner: toText,
  comune: toText,
  address: toText,
  status: toStatus,
  service: toService,
  availableFrom: toDate,
  assignedOn: toDate,
  carenzaManutentiva: toYesNo,
  surface: toNumber,
  rooms: toNumber,
  worksCost: toNumber,
  origin: toOrigin,
};

/** Date readings are remembered as one object for every row with that text: frozen, so that no reader can change them all. */
function frozenDate(text: string): ReturnType<typeof toDate> {
  const date = toDate(text);
  return typeof date === 'object' ? Object.freeze(date) : date;
}

/** The memo of a field's column: none for codes, which are all different. */
function memoFor(field: FieldName): ColumnMemo | undefined {
  if (field === 'code' || field === 'platformId') return undefined;
  if (field === 'availableFrom' || field === 'assignedOn') return new ColumnMemo(frozenDate);
  return new ColumnMemo(FIELD_READERS[field]);
}

function isEmptyRow(row: readonly unknown[] | undefined): boolean {
  if (!row) return true;
  for (let i = 0; i < row.length; i++) {
    if (!isEmptyValue(cellValue(row[i]))) return false;
  }
  return true;
}

function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid) if (row && row.length > width) width = row.length;
  return width;
}

function rememberOwnerKind(ownerKinds: Map<string, OwnerKind>, owner: string): OwnerKind {
  const kind = ownerKindOf(owner);
  ownerKinds.set(owner, kind);
  return kind;
}

/** Orders issues[start..] by their column, keeping the order of issues in the same column. */
function sortFrom(issues: InventoryIssue[], columnsOf: number[], start: number): void {
  const order = issues
    .slice(start)
    .map((issue, offset) => ({ issue, column: columnsOf[start + offset], offset }))
    .sort((a, b) => a.column - b.column || a.offset - b.offset);
  order.forEach((entry, offset) => {
    issues[start + offset] = entry.issue;
    columnsOf[start + offset] = entry.column;
  });
}

interface ResolvedColumns {
  columns: ColumnMapping;
  /** Columns naming a field already read from an earlier column, still to be reported. */
  duplicates: DuplicateHeader[];
  unrecognised: InventoryResult['unrecognised'];
  /** Manual mappings pointing outside the grid, ignored. */
  outOfRange: { field: FieldName; index: number }[];
}

/**
 * The column of each field: recognised from the headers, then overridden by the manual
 * mapping. A column mapped by hand serves that field only; a field that loses its column that
 * way falls back on the next column naming it.
 */
function resolveColumns(
  headers: readonly unknown[],
  width: number,
  mapping: ColumnMapping | undefined,
): ResolvedColumns {
  const match = matchHeaders(headers.map(cellValue));
  const columns: ColumnMapping = { ...match.columns };
  const outOfRange: ResolvedColumns['outOfRange'] = [];

  for (const field of FIELD_NAMES) {
    const index = mapping?.[field];
    if (index === undefined) continue;
    if (!Number.isInteger(index) || index < 0 || index >= width) {
      outOfRange.push({ field, index });
      continue;
    }
    for (const other of FIELD_NAMES) {
      if (columns[other] === index && mapping?.[other] === undefined) delete columns[other];
    }
    columns[field] = index;
  }
  for (const duplicate of match.duplicates) {
    const taken = new Set(Object.values(columns));
    if (columns[duplicate.field] === undefined && !taken.has(duplicate.index)) {
      columns[duplicate.field] = duplicate.index;
    }
  }

  const used = new Set(Object.values(columns));
  return {
    columns,
    duplicates: match.duplicates.filter(
      (duplicate) => columns[duplicate.field] === duplicate.firstIndex && !used.has(duplicate.index),
    ),
    unrecognised: match.unrecognised.filter((entry) => !used.has(entry.index)),
    outOfRange,
  };
}

type ReportIssue = <K extends IssueKind>(kind: K, row: number, args: IssueArgs<K>, column?: FieldColumn) => void;

/** The row being read, where its problems go, and whether one of them rejects the dwelling. */
interface RowReading {
  cells: unknown[];
  /** Excel row number. */
  row: number;
  rejected: boolean;
  issue: ReportIssue;
}

/** What readField gives for a cell holding an Excel error, once reported (the row is rejected). */
const REPORTED: unique symbol = Symbol('Excel error reported');

/**
 * The cell of `column` read for its field (undefined when there is no such column), or REPORTED
 * after reporting the Excel error it holds and rejecting the row. A text cell is read once per
 * distinct text (the column's memo), any other cell as it comes.
 */
function readField(reading: RowReading, column: FieldColumn | undefined): unknown {
  if (!column) return undefined;
  const raw = reading.cells[column.index];
  let error: string | undefined;
  let value: unknown;
  if (typeof raw === 'string' && column.memo) {
    const known = column.memo.of(raw);
    error = known.error;
    value = known.value;
  } else {
    const cell = cellValue(raw);
    error = excelErrorOf(cell);
    if (error === undefined) value = column.parse(cell);
  }
  if (error === undefined) return value;
  reading.issue('errorValue', reading.row, { error }, column);
  reading.rejected = true;
  return REPORTED;
}

/** How the cell of `column` in the row being read is quoted back to the user. */
function shownValue(reading: RowReading, column: FieldColumn): string {
  return displayValue(cellValue(reading.cells[column.index]));
}

/** Text cut to what an Excel cell can hold, with a warning on the cell (it goes to the plan sheet). */
function limitText(reading: RowReading, column: FieldColumn, text: string | undefined): string | undefined {
  if (text === undefined || text.length <= EXCEL_CELL_TEXT_LIMIT) return text;
  reading.issue('textTooLong', reading.row, { length: text.length, limit: EXCEL_CELL_TEXT_LIMIT }, column);
  return text.slice(0, EXCEL_CELL_TEXT_LIMIT);
}

/** The cell's text; reports it and rejects the row when it is empty. */
function readRequiredText(reading: RowReading, column: FieldColumn, field: RequiredValue): string | undefined {
  const value = readField(reading, column);
  if (value === REPORTED) return undefined;
  const text = limitText(reading, column, value as string | undefined);
  if (text === undefined) {
    reading.issue('missingValue', reading.row, { field }, column);
    reading.rejected = true;
  }
  return text;
}

/** An inventory parsed without its dwellings: they went, one by one, to the parser's `onUnit`. */
export type ParsedRows = Omit<InventoryResult, 'units'>;

/** Parses an inventory row by row: no grid is kept, only what the problems need. */
export interface RowParser {
  /** The next row of the range, the header row first; an empty row still counts (it has a number). */
  row(cells: readonly unknown[] | undefined): void;
  /** The end of the range: the problems, the columns used, and whether it could be read at all. */
  finish(): ParsedRows;
}

export interface RowParserOptions extends ParseOptions {
  /**
   * Columns of the range, when known before its rows (Excel's range, a sheet's dimension): the
   * bound a manual mapping is checked against. Default: the header row's length.
   */
  width?: number;
}

/**
 * The row parser behind parseInventory and every streaming reader: rows come in order (header
 * row first), each accepted dwelling goes to `onUnit` as soon as its row is read, and the
 * parser keeps only the problems and, per code, the row that first used it (duplicates).
 */
export function createRowParser(options: RowParserOptions, onUnit: (unit: Unit) => void): RowParser {
  const headerRow = options.headerRow ?? 1;
  const firstColumn = options.firstColumn ?? 0;
  const context: MessageContext = { sheetName: options.sheetName };
  const issues: InventoryIssue[] = [];
  /** Grid column of each issue (-1 for none), to list a row's issues from left to right. */
  const issueColumns: number[] = [];
  const issue = <K extends IssueKind>(kind: K, row: number, args: IssueArgs<K>, column?: FieldColumn): void => {
    issueColumns.push(column ? column.index : -1);
    issues.push(
      makeIssue(kind, column ? { row, cell: `${column.letter}${row}`, column: column.header } : { row }, args, context),
    );
  };
  /** A fatal result carries one issue only: earlier warnings would hide it. */
  const fatal = <K extends IssueKind>(
    kind: K,
    row: number,
    args: IssueArgs<K>,
    columns: ColumnMapping,
    unrecognised: InventoryResult['unrecognised'],
  ): ParsedRows => {
    issues.length = 0;
    issue(kind, row, args);
    return { issues, columns, unrecognised, fatal: true };
  };

  /** Rows seen so far, the header row included (the next row's index in the range). */
  let rowsSeen = 0;
  let headers: readonly unknown[] = [];
  let emptyHeader = true;
  let hasDataRow = false;
  let resolved: ResolvedColumns | undefined;
  let missing: FieldName[] = [];
  /** Set when the rows can be read: the columns each field is read from. */
  let fields:
    | {
        used: Record<FieldName, FieldColumn | undefined>;
        codeColumn: FieldColumn | undefined;
        owner: FieldColumn;
        comune: FieldColumn;
        status: FieldColumn;
      }
    | undefined;
  let headerIssueCount = 0;
  const codes = new CodeIndex();
  const ownerKinds = new Map<string, OwnerKind>();
  let undatedWithoutColumn = 0;
  // One record for every row, so that reading a cell allocates no closure per row.
  const reading: RowReading = { cells: [], row: 0, rejected: false, issue };

  const readHeader = (cells: readonly unknown[] | undefined): void => {
    headers = Array.isArray(cells) ? cells : [];
    emptyHeader = isEmptyRow(headers);
    if (emptyHeader) return;
    const width = Math.max(headers.length, options.width ?? 0);
    resolved = resolveColumns(headers, width, options.mapping);
    const { columns, duplicates, outOfRange } = resolved;
    for (const { field, index } of outOfRange) {
      issue('mappingOutOfRange', headerRow, {
        fieldIt: FIELD_LABELS[field].it,
        fieldEn: FIELD_LABELS[field].en,
        index,
        firstLetter: columnLetter(firstColumn),
        lastLetter: columnLetter(firstColumn + width - 1),
      });
    }
    missing = REQUIRED_FIELDS.filter((field) => columns[field] === undefined);
    if (missing.length > 0) return;

    const fieldColumn = (index: number | undefined, field: FieldName): FieldColumn | undefined => {
      if (index === undefined) return undefined;
      return {
        index,
        header: toText(cellValue(headers[index])) ?? FIELD_LABELS[field].it,
        letter: columnLetter(firstColumn + index),
        parse: FIELD_READERS[field],
        memo: memoFor(field),
      };
    };
    const used = {} as Record<FieldName, FieldColumn | undefined>;
    for (const field of FIELD_NAMES) used[field] = fieldColumn(columns[field], field);

    for (const duplicate of duplicates) {
      const ignored = fieldColumn(duplicate.index, duplicate.field);
      const first = used[duplicate.field];
      if (!ignored || !first) continue;
      const args = {
        fieldIt: FIELD_LABELS[duplicate.field].it,
        fieldEn: FIELD_LABELS[duplicate.field].en,
        firstLetter: first.letter,
        firstHeader: first.header,
      };
      issue('duplicateColumn', headerRow, args, ignored);
    }

    // Without a code column the platform id is the code: it identifies the dwelling as well.
    const codeColumn = used.code ?? used.platformId;
    if (!codeColumn) issue('noCodeColumn', headerRow, {});
    if (!used.service) issue('noServiceColumn', headerRow, {});
    headerIssueCount = issues.length;
    fields = {
      used,
      codeColumn,
      owner: used.owner as FieldColumn,
      comune: used.comune as FieldColumn,
      status: used.status as FieldColumn,
    };
  };

  const readRow = (cells: unknown[], row: number): void => {
    const { used, codeColumn, owner, comune, status } = fields as NonNullable<typeof fields>;
    const firstIssueOfRow = issues.length;
    reading.cells = cells;
    reading.row = row;
    reading.rejected = false;

    const ownerName = readRequiredText(reading, owner, 'owner');
    const comuneName = readRequiredText(reading, comune, 'comune');

    let unitStatus: UnitStatus | undefined;
    const statusValue = readField(reading, status);
    if (statusValue !== REPORTED) {
      if (statusValue === undefined) {
        issue('missingValue', row, { field: 'status' }, status);
        reading.rejected = true;
      } else if (statusValue === INVALID) {
        issue('unknownStatus', row, { value: shownValue(reading, status) }, status);
        reading.rejected = true;
      } else {
        unitStatus = statusValue as UnitStatus;
      }
    }

    let service: Unit['service'] = 'SAP';
    if (used.service) {
      const serviceValue = readField(reading, used.service);
      if (serviceValue !== REPORTED) {
        if (serviceValue === undefined) issue('missingService', row, {}, used.service);
        else if (serviceValue === INVALID) {
          issue('unknownService', row, { value: shownValue(reading, used.service) }, used.service);
          reading.rejected = true;
        } else service = serviceValue as Unit['service'];
      }
    }

    let availableFrom: Unit['availableFrom'];
    const dateValue = readField(reading, used.availableFrom);
    if (dateValue !== REPORTED && used.availableFrom) {
      if (dateValue === INVALID) {
        issue('invalidDate', row, { value: shownValue(reading, used.availableFrom) }, used.availableFrom);
        reading.rejected = true;
      } else availableFrom = dateValue as Unit['availableFrom'];
    }

    let assignedOn: Unit['assignedOn'];
    const assignedValue = readField(reading, used.assignedOn);
    if (assignedValue !== REPORTED && used.assignedOn) {
      if (assignedValue === INVALID) {
        issue('invalidDate', row, { value: shownValue(reading, used.assignedOn) }, used.assignedOn);
        reading.rejected = true;
      } else assignedOn = assignedValue as Unit['assignedOn'];
    }

    let carenzaManutentiva = unitStatus === 'carenza-manutentiva';
    const carenzaValue = readField(reading, used.carenzaManutentiva);
    if (carenzaValue !== REPORTED && used.carenzaManutentiva) {
      if (carenzaValue === INVALID)
        issue('invalidYesNo', row, { value: shownValue(reading, used.carenzaManutentiva) }, used.carenzaManutentiva);
      else carenzaManutentiva = carenzaManutentiva || (carenzaValue as boolean);
    }

    let surface: number | undefined;
    let rooms: number | undefined;
    let worksCost: number | undefined;
    for (const field of NUMBER_FIELDS) {
      const column = used[field];
      if (!column) continue;
      const parsed = readField(reading, column);
      if (parsed === REPORTED) continue;
      if (parsed === INVALID) issue('textInNumber', row, { value: shownValue(reading, column) }, column);
      else if (parsed !== undefined && (parsed as number) < 0)
        issue('negativeNumber', row, { value: shownValue(reading, column) }, column);
      else if (parsed !== undefined) {
        if (field === 'surface') surface = parsed as number;
        else if (field === 'rooms') rooms = parsed as number;
        else worksCost = parsed as number;
      }
    }

    let origin: Unit['origin'];
    const originValue = readField(reading, used.origin);
    if (originValue !== REPORTED && used.origin) {
      if (originValue === INVALID)
        issue('unknownOrigin', row, { value: shownValue(reading, used.origin) }, used.origin);
      else origin = originValue as Unit['origin'];
    }

    const addressValue = readField(reading, used.address);
    const address =
      addressValue === REPORTED || !used.address
        ? undefined
        : limitText(reading, used.address, addressValue as string | undefined);
    const platformValue = readField(reading, used.platformId);
    const platformId = platformValue === REPORTED ? undefined : (platformValue as string | undefined);
    const codeValue = used.code ? readField(reading, used.code) : platformValue;
    const code =
      codeValue === REPORTED || !codeColumn
        ? undefined
        : limitText(reading, codeColumn, codeValue as string | undefined);

    if (codeColumn && codeValue !== REPORTED) {
      if (code === undefined) {
        issue('missingCode', row, {}, codeColumn);
      } else {
        const firstRow = codes.firstRow(code, row);
        if (firstRow !== undefined) {
          issue('duplicateCode', row, { code, firstRow }, codeColumn);
          reading.rejected = true;
        }
      }
    }

    if (!reading.rejected && ownerName !== undefined && comuneName !== undefined && unitStatus !== undefined) {
      if (NEEDS_AVAILABILITY_DATE.has(unitStatus) && availableFrom === undefined) {
        if (used.availableFrom) issue('missingAvailabilityDate', row, { status: unitStatus }, used.availableFrom);
        else undatedWithoutColumn++;
      }
      // Every dwelling has every property, absent ones undefined: one object shape for all the
      // rows, so that the code reading them downstream (counts, fingerprint, merge) stays fast.
      const unit: Unit = {
        row,
        code,
        owner: ownerName,
        ownerKind: ownerKinds.get(ownerName) ?? rememberOwnerKind(ownerKinds, ownerName),
        comune: comuneName,
        address,
        service,
        status: unitStatus,
        availableFrom,
        carenzaManutentiva,
        surface,
        rooms,
        platformId,
        origin,
        worksCost,
        source: undefined,
        assignedOn,
      };
      onUnit(unit);
    }

    // The plan sheet's annex names a dwelling left out by its code.
    if (code !== undefined) for (let index = firstIssueOfRow; index < issues.length; index++) issues[index].code = code;
    if (issues.length - firstIssueOfRow > 1) sortFrom(issues, issueColumns, firstIssueOfRow);
  };

  return {
    row(cells) {
      const index = rowsSeen++;
      if (index === 0) {
        readHeader(cells);
        return;
      }
      if (emptyHeader || !Array.isArray(cells) || isEmptyRow(cells)) return;
      hasDataRow = true;
      if (fields) readRow(cells, headerRow + index);
    },

    finish() {
      if (emptyHeader) return fatal('emptyInventory', 0, { hasHeader: false, headerRow }, {}, []);
      const { columns, unrecognised } = resolved as ResolvedColumns;
      if (!hasDataRow) return fatal('emptyInventory', 0, { hasHeader: true, headerRow }, columns, unrecognised);
      if (missing.length > 0) {
        const found: string[] = [];
        for (const header of headers) {
          const text = toText(cellValue(header));
          if (text !== undefined) found.push(text);
        }
        const args = {
          missingIt: missing.map((field) => FIELD_LABELS[field].it),
          missingEn: missing.map((field) => FIELD_LABELS[field].en),
          headers: found,
          headerRow,
        };
        return fatal('missingColumns', headerRow, args, columns, unrecognised);
      }
      if (undatedWithoutColumn > 0) {
        // Reported with the other column problems, before the rows.
        issue('noDateColumn', headerRow, { count: undatedWithoutColumn });
        issues.splice(headerIssueCount, 0, issues.pop() as InventoryIssue);
        undatedWithoutColumn = 0;
      }
      return { issues, columns, unrecognised, fatal: false };
    },
  };
}

/** Parses an inventory grid: one row per dwelling, headers recognised by headers.ts. */
export function parseInventory(grid: Grid, options: ParseOptions = {}): InventoryResult {
  const units: Unit[] = [];
  const rows = Array.isArray(grid) ? grid : [];
  const headers = rows.length > 0 && Array.isArray(rows[0]) ? rows[0] : [];
  const parser = createRowParser({ ...options, width: Math.max(headers.length, gridWidth(rows)) }, (unit) =>
    units.push(unit),
  );
  if (rows.length === 0) parser.row([]);
  for (const cells of rows) parser.row(cells);
  return { units, ...parser.finish() };
}
