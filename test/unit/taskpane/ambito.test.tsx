/** @jest-environment jsdom */
/**
 * The capofila's steps of the pane (issue #11: 4 "Comunicazioni degli enti", 5 "Scenari") with the
 * fake adapter, as a clerk relies on them: import (refused with a sentence on an older Excel), the
 * inventory read unticked after the first import, the merge with its conflicts and missing owners,
 * their communications prepared in one go, a scenario made the plan; and "Crea piano", which reads
 * the communications again before writing (issue #9, no stale plan).
 */
import '../../helpers/jsdom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SheetLayout } from '../../../src/core/sheet/types';
import type { Grid } from '../../../src/core/types';
import {
  ALER,
  COMUNE_CASTELVERDE,
  COMUNE_CREMONA,
  createFakeAdapter,
  sampleGrid,
  type FakeAdapter,
} from '../../helpers/fake-adapter';
import { applyPreset, footerStatus, openStep, readInventory, renderPane, type } from '../../helpers/render-pane';
import { stringsFor } from '../../../src/taskpane/i18n/strings';

const IT = stringsFor('it');

const [HEADER, ...ROWS] = sampleGrid();
/** One owner's dwellings of the sample, as its communication holds them (the row with an error left out). */
const rowsOf = (owner: string): Grid => [
  [...HEADER],
  ...ROWS.filter((row) => row[1] === owner && row[0] !== 'CR-ERR').map((row) => [...row]),
];

/** Three communications; Castelverde's repeats one of the ALER's dwellings (a conflict). */
function communicationFiles(): Record<string, Record<string, Grid>> {
  const castelverde = rowsOf(COMUNE_CASTELVERDE);
  const alerRows = rowsOf(ALER);
  castelverde.push([...alerRows[1]]);
  return {
    'Comune di Cremona.xlsx': { 'Alloggi Cremona': rowsOf(COMUNE_CREMONA) },
    'ALER.xlsx': { 'Alloggi ALER': alerRows },
    'Comune di Castelverde.xlsx': { 'Alloggi Castelverde': castelverde },
  };
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}

const button = (name: string): HTMLElement => screen.getByRole('button', { name });

/** Reads the sample with the Cremona 2022 preset, then shows the capofila's steps from step 1. */
async function capofilaPane(adapter: FakeAdapter): Promise<void> {
  await renderPane(adapter);
  await readInventory();
  await applyPreset('Cremona 2022', { takeYear: true });
  await openStep(/^1\. /);
  await click(screen.getByRole('button', { name: IT.ambitoLink }));
  await screen.findByRole('heading', { name: IT.importHeading });
}

async function importFiles(names: string[]): Promise<void> {
  const input = screen.getByLabelText(IT.importButton) as HTMLInputElement;
  const files = names.map((name) => new File(['PK'], name));
  await act(async () => {
    fireEvent.change(input, { target: { files } });
  });
  await screen.findByText(/^\d+ file importat[oi]:/);
}

async function mergeSources(): Promise<void> {
  await click(button(IT.mergeButton));
  await screen.findByRole('list', { name: IT.ownersHeading });
}

/** A figure of the preview's "Totale dell'Ambito" table ("Disponibili", "Indigenza"...). */
function total(label: RegExp): string {
  const table = screen.getByRole('table', { name: 'Totale dell’Ambito' });
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => label.test(within(candidate).queryByRole('rowheader')?.textContent ?? ''));
  if (!row) throw new Error(`no row ${String(label)} in the totals`);
  return within(row).getByRole('cell').textContent ?? '';
}

const cellsOf = (layout: SheetLayout): string => JSON.stringify(layout);

