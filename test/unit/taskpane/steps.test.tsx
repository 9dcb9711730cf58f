/** @jest-environment jsdom */
import '../../helpers/jsdom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { announceToPane, requestFocus } from '../../../src/taskpane/focus';
import { createFakeAdapter } from '../../helpers/fake-adapter';
import { applyPreset, footerStatus, openStep, readInventory, renderPane, type } from '../../helpers/render-pane';

const step = (title: string): HTMLElement => screen.getByRole('button', { name: title });

describe('the pane as steps that close', () => {
  test('reading a usable inventory with complete parameters closes both steps to one line each', async () => {
    await renderPane(createFakeAdapter());
    expect(step('1. Inventario degli alloggi')).toHaveAttribute('aria-expanded', 'true');
    await applyPreset('Cremona 2022');
    await readInventory();

    expect(step('1. Inventario degli alloggi')).toHaveAttribute('aria-expanded', 'false');
    expect(step('1. Inventario degli alloggi')).toHaveAccessibleDescription(
      '31 alloggi letti da Inventario · 7 colonne riconosciute · 2 problemi',
    );
    expect(step('2. Parametri del piano')).toHaveAttribute('aria-expanded', 'false');
    expect(step('2. Parametri del piano')).toHaveAccessibleDescription(
      'Piano 2022 · Ambito di Cremona · valori propri di 1 ente',
    );
    expect(step('3. Anteprima del piano 2022')).toHaveAttribute('aria-expanded', 'true');
    // Closed steps keep what they hold, hidden.
    expect(screen.queryByRole('combobox', { name: /Dove si trova l’inventario/ })).not.toBeInTheDocument();
    await openStep('1. Inventario degli alloggi');
    expect(screen.getByRole('combobox', { name: /Dove si trova l’inventario/ })).toHaveValue('table:Inventario');
    // And they close again on click.
    fireEvent.click(step('1. Inventario degli alloggi'));
    expect(step('1. Inventario degli alloggi')).toHaveAttribute('aria-expanded', 'false');
  });

  test('parameters still to fill stay open after reading; "Continua" closes them once complete', async () => {
    await renderPane(createFakeAdapter());
    await readInventory();
    expect(step('1. Inventario degli alloggi')).toHaveAttribute('aria-expanded', 'false');
    expect(step('2. Parametri del piano')).toHaveAttribute('aria-expanded', 'true');
    type(screen.getByRole('textbox', { name: /^Ambito territoriale/ }), 'Ambito di Cremona');
    type(screen.getByRole('textbox', { name: /^Comune capofila/ }), 'Comune di Cremona');
    fireEvent.click(screen.getByRole('button', { name: 'Continua' }));
    expect(step('2. Parametri del piano')).toHaveAttribute('aria-expanded', 'false');
  });

  test('"Vai al primo errore" opens the closed step and focuses the first field to fix', async () => {
    await renderPane(createFakeAdapter());
    await applyPreset('Cremona 2022');
    await readInventory();
    expect(step('2. Parametri del piano')).toHaveAttribute('aria-expanded', 'false');
    // A wrong value typed earlier, the step then closed by hand.
    await openStep('2. Parametri del piano');
    type(screen.getByRole('textbox', { name: 'Soglia massima SAT' }), '40');
    fireEvent.click(step('2. Parametri del piano'));
    expect(step('2. Parametri del piano')).toHaveAccessibleDescription(
      expect.stringContaining('1 valore da correggere'),
    );

    const footer = screen.getByTestId('pane-footer');
    expect(
      within(footer).getByText('Per creare il piano correggete i parametri segnati in rosso.'),
    ).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(within(footer).getByRole('button', { name: 'Vai al primo errore' }));
    });
    expect(step('2. Parametri del piano')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('textbox', { name: 'Soglia massima SAT' })).toHaveFocus();
  });

  test('"Vai al primo errore" goes to a missing column of the inventory', async () => {
    const { sampleGrid } = await import('../../helpers/fake-adapter');
    await renderPane(createFakeAdapter({ grid: sampleGrid('Proprietario XYZ') }));
    await applyPreset('Cremona 2022');
    await readInventory();
    fireEvent.click(step('1. Inventario degli alloggi'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Vai al primo errore' }));
    });
    expect(screen.getByRole('combobox', { name: /Colonna con «Ente proprietario»/ })).toHaveFocus();
  });

  test('no "Vai al primo errore" when nothing is wrong', async () => {
    await renderPane(createFakeAdapter());
    await applyPreset('Cremona 2022');
    await readInventory();
    expect(screen.queryByRole('button', { name: 'Vai al primo errore' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Crea piano' })).not.toHaveAttribute('aria-disabled', 'true');
  });

  test('a field asked for by the ribbon in a closed step: the step opens and the field gets the focus', async () => {
    await renderPane(createFakeAdapter());
    await applyPreset('Cremona 2022');
    await readInventory();
    expect(step('2. Parametri del piano')).toHaveAttribute('aria-expanded', 'false');
    await act(async () => {
      requestFocus('satSoglia', 'Soglia massima SAT: 30 % è fuori dai limiti (L.R. 16/2016 art. 23).');
    });
    expect(step('2. Parametri del piano')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('textbox', { name: 'Soglia massima SAT' })).toHaveFocus();
    // The ribbon's message is an alert: read out as it appears.
    expect(screen.getByText(/30 % è fuori dai limiti/).closest('[role="alert"]')).not.toBeNull();
  });
});

describe('live regions', () => {
  test('the outcome of reading is said in the footer’s status region', async () => {
    await renderPane(createFakeAdapter());
    const status = footerStatus();
    expect(status).toBeEmptyDOMElement();
    await readInventory();
    expect(status).toHaveTextContent('Letto Inventario!A1:G32: 31 righe di alloggi. 2 problemi nell’inventario.');
  });

  test('what the ribbon did while the pane is open is said there too', async () => {
    await renderPane(createFakeAdapter());
    await act(async () => {
      announceToPane('Il pulsante «Crea piano» della barra multifunzione ha creato il foglio «Piano 2022 (2)».');
    });
    await waitFor(() => expect(footerStatus()).toHaveTextContent(/ha creato il foglio «Piano 2022 \(2\)»/));
  });
});
