/**
 * The custom functions typed in the workbench's grid, computed by the real functions bundle
 * (dist/taskpane.js registers them with CustomFunctions.associate): results, spills, and the
 * error with its explanation, in Italian and in English; and (g) the same functions found from the
 * pane's "Funzioni", each example written in the selected cell with a click.
 */
import type { Page } from 'playwright-core';
import {
  axeViolations,
  excelStatus,
  footerStatus,
  inventoryGrid,
  pane,
  paneScreenshot,
  readSampleWithCremonaPreset,
  texts,
  useBrowser,
  SAMPLE_TABLE,
} from './support';

const browser = useBrowser();

/** Types in a cell as a person does: the Name Box, then the formula bar and Enter. */
async function typeInCell(page: Page, address: string, input: string, language: 'it' | 'en' = 'it'): Promise<string> {
  const { workbench } = texts(language);
  const nameBox = page.getByRole('textbox', { name: workbench.nameBox, exact: true });
  await nameBox.fill(address);
  await nameBox.press('Enter');
  const bar = page.getByRole('textbox', { name: workbench.formulaBar, exact: true });
  await bar.fill(input);
  await bar.press('Enter');
  const status = excelStatus(page, language);
  await status.getByText(new RegExp(`^${address}( =|:)`)).waitFor();
  return (await status.innerText()).trim();
}

async function newSheet(page: Page, language: 'it' | 'en' = 'it'): Promise<string> {
  await page.getByRole('button', { name: texts(language).workbench.newSheet, exact: true }).click();
  return page.evaluate(() => window.__sim!.workbook.activeSheet!);
}

const cell = (page: Page, sheet: string, address: string): Promise<unknown> =>
  page.evaluate(({ s, a }) => window.__sim!.workbook.sheet(s).cell(a).value, { s: sheet, a: address });

