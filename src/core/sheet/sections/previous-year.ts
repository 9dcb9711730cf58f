/**
 * Lett. g: the dwellings assigned in the year before the plan, per owner and comune from the
 * inventory's assignment dates, per owner when the owner declared the figure itself (for all its
 * comuni when it has several); "n.d." where nobody gave it. The plan's notes say what is missing.
 */
import { cellAddress, rangeAddress } from '../../address';
import { COUNT_FORMAT, STYLE, TEXT_FORMAT, formula, number, text } from '../builder';
import { columnSum } from '../formulas';
import type { LayoutCell } from '../types';
import type { SectionContext } from './context';

export function addPreviousYear({ sheet, plan, strings }: SectionContext): void {
  const { headers, cells: words } = strings;
  const last = sheet.lastColumn;
  sheet.addSectionHeader(strings.sections.previousYear({ year: plan.anno - 1 }), 'assegnati');
  const header = sheet.addTableHeader(
    [headers.owner, headers.comune, headers.assigned, headers.source, ...Array.from({ length: last - 3 }, () => null)],
    [[3, last]],
  );
  const declared = new Set(plan.assegnatiDichiarati.map((entry) => entry.ente));
  const lines: { cells: (LayoutCell | null)[]; anchor: string }[] = [];
  plan.gruppi.forEach((group, index) => {
    if (declared.has(group.ente)) return;
    const known = group.assegnatiAnnoPrecedente !== null;
    lines.push({
      cells: [
        text(group.ente),
        text(group.comune),
        known ? number(group.assegnatiAnnoPrecedente as number) : text(words.notGiven),
        text(known ? words.assignedFromInventory : words.assignedUnknown),
      ],
      anchor: `assegnati.gruppo.${index}`,
    });
  });
  plan.assegnatiDichiarati.forEach((entry, index) => {
    lines.push({
      cells: [text(entry.ente), text(entry.comuni.join(', ')), number(entry.assegnati), text(words.assignedDeclared)],
      anchor: `assegnati.ente.${index}`,
    });
  });
  const rows = lines.map(({ cells, anchor }) => {
    const row = sheet.addRow(cells);
    sheet.merge(row, 3, last);
    sheet.anchor(anchor, row, 2);
    return row;
  });
  const totals = sheet.addRow([text(sheet.totalLabel)]);
  sheet.merge(totals, 3, last);
  const total = plan.totali.assegnatiAnnoPrecedente;
  // SUM leaves out the "n.d." texts: the total is of the figures given, as in the engine.
  sheet.set(
    totals,
    2,
    rows.length > 0 && total !== null
      ? formula(columnSum(2, rows), total)
      : total === null
        ? text(words.notGiven)
        : number(0),
  );
  sheet.anchor('totale.assegnati', totals, 2);
  sheet.style(rangeAddress(header + 1, 0, totals, last), STYLE.body);
  sheet.style(rangeAddress(totals, 0, totals, last), STYLE.totals);
  if (rows.length > 0) sheet.format(rangeAddress(rows[0], 0, rows[rows.length - 1], 1), TEXT_FORMAT);
  // The count format on the figures only: an "n.d." stays text.
  for (const row of [...rows, totals]) {
    const cell = sheet.rows[row - 1][2];
    if (cell && (typeof cell.value === 'number' || cell.formula !== undefined))
      sheet.format(cellAddress(row, 2), COUNT_FORMAT);
  }
  sheet.style(rangeAddress(header + 1, 2, totals, 2), { horizontalAlignment: 'center' });
}
