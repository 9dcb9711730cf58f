/** @jest-environment jsdom */
import '../../helpers/jsdom-setup';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { planFromGrid } from '../../../src/core/pipeline';
import type { Plan } from '../../../src/core/plan/plan';
import { defaultParams, type PlanParams } from '../../../src/core/plan/params';
import { presetById } from '../../../src/core/plan/presets';
import { formatPercent } from '../../../src/taskpane/i18n/strings';
import { createFakeAdapter, SHEET_NAME } from '../../helpers/fake-adapter';
import { readInventory, renderPane } from '../../helpers/render-pane';

function enginePlan(grid: unknown[][], params: PlanParams): Plan {
  const outcome = planFromGrid({ grid, headerRow: 1, firstColumn: 0, sheetName: SHEET_NAME }, params);
  if (!outcome.plan) throw new Error('the sample inventory must give a plan');
  return outcome.plan;
}

/** The rows of the preview table as the user reads them. */
function renderedRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Quote per ente proprietario e comune' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

function expectedRows(plan: Plan): string[][] {
  const share = (quota: number, percent: number): string => `${quota} (${formatPercent(percent, 'it')})`;
  return [
    ...plan.gruppi.map((group) => [
      group.ente,
      group.comune,
      String(group.disponibili),
      `${group.sat.consentiti} / ${group.sat.richiesti}`,
      share(group.indigenza.quota, group.indigenza.percentuale),
      share(group.forzePolizia.quota, group.forzePolizia.percentuale),
      String(group.perAvviso),
    ]),
    [
      'Totale',
      '',
      String(plan.totali.disponibili),
      `${plan.totali.sat} / ${plan.totali.satRichiesti}`,
      String(plan.totali.indigenza),
      String(plan.totali.forzePolizia),
      String(plan.totali.perAvviso),
    ],
  ];
}

async function applyPreset(name: string): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Riempi da un modello' }));
  });
  await act(async () => {
    fireEvent.click(await screen.findByRole('menuitem', { name }));
  });
}

describe('preview of the plan', () => {
  test('asks for the inventory first', async () => {
    await renderPane(createFakeAdapter());
    expect(screen.getByText('Leggete l’inventario per vedere l’anteprima.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  test('the default parameters: every cell equals the engine’s', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    expect(renderedRows()).toEqual(expectedRows(enginePlan(adapter.grid, defaultParams(2022))));
    expect(screen.getByRole('heading', { name: '3. Anteprima del piano 2022' })).toBeInTheDocument();
  });

  test('the Cremona 2022 preset: SAT cap and the 30 % on Comune stock, as the engine computes them', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    await applyPreset('Cremona 2022');
    const plan = enginePlan(
      adapter.grid,
      (presetById('cremona-2022') as NonNullable<ReturnType<typeof presetById>>).params(2022),
    );
    expect(renderedRows()).toEqual(expectedRows(plan));
    // The Comune di Cremona asked 5 SAT over 12 available: 25 % of 12 = 3.
    const cremona = renderedRows().find((row) => row[0] === 'Comune di Cremona') ?? [];
    expect(cremona.slice(0, 5)).toEqual(['Comune di Cremona', 'Cremona', '12', '3 / 5', '3 (30 %)']);
    // The note saying the cap bit.
    const capNote = plan.note.find((note) => note.message.includes('consentiti'));
    expect(capNote).toBeDefined();
    expect(screen.getByText(capNote?.message ?? '')).toBeInTheDocument();
  });

  test('changing the reading of the split updates the numbers', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    await applyPreset('Cremona 2022');
    fireEvent.click(screen.getByRole('radio', { name: /Indigenza su tutti gli alloggi/ }));
    const params: PlanParams = {
      ...(presetById('cremona-2022') as NonNullable<ReturnType<typeof presetById>>).params(2022),
      ordine: 'indigenza-su-tutti',
    };
    expect(renderedRows()).toEqual(expectedRows(enginePlan(adapter.grid, params)));
    expect(
      screen.getByText(/la quota per l’indigenza si calcola su tutti gli alloggi disponibili/),
    ).toBeInTheDocument();
  });

  test('the chart has a text alternative with the figures per owner', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    const plan = enginePlan(adapter.grid, defaultParams(2022));
    const cremona = plan.gruppi.filter((group) => group.ente === 'Comune di Cremona');
    const available = cremona.reduce((sum, group) => sum + group.disponibili, 0);
    const indigenza = cremona.reduce((sum, group) => sum + group.indigenza.quota, 0);
    const chart = screen.getByRole('img', { name: /Comune di Cremona/ });
    expect(chart).toHaveAccessibleName(
      expect.stringContaining(`Comune di Cremona: ${available} disponibili, 0 SAT, ${indigenza} per l’indigenza`),
    );
  });

  test('invalid parameters hide the preview until corrected', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    const cap = screen.getByRole('textbox', { name: 'Soglia massima SAT' });
    fireEvent.change(cap, { target: { value: '30' } });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Correggete i parametri segnati in rosso per vedere l’anteprima.')).toBeInTheDocument();
    fireEvent.change(cap, { target: { value: '20' } });
    expect(renderedRows()).toEqual(expectedRows(enginePlan(adapter.grid, { ...defaultParams(2022), satSoglia: 0.2 })));
  });
});
