/**
 * (c) A bad inventory: its problems in the pane (five, then all), "Vai alla cella" selecting the
 * cell the message names, the list refreshed once the clerk has corrected the cell; and an
 * inventory whose table lacks the status column, which cannot be used.
 */
import { parseInventory } from '../../src/core/inventory';
import type { SimHost } from '../sim/host';
import { axeViolations, footerStatus, pane, paneScreenshot, texts, useBrowser } from './support';

const browser = useBrowser();
const { app } = texts('it');

/** The bad inventory at 320 px light in Italian and at 450 px dark in English. */
const CONFIGURATIONS = [
  { width: 320, theme: 'light', language: 'it' },
  { width: 450, theme: 'dark', language: 'en' },
] as const;

const BAD = {
  sheet: 'Inventario errato',
  table: 'InventarioErrato',
  grid: [
    ['Codice alloggio', 'Ente proprietario', 'Comune', 'Stato alloggio', 'Destinazione', 'Data disponibilità prevista'],
    ['E-1', 'Comune di Cremona', 'Cremona', 'libero', 'SAP', ''],
    ['E-2', 'Comune di Cremona', 'Cremona', '#N/A', 'SAP', ''],
    ['E-3', 'Comune di Cremona', 'Cremona', 'affittato', 'SAP', ''],
    ['E-4', 'Comune di Cremona', 'Cremona', 'libero', 'XYZ', ''],
    ['E-1', 'Comune di Cremona', 'Cremona', 'libero', 'SAP', ''],
    ['E-5', '', 'Cremona', 'libero', 'SAP', ''],
    ['E-6', 'Comune di Cremona', 'Cremona', 'in turnover', 'SAP', 'domani'],
  ],
};

const NO_STATUS = {
  sheet: 'Senza stato',
  table: 'SenzaStato',
  grid: [
    ['Codice alloggio', 'Ente proprietario', 'Comune', 'Destinazione'],
    ['S-1', 'Comune di Cremona', 'Cremona', 'SAP'],
    ['S-2', 'Comune di Cremona', 'Cremona', 'SAP'],
  ],
};

type Fixture = typeof BAD | typeof NO_STATUS;

/** Runs in the page before the add-in starts: the two inventories, each as an Excel table. */
function addInventories(sim: SimHost, arg: unknown): void {
  for (const fixture of arg as Fixture[]) {
    sim.workbook.addSheet(fixture.sheet, fixture.grid);
    const lastColumn = String.fromCharCode(64 + fixture.grid[0].length);
    sim.workbook.addTable(fixture.sheet, fixture.table, `A1:${lastColumn}${fixture.grid.length}`);
  }
}

const address = (fixture: Fixture): string =>
  `${fixture.sheet}!A1:${String.fromCharCode(64 + fixture.grid[0].length)}${fixture.grid.length}`;

async function chooseAndRead(
  page: import('playwright-core').Page,
  fixture: Fixture,
  language: 'it' | 'en' = 'it',
): Promise<void> {
  const { app } = texts(language);
  const root = pane(page, language);
  await root.getByRole('combobox', { name: app.sourceLabel }).selectOption({
    label: app.sourceTable({ name: fixture.table, address: address(fixture), rows: fixture.grid.length - 1 }),
  });
  await root.getByRole('button', { name: app.readButton, exact: true }).click();
  // Excel quotes a sheet name with a space in an address ('Inventario errato'!A1:F7); the pane
  // shows it as the source list does, as on the sheet's tab.
  const rows = fixture.grid.length - 1;
  const quoted = `'${fixture.sheet}'${address(fixture).slice(fixture.sheet.length)}`;
  await footerStatus(page, language)
    .getByText(app.readDone({ address: address(fixture), rows }))
    .waitFor();
  // Formulas (the "Funzioni" examples) keep Excel's quotes: they are typed as they are.
  await expect(
    root.getByText(quoted).evaluateAll((elements) => elements.filter((element) => !element.closest('code')).length),
  ).resolves.toBe(0);
}

