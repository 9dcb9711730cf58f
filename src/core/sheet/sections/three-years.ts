/**
 * Art. 5 c. 1: per owner and comune, the dwellings expected to become available in the plan
 * year and in each of the two following. The plan year's figure is the total of the section of
 * the dwellings available in the year (a formula pointing at it), the other two are counts.
 */
import { columnLetter, rangeAddress } from '../../address';
import { COUNT_FORMAT, formula, number, text } from '../builder';
import type { SectionContext } from './context';

export function addThreeYears(context: SectionContext): void {
  const { sheet, plan, strings } = context;
  const years = plan.totali.triennio.map((year) => year.anno);
  const headers = strings.headers;
  sheet.addSectionHeader(strings.sections.threeYears({ first: years[0], last: years[years.length - 1] }), 'triennio');
  const yearColumns = years.map((_, offset) => 2 + offset);
  const totalColumn = 2 + years.length;
  const { rows } = sheet.addCountTable(
    [headers.owner, headers.comune, ...years.map(String), headers.threeYearsTotal],
    plan.gruppi.length,
    (index, row) => {
      const group = plan.gruppi[index];
      const figures = group.triennio.map((year, offset) =>
        offset === 0 && context.refs.groupAvailable[index]
          ? formula(context.refs.groupAvailable[index], year.disponibili)
          : number(year.disponibili),
      );
      const first = columnLetter(yearColumns[0]);
      const lastYear = columnLetter(yearColumns[yearColumns.length - 1]);
      const total = group.triennio.reduce((sum, year) => sum + year.disponibili, 0);
      return [
        text(group.ente),
        text(group.comune),
        ...figures,
        formula(`SUM(${first}${row}:${lastYear}${row})`, total),
      ];
    },
    [
      ...plan.totali.triennio.map((year, offset) => ({
        column: yearColumns[offset],
        total: year.disponibili,
        anchor: `totale.triennio.${year.anno}`,
      })),
      {
        column: totalColumn,
        total: plan.totali.triennio.reduce((sum, year) => sum + year.disponibili, 0),
        anchor: 'totale.triennio',
      },
    ],
    2,
  );
  rows.forEach((row, index) => sheet.anchor(`triennio.gruppo.${index}`, row, yearColumns[0]));
  if (rows.length > 0) sheet.format(rangeAddress(rows[0], 2, rows[rows.length - 1], totalColumn), COUNT_FORMAT);
  sheet.addTextRow(strings.cells.threeYearsNote, { italic: true, fontSize: 9 });
}
