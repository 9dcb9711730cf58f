/**
 * What the browser scenarios share: one Chromium per test file, one page per test, and after
 * each test a screenshot in test-results/e2e/<name>.png and the checks that the page attempted
 * no request off this computer and threw no uncaught exception. Also the expected plan,
 * computed here with the engine (src/core) from the same sample the page holds.
 */
import { readFileSync } from 'node:fs';
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
import { SAMPLE_TABLE, pane, texts } from '../workbench/flows';

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
  applyCremonaPreset,
  createPlanInPane,
  excelStatus,
  footerStatus,
  pane,
  previewFigures,
  previewTotals,
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

// ---- accessibility and layout --------------------------------------------------------------

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** An axe-core violation as a line a person can act on: rule, impact, where. */
export interface AxeFinding {
  rule: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2 A/AA and best practices) on the task pane of the page, as it is now. The
 * script is injected from node_modules: nothing is fetched.
 */
export async function axeViolations(
  page: Page,
  language: 'it' | 'en' = 'it',
  scope: 'pane' | 'document' = 'pane',
): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const name = scope === 'pane' ? texts(language).workbench.taskPane : undefined;
  return page.evaluate(async (paneName) => {
    const root = paneName ? document.querySelector(`[role="group"][aria-label="${paneName}"]`) : document;
    if (!root) throw new Error(`no task pane "${paneName}" in the page`);
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(root, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, name);
}

/** Heights of the pane (the workbench's task pane column) and of what the clerk sees first. */
export interface PaneMeasure {
  /** The pane's visible height and its whole scrolling height. */
  clientHeight: number;
  scrollHeight: number;
  /** The footer's box, relative to the pane's top, with the pane scrolled to the top. */
  footerTop: number;
  footerBottom: number;
  /** The preview step's heading and its first card (the totals), relative to the pane's top. */
  previewTop: number;
  firstCardBottom: number;
}

export async function measurePane(page: Page, language: 'it' | 'en' = 'it'): Promise<PaneMeasure> {
  const { app, workbench } = texts(language);
  return page.evaluate(
    ({ paneName, totalName }) => {
      const root = document.querySelector<HTMLElement>(`[role="group"][aria-label="${paneName}"]`)!;
      root.scrollTop = 0;
      const top = root.getBoundingClientRect().top;
      const footer = root.querySelector('[data-testid="pane-footer"]')!.getBoundingClientRect();
      const preview = root.querySelector('[data-step="preview"]')!.getBoundingClientRect();
      const total = [...root.querySelectorAll('table')].find(
        (table) => document.getElementById(table.getAttribute('aria-labelledby') ?? '')?.textContent === totalName,
      );
      const card = (total?.parentElement ?? total)!.getBoundingClientRect();
      return {
        clientHeight: root.clientHeight,
        scrollHeight: root.scrollHeight,
        footerTop: footer.top - top,
        footerBottom: footer.bottom - top,
        previewTop: preview.top - top,
        firstCardBottom: card.bottom - top,
      };
    },
    { paneName: workbench.taskPane, totalName: app.totalRow },
  );
}

/** A picture of the task pane alone (its visible part), in test-results/e2e/<name>.png. */
export async function paneScreenshot(page: Page, name: string, language: 'it' | 'en' = 'it'): Promise<void> {
  // No hover highlight left where the last click was.
  await page.mouse.move(page.viewportSize()!.width - 5, page.viewportSize()!.height - 5);
  await pane(page, language).screenshot({ path: path.join(RESULTS, `${name}.png`), animations: 'disabled' });
}
