/**
 * Text stays text, in both writers (issue #9 item 4). Excel turns a string that begins with '=',
 * '+', '-' or '@' into a formula whether it arrives through Range.values or Range.formulas, and
 * turns "1/2" or "00123" into a date or a number, unless the cell is formatted as text ('@')
 * first. So every constant text cell of the layout (owner and comune names from the inventory,
 * names typed in the pane, parameters) is formatted '@' before its value is written, and only the
 * layout's own formulas are written as formulas. Also: no cell holds more than Excel's 32,767
 * characters.
 */
import { parseRange } from '../address';
import type { LayoutCell, SheetLayout } from './types';

/** Excel's number format for text. */
export const TEXT_FORMAT = '@';

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_TEXT_LIMIT = 32_767;

const CUT_NOTE = ' … [testo tagliato: una cella di Excel contiene al massimo 32.767 caratteri]';

/** Text as one cell can hold it: cut, with a note saying so, when longer than Excel's limit. */
export function cellText(text: string): string {
  if (text.length <= EXCEL_CELL_TEXT_LIMIT) return text;
  return text.slice(0, EXCEL_CELL_TEXT_LIMIT - CUT_NOTE.length) + CUT_NOTE;
}

/** True for a cell whose content is a constant text (not a formula, not a number). */
export function isTextCell(cell: LayoutCell | null | undefined): cell is LayoutCell & { value: string } {
  return !!cell && cell.formula === undefined && typeof cell.value === 'string' && cell.value !== '';
}

/**
 * The number format of every cell as the writers set it: the layout's formats by range (later
 * ones win, 'General' where none is set), then '@' on every constant text cell, and never '@' on
 * a formula cell (Excel would keep the formula as text).
 */
export function cellNumberFormats(layout: SheetLayout): string[][] {
  const grid = layout.cells.map((row) => row.map(() => 'General'));
  for (const { range, format } of layout.numberFormats) {
    const bounds = parseRange(range);
    for (let row = bounds.firstRow - 1; row <= bounds.lastRow - 1; row += 1) {
      for (let column = bounds.firstColumn; column <= bounds.lastColumn; column += 1) {
        if (grid[row] && column < grid[row].length) grid[row][column] = format;
      }
    }
  }
  layout.cells.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      if (isTextCell(cell)) grid[rowIndex][columnIndex] = TEXT_FORMAT;
      else if (cell?.formula !== undefined && grid[rowIndex][columnIndex] === TEXT_FORMAT) {
        grid[rowIndex][columnIndex] = 'General';
      }
    });
  });
  return grid;
}
