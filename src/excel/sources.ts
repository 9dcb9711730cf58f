/** The inventories the pane can offer: the workbook's tables and named ranges. Two syncs. */
import { toUserError } from './errors';
import type { SheetInfo, SourceOption } from './types';

function withoutSheet(address: string): string {
  return address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
}

export async function listSources(): Promise<SourceOption[]> {
  try {
    return await Excel.run(async (context) => {
      const tables = context.workbook.tables;
      const names = context.workbook.names;
      tables.load('items/name');
      names.load('items/name,items/type,items/visible');
      await context.sync();

      const tableRanges = tables.items.map((table) => {
        const range = table.getRange();
        range.load('address,rowCount');
        range.worksheet.load('name');
        return { name: table.name, range };
      });
      const nameRanges = names.items
        .filter((item) => item.type === 'Range' && item.visible)
        .map((item) => {
          const range = item.getRangeOrNullObject();
          range.load('address,rowCount');
          range.worksheet.load('name');
          return { name: item.name, range };
        });
      await context.sync();

      const options: SourceOption[] = tableRanges.map(({ name, range }) => ({
        source: { kind: 'table', name },
        name,
        sheetName: range.worksheet.name,
        address: withoutSheet(range.address),
        rowCount: Math.max(0, range.rowCount - 1),
      }));
      for (const { name, range } of nameRanges) {
        if (range.isNullObject) continue;
        options.push({
          source: { kind: 'name', name },
          name,
          sheetName: range.worksheet.name,
          address: withoutSheet(range.address),
          rowCount: Math.max(0, range.rowCount - 1),
        });
      }
      return options;
    });
  } catch (error) {
    throw toUserError(error);
  }
}

/** Selects a row of the inventory (within its columns) and shows its sheet: "go to row". */
export async function selectRow(
  sheetName: string,
  row: number,
  firstColumn: number,
  columnCount: number,
): Promise<void> {
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRangeByIndexes(row - 1, firstColumn, 1, Math.max(1, columnCount)).select();
      await context.sync();
    });
  } catch (error) {
    throw toUserError(error);
  }
}

/** Selects a cell of the inventory's sheet (the one a problem names) and shows its sheet. */
export async function selectCell(sheetName: string, address: string): Promise<void> {
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
  } catch (error) {
    throw toUserError(error);
  }
}

/**
 * The workbook's visible sheets, in order, each with the first row of what it holds (its headers):
 * enough to tell an owner's dwellings or choices from other sheets without reading them all.
 * Three syncs: the sheets, their used ranges, their first rows.
 */
export async function listSheets(): Promise<SheetInfo[]> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility');
      await context.sync();
      const visible = sheets.items.filter((sheet) => sheet.visibility === 'Visible');
      const used = visible.map((sheet) =>
        sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,columnCount'),
      );
      await context.sync();
      const firstRows = visible.map((sheet, index) => {
        const range = used[index];
        if (range.isNullObject) return undefined;
        return sheet.getRangeByIndexes(range.rowIndex, range.columnIndex, 1, range.columnCount).load('values');
      });
      await context.sync();
      return visible.map((sheet, index) => ({ name: sheet.name, header: firstRows[index]?.values[0] ?? [] }));
    });
  } catch (error) {
    throw toUserError(error);
  }
}
