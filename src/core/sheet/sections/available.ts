/**
 * The dwellings available in the year by source (R.R. 4/2017 art. 4 c. 3 lett. b); each group's
 * total is recorded in `context.refs.groupAvailable` for the split.
 */
import { formula, number, text } from '../builder';
import type { SectionContext } from './context';

export function addAvailable(context: SectionContext): void {
  const { sheet, plan, strings } = context;
  const headers = strings.headers;
  sheet.addSectionHeader(strings.sections.available({ year: plan.anno }), 'disponibili');
  const bySource = plan.totali.perFonte;
  const { rows } = sheet.addCountTable(
    [
      headers.owner,
      headers.comune,
      headers.libero,
      headers.turnover,
      headers.nuovi,
      headers.carenza,
      headers.privati,
      headers.totalAvailable,
    ],
    plan.gruppi.length,
    (index, row) => {
      const group = plan.gruppi[index];
      const sources = group.perFonte;
      return [
        text(group.ente),
        text(group.comune),
        number(sources.libero),
        number(sources.turnover),
        number(sources.nuovi),
        number(sources.carenza),
        number(sources.privati),
        formula(`SUM(C${row}:G${row})`, group.disponibili),
      ];
    },
    [
      { column: 2, total: bySource.libero },
      { column: 3, total: bySource.turnover },
      { column: 4, total: bySource.nuovi },
      { column: 5, total: bySource.carenza },
      { column: 6, total: bySource.privati },
      { column: 7, total: plan.totali.disponibili, anchor: 'totale.disponibiliPerFonte' },
    ],
    2,
  );
  context.refs.groupAvailable = rows.map((row) => `H${row}`);
}
