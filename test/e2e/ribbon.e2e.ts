/**
 * (b) The ribbon's "Crea piano" (ExecuteFunction creaPiano in the manifest): the one click that
 * writes the plan sheet from the choices saved in the workbook, without the pane.
 */
import { presetById } from '../../src/core/plan/presets';
import { rangeAddress } from '../../src/core/sheet';
import { SETTINGS_KEY } from '../../src/excel/settings';
import type { SavedSettings } from '../../src/excel/types';
import type { SimHost } from '../sim/host';
import {
  SAMPLE_TABLE,
  createPlanInPane,
  expectedCremona,
  layoutFormulas,
  pane,
  readSampleWithCremonaPreset,
  ribbon,
  sheetSnapshot,
  texts,
  useBrowser,
  withoutGenerationRow,
  axeViolations,
  excelStatus,
  footerStatus,
} from './support';

const browser = useBrowser();
const { app } = texts('it');

async function ribbonCreatePlan(page: import('playwright-core').Page): Promise<void> {
  await ribbon(page).getByRole('button', { name: 'Crea piano', exact: true }).click();
  await excelStatus(page).getByText('Crea piano: completato.').waitFor();
}

test('(b) ribbon after the pane: the saved choices give "Piano 2022 (2)" with the same formulas', async () => {
  const { page } = await browser.open('b-ribbon-after-pane');
  const { layout } = await expectedCremona('it');
  const address = rangeAddress(1, 0, layout.rowCount, layout.columnCount - 1);

  await readSampleWithCremonaPreset(page);
  await createPlanInPane(page, 'Piano 2022');
  await ribbonCreatePlan(page);
  // The open pane says what the ribbon did, in its live region.
  await footerStatus(page)
    .getByText(app.ribbonCreated({ sheetName: 'Piano 2022 (2)' }), { exact: true })
    .waitFor();

  const first = await sheetSnapshot(page, 'Piano 2022', address);
  const second = await sheetSnapshot(page, 'Piano 2022 (2)', address);
  expect(second.names).toEqual(['Inventario', 'Note', 'Piano 2022', 'Piano 2022 (2)']);
  expect(second.active).toBe('Piano 2022 (2)');
  expect(withoutGenerationRow(second.formulas)).toEqual(withoutGenerationRow(first.formulas));
  expect(withoutGenerationRow(second.values)).toEqual(withoutGenerationRow(first.values));
  expect(second.merges).toEqual(first.merges);
  expect(second.columnWidths).toEqual(first.columnWidths);
  await page.getByRole('tab', { name: 'Piano 2022 (2)', selected: true }).waitFor();
});

test('(b) ribbon alone, with settings already in the workbook (a file saved by a colleague)', async () => {
  const settings: SavedSettings = {
    version: 1,
    source: { kind: 'table', name: SAMPLE_TABLE.name },
    params: presetById('cremona-2022')!.params(2022),
    presetId: 'cremona-2022',
  };
  const { page } = await browser.open('b-ribbon-saved-settings', {
    setup: {
      fn: (sim: SimHost, arg: unknown) => {
        const { key, value } = arg as { key: string; value: unknown };
        sim.settings.set(key, value);
        sim.settings.saveAsync();
      },
      arg: { key: SETTINGS_KEY, value: settings },
    },
  });
  const { layout } = await expectedCremona('it');

  await ribbonCreatePlan(page);

  const sheet = await sheetSnapshot(page, 'Piano 2022', rangeAddress(1, 0, layout.rowCount, layout.columnCount - 1));
  expect(sheet.names).toEqual(['Inventario', 'Note', 'Piano 2022']);
  expect(withoutGenerationRow(sheet.formulas)).toEqual(withoutGenerationRow(layoutFormulas(layout)));
  // The pane, opened on the same file, shows the saved parameters: complete, their step closed
  // to one line.
  const paramsStep = pane(page).getByRole('button', { name: app.paramsHeading, exact: true });
  await expect(paramsStep.getAttribute('aria-expanded')).resolves.toBe('false');
  await expect(
    paramsStep.getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).innerText()),
  ).resolves.toBe(app.paramsSummary({ year: 2022, ambito: 'Ambito di Cremona', owners: 1, problems: 0 }));
  await paramsStep.click();
  await pane(page)
    .getByText(app.presetApplied({ label: presetById('cremona-2022')!.label.it }))
    .waitFor();
});

test('(b) ribbon with nothing saved: no sheet, the pane says what to choose', async () => {
  const { page } = await browser.open('b-ribbon-needs-input');
  await ribbonCreatePlan(page);
  await pane(page).getByText(app.focusReasonTitle).waitFor();
  // An alert, read out as it appears; and nothing in the pane breaks the accessibility rules.
  await pane(page).getByRole('alert').getByText(app.focusReasonTitle).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  const names = await page.evaluate(() => window.__sim!.workbook.sheetNames());
  expect(names).toEqual(['Inventario', 'Note']);
});
