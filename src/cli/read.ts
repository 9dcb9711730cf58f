/**
 * Reads an inventory file into a Grid, or refuses it with an Italian sentence that says what the
 * file is and what to do (exit code 2): every file is either read right or refused clearly.
 * - .xlsx/.xlsm: streamed row by row (xlsx-read.ts), checked against its checksums;
 * - .csv/.txt/.tsv: decoded in the encoding it was saved in, delimiter detected, broken quoting
 *   reported with its row (core/csv.ts);
 * - anything whose content does not match its extension, empty, binary, encrypted or damaged
 *   files: refused.
 * The file is only ever read.
 */
import { readFileSync } from 'node:fs';
import * as fs from './fs-async';
import { isUtf8 } from 'node:buffer';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { columnLetter } from '../core/address';
import { CsvError, csvHeaderRow, csvRows, decodeCsvBytes, type Utf8Decoder } from '../core/csv';
import type { Grid } from '../core/types';
import { CLI } from './messages';
import { type FileKind, sniffFile } from './sniff';
import { NotAWorkbookError, openXlsx, type XlsxBook } from './xlsx-read';
import { ZipError } from './zip';

export interface InventoryGrid {
  grid: Grid;
  /** Excel row number of the grid's first row (the header). */
  headerRow: number;
  sheetName?: string;
  /** What the user should know about how the file was read (printed on stderr). */
  warnings?: string[];
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** ExcelJS cell values to the raw values Excel itself gives (formula results, error strings, text). */
export function rawCellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? '' : rawCellValue(result as ExcelJS.CellValue);
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return (value as ExcelJS.CellHyperlinkValue).text;
  return '';
}

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const TEXT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);
/** The sentence for a file whose content is not an inventory we can read. */
function refusal(kind: FileKind, name: string, extension: string): string | undefined {
  const stem = path.basename(name, path.extname(name));
  switch (kind) {
    case 'empty':
      return CLI['file-empty']({ name });
    case 'encrypted':
      return CLI['file-encrypted']({ name });
    case 'ole':
      return CLI['file-xls']({ name });
    case 'pdf':
      return CLI['file-pdf']({ name });
    case 'html':
      return extension ? CLI['file-html']({ name, extension }) : CLI['file-html-no-extension']({ name });
    case 'xml-spreadsheet':
      return CLI['file-xml-spreadsheet']({ name });
    case 'binary':
      return CLI['file-binary']({ name });
    case 'zip':
      return TEXT_EXTENSIONS.has(extension) ? CLI['file-workbook-named-text']({ name, extension, stem }) : undefined;
    case 'text':
      return WORKBOOK_EXTENSIONS.has(extension)
        ? CLI['file-text-named-workbook']({ name, extension, stem })
        : undefined;
    default:
      return undefined;
  }
}

function zipRefusal(error: ZipError, name: string): string {
  switch (error.kind) {
    case 'encrypted':
      return refusal('encrypted', name, '') as string;
    case 'unsupported':
      return CLI['zip-unsupported']({ name, detail: error.detail ?? error.message });
    case 'truncated':
      return CLI['zip-truncated']({ name });
    default:
      return CLI['zip-damaged']({ name });
  }
}

function csvRefusal(error: CsvError, name: string): string {
  const row = String(error.row);
  const column = columnLetter(error.column);
  const place =
    error.line === error.row
      ? CLI['csv-place']({ row, column })
      : CLI['csv-place-line']({ row, column, line: String(error.line) });
  if (error.kind === 'binary') return refusal('binary', name, '') as string;
  if (error.kind === 'unterminated-quote') return CLI['csv-unterminated-quote']({ name, place });
  return CLI['csv-quote-across-rows']({ name, place });
}

/**
 * UTF-8 decoded by Node: a check of the bytes, then the decoder Buffer uses (the CSV reader's
 * TextDecoder took a third longer on a 100,000-row file); the same text for valid UTF-8.
 */
export const nodeUtf8: Utf8Decoder = (bytes) =>
  isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : undefined;

