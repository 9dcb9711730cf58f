/**
 * Lett. f: the measures supporting access to and keeping of housing (Titolo V L.R. 16/2016),
 * one row each with its amount in euro, and their total when some have one. Always present:
 * when none is given, the sheet says so.
 */
import { cellAddress, rangeAddress } from '../../address';
import { STYLE, TEXT_FORMAT, formula, heightFor, number, text, wrappedLines } from '../builder';
import { columnSum } from '../formulas';
import type { LayoutCell } from '../types';
import type { SectionContext } from './context';

export const AMOUNT_FORMAT = '#,##0.00 "€"';

export function addMeasures({ sheet, plan, strings }: SectionContext): void {
  sheet.addSectionHeader(strings.sections.measures, 'misure');
  const measures = plan.parametri.misure ?? [];
  if (measures.length === 0) {
    sheet.addTextRow(strings.cells.noMeasures);
    return;
  }
  const last = sheet.lastColumn;
  const textLast = last - 1;
  const header = sheet.addTableHeader(
    [strings.headers.measure, ...Array.from({ length: textLast }, () => null), strings.headers.amount],
    [[0, textLast]],
  );
  const textWidth = sheet.width(0, textLast);
  const rows = measures.map((measure, index) => {
    const cells: (LayoutCell | null)[] = [text(measure.testo.trim())];
    cells[last] = measure.importo === undefined ? null : number(measure.importo);
    const row = sheet.addRow(cells);
    sheet.merge(row, 0, textLast);
    sheet.format(cellAddress(row, 0), TEXT_FORMAT);
    sheet.height(row, heightFor(wrappedLines(measure.testo.trim(), textWidth)));
    sheet.anchor(`misura.${index}`, row, 0);
    return row;
  });
  let lastRow = rows[rows.length - 1];
  const amounts = measures.filter((measure) => measure.importo !== undefined);
  if (amounts.length > 0) {
    lastRow = sheet.addRow([text(sheet.totalLabel)]);
    sheet.merge(lastRow, 0, textLast);
    const total = amounts.reduce((sum, measure) => sum + (measure.importo ?? 0), 0);
    sheet.set(lastRow, last, formula(columnSum(last, rows), total));
    sheet.anchor('totale.misure', lastRow, last);
    sheet.style(rangeAddress(lastRow, 0, lastRow, last), STYLE.totals);
  }
  sheet.style(rangeAddress(header + 1, 0, lastRow, last), STYLE.body);
  sheet.style(rangeAddress(header + 1, 0, lastRow, textLast), { wrapText: true });
  sheet.format(rangeAddress(header + 1, last, lastRow, last), AMOUNT_FORMAT);
}