test('custom functions typed in the grid: =CASA.QUOTA_INDIGENZA(10;0,3) is 3, and more', async () => {
  const { page } = await browser.open('functions-in-grid', { file: 'workbench.html' });
  const registered = await page.evaluate(() => window.__sim!.functionNames());
  expect(registered).toEqual(
    expect.arrayContaining([
      'QUOTA_INDIGENZA',
      'SAT_ALLOCATION',
      'QUOTA_FORZE_POLIZIA',
      'QUOTA_POLIZIA_LOCALE',
      'DISPONIBILI',
      'PIANO',
    ]),
  );
  const sheet = await newSheet(page);
  expect(sheet).toBe('Foglio1');

  // The Italian form (';' between arguments, ',' for decimals) and the English one.
  await expect(typeInCell(page, 'B2', '=CASA.QUOTA_INDIGENZA(10;0,3)')).resolves.toBe('B2 = 3');
  await expect(cell(page, sheet, 'B2')).resolves.toBe(3);
  await expect(page.locator('td[data-address="B2"]').innerText()).resolves.toBe('3');
  await expect(typeInCell(page, 'B3', '=CASA.QUOTA_INDIGENZA(18,0.3)')).resolves.toBe('B3 = 6');
  // A cell reference and a default (25 %): MIN(5; ROUNDDOWN(18 x 25 %)) = 4.
  await typeInCell(page, 'A4', '18');
  await expect(typeInCell(page, 'B4', '=CASA.SAT_ALLOCATION(A4;5)')).resolves.toBe('B4 = 4');
  await expect(typeInCell(page, 'B5', '=CASA.QUOTA_INDIGENZA(A4;30%)+1')).resolves.toBe('B5 = 7');
  // Editing the referenced cell recomputes the function.
  await typeInCell(page, 'A4', '40');
  await page.waitForFunction(() => window.__sim!.workbook.sheet('Foglio1').cell('B4').value === 5);

  // A range spills, as in Excel.
  await typeInCell(page, 'D2', '10');
  await typeInCell(page, 'D3', '18');
  await typeInCell(page, 'D4', '4');
  await expect(typeInCell(page, 'E2', '=CASA.QUOTA_INDIGENZA(D2:D4;0,3)')).resolves.toBe('E2 = 3');
  await expect(page.evaluate(() => window.__sim!.workbook.sheet('Foglio1').values('E2:E4'))).resolves.toEqual([
    [3],
    [6],
    [2],
  ]);

  // A refused argument: the error code, and the explanation Excel shows in the cell's tooltip.
  const refused = await typeInCell(page, 'B7', '=CASA.QUOTA_INDIGENZA(10;30)');
  expect(refused).toMatch(/^B7: #NUM! .*30/);
  expect(refused).toMatch(/percentuale/);
  await expect(cell(page, sheet, 'B7')).resolves.toBe('#NUM!');

  // A click on the cell, then the formula bar, as with a mouse.
  await page.locator('td[data-address="C4"]').click();
  const bar = page.getByRole('textbox', { name: texts('it').workbench.formulaBar, exact: true });
  await bar.fill('=CASA.SAT_ALLOCATION(A4;5)');
  await bar.press('Enter');
  await excelStatus(page).getByText('C4 = 5', { exact: true }).waitFor();

  // The whole inventory table as a range: the dwellings available in 2022 in the sample.
  await expect(
    typeInCell(page, 'B9', `=CASA.DISPONIBILI(Inventario!${SAMPLE_TABLE.address};2022;"Comune di Cremona";"Cremona")`),
  ).resolves.toBe('B9 = 18');
});

test('the inventory named in the formula: =CASA.DISPONIBILI("Inventario";2022) follows an edit of the table', async () => {
  const { page } = await browser.open('functions-table-name', { file: 'workbench.html' });
  // A dwelling of the Comune di Cremona in Cremona, occupied: the clerk will mark it vacant.
  const grid = await inventoryGrid();
  const header = grid[0].map(String);
  const column = (name: string): number => header.indexOf(name);
  const row = grid.findIndex(
    (cells, index) =>
      index > 0 &&
      cells[column('Ente proprietario')] === 'Comune di Cremona' &&
      cells[column('Comune')] === 'Cremona' &&
      cells[column('Destinazione')] === 'SAP' &&
      cells[column('Stato alloggio')] === 'occupato',
  );
  expect(row).toBeGreaterThan(0);
  const statusCell = `${String.fromCharCode(65 + column('Stato alloggio'))}${row + 1}`;

  const sheet = await newSheet(page);
  const formula = '=CASA.DISPONIBILI("Inventario";2022;"Comune di Cremona";"Cremona")';
  // The same count as the range form (18), from the table read through the Excel API.
  await expect(typeInCell(page, 'B2', formula)).resolves.toBe('B2 = 18');
  await expect(typeInCell(page, 'B3', '=CASA.DISPONIBILI("inventario";2023)')).resolves.toMatch(/^B3 = \d+$/);

  // On the inventory's sheet, the clerk types "libero" over "occupato".
  await page.getByRole('tab', { name: 'Inventario', exact: true }).click();
  await expect(typeInCell(page, statusCell, 'libero')).resolves.toBe(`${statusCell} = libero`);
  // Excel does not call the formula again (its arguments did not change): the function hears
  // the table's change event, reads the table again and gives its new result.
  await page.waitForFunction((name) => window.__sim!.workbook.sheet(name).cell('B2').value === 19, sheet, {
    timeout: 10_000,
  });
  await page.getByRole('tab', { name: sheet, exact: true }).click();
  await expect(page.locator('td[data-address="B2"]').innerText()).resolves.toBe('19');
});

test('custom functions in English: messages in English', async () => {
  const { page } = await browser.open('functions-in-grid-english', { file: 'workbench.html', lang: 'en-US' });
  const sheet = await newSheet(page, 'en');
  expect(sheet).toBe('Sheet1');
  await expect(typeInCell(page, 'A1', '=CASA.QUOTA_INDIGENZA(10,0.3)', 'en')).resolves.toBe('A1 = 3');
  const refused = await typeInCell(page, 'A2', '=CASA.QUOTA_INDIGENZA(10,30)', 'en');
  // The argument named once, by its English name (issue #10: "The percentage percentuale is 30").
  expect(refused).toMatch(/^A2: #NUM! The argument percentage is 30, that is more than 100 %/);
});

// ---- (g) the functions found from the pane --------------------------------------------------

const FROM_PANE = [
  { width: 320, theme: 'light', language: 'it' },
  { width: 450, theme: 'dark', language: 'en' },
] as const;

test.each(FROM_PANE)(
  '(g) $width px, $theme, $language: "Funzioni" puts each example in the selected cell; a cell in use is refused',
  async ({ width, theme, language }) => {
    const suffix = `${width}-${theme}-${language}`;
    const { page } = await browser.open(`functions-pane-${suffix}`, {
      file: 'workbench.html',
      lang: language === 'en' ? 'en-US' : 'it-IT',
      theme,
      paneWidth: width,
      viewport: { width: width + 900, height: 800 },
    });
    const { app } = texts(language);
    const root = pane(page, language);
    await readSampleWithCremonaPreset(page, language);

    await root.getByRole('button', { name: app.functionsHeading, exact: true }).click();
    const list = root.getByRole('list', { name: app.functionsHeading, exact: true });
    const registered = await page.evaluate(() => window.__sim!.functionNames());
    await expect(list.getByRole('listitem').count()).resolves.toBe(registered.length);

    // An empty cell of a new sheet, then "Inserisci" on three examples, one cell after another.
    const sheet = await newSheet(page, language);
    const sep = language === 'en' ? ',' : ';';
    const examples = [
      { address: 'B2', formula: `=CASA.QUOTA_INDIGENZA(14${sep}20%${sep}10%)`, value: 5 },
      { address: 'B3', formula: `=CASA.SAT_ALLOCATION(18${sep}5)`, value: 4 },
      // The sample's dwellings available in 2022, from the inventory read.
      { address: 'B4', formula: `=CASA.DISPONIBILI(Inventario!${SAMPLE_TABLE.address}${sep}2022)`, value: 44 },
    ];
    for (const example of examples) {
      const nameBox = page.getByRole('textbox', { name: texts(language).workbench.nameBox, exact: true });
      await nameBox.fill(example.address);
      await nameBox.press('Enter');
      const item = list.getByRole('listitem').filter({ hasText: example.formula });
      await item.getByRole('button', { name: app.functionInsert, exact: true }).click();
      await footerStatus(page, language)
        .getByText(app.functionInserted({ formula: example.formula, address: `${sheet}!${example.address}` }), {
          exact: true,
        })
        .waitFor();
      await page.waitForFunction(({ s, a, v }) => window.__sim!.workbook.sheet(s).cell(a).value === v, {
        s: sheet,
        a: example.address,
        v: example.value,
      });
    }
    await paneScreenshot(page, `functions-${suffix}`, language);
    expect(await axeViolations(page, language)).toEqual([]);

    // B2 holds a formula now: nothing is written over it.
    const nameBox = page.getByRole('textbox', { name: texts(language).workbench.nameBox, exact: true });
    await nameBox.fill('B2');
    await nameBox.press('Enter');
    await list.getByRole('listitem').first().getByRole('button', { name: app.functionInsert, exact: true }).click();
    await root.getByRole('alert').getByText(app.functionInsertFailed).waitFor();
    await expect(page.evaluate((s) => window.__sim!.workbook.sheet(s).cell('B2').formula, sheet)).resolves.toBe(
      '=CASA.QUOTA_INDIGENZA(14,20%,10%)',
    );
    await paneScreenshot(page, `functions-${suffix}-refused`, language);
  },
);