/**
 * A CSV file decoded. Read at once, synchronously: its encoding is known only from all of it, and
 * one read costs less than the many round trips of an asynchronous one (nothing else runs meanwhile).
 */
function readCsvText(file: string): ReturnType<typeof decodeCsvBytes> {
  return decodeCsvBytes(readFileSync(file), nodeUtf8);
}

/** Rows without their trailing empty cells. */
function trimTrailingEmpty(row: unknown[]): unknown[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === '' || row[end - 1] === null || row[end - 1] === undefined)) end -= 1;
  return end === row.length ? row : row.slice(0, end);
}

/** The rows of one sheet as a grid from its first non-empty row; undefined when the sheet is empty. */
async function sheetGrid(
  book: XlsxBook,
  sheetName: string,
  onProgress: (rows: number) => void,
): Promise<InventoryGrid | undefined> {
  const grid: Grid = [];
  let headerRow = 0;
  for await (const { row, values } of book.rows(sheetName)) {
    const cells = trimTrailingEmpty(values);
    if (headerRow === 0) {
      if (cells.length === 0) continue;
      headerRow = row;
    }
    // Keep row numbers exact: an empty row inside the data is an empty grid row.
    while (headerRow + grid.length < row) grid.push([]);
    grid.push(cells);
    if (grid.length % 5000 === 0) onProgress(grid.length);
  }
  return headerRow === 0 ? undefined : { grid, headerRow, sheetName, warnings: book.warnings };
}

async function readXlsx(
  file: string,
  sheet: string | undefined,
  onProgress: (rows: number) => void,
): Promise<InventoryGrid> {
  const name = path.basename(file);
  const book = await openXlsx(file);
  if (book.sheets.length === 0) throw new InputError(CLI['no-sheets']({ name }));
  const chosen =
    sheet === undefined
      ? (book.sheets.find((candidate) => candidate.visible) ?? book.sheets[0])
      : book.sheets.find((candidate) => candidate.name.toLowerCase() === sheet.toLowerCase());
  if (!chosen) {
    throw new InputError(
      CLI['no-such-sheet']({ name, sheet: sheet ?? '', sheets: book.sheets.map((s) => s.name).join(', ') }),
    );
  }
  const read = await sheetGrid(book, chosen.name, onProgress);
  if (!read) throw new InputError(CLI['empty-sheet']({ sheet: chosen.name, name }));
  return read;
}

/** Every visible sheet with something in it, in order (a communication: Istruzioni, Alloggi, Scelte dell'ente). */
async function readXlsxSheets(file: string, onProgress: (rows: number) => void): Promise<InventoryGrid[]> {
  const book = await openXlsx(file);
  const sheets: InventoryGrid[] = [];
  for (const sheet of book.sheets) {
    if (!sheet.visible) continue;
    const read = await sheetGrid(book, sheet.name, onProgress);
    if (read) sheets.push(read);
  }
  if (sheets.length === 0) {
    const name = path.basename(file);
    const visible = book.sheets.filter((sheet) => sheet.visible);
    throw new InputError(
      visible.length === 1 ? CLI['empty-sheet']({ sheet: visible[0].name, name }) : CLI['empty-sheets']({ name }),
    );
  }
  return sheets;
}

async function readCsv(file: string): Promise<InventoryGrid> {
  const name = path.basename(file);
  const decoded = readCsvText(file);
  const grid: Grid = [];
  for (const row of csvRows(decoded.text)) grid.push(row);
  if (grid.length === 0 || grid.every((row) => row.every((cell) => String(cell).trim() === ''))) {
    throw new InputError(CLI['blank-rows-only']({ name }));
  }
  const warnings = decoded.encoding === 'windows-1252' ? [CLI['windows-1252']({ name })] : [];
  return { grid, headerRow: csvHeaderRow(decoded.text), warnings };
}