describe('step 4: the owners’ communications', () => {
  test('an Excel without ExcelApi 1.13: no import, a sentence says what to do instead', async () => {
    const adapter = createFakeAdapter({ noImport: true });
    await capofilaPane(adapter);
    expect(screen.getByText(IT.importUnavailable)).toBeInTheDocument();
    expect(screen.queryByLabelText(IT.importButton)).toBeNull();
    expect(screen.queryByRole('button', { name: IT.importButton })).toBeNull();
    expect(adapter.callsTo('importWorkbook')).toHaveLength(0);
  });

  test('the first import unticks the inventory read, and says why; a second import leaves the ticks alone', async () => {
    const adapter = createFakeAdapter({ files: communicationFiles() });
    await capofilaPane(adapter);
    const inventory = screen.getByRole('checkbox', { name: /^Inventario letto:/ });
    expect(inventory).toBeChecked();
    expect(screen.queryByText(IT.inventoryUnticked)).toBeNull();

    await importFiles(['Comune di Cremona.xlsx']);
    expect(screen.getByText(IT.importDone({ files: 1, sheets: 1 }))).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Inventario letto:/ })).not.toBeChecked();
    expect(screen.getByText(IT.inventoryUnticked)).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', {
        name: IT.sourceCommunication({ file: 'Comune di Cremona.xlsx', sheetNames: ['Alloggi Cremona'] }),
      }),
    ).toBeChecked();

    // The clerk ticks it again on purpose: the next import does not untick it behind their back.
    await click(screen.getByRole('checkbox', { name: /^Inventario letto:/ }));
    await importFiles(['ALER.xlsx']);
    expect(screen.getByRole('checkbox', { name: /^Inventario letto:/ })).toBeChecked();
  });

  test('the merge: each owner’s status, the conflict naming both files, the missing owners’ workbooks opened one per owner', async () => {
    const adapter = createFakeAdapter({ files: communicationFiles() });
    await capofilaPane(adapter);
    await importFiles(['Comune di Cremona.xlsx', 'ALER.xlsx', 'Comune di Castelverde.xlsx']);
    type(
      screen.getByRole('textbox', { name: new RegExp(`^${IT.entiLabel}`) }),
      [COMUNE_CREMONA, ALER, COMUNE_CASTELVERDE, 'Comune di Spinadesco', 'Comune di Persico Dosimo'].join('\n'),
    );
    await mergeSources();

    const owners = within(screen.getByRole('list', { name: IT.ownersHeading }))
      .getAllByRole('listitem')
      .map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
    expect(owners).toContainEqual(expect.stringMatching(/^Comune di Spinadesco: mancante$/));
    expect(owners).toContainEqual(expect.stringMatching(/^Comune di Persico Dosimo: mancante$/));
    expect(owners).toContainEqual(expect.stringMatching(/^Comune di Cremona: ricevuta/));

    // The ALER dwelling repeated in Castelverde's file: one problem, naming both places.
    const problems = within(screen.getByRole('list', { name: /problemi? nelle comunicazioni$/ }))
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    const code = String(rowsOf(ALER)[1][0]);
    const conflicts = problems.filter((problem) => problem.includes(code));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatch(/ALER\.xlsx/);
    expect(conflicts[0]).toMatch(/Comune di Castelverde\.xlsx/);
    expect(footerStatus()).toHaveTextContent(/^Comunicazioni unite: 3 enti, /);

    // "Vai alla cella", as for the inventory's problems: the conflict's row in its own sheet.
    const item = within(screen.getByRole('list', { name: /problemi? nelle comunicazioni$/ }))
      .getAllByRole('listitem')
      .find((candidate) => candidate.textContent?.includes(code))!;
    await click(within(item).getByRole('button', { name: /^Vai alla (cella|riga) / }));
    const [selected] = adapter.callsTo('selectCell');
    expect(selected?.[0]).toMatch(/^Alloggi (ALER|Castelverde)$/);
    const sheetRows = adapter.sheets[selected[0] as string];
    const selectedRow = Number(/\d+$/.exec(selected[1] as string)?.[0]);
    expect(sheetRows[selectedRow - 1][0]).toBe(code);

    // "Prepara le comunicazioni mancanti": one workbook opened per missing owner.
    await click(button(IT.prepareMissingButton({ count: 2 })));
    await screen.findByText(
      /^«Comunicazione 2022 - Comune di Spinadesco\.xlsx» \(tabella degli alloggi vuota\) è aperta/,
    );
    expect(
      screen.getByText(
        /^«Comunicazione 2022 - Comune di Persico Dosimo\.xlsx» \(tabella degli alloggi vuota\) è aperta/,
      ),
    ).toBeInTheDocument();
    expect(adapter.callsTo('openWorkbook')).toHaveLength(2);
  }, 30_000);
});

describe('step 5: a scenario made the plan', () => {
  test('the preview and the plan written take the scenario’s parameters; back to the plan’s own', async () => {
    const adapter = createFakeAdapter();
    await capofilaPane(adapter);
    const indigenzaBefore = Number(total(/^Quota indigenza/));

    await openStep(IT.scenariosHeading);
    type(screen.getByRole('textbox', { name: IT.scenarioName({ index: 1 }) }), 'Cremona +20%');
    type(screen.getByRole('textbox', { name: IT.scenarioValues({ index: 1 }) }), 'Comune di Cremona:maggiorazione=20%');
    await click(button(IT.compareButton));
    await screen.findByRole('table', { name: IT.comparisonTotals });
    await click(button(IT.useScenario({ name: 'Cremona +20%' })));

    expect(screen.getAllByText(IT.scenarioPreview({ name: 'Cremona +20%' })).length).toBeGreaterThan(0);
    const indigenzaScenario = Number(total(/^Quota indigenza/));
    expect(indigenzaScenario).toBeGreaterThan(indigenzaBefore);

    await click(button(IT.createButton));
    const [layouts] = adapter.callsTo('writeSheets')[0] as [SheetLayout[]];
    expect(layouts.map((layout) => layout.name)).toEqual(['Piano 2022', 'Confronto scenari']);
    expect(cellsOf(layouts[0])).toContain('Il piano usa i parametri dello scenario «Cremona +20%»');
    expect(adapter.callsTo('writePlanSheet')).toHaveLength(0);

    await click(button(IT.backToPlan));
    expect(Number(total(/^Quota indigenza/))).toBe(indigenzaBefore);
  }, 30_000);
});

