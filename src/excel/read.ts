/**
 * Reads the inventory from the workbook: an Excel table, a named range, or the region around the
 * selection. Rows are read in chunks sized from the bytes the data rows really take, so that each
 * response carries about CHUNK_TARGET_BYTES and none nears Excel on the web's 5 MB limit: the
 * number of syncs is about ceil(bytes / 4 MB) + 1, whatever the number of rows.
 * The inventory is only ever read.
 */
import { isPayloadTooLarge, toUserError } from './errors';
import {
  ExcelUserError,
  type InventoryRead,
  type InventorySource,
  type ReadProgress,
  type RowsPlace,
  type RowsRead,
} from './types';

/**
 * Bytes of values a chunk aims at: 4 MB leaves a fifth of Excel on the web's 5 MB response limit
 * for rows larger than the ones measured so far.
 */
export const CHUNK_TARGET_BYTES = 4 * 1024 * 1024;
/** Rows read with the first sync (header included), to measure the size of a row. */
export const SAMPLE_ROWS = 200;

export class ReadAbortedError extends Error {
  constructor() {
    super('Lettura annullata.');
    this.name = 'ReadAbortedError';
  }
}

function rangeOf(context: Excel.RequestContext, source: InventorySource): Excel.Range {
  switch (source.kind) {
    case 'table':
      return context.workbook.tables.getItem(source.name).getRange();
    case 'name':
      return context.workbook.names.getItem(source.name).getRange();
    case 'selection': {
      return context.workbook.getSelectedRange();
    }
    case 'sheet':
      // An owner's communication: what the sheet holds, from its first cell with a value.
      return context.workbook.worksheets.getItem(source.name).getUsedRange(true);
  }
}

/** UTF-8 length of a text, counted without encoding it (a lone surrogate counts 3, as TextEncoder writes it). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      // A surrogate pair: two UTF-16 units, four UTF-8 bytes.
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2;
        index++;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

/** Bytes that rows of values take in a response (as JSON, the form Excel sends them in). */
export function responseBytes(rows: readonly unknown[][]): number {
  return utf8Length(JSON.stringify(rows));
}

/** Rows per chunk so that a response carries about `target` bytes, given the bytes of one data row. */
export function rowsPerChunk(bytesPerRow: number, target = CHUNK_TARGET_BYTES): number {
  return Math.max(1, Math.floor(target / Math.max(1, bytesPerRow)));
}

/**
 * Reads the inventory's rows in chunks and hands each chunk to `onRows` (the header row first,
 * in the first chunk), in order, without keeping them: the caller decides what to keep.
 */
export async function readInventoryRows(
  source: InventorySource,
  onRows: (rows: unknown[][], place: RowsPlace) => void,
  options: { onProgress?: (progress: ReadProgress) => void; signal?: AbortSignal } = {},
): Promise<RowsRead> {
  const { onProgress, signal } = options;
  try {
    return await Excel.run(async (context) => {
      const PROPERTIES = 'address,rowCount,columnCount,rowIndex,columnIndex,cellCount';
      let range = rangeOf(context, source);
      range.load(PROPERTIES);
      // The region around a selection lies on the selection's sheet: one sheet object serves both.
      const sheet = range.worksheet.load('name');
      // One selected cell means "the table around it"; a larger selection is taken as it is.
      // Both are loaded in the same sync, and one is kept.
      const region = source.kind === 'selection' ? range.getSurroundingRegion().load(PROPERTIES) : undefined;
      // A table or a name: its first rows come with the same sync, to measure a row (and a small
      // inventory is read in one round trip). Rows past the end of the range are dropped below.
      const sample = region
        ? undefined
        : range
            .getRow(0)
            .getResizedRange(SAMPLE_ROWS - 1, 0)
            .load('values');
      await context.sync();
      if (region && range.cellCount === 1) range = region;
      const { rowCount, columnCount, rowIndex, columnIndex } = range;
      if (rowCount < 2) {
        // The sheet's name as on its tab, without the quotes Excel adds to a name with spaces.
        const cells = range.address.slice(range.address.lastIndexOf('!') + 1);
        const where = `${sheet.name}!${cells}`;
        throw new ExcelUserError(
          `L'inventario ${where} ha solo la riga di intestazione, o è vuoto: selezionate l'intervallo con gli alloggi.`,
          `The inventory ${where} has only the header row, or is empty: select the range with the dwellings.`,
        );
      }
      let rowsRead = 0;
      /** Bytes of one data row, from the last chunk read; undefined until a data row was seen. */
      let bytesPerRow: number | undefined;
      const take = (rows: unknown[][]): void => {
        const dataRows = rowsRead === 0 ? rows.slice(1) : rows;
        if (dataRows.length > 0) {
          // The rows at the end of a chunk are the best guess for the next one: where rows grow
          // (a column filled further down), their size counts, not the chunk's average.
          const tail = Math.ceil(dataRows.length / 4);
          const tailBytes = responseBytes(dataRows.slice(-tail));
          const headBytes = tail < dataRows.length ? responseBytes(dataRows.slice(0, -tail)) : 0;
          bytesPerRow = Math.max((headBytes + tailBytes) / dataRows.length, tailBytes / tail);
        }
        rowsRead += rows.length;
        onRows(rows, { sheetName: sheet.name, headerRow: rowIndex + 1, firstColumn: columnIndex, columnCount });
        onProgress?.({ rowsRead: rowsRead - 1, totalRows: rowCount - 1 });
      };
      if (sample) take(sample.values.slice(0, rowCount));

      // Before a row was measured (a selection), a first chunk of SAMPLE_ROWS rows measures it.
      let chunk = Math.min(rowCount, SAMPLE_ROWS);
      while (rowsRead < rowCount) {
        if (signal?.aborted) throw new ReadAbortedError();
        if (bytesPerRow !== undefined) chunk = rowsPerChunk(bytesPerRow);
        const rows = Math.min(chunk, rowCount - rowsRead);
        const part = sheet.getRangeByIndexes(rowIndex + rowsRead, columnIndex, rows, columnCount);
        part.load('values');
        try {
          // One sync per chunk is the point: each response must stay under Excel on the web's limit.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        } catch (error) {
          // Rows far larger than the ones measured: halve the chunk and try again.
          if (isPayloadTooLarge(error) && rows > 1) {
            bytesPerRow = undefined;
            chunk = Math.max(1, Math.floor(rows / 2));
            continue;
          }
          throw error;
        }
        take(part.values);
      }
      if (signal?.aborted) throw new ReadAbortedError();
      return {
        rowCount,
        sheetName: sheet.name,
        headerRow: rowIndex + 1,
        firstColumn: columnIndex,
        address: range.address,
      };
    });
  } catch (error) {
    if (error instanceof ReadAbortedError) throw error;
    throw toUserError(error);
  }
}

/** Reads the whole inventory into a grid (header row first). */
export async function readInventory(
  source: InventorySource,
  options: { onProgress?: (progress: ReadProgress) => void; signal?: AbortSignal } = {},
): Promise<InventoryRead> {
  const grid: unknown[][] = [];
  const read = await readInventoryRows(
    source,
    (rows) => {
      for (const row of rows) grid.push(row);
    },
    options,
  );
  return {
    grid,
    sheetName: read.sheetName,
    headerRow: read.headerRow,
    firstColumn: read.firstColumn,
    address: read.address,
  };
}