/** The file's kind after the checks every file goes through (exists, is a file, content matches its name). */
async function checkedKind(file: string): Promise<FileKind> {
  const name = path.basename(file);
  let isFile = false;
  try {
    isFile = (await fs.stat(file)).isFile();
  } catch {
    throw new InputError(CLI['file-missing']({ file }));
  }
  if (!isFile) throw new InputError(CLI['file-is-folder']({ file }));
  let kind: FileKind;
  try {
    kind = await sniffFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code ? CLI['file-unreadable']({ file, code }) : CLI['file-unreadable-unknown']({ file }));
  }
  const refused = refusal(kind, name, path.extname(file).toLowerCase());
  if (refused) throw new InputError(refused);
  return kind;
}

/** What went wrong reading a file, as the Italian sentence of an InputError when it is the file's fault. */
function readingError(error: unknown, file: string): unknown {
  const name = path.basename(file);
  const extension = path.extname(file).toLowerCase();
  if (error instanceof InputError) return error;
  if (error instanceof ZipError) return new InputError(zipRefusal(error, name));
  if (error instanceof CsvError) return new InputError(csvRefusal(error, name));
  if (error instanceof NotAWorkbookError) {
    return new InputError(
      error.spreadsheet === 'ods' ? CLI['file-ods-named']({ name, extension }) : CLI['file-zip-not-workbook']({ name }),
    );
  }
  return error;
}

/** Rows of a file read on demand: a failure half-way becomes the same Italian sentence. */
async function* refusingRows(file: string, rows: AsyncGenerator<unknown[][]>): AsyncGenerator<unknown[][]> {
  try {
    yield* rows;
  } catch (error) {
    throw readingError(error, file);
  }
}

/** Reads a checked file with `xlsx` or `csv`; every failure becomes an Italian sentence. */
async function readChecked<T>(
  file: string,
  kind: FileKind,
  read: { xlsx: () => Promise<T>; csv: () => Promise<T> },
): Promise<T> {
  const name = path.basename(file);
  const extension = path.extname(file).toLowerCase();
  try {
    if (kind === 'zip' && WORKBOOK_EXTENSIONS.has(extension)) return await read.xlsx();
    if (kind === 'text' && TEXT_EXTENSIONS.has(extension)) return await read.csv();
  } catch (error) {
    throw readingError(error, file);
  }
  if (kind === 'zip' && extension === '.ods') {
    throw new InputError(CLI['file-ods']({ name }));
  }
  throw new InputError(extension ? CLI['file-format']({ name, extension }) : CLI['file-format-no-extension']({ name }));
}

/** Reads the inventory; `sheet` chooses the worksheet of an .xlsx (default: the first visible one). */
export async function readInventoryFile(
  file: string,
  sheet?: string,
  onProgress: (rows: number) => void = () => undefined,
): Promise<InventoryGrid> {
  const kind = await checkedKind(file);
  return readChecked(file, kind, { xlsx: () => readXlsx(file, sheet, onProgress), csv: () => readCsv(file) });
}

/**
 * Every visible sheet of a file with something in it, in order, each from its first non-empty row
 * (a communication: "Istruzioni", "Alloggi", "Scelte dell'ente"); a .csv is one sheet. Checked and
 * refused as readInventoryFile does; streamed, one sheet after the other.
 */
export async function readWorkbookSheets(
  file: string,
  onProgress: (rows: number) => void = () => undefined,
): Promise<InventoryGrid[]> {
  const kind = await checkedKind(file);
  return readChecked(file, kind, {
    xlsx: () => readXlsxSheets(file, onProgress),
    csv: async () => [await readCsv(file)],
  });
}

/**
 * Rows of a CSV handed out per batch (one await per batch, not per row). Small: the rows of a batch
 * are alive together, and a batch larger than the young generation's space made the garbage
 * collector copy them, and promote them, at every collection (2048 rows cost 100k rows about 40 ms).
 */
const CSV_BATCH_ROWS = 256;

/** One sheet of a file opened for streaming: its first non-empty row, then its rows on demand. */
export interface StreamedSheet {
  sheetName?: string;
  /** Excel row number of the sheet's first non-empty row (the header). */
  headerRow: number;
  /** That row's cells. */
  header: unknown[];
  /**
   * The rows from the header row on, read from the file again, in batches (one await per batch, not
   * per row); a gap between rows is an empty row, so that row numbers stay exact.
   */
  rows(): AsyncGenerator<unknown[][]>;
  /** The whole sheet as a grid from the header row (small sheets: choices, the owners' list). */
  grid(): Promise<InventoryGrid>;
}

