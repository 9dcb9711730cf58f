/** @jest-environment jsdom */
import '../../helpers/jsdom-setup';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { createFakeAdapter, sampleGrid } from '../../helpers/fake-adapter';
import { openStep, readInventory, renderPane } from '../../helpers/render-pane';

describe('columns of the inventory', () => {
  test('lists the recognised columns with their header, on request', async () => {
    await renderPane(createFakeAdapter());
    await readInventory();
    await openStep('1. Inventario degli alloggi');
    expect(screen.queryByRole('list', { name: 'Colonne riconosciute' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Mostra le 7 colonne riconosciute' }));
    const recognised = screen.getByRole('list', { name: 'Colonne riconosciute' });
    expect(within(recognised).getByText('Ente proprietario: colonna B «Ente proprietario»')).toBeInTheDocument();
    expect(within(recognised).getByText('Stato: colonna F «Stato»')).toBeInTheDocument();
  });

  test('an unrecognised owner column: the parser’s error, then mapping it by hand shows the preview', async () => {
    const adapter = createFakeAdapter({ grid: sampleGrid('Proprietario XYZ') });
    await renderPane(adapter);
    await readInventory();

    // An inventory that cannot be used keeps its step open.
    expect(screen.getByRole('button', { name: '1. Inventario degli alloggi' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    // The one clear error of the parser, naming the missing column.
    const alert = screen.getByText(/L’inventario non si può ancora usare/).closest('[data-intent]') as HTMLElement;
    expect(alert).toHaveTextContent(/Ente proprietario/);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Crea piano' })).toHaveAttribute('aria-disabled', 'true');

    const column = screen.getByRole('combobox', { name: 'Colonna B «Proprietario XYZ»' });
    await act(async () => {
      fireEvent.change(column, { target: { value: 'owner' } });
    });

    expect(screen.queryByText(/L’inventario non si può ancora usare/)).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Quote per ente proprietario e comune' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /^Mostra le \d+ colonne riconosciute$/ }));
    const recognised = screen.getByRole('list', { name: 'Colonne riconosciute' });
    expect(within(recognised).getByText(/Ente proprietario: colonna B «Proprietario XYZ»/)).toBeInTheDocument();
    expect(within(recognised).getByText('scelta a mano')).toBeInTheDocument();
    // Re-parsed from the grid already read: Excel is not read again.
    expect(adapter.callsTo('readInventory')).toHaveLength(1);

    // The choice can be undone.
    await act(async () => {
      fireEvent.change(screen.getByRole('combobox', { name: 'Colonna B «Proprietario XYZ»' }), {
        target: { value: '' },
      });
    });
    expect(screen.getByText(/L’inventario non si può ancora usare/)).toBeInTheDocument();
  });

  test('a missing required column can be chosen from the list of columns', async () => {
    await renderPane(createFakeAdapter({ grid: sampleGrid('Proprietario XYZ') }));
    await readInventory();
    const choice = screen.getByRole('combobox', { name: /Colonna con «Ente proprietario»/ });
    await act(async () => {
      fireEvent.change(choice, { target: { value: '1' } });
    });
    expect(screen.getByRole('list', { name: 'Quote per ente proprietario e comune' })).toBeInTheDocument();
  });
});
