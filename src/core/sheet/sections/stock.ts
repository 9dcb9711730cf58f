/** The stock by owner and comune (SAP, SAS, SAT) (R.R. 4/2017 art. 4 c. 3 lett. a). */
import { rangeAddress } from '../../address';
import { formula, number, text } from '../builder';
import type { SectionContext } from './context';

export function addStock({ sheet, plan, strings }: SectionContext): void {
  const headers = strings.headers;
  sheet.addSectionHeader(strings.sections.stock, 'patrimonio');
  const totals = plan.totali.patrimonio;
  const { rows } = sheet.addCountTable(
    [headers.owner, headers.comune, headers.kind, headers.sap, headers.sas, headers.sat, headers.totalDwellings],
    plan.gruppi.length,
    (index, row) => {
      const group = plan.gruppi[index];
      const stock = group.patrimonio;
      return [
        text(group.ente),
        text(group.comune),
        text(strings.cells[group.tipoEnte]),
        number(stock.SAP),
        number(stock.SAS),
        number(stock.SAT),
        formula(`SUM(D${row}:F${row})`, stock.SAP + stock.SAS + stock.SAT),
      ];
    },
    [
      { column: 3, total: totals.SAP },
      { column: 4, total: totals.SAS },
      { column: 5, total: totals.SAT },
      { column: 6, total: totals.SAP + totals.SAS + totals.SAT, anchor: 'totale.patrimonio' },
    ],
    3,
  );
  if (rows.length > 0) {
    sheet.style(rangeAddress(rows[0], 2, rows[rows.length - 1], 2), { horizontalAlignment: 'center' });
  }
}
