/**
 * Functions first, pane later: the custom functions and the ribbon command register from the
 * small entry (taskpane.js); the React pane is a separate chunk, requested only when the pane is
 * shown. Measures (printed, not asserted against a time: the machine is shared) the time until the
 * functions are registered and the time to the pane's first render, from the page's start.
 */
import type { Page } from 'playwright-core';
import { ribbon, useBrowser } from './support';

const browser = useBrowser();

const FUNCTIONS = ['QUOTA_INDIGENZA', 'SAT_ALLOCATION', 'QUOTA_FORZE_POLIZIA', 'DISPONIBILI', 'PIANO'];

/** The add-in's performance marks, in ms from the page's start (undefined when not reached). */
function marks(page: Page): Promise<Record<string, number | undefined>> {
  return page.evaluate(() => {
    const at = (name: string): number | undefined => performance.getEntriesByName(name)[0]?.startTime;
    return {
      functions: at('casa:functions-registered'),
      commands: at('casa:commands-registered'),
      paneRequested: at('casa:pane-requested'),
      paneRendered: at('casa:pane-rendered'),
    };
  });
}

/** The scripts the page requested, by file name. */
function scriptsOf(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.split('/').pop() ?? '');
  });
  return scripts;
}

test('the pane open at start: functions registered first, then the pane chunk renders', async () => {
  const { page } = await browser.open('startup-pane-open', { file: 'workbench.html' });
  const at = await marks(page);
  console.log(
    `Pane open at start: functions registered at ${at.functions?.toFixed(0)} ms, ribbon command at ` +
      `${at.commands?.toFixed(0)} ms, pane chunk requested at ${at.paneRequested?.toFixed(0)} ms, ` +
      `first render at ${at.paneRendered?.toFixed(0)} ms (from the page's start).`,
  );
  expect(at.functions).toBeDefined();
  expect(at.commands).toBeGreaterThanOrEqual(at.functions!);
  expect(at.paneRequested).toBeGreaterThanOrEqual(at.commands!);
  expect(at.paneRendered).toBeGreaterThan(at.paneRequested!);
  await expect(page.evaluate(() => window.__sim!.functionNames())).resolves.toEqual(expect.arrayContaining(FUNCTIONS));
});

test('the pane closed at start: functions and ribbon work without loading it; opening it loads it', async () => {
  const { page } = await browser.open('startup-pane-closed', { file: 'workbench.html', paneHidden: true });
  const scripts = scriptsOf(page);
  await expect(page.evaluate(() => window.__sim!.functionNames())).resolves.toEqual(expect.arrayContaining(FUNCTIONS));
  await page.evaluate(() => window.__workbench!.ready);
  // A formula is computed by the functions with the pane closed...
  const value = await page.evaluate(() => window.__sim!.invokeFunction('QUOTA_INDIGENZA', [[10]], 0.3, null));
  expect(value).toEqual([[3]]);
  // ...and nothing of the pane was loaded.
  const before = await marks(page);
  expect(before.functions).toBeDefined();
  expect(before.commands).toBeDefined();
  expect(before.paneRequested).toBeUndefined();
  const loaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop() ?? ''),
  );
  expect(loaded.filter((name) => /^pane\..*\.js$/.test(name))).toEqual([]);
  expect(await page.locator('#root main').count()).toBe(0);

  // Home > Apri il pannello: the chunk is requested now, and the pane renders.
  await ribbon(page).getByRole('button', { name: 'Apri il pannello', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('#root main') !== null);
  expect(scripts.filter((name) => /^pane\..*\.js$/.test(name))).toHaveLength(1);
  const after = await marks(page);
  expect(after.paneRendered).toBeGreaterThan(after.paneRequested!);
  console.log(
    `Pane closed at start: functions registered at ${after.functions?.toFixed(0)} ms; pane opened by the ` +
      `ribbon: chunk requested at ${after.paneRequested?.toFixed(0)} ms, first render ` +
      `${(after.paneRendered! - after.paneRequested!).toFixed(0)} ms later.`,
  );
});
