/**
 * (a) The task pane, as a clerk uses it: the built add-in (dist/taskpane.html with its real
 * taskpane.js), Microsoft's office.js answered by the simulated host. Pick the inventory table,
 * fill the parameters from the Cremona 2022 preset, read, check the preview, create the plan;
 * then the plan sheet in the simulated workbook, against the engine's own layout.
 */
import { FORZE_POLIZIA, INDIGENZA } from '../../src/core/quota';
import { cellAddress, parseRange, rangeAddress } from '../../src/core/sheet';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { formatPercent } from '../../src/taskpane/i18n/strings';
import {
  SAMPLE_TABLE,
  createPlanInPane,
  expectedCremona,
  layoutFormulas,
  pane,
  previewFigures,
  previewTotals,
  readSampleWithCremonaPreset,
  sheetSnapshot,
  texts,
  useBrowser,
  withoutGenerationRow,
} from './support';

const browser = useBrowser();

test('(a) pane: inventory table, Cremona 2022 preset, preview, "Crea piano" writes the plan sheet', async () => {
  const { page } = await browser.open('a-pane-create-plan');
  const { app } = texts('it');
  const expected = await expectedCremona('it');
  const { layout, plan } = expected;

  await pane(page).getByRole('heading', { name: app.appTitle }).waitFor();
  await readSampleWithCremonaPreset(page);

  // The preview: the figures of the Cremona 2022 note for the Comune di Cremona.
  const cremona = plan.gruppi.find((group) => group.ente === 'Comune di Cremona' && group.comune === 'Cremona')!;
  expect([cremona.disponibili, cremona.sat.consentiti, cremona.sat.richiesti, cremona.indigenza.quota]).toEqual([
    18, 4, 5, 5,
  ]);
  // Its card, in the list of the preview, read by role: 18 available, "4 su 5 richiesti (ridotti
  // alla soglia del 25 %)", 14 by avviso of which 5 for the poverty share at the Comune's own 30 %
  // and 9 from the ordinary ranking: the quotas are part of the dwellings by avviso.
  const figures = await previewFigures(page, 'Comune di Cremona', 'Cremona');
  expect(cremona.forzePolizia.percentuale).toBe(0);
  expect(figures).toEqual([
    [app.figureDisponibili, '18'],
    [
      app.quotaPart({ name: app.quotaNames.sat, share: undefined, ownValue: true }),
      '4 su 5 richiesti (ridotti alla soglia del 25 %)',
    ],
    [app.figurePerAvviso, String(cremona.perAvviso)],
    [app.quotaPart({ name: INDIGENZA.label.it, share: formatPercent(0.3, 'it'), ownValue: true }), '5'],
    [app.quotaNames.ordinari, String(cremona.perAvviso - 5)],
  ]);
  // A quota of 0 % is left out of the group's card; the Ambito's totals still show it.
  const totals = await previewTotals(page);
  expect(totals).toContainEqual([FORZE_POLIZIA.label.it, '0']);
  expect(cremona.perAvviso).toBe(14);
  await expect(
    pane(page)
      .getByRole('heading', { name: app.previewHeading({ year: 2022 }) })
      .count(),
  ).resolves.toBe(1);

  await createPlanInPane(page, 'Piano 2022');

  const address = rangeAddress(1, 0, layout.rowCount, layout.columnCount - 1);
  const sheet = await sheetSnapshot(page, 'Piano 2022', address);
  expect(sheet.names).toEqual(['Inventario', 'Note', 'Piano 2022']);
  expect(sheet.active).toBe('Piano 2022');
  // Every cell, constants and native formulas, as the engine laid them out (the generation
  // line carries the time of day: only its beginning is compared).
  expect(withoutGenerationRow(sheet.formulas)).toEqual(withoutGenerationRow(layoutFormulas(layout)));
  expect(String(sheet.formulas[2][0])).toMatch(/^Generato il \d{2}\/\d{2}\/\d{4}/);
  expect(sheet.formulas[0][0]).toBe("Piano Annuale dell'Offerta Abitativa 2022");

  // The quotas of the Comune di Cremona, by the layout's anchors: formula and computed value.
  const groupIndex = plan.gruppi.indexOf(cremona);
  const quota = layout.anchors[`gruppo.${groupIndex}.indigenza`];
  const share = layout.anchors[`gruppo.${groupIndex}.percentualeIndigenza`];
  const cells = await page.evaluate(
    ({ quotaCell, shareCell }) => {
      const plan = window.__sim!.workbook.sheet('Piano 2022');
      return {
        quota: plan.cell(quotaCell),
        share: plan.cell(shareCell),
        title: plan.cell('A1'),
        parameter: plan.cell('C7'),
      };
    },
    { quotaCell: quota, shareCell: share },
  );
  const quotaBounds = parseRange(quota);
  expect(cells.quota.formula).toBe(layout.cells[quotaBounds.firstRow - 1][quotaBounds.firstColumn]?.formula);
  expect(cells.quota.formula).toMatch(/^=ROUNDUP\(/);
  expect(cells.quota.value).toBe(5);
  expect(cells.share.value).toBeCloseTo(0.3, 10);
  expect(cells.share.numberFormat).toBe('0%');
  expect(cells.parameter.numberFormat).toBe('0%');
  expect(cells.title.format.bold).toBe(true);
  expect(cells.title.format.size).toBe(16);
  expect(sheet.merges).toContain(rangeAddress(1, 0, 1, layout.columnCount - 1));
  expect(sheet.frozenRows).toBe(layout.freeze.rows);

  // Every formula's value, computed in the page's workbook, is the engine's result.
  const mismatches: string[] = [];
  layout.cells.forEach((cellsOfRow, r) =>
    cellsOfRow.forEach((cell, c) => {
      if (cell?.formula === undefined) return;
      const value = sheet.values[r][c];
      if (typeof value !== 'number' || Math.abs(value - Number(cell.result)) > 1e-9) {
        mismatches.push(
          `${cellAddress(r + 1, c)} ${cell.formula}: page ${String(value)}, engine ${String(cell.result)}`,
        );
      }
    }),
  );
  expect(mismatches).toEqual([]);

  // The grid shows the plan sheet: its tab selected, the quota and the percentage as Excel would.
  await page.getByRole('tab', { name: 'Piano 2022', selected: true }).waitFor();
  await expect(page.locator(`td[data-address="${quota}"]`).innerText()).resolves.toBe('5');
  await expect(page.locator(`td[data-address="${share}"]`).innerText()).resolves.toBe('30%');

  // The choices are saved in the workbook for the ribbon's button and the next person.
  const saved = (await page.evaluate((key) => window.__sim!.settings.saved()[key], SETTINGS_KEY)) as {
    source?: unknown;
    params?: { anno?: number; enti?: Record<string, unknown> };
  };
  expect(saved.source).toEqual({ kind: 'table', name: SAMPLE_TABLE.name });
  expect(saved.params?.anno).toBe(2022);
  expect(saved.params?.enti?.['Comune di Cremona']).toEqual({ maggiorazione: 0.1, satRichiesti: 5 });
});
