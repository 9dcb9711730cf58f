/**
 * Reads the inventory from the workbook: an Excel table, a named range, or the region around the
 * selection. Rows are read in chunks sized from the first rows so that no response nears Excel on
 * the web's 5 MB limit: the number of syncs grows with the bytes read, not with the rows.
 * The inventory is only ever read.
 */
import { isPayloadTooLarge, toUserError } from './errors';
import { ExcelUserError, type InventoryRead, type InventorySource, type ReadProgress } from './types';

/** Bytes of values a chunk may carry: well under the 5 MB limit, with room for JSON overhead. */
export const CHUNK_BUDGET_BYTES = 4 * 1024 * 1024;
/** Rows read with the first sync, to measure the size of a row. */
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
  }
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Rows per chunk from the largest sampled row, so that a chunk stays within the budget. */
export function rowsPerChunk(sample: unknown[][], budget = CHUNK_BUDGET_BYTES): number {
  const largest = sample.reduce((max, row) => Math.max(max, utf8Length(JSON.stringify(row))), 1);
  return Math.max(1, Math.floor(budget / (largest * 2)));
}

export async function readInventory(
  source: InventorySource,
  options: { onProgress?: (progress: ReadProgress) => void; signal?: AbortSignal } = {},
): Promise<InventoryRead> {
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
      const grid: unknown[][] = [];
      let chunk = Math.min(rowCount, SAMPLE_ROWS);
      let measured = false;
      while (grid.length < rowCount) {
        if (signal?.aborted) throw new ReadAbortedError();
        const rows = Math.min(chunk, rowCount - grid.length);
        const part = sheet.getRangeByIndexes(rowIndex + grid.length, columnIndex, rows, columnCount);
        part.load('values');
        try {
          // One sync per chunk is the point: each response must stay under Excel on the web's limit.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        } catch (error) {
          // A row far larger than the sample: halve the chunk and try again.
          if (isPayloadTooLarge(error) && rows > 1) {
            chunk = Math.max(1, Math.floor(rows / 2));
            continue;
          }
          throw error;
        }
        grid.push(...part.values);
        if (!measured) {
          chunk = rowsPerChunk(part.values);
          measured = true;
        }
        onProgress?.({ rowsRead: grid.length - 1, totalRows: rowCount - 1 });
      }
      return {
        grid,
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
