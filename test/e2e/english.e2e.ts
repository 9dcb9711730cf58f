/**
 * (d) Office in English (displayLanguage en-US): the pane, the ribbon (the manifest's en-US
 * overrides), the plan sheet and the custom functions' messages are in English.
 */
import { presetById } from '../../src/core/plan/presets';
import { rangeAddress } from '../../src/core/sheet';
import {
  createPlanInPane,
  expectedCremona,
  layoutFormulas,
  pane,
  previewFigures,
  readSampleWithCremonaPreset,
  ribbon,
  sheetSnapshot,
  texts,
  useBrowser,
  withoutGenerationRow,
} from './support';

const browser = useBrowser();
const { app, workbench } = texts('en');
const italian = texts('it').app;

test('(d) English display language: labels, preview and plan sheet in English', async () => {
  const { page } = await browser.open('d-english', { lang: 'en-US' });
  const root = pane(page, 'en');

  await root.getByRole('heading', { name: app.appTitle }).waitFor();
  await root.getByRole('button', { name: app.readButton, exact: true }).waitFor();
  await root.getByRole('heading', { name: app.sourceHeading }).waitFor();
  await root.getByRole('heading', { name: app.paramsHeading }).waitFor();
  await expect(root.getByRole('button', { name: italian.readButton }).count()).resolves.toBe(0);
  await expect(root.getByText(italian.sourceHeading).count()).resolves.toBe(0);
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
  // The ribbon's labels come from the manifest's en-US overrides.
  await ribbon(page, 'en').getByRole('button', { name: 'Create plan', exact: true }).waitFor();
  await ribbon(page, 'en').getByRole('button', { name: 'Open pane', exact: true }).waitFor();
  await page.getByRole('textbox', { name: workbench.formulaBar }).waitFor();

  await readSampleWithCremonaPreset(page, 'en');
  await root.getByRole('heading', { name: app.previewHeading({ year: 2022 }) }).waitFor();
  const figures = await previewFigures(page, 'Comune di Cremona', 'Cremona', 'en');
  expect(figures.slice(0, 2)).toEqual([
    ['Available', '18'],
    ['SAT (owner’s own value)', '4 of 5 requested (reduced to the 25 % cap)'],
  ]);
  expect(presetById('cremona-2022')!.label.en).toBe('Cremona 2022');

  const { layout } = await expectedCremona('en');
  expect(layout.name).toBe('Plan 2022');
  await createPlanInPane(page, layout.name, 'en');
  const sheet = await sheetSnapshot(page, layout.name, rangeAddress(1, 0, layout.rowCount, layout.columnCount - 1));
  expect(withoutGenerationRow(sheet.formulas)).toEqual(withoutGenerationRow(layoutFormulas(layout)));
  expect(String(sheet.formulas[0][0])).toMatch(/Plan/);
});
