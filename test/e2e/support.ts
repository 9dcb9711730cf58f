/**
 * What the browser scenarios share: one Chromium per test file, one page per test, and after
 * each test a screenshot in test-results/e2e/<name>.png and the checks that the page attempted
 * no request off this computer and threw no uncaught exception. Also the expected plan,
 * computed here with the engine (src/core) from the same sample the page holds.
 */
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { presetById } from '../../src/core/plan/presets';
import { planFromGrid, planSheetLayout } from '../../src/core/pipeline';
import type { SheetLayout } from '../../src/core/sheet/types';
import type { Plan } from '../../src/core/plan/plan';
import {
  type BrowserSession,
  type OpenOptions,
  type OpenedPage,
  launchBrowser,
  openPage,
  screenshot,
} from '../workbench/browser';
import { ROOT } from '../workbench/paths';
import { readSampleWorkbook } from '../workbench/sample-grid';
import { SAMPLE_TABLE } from '../workbench/flows';

export const RESULTS = path.join(ROOT, 'test-results/e2e');

export function baseUrl(): string {
  const url = process.env.CASA_E2E_URL;
  if (!url)
    throw new Error(
      'CASA_E2E_URL is not set: run the browser tests with `npm run test:e2e` (jest -c jest.e2e.config.js).',
    );
  return url;
}

export interface Harness {
  /** Opens the page for a scenario; its screenshot is saved as `<name>.png` after the test. */
  open(name: string, options?: OpenOptions): Promise<OpenedPage>;
}

/** Call at the top of a test file. */
export function useBrowser(): Harness {
  let session: BrowserSession | undefined;
  /**
   * The launch itself, kept so that afterAll closes the browser even when beforeAll gave up
   * waiting for it (a hook timeout on a busy machine) and the launch finished afterwards.
   */
  let launching: Promise<BrowserSession> | undefined;
  let current: { name: string; opened: OpenedPage } | undefined;

  beforeAll(async () => {
    launching = launchBrowser();
    session = await launching;
  });
  // Closing has its own time limit: a file whose tests have a short one still closes its browser.
  afterAll(async () => {
    const started = await launching?.catch(() => undefined);
    await started?.close();
  }, 60_000);
  afterEach(async () => {
    if (!current || !session) return;
    const { name, opened } = current;
    current = undefined;
    await screenshot(opened.page, path.join(RESULTS, `${name}.png`)).catch(() => undefined);
    const outside = [...session.outside];
    await opened.page.close();
    // Part of every scenario: nothing leaves the computer, and the bundle ran without exceptions.
    expect({ outsideRequests: outside, pageErrors: opened.pageErrors }).toEqual({
      outsideRequests: [],
      pageErrors: [],
    });
  });

  return {
    async open(name, options) {
      if (!session) throw new Error('the browser did not start');
      const opened = await openPage(session, baseUrl(), options);
      current = { name, opened };
      return opened;
    },
  };
}

// ---- the sample and the expected plan ----------------------------------------------------

let sampleGrid: Promise<unknown[][]> | undefined;

/** The sample inventory's table exactly as the page's simulated workbook holds it. */
export function inventoryGrid(): Promise<unknown[][]> {
  sampleGrid ??= readSampleWorkbook().then((workbook) => {
    const sheet = workbook.sheets.find((s) => s.name === SAMPLE_TABLE.sheet);
    if (!sheet) throw new Error('the sample has no sheet Inventario');
    const width = Math.max(...sheet.values.map((row) => row.length));
    return sheet.values.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
  });
  return sampleGrid;
}

export interface Expected {
  plan: Plan;
  layout: SheetLayout;
}

/** The plan and plan sheet of the sample with the Cremona 2022 preset, as the pane makes them. */
export async function expectedCremona(language: 'it' | 'en' = 'it'): Promise<Expected> {
  const grid = await inventoryGrid();
  const outcome = planFromGrid(
    { grid, headerRow: 1, sheetName: SAMPLE_TABLE.sheet },
    presetById('cremona-2022')!.params(2022),
  );
  if (!outcome.plan || !outcome.fingerprint) throw new Error('the sample gives no plan');
  const layout = planSheetLayout(
    { plan: outcome.plan, fingerprint: outcome.fingerprint },
    { language, generatedAt: new Date() },
  );
  return { plan: outcome.plan, layout };
}

/** The layout's content as Range.formulas shows it ('' for empty cells). */
export function layoutFormulas(layout: SheetLayout): unknown[][] {
  return layout.cells.map((row) => row.map((cell) => cell?.formula ?? cell?.value ?? ''));
}

/** Rows to compare: all but the generation line (it carries the time of day). */
export const GENERATION_ROW = 3;
export const withoutGenerationRow = <T>(rows: T[]): T[] => rows.filter((_, index) => index !== GENERATION_ROW - 1);

// ---- the page ------------------------------------------------------------------------------

export {
  SAMPLE_TABLE,
  createPlanInPane,
  pane,
  previewFigures,
  readSampleWithCremonaPreset,
  ribbon,
  texts,
} from '../workbench/flows';

/** What the simulated workbook holds in a sheet, read in the page. */
export interface SheetSnapshot {
  names: string[];
  active: string | undefined;
  formulas: unknown[][];
  values: unknown[][];
  merges: string[];
  columnWidths: Record<string, number>;
  frozenRows: number;
}

export function sheetSnapshot(page: Page, sheetName: string, address: string): Promise<SheetSnapshot> {
  return page.evaluate(
    ({ name, range }) => {
      const workbook = window.__sim!.workbook;
      const sheet = workbook.sheet(name);
      return {
        names: workbook.sheetNames(),
        active: workbook.activeSheet,
        formulas: sheet.formulas(range),
        values: sheet.values(range),
        merges: sheet.merges,
        columnWidths: sheet.columnWidths,
        frozenRows: sheet.frozenRows,
      };
    },
    { name: sheetName, range: address },
  );
}
