/** @jest-environment jsdom */
import '../../helpers/jsdom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { planFromGrid, planSheetLayout } from '../../../src/core/pipeline';
import { presetById } from '../../../src/core/plan/presets';
import type { SheetLayout } from '../../../src/core/sheet/types';
import { ExcelUserError, type SavedSettings } from '../../../src/excel/types';
import { createFakeAdapter, COMUNE_CREMONA, SHEET_NAME, sampleGrid } from '../../helpers/fake-adapter';
import {
  NOW,
  applyPreset,
  footerStatus,
  openStep,
  readInventory,
  renderPane,
  type,
  validationMessageOf,
} from '../../helpers/render-pane';
import { createPlanFromSettings } from '../../../src/commands/plan-command';
import { stringsFor } from '../../../src/taskpane/i18n/strings';

const IT = stringsFor('it');

async function clickCreate(): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Crea piano' }));
  });
}

const cremona2022 = () => (presetById('cremona-2022') as NonNullable<ReturnType<typeof presetById>>).params(2022);

/** The two fields the act's heading needs. */
function fillHeading(): void {
  type(screen.getByRole('textbox', { name: /^Ambito territoriale/ }), 'Ambito di Cremona');
  type(screen.getByRole('textbox', { name: /^Comune capofila/ }), 'Comune di Cremona');
}

