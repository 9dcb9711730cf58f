/** @jest-environment jsdom */
import '../../helpers/jsdom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { messageTables } from '../../../src/core/messages';
import { stringsFor } from '../../../src/taskpane/i18n/strings';
import { createFakeAdapter, sampleGrid } from '../../helpers/fake-adapter';
import { englishProblems } from '../../helpers/italian';
import {
  footerStatus,
  openStep,
  readInventory,
  renderPane,
  type,
  validationMessageOf,
} from '../../helpers/render-pane';

/** The accessible description of a control: the texts its aria-describedby names. */
function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
    .join(' ')
    .trim();
}

const IT = stringsFor('it');
const EN = stringsFor('en');

describe('language', () => {
  test('the pane reads its tables in either language, with the same keys', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(IT).sort());
    expect(stringsFor('en-US')).toBe(EN);
    expect(stringsFor('it-IT')).toBe(IT);
    expect(stringsFor('fr-FR')).toBe(IT);
  });

  test("no two of the pane's tables name a message alike (the pane reads them as one object)", () => {
    const keys = [...messageTables()]
      .filter(([namespace]) => /^pane\.[a-z]+$/.test(namespace))
      .flatMap(([, table]) => Object.keys(table));
    expect(keys.length).toBeGreaterThan(200);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  test('counted sentences agree with their count (issue #10: one shape for bilingual text)', () => {
    expect(IT.scenariosSummary({ count: 1 })).toBe('1 scenario confrontato con il piano.');
    expect(EN.scenariosSummary({ count: 1 })).toBe('1 scenario compared with the plan.');
    expect(IT.scenariosSummary({ count: 2 })).toBe('2 scenari confrontati con il piano.');
    expect(IT.inventorySummary({ rows: 162, source: 'Tabella1', columns: 12, problems: 6 })).toBe(
      '162 alloggi letti da Tabella1 · 12 colonne riconosciute · 6 problemi',
    );
    expect(EN.inventorySummary({ rows: 1, source: 'Table1', columns: 1, problems: 0 })).toBe(
      '1 dwelling read from Table1 · 1 column recognised · no problems',
    );
    expect(IT.previewSummary({ units: 1, groups: 1 })).toBe('1 alloggio nel calcolo, 1 gruppo per ente e comune.');
    expect(EN.previewSummary({ units: 162, groups: 9 })).toBe(
      '162 dwellings in the calculation, 9 groups by owner and comune.',
    );
    expect(IT.mergeDone({ owners: 1, dwellings: 1 })).toMatch(/^Comunicazioni unite: 1 ente, 1 alloggio\. /);
    expect(EN.mergeDone({ owners: 3, dwellings: 40 })).toMatch(/^Communications merged: 3 owners, 40 dwellings\. /);
  });

  test('the "Functions" step says the same in both languages when closed', () => {
    expect(IT.functionsSummary({ count: 6 })).toBe('6 funzioni CASA, un esempio ciascuna');
    expect(EN.functionsSummary({ count: 6 })).toBe('6 CASA functions, one example each');
  });

  test('English labels, hints and buttons', async () => {
    await renderPane(createFakeAdapter(), { language: 'en' });
    expect(screen.getByRole('heading', { name: '2. Plan parameters' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'SAT cap' })).toHaveAccessibleDescription(
      expect.stringContaining('Default 25 % - L.R. 16/2016 art. 23'),
    );
    expect(
      screen.getByRole('textbox', { name: 'Poverty share increase (Comune stock only)' }),
    ).toHaveAccessibleDescription(expect.stringContaining('30, 30 % and 0.3 all mean 30 %'));
    expect(screen.getByRole('textbox', { name: 'Poverty share (base)' })).toHaveAccessibleDescription(
      expect.stringContaining('Set at 20 % by R.R. 4/2017 art. 13 c. 3'),
    );
    expect(screen.getByRole('option', { name: 'Use the selection' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create plan' })).toHaveAccessibleDescription(
      'To create the plan, read the inventory first; type the Ambito and the lead municipality.',
    );
    expect(screen.queryByText(/Leggi|Crea piano|Predefinito/)).not.toBeInTheDocument();
  });

  // Issue #10: English hints kept "art. 7 bis e 7 ter" ("e" is Italian for "and").
  test('English hints of a 2027 plan: legal references in English, no Italian word', async () => {
    await renderPane(createFakeAdapter(), { language: 'en' });
    type(screen.getByRole('textbox', { name: 'Plan year' }), '2027');
    await openStep('2. Plan parameters');
    expect(screen.getByRole('textbox', { name: 'Local police share' })).toHaveAccessibleDescription(
      expect.stringContaining('R.R. 4/2017 art. 7 ter and art. 4 c. 3 lett. d bis (R.R. 2/2025)'),
    );
    const hints = screen
      .getAllByRole('textbox')
      .map((field): [string, string] => [field.getAttribute('aria-label') ?? field.id, descriptionOf(field)]);
    expect(hints.filter(([, hint]) => hint !== '').length).toBeGreaterThan(8);
    expect(hints.filter(([, hint]) => englishProblems(hint).length > 0)).toEqual([]);
    type(screen.getByRole('textbox', { name: 'Plan year' }), '2024');
    expect(screen.getByRole('textbox', { name: 'Local police share' })).toHaveAccessibleDescription(
      expect.stringContaining('R.R. 4/2017 art. 7 ter, from the 2025 plan (R.R. 2/2025)'),
    );
  });

  test('English validation messages, with the legal reference', async () => {
    await renderPane(createFakeAdapter(), { language: 'en' });
    type(screen.getByRole('textbox', { name: 'Plan year' }), '2024');
    const police = screen.getByRole('textbox', { name: 'Police and firefighters share' });
    type(police, '15');
    expect(validationMessageOf(police)).toBe(
      'Police and firefighters share: 15 % is out of bounds, 0 % to 10 % for the 2024 plan (R.R. 4/2017 art. 7 bis).',
    );
  });

  test('English inventory messages, preview and success', async () => {
    const adapter = createFakeAdapter({ grid: sampleGrid('Proprietario XYZ') });
    await renderPane(adapter, { language: 'en' });
    await readInventory();
    expect(screen.getByText('The inventory cannot be used yet')).toBeInTheDocument();
    expect(screen.getByText(/Owner/, { selector: '[data-intent] *' })).toBeInTheDocument();
    await act(async () => {
      fireEvent.change(screen.getByRole('combobox', { name: 'Column B "Proprietario XYZ"' }), {
        target: { value: 'owner' },
      });
    });
    const preview = screen.getByRole('list', { name: 'Quotas by owner and comune' });
    const cremona = within(preview).getByRole('table', { name: 'Comune di Cremona, Cremona' });
    expect(within(cremona).getByRole('rowheader', { name: 'Available, all by public call' })).toBeInTheDocument();
    expect(within(cremona).getByRole('rowheader', { name: 'Poverty quota (20 %)' })).toBeInTheDocument();
    expect(within(cremona).getByRole('rowheader', { name: 'Ordinary ranking' })).toBeInTheDocument();
    const total = screen.getByRole('table', { name: 'Total for the Ambito' });
    expect(within(total).getByRole('cell', { name: '0 (none requested)' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /^Show the \d+ notes of the plan$/ }));
    expect(screen.getByText(/Reading of the split: SAT dwellings first/)).toBeInTheDocument();
    type(screen.getByRole('textbox', { name: /^Ambito/ }), 'Ambito di Cremona');
    type(screen.getByRole('textbox', { name: /^Lead municipality/ }), 'Comune di Cremona');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Create plan' }));
    });
    const name = `Plan ${2022}`;
    await waitFor(() => expect(footerStatus()).toHaveTextContent(`Created the sheet "${name}"`));
    const layout = adapter.callsTo('writePlanSheet')[0][0] as { name: string };
    expect(layout.name).toBe(name);
  });
});
