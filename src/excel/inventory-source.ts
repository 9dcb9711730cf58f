/**
 * An inventory named in a formula (=CASA.DISPONIBILI("Inventario"; 2022)): found by its name
 * among the workbook's tables and named ranges, read in chunks like the pane reads it, and
 * watched, so that the custom functions hear when its cells are edited. Only ever read.
 */
import { parseRange } from '../core/address';
import { toUserError } from './errors';
import type { InventorySource } from './types';

/** The table, or else the named range, called `name` (case-insensitive, as Excel); undefined if none. */
export async function findInventorySource(name: string): Promise<InventorySource | undefined> {
  try {
    return await Excel.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      const named = context.workbook.names.getItemOrNullObject(name);
      table.load('name');
      named.load('name,type');
      await context.sync();
      if (!table.isNullObject) return { kind: 'table', name: table.name };
      if (!named.isNullObject && named.type === 'Range') return { kind: 'name', name: named.name };
      return undefined;
    });
  } catch (error) {
    throw toUserError(error);
  }
}

/** Whether the cells at `address` (an event's, without the sheet) meet the inventory's. */
function touches(address: string, inventory: { rowIndex: number; columnIndex: number; rows: number; columns: number }) {
  let edited;
  try {
    edited = parseRange(address.slice(address.lastIndexOf('!') + 1));
  } catch {
    return true; // whole rows or columns: take them as touching
  }
  const firstRow = inventory.rowIndex + 1;
  return (
    edited.firstRow <= firstRow + inventory.rows - 1 &&
    edited.lastRow >= firstRow &&
    edited.firstColumn <= inventory.columnIndex + inventory.columns - 1 &&
    edited.lastColumn >= inventory.columnIndex
  );
}

/**
 * Calls `onChange` whenever cells of the inventory are edited (ExcelApi 1.7 events: the table's
 * own for a table; the sheet's, filtered by the range's cells, for a named range). Resolves to
 * the function that stops watching.
 */
export async function watchInventorySource(
  source: InventorySource,
  onChange: () => void,
): Promise<() => Promise<void>> {
  try {
    return await Excel.run(async (context) => {
      let registration: OfficeExtension.EventHandlerResult<unknown>;
      if (source.kind === 'table') {
        registration = context.workbook.tables.getItem(source.name).onChanged.add(async () => onChange());
      } else if (source.kind === 'name') {
        const range = context.workbook.names.getItem(source.name).getRange();
        range.load('rowIndex,columnIndex,rowCount,columnCount');
        const sheet = range.worksheet.load('id');
        await context.sync();
        const cells = {
          rowIndex: range.rowIndex,
          columnIndex: range.columnIndex,
          rows: range.rowCount,
          columns: range.columnCount,
        };
        registration = sheet.onChanged.add(async (event) => {
          if (touches(event.address, cells)) onChange();
        });
      } else {
        throw new Error('Only tables and named ranges are watched.');
      }
      await context.sync();
      return async () => {
        await Excel.run(registration.context, async (again) => {
          registration.remove();
          await again.sync();
        });
      };
    });
  } catch (error) {
    throw toUserError(error);
  }
}
