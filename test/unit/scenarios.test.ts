import { computePlan } from '../../src/core/plan/plan';
import { defaultParams, type PlanParams } from '../../src/core/plan/params';
import { ScenarioError, compareScenarios, parseScenario, scenarioParams } from '../../src/core/scenarios/scenarios';
import { layoutComparisonSheet } from '../../src/core/scenarios/layout';
import { ALER, COMUNE_CASTELVERDE, COMUNE_CREMONA, cremonaUnits } from '../helpers/plan-units';

/** The Cremona note's choices: +10 % and 5 SAT on the Comune's stock. */
const base = (): PlanParams => ({
  ...defaultParams(2022),
  enti: { [COMUNE_CREMONA]: { maggiorazione: 0.1, satRichiesti: 5 } },
});

describe('parseScenario', () => {
  test.each<[string, ReturnType<typeof parseScenario>]>([
    [
      'Maggiorazione 20%:maggiorazione=0.2',
      { nome: 'Maggiorazione 20%', values: [{ key: 'maggiorazione', value: 0.2 }] },
    ],
    [
      'Più SAT: satRichiesti=8, maggiorazione=0,3',
      {
        nome: 'Più SAT',
        values: [
          { key: 'satRichiesti', value: 8 },
          { key: 'maggiorazione', value: 0.3 },
        ],
      },
    ],
    [
      'Solo Cremona:Comune di Cremona:satRichiesti=8;ordine=indigenza-su-tutti',
      {
        nome: 'Solo Cremona',
        values: [
          { key: 'satRichiesti', value: 8, ente: COMUNE_CREMONA },
          { key: 'ordine', value: 'indigenza-su-tutti' },
        ],
      },
    ],
  ])('%p', (text, expected) => {
    expect(parseScenario(text, 2022)).toEqual(expected);
  });

  test.each<[string, RegExp]>([
    ['maggiorazione=0.2', /senza nome/],
    ['Vuoto:', /non cambia nessun parametro/],
    ['X:maggiorazione', /scrivete chiave=valore/],
    ['X:ambito=Cremona', /«ambito» non è un parametro che uno scenario può cambiare/],
    ['X:maggiorazione=30', /non è una percentuale valida/],
    ['X:satRichiesti=2,5', /serve un numero intero di alloggi/],
    ['X:ordine=prima-i-poveri', /scegliete sat-prima oppure indigenza-su-tutti/],
  ])('%p is refused: %p', (text, message) => {
    expect(() => parseScenario(text, 2022)).toThrow(message);
  });
});

describe('scenarioParams', () => {
  test('a value without an owner replaces that parameter for every owner', () => {
    const params = scenarioParams(base(), parseScenario('S:maggiorazione=0.2', 2022).values);
    expect(params.maggiorazione).toBe(0.2);
    expect(params.enti).toEqual({ [COMUNE_CREMONA]: { satRichiesti: 5 } });
  });

  test('an owner value changes that owner only, matched ignoring case', () => {
    const params = scenarioParams(base(), parseScenario('S:comune di cremona:satRichiesti=8', 2022).values);
    expect(params.enti).toEqual({ [COMUNE_CREMONA]: { maggiorazione: 0.1, satRichiesti: 8 } });
    expect(params.satRichiesti).toBe(0);
  });
});

