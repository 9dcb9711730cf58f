/**
 * (f) The Comune capofila's workflow in the pane (issue #11), as a clerk takes it, at 320 and 450
 * px: read the sample inventory with the Cremona 2022 preset; prepare one owner's communication
 * (Excel.createWorkbook); import the owners' communications of assets/comunicazioni (their sheets
 * added to the workbook, Workbook.insertWorksheetsFromBase64); merge them (who answered, who is
 * late, who is missing, the conflict naming both files); prepare the missing owners'
 * communications in one go; compare a scenario; make it the plan; create the plan with the
 * "Comunicazioni" and "Confronto scenari" sheets. The figures are the command line's for the
 * same files and choices. Pictures in test-results/e2e/ambito-<width>-<moment>.png.
 * Then an older Excel: no import (a sentence says what to do), the communication downloaded.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { main, type Io } from '../../src/cli/main';
import { INDIGENZA } from '../../src/core/quota';
import { decodeXlsx } from '../sim/decode-xlsx';
import { sampleCommunicationFiles, showCapofilaSteps } from '../workbench/flows';
import { ROOT } from '../workbench/paths';
import {
  footerStatus,
  pane,
  paneScreenshot,
  previewFigures,
  previewTotals,
  readSampleWithCremonaPreset,
  texts,
  useBrowser,
} from './support';

const browser = useBrowser();

const FOLDER = path.join(ROOT, 'assets', 'comunicazioni');
const FILES = sampleCommunicationFiles();
const SCENARIO = { nome: 'Cremona +20%', valori: 'Comune di Cremona:maggiorazione=20%' };

interface JsonGroup {
  ente: string;
  comune: string;
  disponibili: number;
  sat: { richiesti: number; consentiti: number };
}
interface JsonPlan {
  totali: Record<string, number>;
  gruppi: JsonGroup[];
  entiMancanti: string[];
  problemi: { messaggio: string }[];
  scenari?: { nome: string; totali: Record<string, number> }[];
}

/** The command line's plan of the same files, with the same preset and scenario. */
async function commandLine(extra: string[] = []): Promise<JsonPlan> {
  const out: string[] = [];
  const io: Io = {
    out: (text) => out.push(text),
    err: () => undefined,
    progress: false,
    now: () => new Date(Date.UTC(2021, 10, 20)),
    cwd: mkdtempSync(path.join(tmpdir(), 'casa-ambito-e2e-')),
  };
  const args = [FOLDER, '--preset', 'cremona-2022', '--anno', '2022', '--json', '-o', 'piano.xlsx', ...extra];
  const code = await main(args, io);
  if (code !== 0) throw new Error(`casa-piano ${args.join(' ')}: exit ${code}`);
  return JSON.parse(out.join('\n')) as JsonPlan;
}

const opened = (page: Page): Promise<string[]> => page.evaluate(() => [...window.__sim!.openedWorkbooks]);

/** Scrolls the pane so that `locator` is at its top, then takes the pane's picture. */
async function pictureAt(page: Page, name: string, heading: string, language: 'it' | 'en' = 'it'): Promise<void> {
  await pane(page, language)
    .getByRole('heading', { name: heading, exact: true })
    .evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await paneScreenshot(page, name, language);
}

let cli: JsonPlan;
let cliScenario: JsonPlan;
beforeAll(async () => {
  cli = await commandLine(['--scenario', `${SCENARIO.nome}:${SCENARIO.valori}`]);
  cliScenario = await commandLine([
    '--scenario',
    `${SCENARIO.nome}:${SCENARIO.valori}`,
    '--usa-scenario',
    SCENARIO.nome,
  ]);
}, 120_000);

