/**
 * (h) The help page shipped with the add-in (dist/help.html): the manifest's "Learn more" link and
 * the pane's "Guida". Italian and English, readable at a pane's width in light and dark, no axe
 * violation, nothing fetched; and every example it gives computes, in the workbench's grid, the
 * result it states.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { DIST } from '../workbench/paths';
import { RESULTS, axeViolations, excelStatus, pane, texts, useBrowser } from './support';

const browser = useBrowser();

const CONFIGURATIONS = [
  { width: 320, theme: 'light' },
  { width: 450, theme: 'dark' },
] as const;

test.each(CONFIGURATIONS)('(h) $width px, $theme: the help page in Italian and English', async ({ width, theme }) => {
  const { page } = await browser.open(`help-${width}-${theme}`, {
    file: 'help.html',
    colorScheme: theme,
    viewport: { width, height: 800 },
  });
  await page.getByRole('heading', { level: 2, name: 'Guida in italiano' }).waitFor();
  for (const name of ['Il pannello', 'Le funzioni', 'Il foglio del piano', 'Le regole', 'I vostri dati'])
    await page.getByRole('heading', { level: 3, name, exact: true }).waitFor();
  const english = page.locator('section[lang="en"]');
  await english.getByRole('heading', { level: 2, name: 'Help in English' }).waitFor();
  for (const name of ['The pane', 'The functions', 'The plan sheet', 'The rules', 'Your data'])
    await english.getByRole('heading', { level: 3, name, exact: true }).waitFor();
  // The English part carries its language, so that a screen reader reads it in English.
  await expect(english.getAttribute('lang')).resolves.toBe('en');
  // Every custom function is explained, in both languages.
  const registered = [
    ...readFileSync(path.join(__dirname, '../../src/functions/functions.ts'), 'utf8').matchAll(
      /@customfunction\s+([A-Z_]+)/g,
    ),
  ].map((match) => match[1]);
  for (const name of registered) {
    await expect(
      page
        .locator('section[lang="it"] table code')
        .filter({ hasText: `=CASA.${name}(` })
        .count(),
    ).resolves.toBeGreaterThan(0);
    await expect(
      english
        .locator('table code')
        .filter({ hasText: `=CASA.${name}(` })
        .count(),
    ).resolves.toBeGreaterThan(0);
  }
  // Nothing wider than a pane, nothing missing.
  await expect(
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).resolves.toBeLessThanOrEqual(0);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light =
    background
      .match(/\d+/g)!
      .slice(0, 3)
      .map(Number)
      .reduce((sum, value) => sum + value, 0) /
      3 >
    128;
  expect(light).toBe(theme === 'light');
  expect(await axeViolations(page, 'it', 'document')).toEqual([]);
  await page.screenshot({ path: path.join(RESULTS, `help-${width}-${theme}-it.png`) });
  await page.goto(`${page.url().split('#')[0]}#en`);
  await page.screenshot({ path: path.join(RESULTS, `help-${width}-${theme}-en.png`) });
});

test('(h) the manifest\'s "Learn more" opens the help page, in English for English Office', () => {
  const manifest = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
    readFileSync(path.join(DIST, 'manifest.xml'), 'utf8'),
  );
  const urls = manifest.OfficeApp.VersionOverrides.Resources['bt:Urls']['bt:Url'] as {
    id: string;
    DefaultValue: string;
    'bt:Override'?: { Locale: string; Value: string };
  }[];
  const learnMore = urls.find((url) => url.id === 'GetStarted.LearnMoreUrl')!;
  expect(learnMore.DefaultValue).toMatch(/\/help\.html$/);
  expect(learnMore['bt:Override']).toEqual({ Locale: 'en-US', Value: expect.stringMatching(/\/help\.html#en$/) });
  // Shipped (the build may minify it: quotes around attributes are optional in HTML).
  expect(readFileSync(path.join(DIST, 'help.html'), 'utf8')).toMatch(/<section lang="?en"? id="?en"?/);
});

test('(h) every example of the help page gives, in the grid, the result the page states', async () => {
  const { page } = await browser.open('help-examples', { file: 'workbench.html' });
  const { workbench } = texts('it');
  await pane(page).getByRole('link', { name: 'Guida' }).waitFor();
  const examples = await page.evaluate(async () => {
    const html = await (await fetch('help.html')).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    return [...page.querySelectorAll('section[lang="it"] tbody tr td:last-child')]
      .map((cell) => cell.textContent ?? '')
      .map((text) => text.match(/^(=CASA\.[^\s]+)\s*→\s*(\d+)$/))
      .filter((match): match is RegExpMatchArray => match !== null)
      .map((match) => ({ formula: match[1], value: Number(match[2]) }));
  });
  expect(examples.length).toBeGreaterThanOrEqual(4);
  await page.getByRole('button', { name: workbench.newSheet, exact: true }).click();
  const sheet = await page.evaluate(() => window.__sim!.workbook.activeSheet!);
  for (const [index, example] of examples.entries()) {
    const address = `A${index + 1}`;
    const nameBox = page.getByRole('textbox', { name: workbench.nameBox, exact: true });
    await nameBox.fill(address);
    await nameBox.press('Enter');
    const bar = page.getByRole('textbox', { name: workbench.formulaBar, exact: true });
    await bar.fill(example.formula);
    await bar.press('Enter');
    await excelStatus(page).getByText(`${address} = ${example.value}`, { exact: true }).waitFor();
    await expect(
      page.evaluate(({ s, a }) => window.__sim!.workbook.sheet(s).cell(a).value, { s: sheet, a: address }),
    ).resolves.toBe(example.value);
  }
});
