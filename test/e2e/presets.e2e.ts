/**
 * (f) Presets that respect the clerk: each says what it sets; over a typed Ambito it lists what
 * it replaces before anything changes; the plan year stays unless the clerk takes the preset's;
 * "Annulla" puts everything back. Ambito and Comune capofila are required before writing, inline,
 * and "Vai al primo errore" in the footer goes to the field. At 320 px light in Italian and 450 px
 * dark in English, with pictures and axe-core on the open preset picker.
 */
import { presetById } from '../../src/core/plan/presets';
import { axeViolations, pane, paneScreenshot, texts, useBrowser } from './support';

const browser = useBrowser();

const CONFIGURATIONS = [
  { width: 320, theme: 'light', language: 'it' },
  { width: 450, theme: 'dark', language: 'en' },
] as const;

test.each(CONFIGURATIONS)(
  '(f) $width px, $theme, $language: a preset over a typed Ambito asks first, keeps the year, and is undone',
  async ({ width, theme, language }) => {
    const suffix = `${width}-${theme}-${language}`;
    const { page } = await browser.open(`presets-${suffix}`, {
      lang: language === 'en' ? 'en-US' : 'it-IT',
      theme,
      paneWidth: width,
      viewport: { width: width + 900, height: 800 },
    });
    const { app } = texts(language);
    const root = pane(page, language);
    const year = new Date().getFullYear() + 1;
    const cremona = presetById('cremona-2022')!;
    const label = cremona.label[language];

    const ambito = root.getByRole('textbox', { name: app.ambitoLabel });
    const yearField = root.getByRole('textbox', { name: language === 'en' ? 'Plan year' : 'Anno del piano' });
    await ambito.fill('Ambito di Lodi');
    await expect(yearField.inputValue()).resolves.toBe(String(year));

    await root.getByRole('button', { name: app.presetsButton, exact: true }).click();
    const radio = root.getByRole('radio', { name: new RegExp(`^${label}`) });
    // What the preset sets, in its own words.
    await expect(radio.evaluate((input) => input.closest('label')?.textContent ?? '')).resolves.toContain(
      `${app.presetSets}${app.presetSetting({ label: app.presetYearLabel, value: '2022' })}${app.presetSetting({ label: app.ambitoLabel, value: 'Ambito di Cremona' })}`,
    );
    await radio.check();
    const changes = root.getByRole('list', { name: app.presetChanges, exact: true });
    await changes
      .getByText(
        `${app.presetChange({ label: app.ambitoLabel, from: 'Ambito di Lodi', to: 'Ambito di Cremona' })} (${app.presetReplacesMark})`,
      )
      .waitFor();
    await root.getByText(app.presetReplaces).waitFor();
    const takeYear = root.getByRole('checkbox', { name: app.presetTakeYear({ presetYear: 2022, formYear: year }) });
    await expect(takeYear.isChecked()).resolves.toBe(false);
    await paneScreenshot(page, `presets-${suffix}-picker`, language);
    expect(await axeViolations(page, language)).toEqual([]);
    // Nothing changed yet.
    await expect(ambito.inputValue()).resolves.toBe('Ambito di Lodi');

    await root.getByRole('button', { name: app.presetApply, exact: true }).click();
    await expect(ambito.inputValue()).resolves.toBe('Ambito di Cremona');
    await expect(yearField.inputValue()).resolves.toBe(String(year));
    await root
      .getByText(app.presetDone({ label, changed: 6 }))
      .first()
      .waitFor();
    await paneScreenshot(page, `presets-${suffix}-applied`, language);

    await root.getByRole('button', { name: app.presetUndo, exact: true }).click();
    await expect(ambito.inputValue()).resolves.toBe('Ambito di Lodi');
    await root.getByTestId('pane-footer').getByText(app.presetUndone).waitFor();

    // The Comune capofila is still empty: required, inline; the footer goes there.
    const footer = root.getByTestId('pane-footer');
    await footer.getByText(app.createNeeds({ reasons: [app.reasonNoInventory, app.reasonMissing] })).waitFor();
    await footer.getByRole('button', { name: app.goToFirstError, exact: true }).click();
    const capofila = root.getByRole('textbox', { name: new RegExp(`^${app.capofilaLabel.replace(/[()]/g, '\\$&')}`) });
    await expect(capofila.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await expect(capofila.getAttribute('aria-invalid')).resolves.toBe('true');
    await root.getByText(app.capofilaMissing).waitFor();
    await paneScreenshot(page, `presets-${suffix}-required`, language);
    expect(await axeViolations(page, language)).toEqual([]);
  },
);
