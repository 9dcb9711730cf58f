/** @jest-environment jsdom */
import '../../helpers/jsdom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { parseInventory } from '../../../src/core/inventory';
import { createFakeAdapter, HEADERS, SHEET_NAME, sampleGrid } from '../../helpers/fake-adapter';
import { footerStatus, openStep, readInventory, renderPane } from '../../helpers/render-pane';

const issuesOf = (grid: unknown[][]) => parseInventory(grid, { headerRow: 1, sheetName: SHEET_NAME }).issues;

/** The sample with `count` more rows whose status is not a status. */
function gridWithBadRows(count: number): unknown[][] {
  const grid = sampleGrid();
  for (let i = 0; i < count; i++) grid.push([`BAD-${i}`, 'Comune di Cremona', 'Cremona', 'Via Po', 'SAP', 'forse', '']);
  return grid;
}

async function readAndOpen(adapter = createFakeAdapter()): Promise<typeof adapter> {
  await renderPane(adapter);
  await readInventory();
  await openStep('1. Inventario degli alloggi');
  return adapter;
}

describe('problems of the inventory', () => {
  test('lists errors then warnings, with a count badge and a button to the cell each names', async () => {
    const adapter = createFakeAdapter();
    const issues = issuesOf(adapter.grid);
    const errors = issues.filter((issue) => issue.severity === 'errore');
    const warnings = issues.filter((issue) => issue.severity === 'avviso');
    expect(errors.length).toBeGreaterThan(0);
    expect(warnings.length).toBeGreaterThan(0);

    await readAndOpen(adapter);
    expect(screen.getByLabelText(`${issues.length} problemi`)).toHaveTextContent(String(issues.length));
    const errorList = screen.getByRole('list', { name: 'Errori (righe escluse dal calcolo)' });
    const warningList = screen.getByRole('list', { name: 'Avvisi' });
    expect(
      within(errorList)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(errors.map((issue) => `${issue.message}Vai alla cella ${issue.cell}`));
    expect(within(warningList).getAllByRole('listitem')).toHaveLength(warnings.length);
    // Errors come first on the page.
    expect(errorList.compareDocumentPosition(warningList) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('the first five are shown in the flow of the pane, the others on request', async () => {
    const adapter = createFakeAdapter({ grid: gridWithBadRows(6) });
    const issues = issuesOf(adapter.grid);
    expect(issues.length).toBe(8);
    await readAndOpen(adapter);
    const shown = (): number =>
      screen
        .getAllByRole('list', { name: /^(Errori|Avvisi)/ })
        .reduce((sum, list) => sum + within(list).getAllByRole('listitem').length, 0);
    expect(shown()).toBe(5);
    const more = screen.getByRole('button', { name: 'Mostra tutti i problemi (8)' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(more);
    expect(shown()).toBe(8);
    fireEvent.click(screen.getByRole('button', { name: 'Mostra solo i primi 5' }));
    expect(shown()).toBe(5);
  });

  test('"Vai alla cella" selects the cell the message names, not the whole row', async () => {
    const adapter = createFakeAdapter();
    const unknownStatus = issuesOf(adapter.grid).find((issue) => issue.severity === 'errore' && issue.row > 1);
    expect(unknownStatus?.cell).toMatch(/^F\d+$/);
    expect(unknownStatus?.message).toContain(`cella ${unknownStatus?.cell}`);

    await readAndOpen(adapter);
    fireEvent.click(screen.getByRole('button', { name: `Vai alla cella ${unknownStatus?.cell}` }));
    expect(adapter.callsTo('selectCell')).toEqual([[SHEET_NAME, unknownStatus?.cell]]);
    expect(adapter.callsTo('selectRow')).toEqual([]);
  });

  test('a problem of the header row (no service column) selects that row', async () => {
    const grid = sampleGrid().map((row) => row.filter((_, index) => index !== 4));
    const issue = issuesOf(grid).find((found) => found.cell === undefined && found.row > 0);
    expect(issue?.row).toBe(1);
    const adapter = await readAndOpen(createFakeAdapter({ grid }));
    fireEvent.click(screen.getByRole('button', { name: 'Vai alla riga 1' }));
    expect(adapter.callsTo('selectRow')).toEqual([[SHEET_NAME, 1, 0, HEADERS.length - 1]]);
    expect(adapter.callsTo('selectCell')).toEqual([]);
  });

  test('after a correction in Excel, coming back to the pane reads the inventory again', async () => {
    const adapter = createFakeAdapter();
    const before = issuesOf(adapter.grid);
    expect(before).toHaveLength(2);
    const unknownStatus = before.find((issue) => issue.severity === 'errore')!;
    await readAndOpen(adapter);
    const goTo = screen.getByRole('button', { name: `Vai alla cella ${unknownStatus.cell}` });
    await act(async () => {
      fireEvent.click(goTo);
    });
    expect(screen.getByText(/l’elenco si aggiorna da solo/)).toBeInTheDocument();

    // The clerk corrects the cell in Excel ("boh" -> "libero"), then comes back to the pane.
    const rowIndex = unknownStatus.row - 1;
    adapter.grid[rowIndex][5] = 'libero';
    await act(async () => {
      fireEvent.focusIn(goTo, { relatedTarget: null });
    });
    await waitFor(() =>
      expect(footerStatus()).toHaveTextContent(`Inventario riletto: 1 problema (prima ${before.length}).`),
    );
    expect(adapter.callsTo('readInventory')).toHaveLength(2);
    expect(screen.queryByText(unknownStatus.message)).not.toBeInTheDocument();
    expect(
      screen.getByLabelText(`${before.length - 1} ${before.length - 1 === 1 ? 'problema' : 'problemi'}`),
    ).toBeInTheDocument();
    // The step stays as the clerk left it.
    expect(screen.getByRole('button', { name: '1. Inventario degli alloggi' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    // Moving within the pane does not read again.
    await act(async () => {
      fireEvent.focusIn(screen.getByRole('button', { name: 'Ricontrolla l’inventario' }), { relatedTarget: goTo });
    });
    expect(adapter.callsTo('readInventory')).toHaveLength(2);
  });

  test('"Ricontrolla l’inventario" reads it again on request', async () => {
    const adapter = createFakeAdapter();
    await readAndOpen(adapter);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ricontrolla l’inventario' }));
    });
    await waitFor(() => expect(footerStatus()).toHaveTextContent(/^Inventario riletto: 2 problemi \(prima 2\)\.$/));
    expect(adapter.callsTo('readInventory')).toHaveLength(2);
  });
});
