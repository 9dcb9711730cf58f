/** @jest-environment jsdom */
import '../../helpers/jsdom-setup';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ExcelUserError } from '../../../src/excel/types';
import {
  formulaInvariant,
  formulaText,
  functionExamples,
  rangeReference,
} from '../../../src/taskpane/functionsCatalog';
import { stringsFor } from '../../../src/taskpane/i18n/strings';
import { createFakeAdapter, SHEET_NAME } from '../../helpers/fake-adapter';
import { footerStatus, openStep, readInventory, renderPane } from '../../helpers/render-pane';

const IT = stringsFor('it');
const EN = stringsFor('en');

/** The custom functions the add-in registers, from their JSDoc tags. */
const registered = [
  ...readFileSync(path.resolve(__dirname, '../../../src/functions/functions.ts'), 'utf8').matchAll(
    /@customfunction\s+([A-Z_]+)/g,
  ),
].map((match) => match[1]);

describe('the functions in the pane', () => {
  test('every custom function has an example and a description, in Italian and English', () => {
    expect(registered.length).toBeGreaterThanOrEqual(6);
    const examples = functionExamples({ inventory: 'Inventario!A1:L168', year: 2027 });
    expect(examples.map((example) => example.name).sort()).toEqual([...registered].sort());
    for (const name of registered) {
      expect(IT.functionDescriptions[name as keyof typeof IT.functionDescriptions]).toMatch(/\w/);
      expect(EN.functionDescriptions[name as keyof typeof EN.functionDescriptions]).toMatch(/\w/);
    }
  });

  test('shown as Excel shows them in each language, written in the invariant form', () => {
    expect(formulaText('SAT_ALLOCATION', ['18', '5'], 'it')).toBe('=CASA.SAT_ALLOCATION(18;5)');
    expect(formulaText('SAT_ALLOCATION', ['18', '5'], 'en')).toBe('=CASA.SAT_ALLOCATION(18,5)');
    expect(formulaInvariant('QUOTA_INDIGENZA', ['14', '20%', '10%'])).toBe('=CASA.QUOTA_INDIGENZA(14,20%,10%)');
    expect(rangeReference('Inventario', 'Inventario!A1:L168')).toBe('Inventario!A1:L168');
    expect(rangeReference('Inventario errato', "'Inventario errato'!A1:F7")).toBe("'Inventario errato'!A1:F7");
    expect(rangeReference("L'elenco", 'A1:C3')).toBe("'L''elenco'!A1:C3");
  });

  test('"Inserisci" writes the example in the selected cell and says where', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await openStep('Funzioni per le celle');
    const list = screen.getByRole('list', { name: 'Funzioni per le celle' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(registered.length);
    const item = within(list).getByText('=CASA.QUOTA_INDIGENZA(14;20%;10%)').closest('li') as HTMLElement;
    const insert = within(item).getByRole('button', { name: 'Inserisci' });
    expect(insert).toHaveAccessibleDescription(expect.stringContaining('=CASA.QUOTA_INDIGENZA(14;20%;10%)'));
    await act(async () => {
      fireEvent.click(insert);
    });
    expect(adapter.callsTo('insertFormula')).toEqual([['=CASA.QUOTA_INDIGENZA(14,20%,10%)', undefined]]);
    await waitFor(() =>
      expect(footerStatus()).toHaveTextContent('Scritta =CASA.QUOTA_INDIGENZA(14;20%;10%) in Foglio1!B2.'),
    );
  });

  test('the inventory examples use the inventory read, whose cells are never written', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    await openStep('Funzioni per le celle');
    const rows = adapter.grid.length;
    const formula = `=CASA.DISPONIBILI(${SHEET_NAME}!A1:G${rows};2022)`;
    const item = screen.getByText(formula).closest('li') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(item).getByRole('button', { name: 'Inserisci' }));
    });
    expect(adapter.callsTo('insertFormula')).toEqual([
      [
        `=CASA.DISPONIBILI(${SHEET_NAME}!A1:G${rows},2022)`,
        { sheetName: SHEET_NAME, firstRow: 0, firstColumn: 0, rowCount: rows, columnCount: 7 },
      ],
    ]);
  });

  test('a refusal (a cell that is not empty) is said as an alert, nothing else changes', async () => {
    const sentence = 'La cella Foglio1!B2 non è vuota: selezionate una cella vuota e riprovate.';
    const adapter = createFakeAdapter({ insertError: new ExcelUserError(sentence, 'Cell B2 is not empty.') });
    await renderPane(adapter);
    await openStep('Funzioni per le celle');
    await act(async () => {
      fireEvent.click(screen.getAllByRole('button', { name: 'Inserisci' })[0]);
    });
    const message = await screen.findByText(sentence);
    expect(message.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByText('Formula non scritta')).toBeInTheDocument();
  });

  test('the help page is one click away, in the display language', async () => {
    await renderPane(createFakeAdapter());
    expect(screen.getByRole('link', { name: 'Guida' })).toHaveAttribute('href', 'help.html');
  });

  test('in English the help opens at its English part', async () => {
    await renderPane(createFakeAdapter(), { language: 'en' });
    expect(screen.getByRole('link', { name: 'Help' })).toHaveAttribute('href', 'help.html#en');
    await openStep('Functions for cells');
    expect(screen.getByText('=CASA.SAT_ALLOCATION(18,5)')).toBeInTheDocument();
  });
});
