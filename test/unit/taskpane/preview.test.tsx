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

/** A card of the preview as the user reads it: its name, then each figure with its label. */
interface Card {
  name: string;
  figures: [string, string][];
}

function figuresOf(table: HTMLElement): [string, string][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [
      within(row).getByRole('rowheader').textContent ?? '',
      within(row).getByRole('cell').textContent ?? '',
    ]);
}

/**
 * The preview's cards, found by role and name: one table per owner and comune inside the list
 * "Quote per ente proprietario e comune", in the list's order, then the totals.
 */
function renderedCards(plan: Plan): Card[] {
  const list = screen.getByRole('list', { name: 'Quote per ente proprietario e comune' });
  const tables = within(list).getAllByRole('table');
  // Exactly one card per group, in the plan's order, each found by its own name.
  expect(tables).toHaveLength(plan.gruppi.length);
  const cards = plan.gruppi.map((group, index) => {
    const name = `${group.ente}, ${group.comune}`;
    const table = within(list).getByRole('table', { name });
    expect(table).toBe(tables[index]);
    expect(within(list).getByRole('heading', { name, level: 3 })).toBeInTheDocument();
    return { name, figures: figuresOf(table) };
  });
  return [...cards, { name: 'Totale', figures: figuresOf(screen.getByRole('table', { name: 'Totale' })) }];
}

function expectedCards(plan: Plan): Card[] {
  const share = (quota: number, percent: number): string => `${quota} (${formatPercent(percent, 'it')})`;
  return [
    ...plan.gruppi.map((group) => ({
      name: `${group.ente}, ${group.comune}`,
      figures: [
        ['Disponibili', String(group.disponibili)],
        [
          'SAT consentiti / richiesti',
          `${group.sat.consentiti} / ${group.sat.richiesti}` +
            (group.sat.tettoSuperato ? ` ridotti alla soglia del ${formatPercent(group.sat.soglia, 'it')}` : ''),
        ],
        ['Quota indigenza', share(group.indigenza.quota, group.indigenza.percentuale)],
        ['Quota Forze di Polizia', share(group.forzePolizia.quota, group.forzePolizia.percentuale)],
        ['Alloggi per avviso', String(group.perAvviso)],
      ] as [string, string][],
    })),
    {
      name: 'Totale',
      figures: [
        ['Disponibili', String(plan.totali.disponibili)],
        ['SAT consentiti / richiesti', `${plan.totali.sat} / ${plan.totali.satRichiesti}`],
        ['Quota indigenza', String(plan.totali.indigenza)],
        ['Quota Forze di Polizia', String(plan.totali.forzePolizia)],
        ['Alloggi per avviso', String(plan.totali.perAvviso)],
      ],
    },
  ];
}

/** The figures of one card by label. */
const figuresByLabel = (cards: Card[], name: string): Record<string, string> =>
  Object.fromEntries(cards.find((card) => card.name === name)?.figures ?? []);

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
    expect(screen.queryByRole('list', { name: 'Quote per ente proprietario e comune' })).not.toBeInTheDocument();
  });

  test('the default parameters: every figure equals the engine’s', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    const plan = enginePlan(adapter.grid, defaultParams(2022));
    expect(renderedCards(plan)).toEqual(expectedCards(plan));
    // No SAT requested: nothing capped.
    expect(screen.queryByText(/ridotti alla soglia/)).not.toBeInTheDocument();
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
    expect(renderedCards(plan)).toEqual(expectedCards(plan));
    // The Comune di Cremona asked 5 SAT over 12 available: 25 % of 12 = 3, marked as capped.
    const cremona = figuresByLabel(renderedCards(plan), 'Comune di Cremona, Cremona');
    expect(cremona['Disponibili']).toBe('12');
    expect(cremona['SAT consentiti / richiesti']).toBe('3 / 5 ridotti alla soglia del 25 %');
    expect(cremona['Quota indigenza']).toBe('3 (30 %)');
    // ALER asked none: no mark.
    expect(
      figuresByLabel(renderedCards(plan), 'ALER Brescia-Cremona-Mantova, Cremona')['SAT consentiti / richiesti'],
    ).toBe('0 / 0');
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
    const plan = enginePlan(adapter.grid, params);
    expect(renderedCards(plan)).toEqual(expectedCards(plan));
    expect(
      screen.getByText(/le quote \(indigenza, Forze di Polizia\) si calcolano su tutti gli alloggi disponibili/),
    ).toBeInTheDocument();
  });

  test('the chart: one entry per owner and comune, as in the cards, with its text alternative', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    const plan = enginePlan(adapter.grid, defaultParams(2022));
    const chart = screen.getByRole('img', { name: /Comune di Cremona/ });
    expect(chart).toHaveAccessibleName(
      plan.gruppi
        .map(
          (group) =>
            `${group.ente}, ${group.comune}: ${group.disponibili} disponibili, ${group.sat.consentiti} SAT, ` +
            `${group.indigenza.quota} per l’indigenza`,
        )
        .join('; '),
    );
    // The same groups in the same order as the cards, each with its three figures.
    const entries = Array.from(chart.children);
    expect(entries).toHaveLength(plan.gruppi.length);
    entries.forEach((entry, index) => {
      const group = plan.gruppi[index];
      const [name, ...bars] = Array.from(entry.children);
      expect(Array.from(name.querySelectorAll('span')).map((span) => span.textContent)).toEqual([
        group.ente,
        group.comune,
      ]);
      expect(bars.map((bar) => bar.textContent)).toEqual([
        String(group.disponibili),
        String(group.sat.consentiti),
        String(group.indigenza.quota),
      ]);
      // A zero is drawn as a tick next to its "0", never as a number with nothing beside it.
      bars.forEach((bar) => {
        const zero = bar.textContent === '0';
        expect(bar.querySelector('[data-zero="true"]') !== null).toBe(zero);
        expect(bar.firstElementChild).not.toBeNull();
      });
    });
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
    const plan = enginePlan(adapter.grid, { ...defaultParams(2022), satSoglia: 0.2 });
    expect(renderedCards(plan)).toEqual(expectedCards(plan));
  });
});