test.each([450, 320])(
  '(f) %i px: prepare, import, merge, who is missing, compare, use a scenario, create',
  async (width) => {
    const { page } = await browser.open(`ambito-${width}`, {
      paneWidth: width,
      viewport: { width: width + 900, height: 900 },
    });
    const { app } = texts('it');
    const root = pane(page);
    await readSampleWithCremonaPreset(page);

    // The capofila's steps are not on the single inventory's path (layout.e2e.ts measures it)
    // until asked for from step 1; then step 4 opens, step 5 stays closed.
    await expect(root.locator('[data-step="communications"], [data-step="scenarios"]').count()).resolves.toBe(0);
    await root.getByRole('button', { name: app.sourceHeading, exact: true }).click();
    await root.getByRole('button', { name: app.ambitoLink, exact: true }).waitFor();
    await pictureAt(page, `ambito-${width}-0-invite`, app.sourceHeading);
    await showCapofilaSteps(page);
    await expect(
      root.getByRole('button', { name: app.communicationsHeading, exact: true }).getAttribute('aria-expanded'),
    ).resolves.toBe('true');
    await expect(
      root.getByRole('button', { name: app.scenariosHeading, exact: true }).getAttribute('aria-expanded'),
    ).resolves.toBe('false');

    // Prepare: the Comune di Cremona's communication, its dwellings from the inventory read.
    await root.getByRole('combobox', { name: app.prepareOwnerLabel }).fill('Comune di Cremona');
    await root.getByRole('button', { name: app.prepareButton, exact: true }).click();
    const fileName = 'Comunicazione 2022 - Comune di Cremona.xlsx';
    await root.getByText(new RegExp(`^«${fileName.replace(/\./g, '\\.')}» \\(\\d+ alloggi\\) è aperta`)).waitFor();
    const [prepared] = await opened(page);
    const book = await decodeXlsx(prepared);
    const sheetNames = book.sheets.map((sheet) => sheet.name);
    expect(sheetNames).toContain("Scelte dell'ente");
    // Its dwellings are the Comune di Cremona's rows of the sample, and nobody else's.
    const dwellings = book.sheets.find(
      (sheet) => sheet.name !== "Scelte dell'ente" && sheet.cells.some((row) => row.includes('Comune di Cremona')),
    )!;
    const ownerColumn = dwellings.cells[0].findIndex((cell) => /ente proprietario/i.test(String(cell)));
    const owners = new Set(
      dwellings.cells
        .slice(1)
        .map((row) => row[ownerColumn])
        .filter((cell) => cell !== null),
    );
    expect([...owners]).toEqual(['Comune di Cremona']);
    await pictureAt(page, `ambito-${width}-1-prepare`, app.prepareHeading);

    // Import: the five files received; their sheets are added at the end of the workbook.
    const before = await page.evaluate(() => window.__sim!.workbook.sheetNames());
    await root.locator('input[type="file"]').setInputFiles(FILES);
    await root.getByText(new RegExp(`^${FILES.length} file importati: \\d+ fogli aggiunti\\.$`)).waitFor();
    const after = await page.evaluate(() => window.__sim!.workbook.sheetNames());
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length + FILES.length);

    // The communications are merged, not the inventory read too (its dwellings would be counted twice).
    await expect(root.getByRole('checkbox', { name: /^Inventario letto:/ }).isChecked()).resolves.toBe(false);
    await root.getByText(app.inventoryUnticked).waitFor();
    await root.getByRole('button', { name: app.mergeButton, exact: true }).click();
    const ownersList = root.getByRole('list', { name: app.ownersHeading });
    await ownersList.waitFor();
    const lines = (await ownersList.getByRole('listitem').allInnerTexts()).map((line) => line.replace(/\s+/g, ' '));
    expect(lines).toContainEqual(expect.stringMatching(/^Comune di Persico Dosimo: mancante$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Comune di Spinadesco: mancante$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Comune di Sesto ed Uniti: in ritardo \(12\/11\/2021\)/));
    expect(lines).toContainEqual(expect.stringMatching(/^Comune di Cremona: ricevuta \(27\/10\/2021\) - \d+ alloggi$/));
    // The same dwelling in two communications: one problem naming both files.
    const problems = await root
      .getByRole('list', { name: /problemi? nelle comunicazioni$/ })
      .getByRole('listitem')
      .allInnerTexts();
    const conflicts = problems.filter((problem) => /CV-010 compare anche/.test(problem));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatch(/Comune di Castelverde\.xlsx.*ALER Brescia-Cremona-Mantova\.xlsx/);
    expect(problems.length).toBe(cli.problemi.length);

    // The preview is the merged plan, the command line's for the same files and preset.
    const totals = new Map(await previewTotals(page));
    expect(totals.get(app.figureDisponibili)).toBe(String(cli.totali.disponibili));
    const castelverde = cli.gruppi.find((group) => group.ente === 'Comune di Castelverde')!;
    expect(castelverde.disponibili).toBe(3);
    // Every group's available dwellings, card by card (the first figure of each card).
    for (const group of cli.gruppi) {
      const [first] = await previewFigures(page, group.ente, group.comune);
      expect([group.ente, group.comune, first?.[1]]).toEqual([group.ente, group.comune, String(group.disponibili)]);
    }
    await pictureAt(page, `ambito-${width}-2-merged`, app.ownersHeading);

    // The owners who have not answered: their empty communications in one go.
    expect(cli.entiMancanti).toEqual(['Comune di Persico Dosimo', 'Comune di Spinadesco']);
    await root.getByRole('button', { name: app.prepareMissingButton({ count: 2 }), exact: true }).click();
    await root
      .getByText(/^«Comunicazione 2022 - Comune di Spinadesco\.xlsx» \(tabella degli alloggi vuota\) è aperta/)
      .waitFor();
    expect(await opened(page)).toHaveLength(3);

    // Scenarios: one more, compared with the plan in a compact table.
    await root.getByRole('button', { name: app.scenariosHeading, exact: true }).click();
    await root.getByRole('textbox', { name: app.scenarioName({ index: 1 }) }).fill(SCENARIO.nome);
    await root.getByRole('textbox', { name: app.scenarioValues({ index: 1 }) }).fill(SCENARIO.valori);
    await root.getByRole('button', { name: app.compareButton, exact: true }).click();
    const table = root.getByRole('table', { name: app.comparisonTotals });
    await table.waitFor();
    const scenarioTotals = cli.scenari!.find((scenario) => scenario.nome === SCENARIO.nome)!.totali;
    const rows = await table.getByRole('row').allInnerTexts();
    const indigenza = rows
      .find((row) => row.trim().startsWith(INDIGENZA.label.it))
      ?.trim()
      .split(/\s+/);
    expect(indigenza?.slice(-2)).toEqual([String(cli.totali.indigenza), String(scenarioTotals.indigenza)]);
    expect(scenarioTotals.indigenza).toBeGreaterThan(cli.totali.indigenza);
    await pictureAt(page, `ambito-${width}-3-scenarios`, app.scenariosHeading);

    // "Usa come piano": the preview and "Crea piano" follow the scenario.
    await root.getByRole('button', { name: app.useScenario({ name: SCENARIO.nome }), exact: true }).click();
    await root
      .getByText(app.scenarioPreview({ name: SCENARIO.nome }))
      .first()
      .waitFor();
    const chosenTotals = new Map(await previewTotals(page));
    expect(chosenTotals.get(app.figureDisponibili)).toBe(String(cliScenario.totali.disponibili));

    await root.getByRole('button', { name: app.createButton, exact: true }).click();
    await footerStatus(page)
      .getByText(app.createdSheets({ sheetNames: ['Piano 2022', 'Comunicazioni', 'Confronto scenari'] }))
      .waitFor();
    const written = await page.evaluate(() => window.__sim!.workbook.sheetNames());
    expect(written.slice(-3)).toEqual(['Piano 2022', 'Comunicazioni', 'Confronto scenari']);
    const ownersSheet = await page.evaluate(() => window.__sim!.workbook.sheet('Comunicazioni').values('A1:D20'));
    expect(ownersSheet.map((row) => row.slice(0, 3))).toContainEqual(['Comune di Spinadesco', 'Comune', 'MANCANTE']);
    await pictureAt(page, `ambito-${width}-4-created`, app.previewHeading({ year: 2022 }));

    // No stale plan (issue #9): a communication corrected after "Unisci" is read again by "Crea
    // piano". Castelverde's CV-001, occupied, is free after all: nothing is written at the first
    // press, the preview shows the data as they are now; the second press writes them.
    const castelverdeSheet = await page.evaluate(() => {
      const workbook = window.__sim!.workbook;
      // An imported "Alloggi" sheet (the inventory read holds a CV-001 too, under a title).
      for (const name of workbook.sheetNames().filter((sheet) => sheet.startsWith('Alloggi'))) {
        const cells = workbook.sheet(name).used();
        if (cells[0]?.[0] !== 'Codice alloggio') continue;
        const row = cells.findIndex((line) => line[0] === 'CV-001');
        if (row >= 0) return { name, row: row + 1, column: cells[0].indexOf('Stato') };
      }
      return undefined;
    });
    expect(castelverdeSheet).toBeDefined();
    const { name: cvSheet, row: cvRow, column: cvColumn } = castelverdeSheet!;
    await page.evaluate(({ sheet, address }) => window.__sim!.workbook.sheet(sheet).edit(address, [['libero']]), {
      sheet: cvSheet,
      address: `${String.fromCharCode(65 + cvColumn)}${cvRow}`,
    });
    const sheetsBefore = await page.evaluate(() => window.__sim!.workbook.sheetNames());
    await root.getByRole('button', { name: app.createButton, exact: true }).click();
    await root.getByTestId('pane-footer').getByText(app.communicationsChanged).waitFor();
    await expect(page.evaluate(() => window.__sim!.workbook.sheetNames())).resolves.toEqual(sheetsBefore);
    const [castelverdeNow] = await previewFigures(page, 'Comune di Castelverde', 'Castelverde');
    expect(castelverdeNow?.[1]).toBe(String(castelverde.disponibili + 1));
    expect(new Map(await previewTotals(page)).get(app.figureDisponibili)).toBe(
      String(cliScenario.totali.disponibili + 1),
    );
    await pictureAt(page, `ambito-${width}-5-changed`, app.previewHeading({ year: 2022 }));

    await root.getByRole('button', { name: app.createButton, exact: true }).click();
    await footerStatus(page)
      .getByText(app.createdSheets({ sheetNames: ['Piano 2022 (2)', 'Comunicazioni (2)', 'Confronto scenari (2)'] }))
      .waitFor();
    // The plan written again: in Castelverde's group row, one dwelling more where the first plan had 3.
    const castelverdeRows = (sheet: string): Promise<unknown[][]> =>
      page.evaluate(
        (name) =>
          window
            .__sim!.workbook.sheet(name)
            .used()
            .filter((line) => line[0] === 'Comune di Castelverde' && line[1] === 'Castelverde'),
        sheet,
      );
    const first = await castelverdeRows('Piano 2022');
    const corrected = await castelverdeRows('Piano 2022 (2)');
    expect(corrected).toHaveLength(first.length);
    const changed = first.flatMap((line, row) =>
      line.flatMap((value, column) => (value === corrected[row][column] ? [] : [[value, corrected[row][column]]])),
    );
    expect(changed).toContainEqual([castelverde.disponibili, castelverde.disponibili + 1]);
  },
  240_000,
);

