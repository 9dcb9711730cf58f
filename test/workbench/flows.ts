/**
 * The task pane's steps as a clerk takes them, by accessible role and visible name (the
 * add-in's own strings, src/taskpane/i18n/strings.ts): shared by the end-to-end tests and the
 * README's screenshots. No jest here.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { presetById } from '../../src/core/plan/presets';
import { stringsFor, type Strings } from '../../src/taskpane/i18n/strings';
import { ROOT } from './paths';
import { WORKBENCH_EN, WORKBENCH_IT, type WorkbenchStrings } from './strings';

export const SAMPLE_TABLE = { name: 'Inventario', sheet: 'Inventario', address: 'A1:M181', rows: 180 };

export function texts(language: 'it' | 'en'): { app: Strings; workbench: WorkbenchStrings } {
  return { app: stringsFor(language), workbench: language === 'en' ? WORKBENCH_EN : WORKBENCH_IT };
}

/** The task pane, by its landmark: the add-in's own controls are found inside it. */
export function pane(page: Page, language: 'it' | 'en' = 'it'): Locator {
  return page.getByRole('group', { name: texts(language).workbench.taskPane, exact: true });
}

/** The workbench's ribbon. */
export function ribbon(page: Page, language: 'it' | 'en' = 'it'): Locator {
  return page.getByRole('toolbar', { name: texts(language).workbench.ribbon, exact: true });
}

/**
 * Applies the Cremona 2022 preset as a clerk does: "Riempi da un modello", the preset, its own
 * year (the workbench proposes next year's plan), "Applica il modello".
 */
export async function applyCremonaPreset(page: Page, language: 'it' | 'en' = 'it'): Promise<void> {
  const { app } = texts(language);
  const root = pane(page, language);
  const preset = presetById('cremona-2022')!;
  const label = preset.label[language];
  await root.getByRole('button', { name: app.presetsButton, exact: true }).click();
  await root.getByRole('radio', { name: new RegExp(`^${label}`) }).check();
  const year = preset.params(2022).anno;
  const takeYear = root.getByRole('checkbox', { name: new RegExp(`${year}`) });
  if ((await takeYear.count()) > 0) await takeYear.check();
  await root.getByRole('button', { name: app.presetApply, exact: true }).click();
  await root.getByRole('button', { name: app.presetUndo, exact: true }).waitFor();
}

/** The workbench's status bar (Excel's), not the pane's. */
export function excelStatus(page: Page, language: 'it' | 'en' = 'it'): Locator {
  return page.getByRole('region', { name: texts(language).workbench.workbook, exact: true }).getByRole('status');
}

/** The footer's live region: the outcome of the last action. */
export function footerStatus(page: Page, language: 'it' | 'en' = 'it'): Locator {
  return pane(page, language).getByTestId('pane-footer').getByRole('status');
}

/**
 * The pane's first steps: choose the sample table, fill the parameters from the Cremona 2022
 * preset, read the inventory and wait for the preview.
 */
export async function readSampleWithCremonaPreset(page: Page, language: 'it' | 'en' = 'it'): Promise<void> {
  const { app } = texts(language);
  const root = pane(page, language);
  const table = app.sourceTable({
    name: SAMPLE_TABLE.name,
    address: `${SAMPLE_TABLE.sheet}!${SAMPLE_TABLE.address}`,
    rows: SAMPLE_TABLE.rows,
  });
  await root.getByRole('combobox', { name: app.sourceLabel }).selectOption({ label: table });
  await applyCremonaPreset(page, language);
  await root.getByRole('button', { name: app.readButton, exact: true }).click();
  await footerStatus(page, language)
    .getByText(app.readDone({ address: `${SAMPLE_TABLE.sheet}!${SAMPLE_TABLE.address}`, rows: SAMPLE_TABLE.rows }))
    .waitFor();
  await root.getByRole('list', { name: app.tableCaption }).waitFor();
}

/**
 * The figures of the preview's card for one owner and comune, by label ("Disponibili" -> "18"):
 * the card's table, found by its name inside the list "Quote per ente proprietario e comune",
 * read row by row (row header, cell).
 */
export async function previewFigures(
  page: Page,
  ente: string,
  comune: string,
  language: 'it' | 'en' = 'it',
): Promise<[string, string][]> {
  const { app } = texts(language);
  const list = pane(page, language).getByRole('list', { name: app.tableCaption, exact: true });
  return tableFigures(list.getByRole('table', { name: app.groupLabel({ ente, comune }), exact: true }));
}

/** The figures of the preview's first card, the Ambito's totals. */
export async function previewTotals(page: Page, language: 'it' | 'en' = 'it'): Promise<[string, string][]> {
  const { app } = texts(language);
  return tableFigures(pane(page, language).getByRole('table', { name: app.totalRow, exact: true }));
}

async function tableFigures(table: Locator): Promise<[string, string][]> {
  const labels = await table.getByRole('rowheader').allInnerTexts();
  const values = await table.getByRole('cell').allInnerTexts();
  if (labels.length !== values.length) throw new Error(`${labels.length} labels, ${values.length} figures`);
  return labels.map((label, index) => [label.trim(), values[index].replace(/\s+/g, ' ').trim()]);
}

/** Clicks the pane's "Crea piano" and waits for its confirmation in the footer's live region. */
export async function createPlanInPane(page: Page, sheetName: string, language: 'it' | 'en' = 'it'): Promise<void> {
  const { app } = texts(language);
  const root = pane(page, language);
  await root.getByRole('button', { name: app.createButton, exact: true }).click();
  await footerStatus(page, language).getByText(app.created({ sheetName })).waitFor();
}

/** The sample Ambito's communications as the capofila receives them (assets/comunicazioni). */
export function sampleCommunicationFiles(): string[] {
  const folder = path.join(ROOT, 'assets', 'comunicazioni');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.xlsx'))
    .sort()
    .map((name) => path.join(folder, name));
}

/**
 * The capofila's steps (4 and 5), hidden until asked for: reopens step 1 when it is closed and
 * follows its link; step 4 opens.
 */
export async function showCapofilaSteps(page: Page, language: 'it' | 'en' = 'it'): Promise<void> {
  const { app } = texts(language);
  const root = pane(page, language);
  const step = root.getByRole('button', { name: app.communicationsHeading, exact: true });
  if ((await step.count()) > 0) {
    if ((await step.getAttribute('aria-expanded')) !== 'true') await step.click();
    return;
  }
  const first = root.getByRole('button', { name: app.sourceHeading, exact: true });
  if ((await first.getAttribute('aria-expanded')) !== 'true') await first.click();
  await root.getByRole('button', { name: app.ambitoLink, exact: true }).click();
  await step.waitFor();
}

/**
 * The capofila's step (4): shows it, imports `files` with "Importa comunicazioni" (their sheets
 * added to the workbook), merges them ("Unisci nel piano") and waits for the owners' list.
 */
export async function importAndMergeCommunications(
  page: Page,
  files: string[],
  language: 'it' | 'en' = 'it',
): Promise<void> {
  const { app } = texts(language);
  const root = pane(page, language);
  await showCapofilaSteps(page, language);
  await root.locator('input[type="file"]').setInputFiles(files);
  await root.getByText(new RegExp(`^${app.importDone({ files: files.length, sheets: 0 }).split(':')[0]}:`)).waitFor();
  await root.getByRole('button', { name: app.mergeButton, exact: true }).click();
  await root.getByRole('list', { name: app.ownersHeading, exact: true }).waitFor();
}