describe('"Crea piano"', () => {
  test('is disabled, with the reason, until the inventory is read', async () => {
    await renderPane(createFakeAdapter());
    const create = screen.getByRole('button', { name: 'Crea piano' });
    expect(create).toHaveAttribute('aria-disabled', 'true');
    expect(create).toHaveAccessibleDescription(
      'Per creare il piano leggete prima l’inventario; scrivete l’Ambito e il Comune capofila.',
    );
  });

  test('waits for the Ambito and the Comune capofila, each marked inline as required', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    // The preview is there: the heading fields do not change the numbers.
    expect(screen.getByRole('list', { name: 'Quote per ente proprietario e comune' })).toBeInTheDocument();
    const create = screen.getByRole('button', { name: 'Crea piano' });
    expect(create).toHaveAttribute('aria-disabled', 'true');
    expect(create).toHaveAccessibleDescription('Per creare il piano scrivete l’Ambito e il Comune capofila.');
    const ambito = screen.getByRole('textbox', { name: /^Ambito territoriale/ });
    expect(ambito).toBeRequired();
    expect(ambito).toHaveAttribute('aria-invalid', 'true');
    expect(validationMessageOf(ambito)).toBe('Scrivete l’Ambito territoriale: il piano lo riporta nell’intestazione.');
    await clickCreate();
    expect(adapter.callsTo('writePlanSheet')).toHaveLength(0);

    fillHeading();
    expect(ambito).not.toHaveAttribute('aria-invalid', 'true');
    expect(create).not.toHaveAttribute('aria-disabled', 'true');
    await clickCreate();
    expect(adapter.callsTo('writePlanSheet')).toHaveLength(1);
  });

  test('writes the plan sheet the engine lays out, and says so', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    await applyPreset('Cremona 2022', { takeYear: true });
    await clickCreate();

    const writes = adapter.callsTo('writePlanSheet');
    expect(writes).toHaveLength(1);
    const layout = writes[0][0] as SheetLayout;
    expect(layout.name).toBe('Piano 2022');
    const outcome = planFromGrid(
      { grid: adapter.grid, headerRow: 1, firstColumn: 0, sheetName: SHEET_NAME },
      cremona2022(),
    );
    expect(layout).toEqual(
      planSheetLayout(
        { plan: outcome.plan as NonNullable<typeof outcome.plan>, fingerprint: outcome.fingerprint as string },
        { language: 'it', generatedAt: NOW },
      ),
    );
    // Said in the footer's live region, which a screen reader reads out.
    await waitFor(() => expect(footerStatus()).toHaveTextContent('Creato il foglio «Piano 2022»'));
    // The choices are saved with the plan, for the next user and the ribbon button.
    expect(adapter.callsTo('saveSettings')).toHaveLength(1);
    expect(adapter.settings).toMatchObject({
      version: 1,
      source: { kind: 'table', name: 'Inventario' },
      presetId: 'cremona-2022',
      params: { anno: 2022, enti: { [COMUNE_CREMONA]: { maggiorazione: 0.1, satRichiesti: 5 } } },
    });
  });

  test('shows the sheet name Excel gave when the name was taken', async () => {
    const adapter = createFakeAdapter();
    adapter.writePlanSheet = async () => ({ sheetName: 'Piano 2022 (2)' });
    await renderPane(adapter);
    await readInventory();
    fillHeading();
    await clickCreate();
    await waitFor(() => expect(footerStatus()).toHaveTextContent('Creato il foglio «Piano 2022 (2)»'));
  });

  test('an ExcelUserError is shown as its sentence', async () => {
    const sentence =
      'Il file è protetto: togliete la protezione della cartella (Revisione > Proteggi cartella) e riprovate.';
    const adapter = createFakeAdapter({
      writeError: new ExcelUserError(sentence, 'The workbook is protected.'),
    });
    await renderPane(adapter);
    await readInventory();
    fillHeading();
    await clickCreate();
    const message = await screen.findByText(sentence);
    expect(message.closest('[data-intent]')).toHaveAttribute('data-intent', 'error');
    expect(message.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByText('Il piano non è stato creato')).toBeInTheDocument();
    expect(screen.queryByText(/Creato il foglio/)).not.toBeInTheDocument();
  });

  test('any other error says what to do', async () => {
    const adapter = createFakeAdapter({ writeError: new TypeError('context.sync is not a function') });
    await renderPane(adapter);
    await readInventory();
    fillHeading();
    await clickCreate();
    expect(
      await screen.findByText(
        'Excel non ha completato l’operazione: riprovate; se il problema resta, chiudete e riaprite il file.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/context\.sync/)).not.toBeInTheDocument();
  });

  test('nothing is written to the workbook before the click', async () => {
    const adapter = createFakeAdapter({ grid: sampleGrid('Proprietario XYZ') });
    await renderPane(adapter);
    await readInventory();
    fireEvent.change(screen.getByRole('combobox', { name: 'Colonna B «Proprietario XYZ»' }), {
      target: { value: 'owner' },
    });
    await applyPreset('Cremona 2022', { takeYear: true });
    type(screen.getByRole('textbox', { name: /^Ambito territoriale/ }), 'Ambito di Casalmaggiore');
    type(screen.getByRole('textbox', { name: 'Soglia massima SAT' }), '20');
    fireEvent.click(screen.getByRole('radio', { name: /Indigenza su tutti gli alloggi/ }));
    expect(screen.getByRole('list', { name: 'Quote per ente proprietario e comune' })).toBeInTheDocument();
    expect(adapter.callsTo('writePlanSheet')).toHaveLength(0);
    expect(adapter.callsTo('saveSettings')).toHaveLength(0);
    expect(adapter.callsTo('selectRow')).toHaveLength(0);
    expect(adapter.callsTo('selectCell')).toHaveLength(0);
  });
});

