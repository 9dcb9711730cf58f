/** @jest-environment jsdom */
import '../../helpers/jsdom-setup';
import { fireEvent, screen, within } from '@testing-library/react';
import { planFromGrid } from '../../../src/core/pipeline';
import { quotasShown, type Plan, type PlanGroup } from '../../../src/core/plan/plan';
import { SPLIT_QUOTAS } from '../../../src/core/quota';
import { defaultParams, type PlanParams } from '../../../src/core/plan/params';
import { presetById } from '../../../src/core/plan/presets';
import { formatPercent } from '../../../src/taskpane/i18n/strings';
import { createFakeAdapter, SHEET_NAME } from '../../helpers/fake-adapter';
import { applyPreset, openStep, readInventory, renderPane } from '../../helpers/render-pane';

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
  return [
    ...cards,
    { name: 'Totale dell’Ambito', figures: figuresOf(screen.getByRole('table', { name: 'Totale dell’Ambito' })) },
  ];
}

/**
 * The cards as a clerk should read them, from the engine's plan: the available dwellings, the SAT
 * ("4 su 5 richiesti (ridotti alla soglia del 25 %)") when asked for, the dwellings per avviso
 * and what they hold: the reserved quotas, then the ordinary ranking, which together make them up.
 */
function expectedCards(plan: Plan): Card[] {
  const pct = (share: number): string => formatPercent(share, 'it');
  const own = (group: PlanGroup, keys: string[]): boolean =>
    keys.some((key) => group.personalizzati.includes(key as never));
  const reserved = (group: PlanGroup): number => SPLIT_QUOTAS.reduce((sum, quota) => sum + group[quota.key].quota, 0);
  const groupCards = plan.gruppi.map((group) => {
    // Indigenza always; another quota where its share is above 0.
    const quotas: [string, string][] = SPLIT_QUOTAS.filter(
      (quota) => quota.key === 'indigenza' || group[quota.key].percentuale > 0,
    ).map((quota) => {
      const ownShare = own(
        group,
        quota.shareParams.map((param) => param.key),
      );
      return [
        `${quota.label.it} (${pct(group[quota.key].percentuale)}${ownShare ? ', valore dell’ente' : ''})`,
        String(group[quota.key].quota),
      ];
    });
    // Quotas rounded up on a small base may add up to more than it: then none is left (never below 0).
    const parts: [string, string][] = [
      ...quotas,
      ['Graduatoria ordinaria', String(Math.max(0, group.perAvviso - reserved(group)))],
    ];
    const figures: [string, string][] =
      group.sat.richiesti > 0
        ? [
            ['Disponibili', String(group.disponibili)],
            [
              `SAT${own(group, ['satRichiesti', 'satSoglia']) ? ' (valore dell’ente)' : ''}`,
              `${group.sat.consentiti} su ${group.sat.richiesti} richiesti` +
                (group.sat.tettoSuperato ? ` (ridotti alla soglia del ${pct(group.sat.soglia)})` : ''),
            ],
            ['Per avviso', String(group.perAvviso)],
            ...parts,
          ]
        : [['Disponibili, tutti per avviso', String(group.disponibili)], ...parts];
    return { name: `${group.ente}, ${group.comune}`, figures };
  });
  const totals = plan.totali;
  const ordinari = plan.gruppi.reduce((sum, group) => sum + Math.max(0, group.perAvviso - reserved(group)), 0);
  return [
    ...groupCards,
    {
      name: 'Totale dell’Ambito',
      figures: [
        ['Disponibili', String(totals.disponibili)],
        [
          'SAT',
          totals.satRichiesti === 0 ? '0 (nessuna richiesta)' : `${totals.sat} su ${totals.satRichiesti} richiesti`,
        ],
        ['Per avviso', String(totals.perAvviso)],
        // Every quota the plan sheet shows, a quota of 0 % included.
        ...quotasShown(plan).map((quota): [string, string] => [quota.label.it, String(totals[quota.key])]),
        ['Graduatoria ordinaria', String(ordinari)],
      ],
    },
  ];
}