test.each(CONFIGURATIONS)(
  '(c) $width px, $theme, $language: a bad inventory: every problem listed, "Vai alla cella" selects the cell it names, the list refreshes after the correction',
  async ({ width, theme, language }) => {
    const suffix = `${width}-${theme}-${language}`;
    const { page } = await browser.open(`c-bad-inventory-${suffix}`, {
      setup: { fn: addInventories, arg: [BAD, NO_STATUS] },
      lang: language === 'en' ? 'en-US' : 'it-IT',
      theme,
      paneWidth: width,
      viewport: { width: width + 900, height: 800 },
    });
    const { app, workbench } = texts(language);
    const shown = (issue: { message: string; messageEn: string }): string =>
      language === 'en' ? issue.messageEn : issue.message;
    const expected = parseInventory(BAD.grid, { headerRow: 1, sheetName: BAD.sheet });
    expect(expected.fatal).toBeFalsy();
    expect(expected.issues.length).toBeGreaterThan(5);

    await chooseAndRead(page, BAD, language);
    // The step closed to one line that counts the problems; it reopens on click.
    const step = pane(page, language).getByRole('button', { name: app.sourceHeading, exact: true });
    await expect(step.getAttribute('aria-expanded')).resolves.toBe('false');
    await step.click();
    const issues = pane(page, language).getByRole('region', { name: app.issuesHeading, exact: true });
    await issues.getByLabel(app.issuesCount({ count: expected.issues.length }), { exact: true }).waitFor();
    // Five at first, in the flow of the pane (no scroll box of its own), then all.
    await expect(issues.getByRole('listitem').count()).resolves.toBe(5);
    const scrollBoxes = await issues.evaluate(
      (region) =>
        [...region.querySelectorAll('*')].filter((element) => {
          const style = getComputedStyle(element);
          return /(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight;
        }).length,
    );
    expect(scrollBoxes).toBe(0);
    await issues
      .getByRole('button', { name: app.issuesShowAll({ total: expected.issues.length }), exact: true })
      .click();
    for (const issue of expected.issues) await issues.getByText(shown(issue), { exact: true }).waitFor();
    await paneScreenshot(page, `c-bad-inventory-${suffix}-all`, language);
    expect(await axeViolations(page, language)).toEqual([]);

    // "Affittato" is not a status: the message names cell D4, and the button selects D4 alone.
    const target = expected.issues.find((issue) => issue.message.includes('«affittato»'))!;
    expect(target.cell).toBe('D4');
    await issues.getByRole('button', { name: app.goToCell({ cell: 'D4' }), exact: true }).click();
    await page.waitForFunction(
      ({ sheet }) => {
        const workbook = window.__sim!.workbook;
        return workbook.activeSheet === sheet && workbook.sheet(sheet).selection === 'D4';
      },
      { sheet: BAD.sheet },
    );
    // The grid follows: the sheet's tab, the cell in the Name Box.
    await page.getByRole('tab', { name: BAD.sheet, selected: true }).waitFor();
    await expect(page.getByRole('textbox', { name: workbench.nameBox, exact: true }).inputValue()).resolves.toBe('D4');
    await issues.getByText(app.correctingHint).waitFor();

    // The clerk corrects the cell in Excel, then comes back to the pane: the list refreshes.
    const formulaBar = page.getByRole('textbox', { name: workbench.formulaBar, exact: true });
    await formulaBar.fill('libero');
    await formulaBar.press('Enter');
    await page.waitForFunction(() => window.__sim!.workbook.sheet('Inventario errato').cell('D4').value === 'libero');
    await issues.getByRole('button', { name: app.recheck, exact: true }).focus();
    await footerStatus(page, language)
      .getByText(app.rereadDone({ now: expected.issues.length - 1, before: expected.issues.length }), { exact: true })
      .waitFor();
    await expect(issues.getByText(shown(target), { exact: true }).count()).resolves.toBe(0);
    await issues.getByLabel(app.issuesCount({ count: expected.issues.length - 1 }), { exact: true }).waitFor();
    await paneScreenshot(page, `c-bad-inventory-${suffix}-corrected`, language);
  },
);

test('(c) an inventory without the status column: the pane says so and "Crea piano" stays off', async () => {
  const { page } = await browser.open('c-missing-status-column', {
    setup: { fn: addInventories, arg: [BAD, NO_STATUS] },
  });
  const expected = parseInventory(NO_STATUS.grid, { headerRow: 1, sheetName: NO_STATUS.sheet });
  expect(expected.fatal).toBe(true);

  await chooseAndRead(page, NO_STATUS);
  const root = pane(page);
  await root.getByText(app.fatalTitle).waitFor();
  await root.getByText(expected.issues[0].message).first().waitFor();
  await expect(
    root.getByRole('button', { name: app.createButton, exact: true }).getAttribute('aria-disabled'),
  ).resolves.toBe('true');
  await root.getByText(app.createNeeds({ reasons: [app.reasonFatal, app.reasonMissing] })).waitFor();
  const names = await page.evaluate(() => window.__sim!.workbook.sheetNames());
  expect(names).toEqual(['Inventario', 'Note', BAD.sheet, NO_STATUS.sheet]);
});