describe('no stale plan (issue #9): "Crea piano" reads the communications again', () => {
  test('a communication corrected after "Unisci": nothing written, the merge and the preview refreshed, then the corrected plan', async () => {
    const adapter = createFakeAdapter({ files: communicationFiles() });
    await capofilaPane(adapter);
    await importFiles(['Comune di Cremona.xlsx', 'ALER.xlsx']);
    await mergeSources();
    const before = Number(total(/^Disponibili/));

    // The clerk corrects a status in the imported sheet: an occupied dwelling is free.
    const sheet = adapter.sheets['Alloggi Cremona'];
    const row = sheet.findIndex((cells) => cells[5] === 'occupato');
    sheet[row][5] = 'libero';

    await click(button(IT.createButton));
    expect(adapter.callsTo('writeSheets')).toHaveLength(0);
    expect(adapter.callsTo('writePlanSheet')).toHaveLength(0);
    const alert = within(screen.getByTestId('pane-footer')).getAllByRole('alert');
    expect(alert.map((region) => region.textContent).join(' ')).toContain(IT.communicationsChanged);
    await waitFor(() => expect(Number(total(/^Disponibili/))).toBe(before + 1));

    await click(button(IT.createButton));
    const writes = adapter.callsTo('writeSheets');
    expect(writes).toHaveLength(1);
    const [layouts] = writes[0] as [SheetLayout[]];
    expect(layouts[0].name).toBe('Piano 2022');
    expect(footerStatus()).toHaveTextContent(IT.createdSheets({ sheetNames: layouts.map((layout) => layout.name) }));
    expect(screen.queryByText(IT.communicationsChanged)).toBeNull();
  }, 30_000);

  test('nothing changed: the plan is written at the first press, from the sheets read again', async () => {
    const adapter = createFakeAdapter({ files: communicationFiles() });
    await capofilaPane(adapter);
    await importFiles(['Comune di Cremona.xlsx', 'ALER.xlsx']);
    await mergeSources();
    const reads = adapter.callsTo('readInventory').length;
    await click(button(IT.createButton));
    expect(adapter.callsTo('writeSheets')).toHaveLength(1);
    // Both sheets were read again before writing.
    const again = adapter
      .callsTo('readInventory')
      .slice(reads)
      .map(([source]) => (source as { name?: string }).name);
    expect(again).toEqual(expect.arrayContaining(['Alloggi Cremona', 'Alloggi ALER']));
  }, 30_000);

  test('a scenario made the plan of the inventory alone: a cell corrected is caught the same way', async () => {
    const adapter = createFakeAdapter();
    await capofilaPane(adapter);
    await openStep(IT.scenariosHeading);
    type(screen.getByRole('textbox', { name: IT.scenarioName({ index: 1 }) }), 'SAT 8');
    type(screen.getByRole('textbox', { name: IT.scenarioValues({ index: 1 }) }), 'Comune di Cremona:satRichiesti=3');
    await click(button(IT.compareButton));
    await screen.findByRole('table', { name: IT.comparisonTotals });
    await click(button(IT.useScenario({ name: 'SAT 8' })));
    const before = Number(total(/^Disponibili/));

    const row = adapter.grid.findIndex((cells) => cells[0] === 'CR-ERR');
    adapter.grid[row][5] = 'libero';
    await click(button(IT.createButton));
    expect(adapter.callsTo('writeSheets')).toHaveLength(0);
    await screen.findByText(IT.inventoryChanged);
    await waitFor(() => expect(Number(total(/^Disponibili/))).toBe(before + 1));
    // The scenario is still the plan, on the data as they are now.
    expect(screen.getAllByText(IT.scenarioPreview({ name: 'SAT 8' })).length).toBeGreaterThan(0);

    await click(button(IT.createButton));
    expect(adapter.callsTo('writeSheets')).toHaveLength(1);
  }, 30_000);
});
