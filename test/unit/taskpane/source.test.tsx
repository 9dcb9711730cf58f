/** @jest-environment jsdom */
import '../../helpers/jsdom-setup';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { createFakeAdapter, defaultSources, SHEET_NAME } from '../../helpers/fake-adapter';
import { footerStatus, openStep, readInventory, renderPane } from '../../helpers/render-pane';

describe('inventory source', () => {
  test('lists the tables and named ranges of the workbook, and the selection', async () => {
    const adapter = createFakeAdapter();
    const rows = adapter.grid.length - 1;
    const address = `Inventario!A1:G${rows + 1}`;
    await renderPane(adapter);
    const picker = screen.getByRole('combobox', { name: /Dove si trova l’inventario/ });
    expect(
      await screen.findByRole('option', { name: `Tabella Inventario (${address}, ${rows} righe)` }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('option', { name: `Intervallo denominato ElencoAlloggi (${address}, ${rows} righe)` }),
    ).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Usa la selezione' })).toBeInTheDocument();
    // The first table is proposed.
    expect(picker).toHaveValue('table:Inventario');
    expect(adapter.callsTo('listSources')).toHaveLength(1);
  });

  test('reads the source chosen by the user', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await screen.findByRole('option', { name: /ElencoAlloggi/ });
    fireEvent.change(screen.getByRole('combobox', { name: /Dove si trova l’inventario/ }), {
      target: { value: 'name:ElencoAlloggi' },
    });
    await readInventory();
    const [source] = adapter.callsTo('readInventory')[0];
    expect(source).toEqual({ kind: 'name', name: 'ElencoAlloggi' });
    const rows = adapter.grid.length - 1;
    // The outcome in the footer's live region, and the step closed to one line that says it.
    expect(footerStatus()).toHaveTextContent(
      `Letto ${SHEET_NAME}!A1:G${rows + 1}: ${rows} righe di alloggi. 2 problemi`,
    );
    const step = screen.getByRole('button', { name: '1. Inventario degli alloggi' });
    expect(step).toHaveAttribute('aria-expanded', 'false');
    expect(step).toHaveAccessibleDescription(
      `${rows} alloggi letti da ElencoAlloggi · 7 colonne riconosciute · 2 problemi`,
    );
    await openStep('1. Inventario degli alloggi');
    expect(screen.getByRole('combobox', { name: /Dove si trova l’inventario/ })).toHaveValue('name:ElencoAlloggi');
  });

  test('a sheet name with spaces is shown as on its tab, the same in the list and after reading', async () => {
    const base = createFakeAdapter();
    const sheetName = 'Inventario errato';
    const rows = base.grid.length - 1;
    const cells = `A1:G${rows + 1}`;
    const adapter = createFakeAdapter({
      sources: defaultSources(base.grid).map((option) => ({ ...option, sheetName })),
    });
    const read = adapter.readInventory.bind(adapter);
    // Excel quotes such a name in an address: 'Inventario errato'!A1:G24.
    adapter.readInventory = async (...args) => ({
      ...(await read(...args)),
      sheetName,
      address: `'${sheetName}'!${cells}`,
    });
    await renderPane(adapter);
    expect(
      await screen.findByRole('option', { name: `Tabella Inventario (${sheetName}!${cells}, ${rows} righe)` }),
    ).toBeInTheDocument();
    await readInventory();
    expect(footerStatus()).toHaveTextContent(`Letto ${sheetName}!${cells}: ${rows} righe di alloggi.`);
    // Formulas (the "Funzioni" examples) keep Excel's quotes: they are typed as they are.
    expect(screen.queryByText(new RegExp(`'${sheetName}'`), { ignore: 'code, script, style' })).not.toBeInTheDocument();
  });

  test('"Usa la selezione" reads the selection', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await screen.findByRole('option', { name: /ElencoAlloggi/ });
    fireEvent.change(screen.getByRole('combobox', { name: /Dove si trova l’inventario/ }), {
      target: { value: 'selection' },
    });
    await readInventory();
    expect(adapter.callsTo('readInventory')[0][0]).toEqual({ kind: 'selection' });
  });

  test('shows the progress of the read, and "Annulla" aborts it', async () => {
    const adapter = createFakeAdapter({ holdRead: true, chunkRows: 5 });
    await renderPane(adapter);
    await screen.findByRole('option', { name: /ElencoAlloggi/ });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Leggi l’inventario' }));
    });
    expect(await screen.findByText(`Lette 5 di ${adapter.grid.length - 1} righe`)).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leggi l’inventario' })).toBeDisabled();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Annulla' }));
    });
    expect(adapter.lastSignal?.aborted).toBe(true);
    expect(await screen.findByText('Lettura annullata')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Colonne dell’inventario/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leggi l’inventario' })).toBeEnabled();
  });

  test('a read that fails shows the adapter’s sentence', async () => {
    const { ExcelUserError } = await import('../../../src/excel/types');
    const adapter = createFakeAdapter({
      readError: new ExcelUserError('La selezione è vuota: selezionate l’inventario.', 'The selection is empty.'),
    });
    await renderPane(adapter);
    await screen.findByRole('option', { name: /ElencoAlloggi/ });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Leggi l’inventario' }));
    });
    await waitFor(() =>
      expect(screen.getByText('La selezione è vuota: selezionate l’inventario.')).toBeInTheDocument(),
    );
  });
});
