/** @jest-environment jsdom */
import '../../helpers/jsdom-setup';
import { act, screen } from '@testing-library/react';
import {
  consumePendingFocus,
  consumePendingFocusRequest,
  requestFocus,
  subscribeFocus,
} from '../../../src/taskpane/focus';
import { createFakeAdapter, sampleGrid } from '../../helpers/fake-adapter';
import { readInventory, renderPane } from '../../helpers/render-pane';

afterEach(() => {
  consumePendingFocusRequest();
});

describe('focus requests (shared runtime store)', () => {
  test('a request made while the pane is closed waits, and is consumed once', () => {
    requestFocus('ambito');
    expect(consumePendingFocus()).toBe('ambito');
    expect(consumePendingFocus()).toBeUndefined();
  });

  test('the reason travels with the request', () => {
    requestFocus('satSoglia', 'Soglia massima SAT: 30 % è fuori dai limiti.');
    expect(consumePendingFocusRequest()).toEqual({
      field: 'satSoglia',
      reason: 'Soglia massima SAT: 30 % è fuori dai limiti.',
    });
  });

  test('a listener hears requests at once, and a pending one when it subscribes', () => {
    requestFocus('anno');
    const heard: string[] = [];
    const unsubscribe = subscribeFocus((request) => heard.push(request.field));
    expect(heard).toEqual(['anno']);
    requestFocus('capofila');
    expect(heard).toEqual(['anno', 'capofila']);
    expect(consumePendingFocus()).toBeUndefined();
    unsubscribe();
    requestFocus('ambito');
    expect(heard).toEqual(['anno', 'capofila']);
    expect(consumePendingFocus()).toBe('ambito');
  });
});

describe('the pane focuses the field asked for', () => {
  test('initialFocus focuses and highlights the field', async () => {
    await renderPane(createFakeAdapter(), { initialFocus: 'ambito' });
    const ambito = screen.getByRole('textbox', { name: 'Ambito territoriale' });
    expect(ambito).toHaveFocus();
    expect(ambito).toHaveAccessibleDescription(expect.stringContaining('Completate questo campo per creare il piano.'));
  });

  test('a request while the pane is open moves the focus and shows the reason', async () => {
    await renderPane(createFakeAdapter());
    await act(async () => {
      requestFocus('satSoglia', 'Soglia massima SAT: 30 % è fuori dai limiti (L.R. 16/2016 art. 23).');
    });
    expect(screen.getByRole('textbox', { name: 'Soglia massima SAT' })).toHaveFocus();
    expect(screen.getByText('Soglia massima SAT: 30 % è fuori dai limiti (L.R. 16/2016 art. 23).')).toBeInTheDocument();
    await act(async () => {
      screen.getByRole('button', { name: 'Chiudi il messaggio' }).click();
    });
    expect(screen.queryByText(/30 % è fuori dai limiti/)).not.toBeInTheDocument();
  });

  test('a column asked for before reading: the inventory picker first, then the column’s choice', async () => {
    await renderPane(createFakeAdapter({ grid: sampleGrid('Proprietario XYZ') }), { initialFocus: 'owner' });
    expect(screen.getByRole('combobox', { name: /Dove si trova l’inventario/ })).toHaveFocus();
    await readInventory();
    expect(screen.getByRole('combobox', { name: /Colonna con «Ente proprietario»/ })).toHaveFocus();
  });
});
