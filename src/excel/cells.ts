/** A formula written in the selected cell: the pane's "Funzioni" examples. One read, one write. */
import { toUserError } from './errors';
import { ExcelUserError, type InventoryArea } from './types';

const withoutQuotes = (sheet: string): string => sheet.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");

/**
 * Writes `formula` (Excel's invariant form: commas between arguments) in the active cell, and
 * returns its address. Refuses, with a sentence, a cell that holds something (a value, a formula,
 * a spilled result) and a cell of the inventory, which the add-in only ever reads.
 */
export async function insertFormula(formula: string, inventory?: InventoryArea): Promise<{ address: string }> {
  try {
    return await Excel.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.load('address,rowIndex,columnIndex,formulas,values');
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name');
      await context.sync();
      const address = cell.address;
      const inInventory =
        inventory !== undefined &&
        sheet.name === inventory.sheetName &&
        cell.rowIndex >= inventory.firstRow &&
        cell.rowIndex < inventory.firstRow + inventory.rowCount &&
        cell.columnIndex >= inventory.firstColumn &&
        cell.columnIndex < inventory.firstColumn + inventory.columnCount;
      const shown = `${withoutQuotes(address.slice(0, address.lastIndexOf('!')))}!${address.slice(address.lastIndexOf('!') + 1)}`;
      if (inInventory) {
        throw new ExcelUserError(
          `La cella ${shown} è nell’inventario, che il componente aggiuntivo non modifica: selezionate una cella vuota fuori dall’inventario e riprovate.`,
          `Cell ${shown} is in the inventory, which the add-in never changes: select an empty cell outside the inventory and try again.`,
        );
      }
      if (cell.formulas[0][0] !== '' || cell.values[0][0] !== '') {
        throw new ExcelUserError(
          `La cella ${shown} non è vuota: selezionate una cella vuota e riprovate, così nulla di ciò che contiene va perso.`,
          `Cell ${shown} is not empty: select an empty cell and try again, so that nothing in it is lost.`,
        );
      }
      cell.formulas = [[formula]];
      await context.sync();
      return { address: shown };
    });
  } catch (error) {
    throw toUserError(error);
  }
}