describe('parameters saved in the workbook', () => {
  test('"Salva parametri" saves them; the next pane opened on the file finds them', async () => {
    const adapter = createFakeAdapter({ grid: sampleGrid('Proprietario XYZ') });
    const first = await renderPane(adapter);
    await readInventory();
    fireEvent.change(screen.getByRole('combobox', { name: 'Colonna B «Proprietario XYZ»' }), {
      target: { value: 'owner' },
    });
    await applyPreset('Cremona 2022', { takeYear: true });
    type(screen.getByRole('textbox', { name: /^Ambito territoriale/ }), 'Ambito di Cremona e Casalasco');
    type(screen.getByRole('textbox', { name: 'Quota Forze di Polizia e Vigili del Fuoco' }), '5');
    fireEvent.click(screen.getByRole('radio', { name: /Indigenza su tutti gli alloggi/ }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Salva parametri' }));
    });
    expect(await screen.findByText(/Parametri salvati nel file/)).toBeInTheDocument();
    const saved = adapter.settings as SavedSettings;
    expect(saved).toMatchObject({
      version: 1,
      source: { kind: 'table', name: 'Inventario' },
      mapping: { owner: 1 },
      presetId: 'cremona-2022',
      params: { anno: 2022, forzePolizia: 0.05, ordine: 'indigenza-su-tutti', ambito: 'Ambito di Cremona e Casalasco' },
    });
    expect(adapter.callsTo('writePlanSheet')).toHaveLength(0);
    first.unmount();

    await renderPane(adapter);
    // Complete parameters from the file: their step starts closed, with its summary.
    const paramsStep = screen.getByRole('button', { name: '2. Parametri del piano' });
    expect(paramsStep).toHaveAttribute('aria-expanded', 'false');
    expect(paramsStep).toHaveAccessibleDescription(
      'Piano 2022 · Ambito di Cremona e Casalasco · valori propri di 1 ente',
    );
    await openStep('2. Parametri del piano');
    expect(screen.getByRole('textbox', { name: 'Anno del piano' })).toHaveValue('2022');
    expect(screen.getByRole('textbox', { name: /^Ambito territoriale/ })).toHaveValue('Ambito di Cremona e Casalasco');
    expect(screen.getByRole('textbox', { name: 'Quota Forze di Polizia e Vigili del Fuoco' })).toHaveValue('5');
    expect(screen.getByRole('radio', { name: /Indigenza su tutti gli alloggi/ })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Nome della categoria' })).toHaveValue(
      'Beneficiari di progetti di protezione sociale',
    );
    const own = screen.getByRole('list', {
      name: 'Valori propri degli enti per «Maggiorazione indigenza (solo alloggi comunali)»',
    });
    expect(within(own).getByText('Valore proprio di Comune di Cremona: 10 %')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /Dove si trova l’inventario/ })).toHaveValue('table:Inventario'),
    );
    // The saved mapping applies to the next read: the preview appears without choosing again.
    await readInventory();
    expect(screen.getByRole('list', { name: 'Quote per ente proprietario e comune' })).toBeInTheDocument();
  });

  test('a saved named range is proposed again', async () => {
    const adapter = createFakeAdapter({
      settings: { version: 1, source: { kind: 'name', name: 'ElencoAlloggi' } },
    });
    await renderPane(adapter);
    await screen.findByRole('option', { name: /^Intervallo denominato ElencoAlloggi/ });
    expect(screen.getByRole('combobox', { name: /Dove si trova l’inventario/ })).toHaveValue('name:ElencoAlloggi');
  });
});

describe('no stale plan (issue #9): "Crea piano" reads the inventory again', () => {
  test('a cell corrected after the read: nothing written, the preview updated, then the plan of the workbook as it is, the same as the ribbon', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    await applyPreset('Cremona 2022', { takeYear: true });
    // After "Vai alla riga", the user corrects the unknown status in the workbook.
    const row = adapter.grid.findIndex((cells) => cells[0] === 'CR-ERR');
    adapter.grid[row][5] = 'libero';

    await clickCreate();
    expect(adapter.callsTo('writePlanSheet')).toHaveLength(0);
    await screen.findByText(IT.inventoryChanged);

    await clickCreate();
    const writes = adapter.callsTo('writePlanSheet');
    expect(writes).toHaveLength(1);
    const outcome = planFromGrid(
      { grid: adapter.grid, headerRow: 1, firstColumn: 0, sheetName: SHEET_NAME },
      cremona2022(),
    );
    const expected = planSheetLayout(
      { plan: outcome.plan as NonNullable<typeof outcome.plan>, fingerprint: outcome.fingerprint as string },
      { language: 'it', generatedAt: NOW },
    );
    expect(writes[0][0]).toEqual(expected);
    // Every row is read now, the corrected one included.
    expect(outcome.plan?.alloggi).toBe(adapter.grid.length - 1);

    // The ribbon, from the same workbook and the choices the pane saved, writes the same plan.
    const ribbon = await createPlanFromSettings(adapter, { language: 'it', now: () => NOW });
    expect(ribbon.status).toBe('written');
    expect(adapter.callsTo('writePlanSheet')[1][0]).toEqual(expected);
  });

  test('an unchanged workbook is written at the first click', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    await applyPreset('Cremona 2022', { takeYear: true });
    await clickCreate();
    expect(adapter.callsTo('writePlanSheet')).toHaveLength(1);
    expect(adapter.callsTo('readInventory')).toHaveLength(2);
  });
});