export interface StreamedFile {
  /** The visible sheets with something in them, in order (a .csv is one sheet). */
  sheets: StreamedSheet[];
  /** What reading noticed (an encoding, formulas without results...): complete once every sheet is read. */
  warnings(): string[];
}

/**
 * Opens a file for reading sheet by sheet without keeping its rows: each sheet's header row is
 * read now, its rows when asked (`rows()`), streamed from the file. Checked and refused as
 * readWorkbookSheets does; `onProgress` gets the rows read so far of the sheet being read.
 */
export async function openFileSheets(
  file: string,
  onProgress: (rows: number) => void = () => undefined,
): Promise<StreamedFile> {
  const kind = await checkedKind(file);
  const name = path.basename(file);
  return readChecked(file, kind, {
    xlsx: async () => {
      const book = await openXlsx(file);
      const sheets: StreamedSheet[] = [];
      for (const sheet of book.sheets) {
        if (!sheet.visible) continue;
        let first: { row: number; cells: unknown[] } | undefined;
        for await (const { row, values } of book.rows(sheet.name)) {
          const cells = trimTrailingEmpty(values);
          if (cells.length === 0) continue;
          first = { row, cells };
          break;
        }
        if (!first) continue;
        const headerRow = first.row;
        const rows = async function* (): AsyncGenerator<unknown[][]> {
          let next = headerRow;
          let count = 0;
          for await (const batch of book.batches(sheet.name)) {
            const out: unknown[][] = [];
            for (const { row, values } of batch) {
              if (row < headerRow) continue;
              for (; next < row; next++) out.push([]);
              next = row + 1;
              out.push(trimTrailingEmpty(values));
            }
            yield out;
            count += out.length;
            onProgress(count);
          }
        };
        sheets.push({
          sheetName: sheet.name,
          headerRow,
          header: first.cells,
          rows: () => refusingRows(file, rows()),
          grid: async () => {
            const grid: Grid = [];
            for await (const batch of refusingRows(file, rows())) for (const cells of batch) grid.push(cells);
            return { grid, headerRow, sheetName: sheet.name };
          },
        });
      }
      if (sheets.length === 0) {
        const visible = book.sheets.filter((sheet) => sheet.visible);
        if (book.sheets.length === 0) throw new InputError(CLI['no-sheets']({ name }));
        throw new InputError(
          visible.length === 1 ? CLI['empty-sheet']({ sheet: visible[0].name, name }) : CLI['empty-sheets']({ name }),
        );
      }
      return { sheets, warnings: () => [...book.warnings] };
    },
    csv: async () => {
      // The text is decoded once (its encoding is known only from all of it); rows are split as read.
      const decoded = readCsvText(file);
      let header: unknown[] = [];
      let content = false;
      for (const row of csvRows(decoded.text)) {
        if (!content && header.length === 0) header = row;
        content = row.some((cell) => String(cell).trim() !== '');
        if (content) break;
      }
      if (!content) {
        throw new InputError(CLI['blank-rows-only']({ name }));
      }
      const headerRow = csvHeaderRow(decoded.text);
      const rows = async function* (): AsyncGenerator<unknown[][]> {
        let count = 0;
        let batch: unknown[][] = [];
        for (const row of csvRows(decoded.text)) {
          batch.push(row);
          if (batch.length === CSV_BATCH_ROWS) {
            yield batch;
            count += batch.length;
            onProgress(count);
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
      };
      const warnings = decoded.encoding === 'windows-1252' ? [CLI['windows-1252']({ name })] : [];
      const sheet: StreamedSheet = {
        headerRow,
        header,
        rows: () => refusingRows(file, rows()),
        grid: async () => {
          const grid: Grid = [];
          for await (const batch of refusingRows(file, rows())) for (const cells of batch) grid.push(cells);
          return { grid, headerRow };
        },
      };
      return { sheets: [sheet], warnings: () => warnings };
    },
  });
}