test('(f) an older Excel: no import (what to do instead), the communication is downloaded', async () => {
  const { page } = await browser.open('ambito-older-excel', {
    excelApi: '1.7',
    paneWidth: 320,
    viewport: { width: 1220, height: 900 },
  });
  const { app } = texts('it');
  const root = pane(page);
  await readSampleWithCremonaPreset(page);
  await showCapofilaSteps(page);
  await root.getByText(app.importUnavailable).waitFor();
  await expect(root.locator('input[type="file"]').count()).resolves.toBe(0);

  await root.getByRole('combobox', { name: app.prepareOwnerLabel }).fill('Comune di Castelverde');
  await root.getByRole('button', { name: app.prepareButton, exact: true }).click();
  await root.getByText(/^«Comunicazione 2022 - Comune di Castelverde\.xlsx» \(\d+ alloggi?\) è pronta\.$/).waitFor();
  expect(await opened(page)).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    root
      .getByRole('button', { name: app.downloadLink({ file: 'Comunicazione 2022 - Comune di Castelverde.xlsx' }) })
      .click(),
  ]);
  expect(download.suggestedFilename()).toBe('Comunicazione 2022 - Comune di Castelverde.xlsx');
  await pictureAt(page, 'ambito-320-older-excel', app.prepareHeading);
});