describe('compareScenarios', () => {
  const units = cremonaUnits();
  const compute = (params: PlanParams) => computePlan(units, params);

  test('totals, the groups that change and the parameters that differ', () => {
    const comparison = compareScenarios(
      [
        { nome: 'Piano', params: base() },
        {
          nome: 'Maggiorazione 20%',
          params: scenarioParams(base(), parseScenario('x:maggiorazione=0.2', 2022).values),
        },
        {
          nome: 'SAT 8',
          params: scenarioParams(base(), parseScenario('x:Comune di Cremona:satRichiesti=8', 2022).values),
        },
      ],
      compute,
    );
    const plans = comparison.scenari.map((scenario) => scenario.plan);
    expect(comparison.scenari.map((scenario) => scenario.totali.indigenza)).toEqual(
      plans.map((plan) => plan.totali.indigenza),
    );
    // Cremona: 18 available, 4 SAT (25 % of 18 rounded down) -> 14 by call: 30 % -> 5, 40 % -> 6.
    // Castelverde: 2 by call: 30 % -> 1 at 20 %, 40 % -> 1. SAT 8 is capped at 4 as 5 was: no change.
    expect(comparison.gruppi).toEqual([
      {
        ente: COMUNE_CREMONA,
        comune: 'Cremona',
        cambiano: ['indigenza'],
        valori: [
          expect.objectContaining({ indigenza: 5, sat: 4 }),
          expect.objectContaining({ indigenza: 6, sat: 4 }),
          expect.objectContaining({ indigenza: 5, sat: 4 }),
        ],
      },
    ]);
    expect(comparison.totaliCheCambiano).toEqual(['indigenza']);
    expect(
      comparison.parametri.map((parameter) => [
        parameter.key,
        parameter.ente,
        parameter.valori.map((value) => value.it),
      ]),
    ).toEqual([
      ['maggiorazione', undefined, ['0 %', '20 %', '0 %']],
      ['maggiorazione', COMUNE_CREMONA, ['10 %', '20 %', '10 %']],
      ['satRichiesti', COMUNE_CREMONA, ['5', '5', '8']],
    ]);
  });

  test('groups that appear only in one scenario (another plan year) are listed as changing', () => {
    const comparison = compareScenarios(
      [
        { nome: '2022', params: base() },
        { nome: '2023', params: { ...base(), anno: 2023 } },
      ],
      compute,
    );
    const owners = comparison.gruppi.map((group) => group.ente);
    expect(owners).toContain(COMUNE_CREMONA);
    expect(owners).not.toContain(COMUNE_CASTELVERDE);
    expect(owners).not.toContain(ALER);
  });

  test.each([
    [1, /da 2 a 4 scenari/],
    [5, /da 2 a 4 scenari/],
  ])('%i scenarios are refused', (count, message) => {
    const scenarios = Array.from({ length: count }, (_, index) => ({ nome: `S${index}`, params: base() }));
    expect(() => compareScenarios(scenarios, compute)).toThrow(message);
  });

  test('two scenarios with the same name are refused', () => {
    expect(() =>
      compareScenarios(
        [
          { nome: 'A', params: base() },
          { nome: ' a ', params: base() },
        ],
        compute,
      ),
    ).toThrow(ScenarioError);
  });
});

describe('the "Confronto scenari" sheet', () => {
  const units = cremonaUnits();
  const comparison = compareScenarios(
    [
      { nome: 'Piano', params: base() },
      { nome: 'Maggiorazione 20%', params: scenarioParams(base(), parseScenario('x:maggiorazione=0.2', 2022).values) },
    ],
    (params) => computePlan(units, params),
  );
  const layout = layoutComparisonSheet(comparison, { ambito: 'Ambito di Cremona' });
  const text = (row: number, column: number): unknown => layout.cells[row - 1]?.[column]?.value;
  const rowOf = (label: string): number => layout.cells.findIndex((row) => row[0]?.value === label) + 1;

  test('one column per scenario, the totals of each, the parameters and the groups that change', () => {
    expect(layout.name).toBe('Confronto scenari');
    expect(layout.columnCount).toBe(5);
    const totals = rowOf('Quota indigenza');
    expect([text(totals, 3), text(totals, 4)]).toEqual(comparison.scenari.map((scenario) => scenario.totali.indigenza));
    expect(layout.styles).toContainEqual({ range: `A${totals}:E${totals}`, style: { bold: true } });
    const parameter = rowOf('Maggiorazione indigenza (solo alloggi comunali)');
    expect(layout.cells[parameter - 1].map((cell) => cell?.value ?? null)).toEqual([
      'Maggiorazione indigenza (solo alloggi comunali)',
      'tutti gli enti',
      null,
      '0 %',
      '20 %',
    ]);
    const group =
      layout.cells.findIndex((row) => row[0]?.value === COMUNE_CREMONA && row[2]?.value === 'Quota indigenza') + 1;
    expect(layout.cells[group - 1].map((cell) => cell?.value ?? null)).toEqual([
      COMUNE_CREMONA,
      'Cremona',
      'Quota indigenza',
      5,
      6,
    ]);
  });

  test('in English', () => {
    const english = layoutComparisonSheet(comparison, { language: 'en' });
    expect(english.name).toBe('Scenario comparison');
    expect(english.cells.flat().some((cell) => cell?.value === 'every owner')).toBe(true);
  });

  test('the reading of the split by its name, never its code (sat-prima)', () => {
    const reading = compareScenarios(
      [
        { nome: 'Piano', params: base() },
        { nome: 'Su tutti', params: scenarioParams(base(), parseScenario('x:ordine=indigenza-su-tutti', 2022).values) },
      ],
      (params) => computePlan(units, params),
    );
    const values = (language: 'it' | 'en'): unknown[] =>
      layoutComparisonSheet(reading, { language })
        .cells.find((row) => row[1]?.value === (language === 'it' ? 'tutti gli enti' : 'every owner'))
        ?.slice(3)
        .map((cell) => cell?.value) ?? [];
    expect(values('it')).toEqual([
      "Prima i SAT, poi l'indigenza sui restanti",
      'Indigenza su tutti gli alloggi disponibili',
    ]);
    expect(values('en')).toEqual([
      'SAT first, then the poverty share on the rest',
      'Poverty share on all available dwellings',
    ]);
    expect(
      layoutComparisonSheet(reading)
        .cells.flat()
        .map((cell) => cell?.value),
    ).not.toContain('sat-prima');
  });
});