/** The figures of one card by label. */
const figuresByLabel = (cards: Card[], name: string): Record<string, string> =>
  Object.fromEntries(cards.find((card) => card.name === name)?.figures ?? []);

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
    await applyPreset('Cremona 2022', { takeYear: true });
    const plan = enginePlan(
      adapter.grid,
      (presetById('cremona-2022') as NonNullable<ReturnType<typeof presetById>>).params(2022),
    );
    expect(renderedCards(plan)).toEqual(expectedCards(plan));
    // The Comune di Cremona asked 5 SAT over 12 available: 25 % of 12 = 3, said in words; its own
    // values are marked as its own.
    const cremona = figuresByLabel(renderedCards(plan), 'Comune di Cremona, Cremona');
    expect(cremona['Disponibili']).toBe('12');
    expect(cremona['SAT (valore dell’ente)']).toBe('3 su 5 richiesti (ridotti alla soglia del 25 %)');
    expect(cremona['Per avviso']).toBe('9');
    expect(cremona['Quota indigenza (30 %, valore dell’ente)']).toBe('3');
    expect(cremona['Graduatoria ordinaria']).toBe('6');
    // ALER asked none: all its dwellings go by avviso, in one row.
    expect(
      figuresByLabel(renderedCards(plan), 'ALER Brescia-Cremona-Mantova, Cremona')['Disponibili, tutti per avviso'],
    ).toBe('6');
    // The note saying the cap bit, one click away.
    const capNote = plan.note.find((note) => note.message.includes('consentiti'));
    expect(capNote).toBeDefined();
    expect(screen.queryByText(capNote?.message ?? '')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: `Mostra le ${plan.note.length} note del piano` }));
    expect(screen.getByText(capNote?.message ?? '')).toBeInTheDocument();
  });

  test('changing the reading of the split updates the numbers', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    await applyPreset('Cremona 2022', { takeYear: true });
    await openStep('2. Parametri del piano');
    fireEvent.click(screen.getByRole('radio', { name: /Indigenza su tutti gli alloggi/ }));
    const params: PlanParams = {
      ...(presetById('cremona-2022') as NonNullable<ReturnType<typeof presetById>>).params(2022),
      ordine: 'indigenza-su-tutti',
    };
    const plan = enginePlan(adapter.grid, params);
    expect(renderedCards(plan)).toEqual(expectedCards(plan));
    fireEvent.click(screen.getByRole('button', { name: /^Mostra le \d+ note del piano$/ }));
    expect(
      screen.getByText(/le quote \(indigenza, Forze di Polizia\) si calcolano su tutti gli alloggi disponibili/),
    ).toBeInTheDocument();
  });

  test('each card draws how its available dwellings split: SAT, the quotas, the ordinary ranking', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    await applyPreset('Cremona 2022');
    expect(
      screen.getByText('Le quote riservate sono una parte degli alloggi per avviso, non si aggiungono.'),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Quote per ente proprietario e comune' });
    const card = within(list).getByRole('table', { name: 'Comune di Cremona, Cremona' }).parentElement as HTMLElement;
    const bar = within(card).getByTestId('breakdown-bar');
    // A picture of the figures beside it: hidden from screen readers, which read the table.
    expect(bar).toHaveAttribute('aria-hidden', 'true');
    const segments = Array.from(bar.querySelectorAll<HTMLElement>('[data-segment]'));
    expect(segments.map((segment) => segment.dataset.segment)).toEqual(['sat', 'indigenza', 'ordinari']);
    // 3 SAT, 3 indigenza, 6 ordinary of 12.
    expect(segments.map((segment) => segment.style.width)).toEqual(['25%', '25%', '50%']);
  });

  test('a 2027 plan: the Polizia Locale share in every card, and the three years as a chart', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    await openStep('2. Parametri del piano');
    fireEvent.change(screen.getByRole('textbox', { name: 'Anno del piano' }), { target: { value: '2027' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Quota Forze di Polizia e Vigili del Fuoco' }), {
      target: { value: '10' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Quota Polizia Locale' }), { target: { value: '5' } });
    const plan = enginePlan(adapter.grid, { ...defaultParams(2027), forzePolizia: 0.1, poliziaLocale: 0.05 });
    const cards = renderedCards(plan);
    expect(cards).toEqual(expectedCards(plan));
    expect(cards[0].figures.map(([label]) => label)).toContain('Quota Polizia Locale (5 %)');
    const years = screen.getByRole('img', { name: /^Alloggi disponibili per anno:/ });
    expect(years).toHaveAccessibleName(
      `Alloggi disponibili per anno: ${plan.totali.triennio.map((year) => `${year.anno} ${year.disponibili}`).join(', ')}.`,
    );
    expect(screen.getByText('Alloggi disponibili nel triennio 2027-2029')).toBeInTheDocument();
  });

  test('invalid parameters hide the preview until corrected', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    await openStep('2. Parametri del piano');
    const cap = screen.getByRole('textbox', { name: 'Soglia massima SAT' });
    fireEvent.change(cap, { target: { value: '30' } });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^3\. Anteprima del piano/ })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Correggete i parametri segnati in rosso per vedere l’anteprima.')).toBeInTheDocument();
    fireEvent.change(cap, { target: { value: '20' } });
    const plan = enginePlan(adapter.grid, { ...defaultParams(2022), satSoglia: 0.2 });
    expect(renderedCards(plan)).toEqual(expectedCards(plan));
  });
});
