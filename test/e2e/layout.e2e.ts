/**
 * (e) The pane as a clerk sees it after reading the sample with the Cremona 2022 preset, at the
 * widths Excel gives a task pane (320 and 450 px), in Office's light and dark themes, in Italian
 * and English: the steps closed to one line each, the footer with "Crea piano" in view, the
 * preview's first screen above it, the whole pane within three screens, and no axe-core
 * violation. Pictures of the pane for each, in test-results/e2e/pane-<width>-<theme>-<lang>.png (as
 * it opens after reading) and ...-end.png (scrolled to the end).
 */
import {
  axeViolations,
  footerStatus,
  measurePane,
  pane,
  paneScreenshot,
  readSampleWithCremonaPreset,
  texts,
  useBrowser,
  type PaneMeasure,
  SAMPLE_TABLE,
} from './support';

const browser = useBrowser();

/** The height Excel gives the pane on a small laptop screen. */
const HEIGHT = 700;
const SCREENS = 3;

const CONFIGURATIONS = [320, 450].flatMap((width) =>
  (['light', 'dark'] as const).flatMap((theme) =>
    (['it', 'en'] as const).map((language) => ({ width, theme, language })),
  ),
);

const measures: Record<string, PaneMeasure> = {};

afterAll(() => {
  // The figures behind the assertions, for the report.
  console.log(
    Object.entries(measures)
      .map(
        ([name, m]) =>
          `${name}: pane ${m.scrollHeight} px (${(m.scrollHeight / m.clientHeight).toFixed(2)} screens of ${m.clientHeight}), ` +
          `footer ${Math.round(m.footerTop)}-${Math.round(m.footerBottom)}, preview from ${Math.round(m.previewTop)}, ` +
          `first card ends ${Math.round(m.firstCardBottom)}`,
      )
      .join('\n'),
  );
});

test.each(CONFIGURATIONS)(
  '(e) $width px, $theme, $language: footer and the preview’s first screen in view, within three screens, no axe violation',
  async ({ width, theme, language }) => {
    const name = `pane-${width}-${theme}-${language}`;
    const { page } = await browser.open(`layout-${width}-${theme}-${language}`, {
      lang: language === 'en' ? 'en-US' : 'it-IT',
      theme,
      paneWidth: width,
      viewport: { width: width + 900, height: HEIGHT },
    });
    const { app } = texts(language);
    await readSampleWithCremonaPreset(page, language);
    const root = pane(page, language);

    // Steps 1 and 2 closed to a line each; the preview open.
    for (const [title, expanded] of [
      [app.sourceHeading, 'false'],
      [app.paramsHeading, 'false'],
      [app.previewHeading({ year: 2022 }), 'true'],
    ] as const) {
      await expect(root.getByRole('button', { name: title, exact: true }).getAttribute('aria-expanded')).resolves.toBe(
        expanded,
      );
    }
    await footerStatus(page, language)
      .getByText(app.readDone({ address: `${SAMPLE_TABLE.sheet}!${SAMPLE_TABLE.address}`, rows: SAMPLE_TABLE.rows }))
      .waitFor();

    const measure = await measurePane(page, language);
    measures[name] = measure;
    expect(measure.clientHeight).toBe(HEIGHT);
    // The footer, whole, at the bottom of the visible pane.
    expect(measure.footerTop).toBeGreaterThan(0);
    expect(measure.footerBottom).toBeLessThanOrEqual(measure.clientHeight + 0.5);
    // The preview's first screen (its heading, the explanation, the Ambito's totals) above it.
    expect(measure.previewTop).toBeGreaterThanOrEqual(0);
    expect(measure.firstCardBottom).toBeLessThanOrEqual(measure.footerTop);
    // The whole pane, every card included, within three screens.
    expect(measure.scrollHeight).toBeLessThanOrEqual(SCREENS * measure.clientHeight);
    // Nothing pushes the pane sideways.
    const overflow = await root.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBe(0);

    // The theme is Office's: a dark pane in dark Office, a light one otherwise.
    const background = await root
      .locator('main')
      .evaluate((element) => getComputedStyle(element.closest('.ui-provider')!).backgroundColor);
    const [red, green, blue] = background.match(/\d+/g)!.map(Number);
    const light = (red + green + blue) / 3 > 128;
    expect(light).toBe(theme === 'light');

    await paneScreenshot(page, name, language);
    expect(await axeViolations(page, language)).toEqual([]);

    // The bottom of the pane, scrolled: the last card above the footer, nothing cut.
    await root.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await paneScreenshot(page, `${name}-end`, language);
  },
);
