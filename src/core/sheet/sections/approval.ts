/**
 * The approval block: the body that approves the plan, the date and the number of its act, left
 * blank to be filled in (by hand on the printed act, or in the cells), each on a line to write on.
 */
import { cellAddress, rangeAddress } from '../../address';
import { STYLE, TEXT_FORMAT, text, type SheetBuilder } from '../builder';
import type { SheetStrings } from '../strings';
import type { SectionContext } from './context';

/** The value cells: from column C to this many columns further (a line about half the page wide). */
const VALUE_COLUMN = 2;
const VALUE_SPAN = 5;
/** Room to write by hand. */
const FIELD_HEIGHT = 28;

export function addApproval({ sheet, strings }: SectionContext): void {
  const approval = strings.approval;
  const lastValueColumn = Math.min(sheet.lastColumn, VALUE_COLUMN + VALUE_SPAN);
  sheet.addSectionHeader(approval.title, 'approvazione');
  sheet.keepTogether(() => {
    sheet.addTextRow(approval.hint, STYLE.generated);
    addFields(sheet, approval, lastValueColumn);
  });
}

function addFields(sheet: SheetBuilder, approval: SheetStrings['approval'], lastValueColumn: number): void {
  const fields: [string, string][] = [
    ['organo', approval.body],
    ['data', approval.date],
    ['numero', approval.number],
  ];
  for (const [key, label] of fields) {
    const row = sheet.addRow([text(label)]);
    sheet.merge(row, 0, VALUE_COLUMN - 1);
    sheet.merge(row, VALUE_COLUMN, lastValueColumn);
    sheet.height(row, FIELD_HEIGHT);
    sheet.style(rangeAddress(row, 0, row, VALUE_COLUMN - 1), { bold: true, verticalAlignment: 'bottom' });
    sheet.style(rangeAddress(row, VALUE_COLUMN, row, lastValueColumn), {
      border: 'thin-bottom',
      verticalAlignment: 'bottom',
    });
    sheet.format(cellAddress(row, VALUE_COLUMN), TEXT_FORMAT);
    sheet.anchor(`approvazione.${key}`, row, VALUE_COLUMN);
  }
}
