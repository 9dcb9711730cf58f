import { calendarWarnings, planDeadlines } from '../../src/core/plan/calendar';
import {
  computePlan,
  countUnit,
  emptyGroupCounts,
  isAvailable,
  sourceOf,
  type PlanGroup,
} from '../../src/core/plan/plan';
import { defaultParams, PlanParamsError, validateParams, type PlanParams } from '../../src/core/plan/params';
import { presetById } from '../../src/core/plan/presets';
import type { Unit } from '../../src/core/types';

let nextRow = 2;
function unit(partial: Partial<Unit> & Pick<Unit, 'owner' | 'comune'>): Unit {
  return {
    row: nextRow++,
    ownerKind: /aler/i.test(partial.owner) ? 'aler' : 'comune',
    service: 'SAP',
    status: 'libero',
    carenzaManutentiva: false,
    ...partial,
  };
}
function many(count: number, partial: Partial<Unit> & Pick<Unit, 'owner' | 'comune'>): Unit[] {
  return Array.from({ length: count }, () => unit(partial));
}

const CREMONA = 'Comune di Cremona';
const ALER = 'ALER Brescia-Cremona-Mantova';

describe('availability in the plan year', () => {
  test.each<[Partial<Unit>, boolean]>([
    [{ status: 'libero' }, true],
    [{ status: 'occupato' }, false],
    [{ status: 'libero', service: 'SAS' }, false],
    [{ status: 'libero', service: 'SAT' }, true],
    [{ status: 'turnover' }, false],
    [{ status: 'turnover', availableFrom: { year: 2022, month: 6, day: 1 } }, true],
    [{ status: 'turnover', availableFrom: { year: 2021, month: 12, day: 31 } }, true],
    [{ status: 'turnover', availableFrom: { year: 2023, month: 1, day: 1 } }, false],
    [{ status: 'libero', availableFrom: { year: 2023, month: 1, day: 1 } }, false],
    [{ status: 'carenza-manutentiva' }, true],
    [{ status: 'nuova-costruzione', availableFrom: { year: 2022, month: 3, day: 1 } }, true],
  ])('%p in 2022 -> %p', (partial, expected) => {
    expect(isAvailable(unit({ owner: CREMONA, comune: 'Cremona', ...partial }), 2022)).toBe(expected);
  });

  test.each<[Partial<Unit>, string]>([
    [{ status: 'libero' }, 'libero'],
    [{ status: 'turnover' }, 'turnover'],
    [{ status: 'ristrutturazione' }, 'nuovi'],
    [{ status: 'libero', carenzaManutentiva: true }, 'carenza'],
    [{ status: 'turnover', origin: 'conferito-privati' }, 'privati'],
  ])('source of %p is %s', (partial, expected) => {
    expect(sourceOf(unit({ owner: CREMONA, comune: 'Cremona', ...partial }))).toBe(expected);
  });
});

describe('Cremona 2022 preset', () => {
  const units = [
    ...many(17, { owner: CREMONA, comune: 'Cremona' }),
    unit({ owner: CREMONA, comune: 'Cremona', status: 'carenza-manutentiva', carenzaManutentiva: true }),
    ...many(30, { owner: CREMONA, comune: 'Cremona', status: 'occupato' }),
    ...many(4, { owner: CREMONA, comune: 'Cremona', service: 'SAS' }),
    ...many(12, { owner: ALER, comune: 'Cremona' }),
    ...many(3, {
      owner: ALER,
      comune: 'Castelverde',
      status: 'turnover',
      availableFrom: { year: 2022, month: 5, day: 2 },
    }),
  ];
  const plan = computePlan(units, presetById('cremona-2022')!.params(2022));
  const group = (ente: string, comune: string) => plan.gruppi.find((g) => g.ente === ente && g.comune === comune)!;

  test('the Comune di Cremona gets 30 % and 5 SAT within the 25 % cap', () => {
    const cremona = group(CREMONA, 'Cremona');
    expect(cremona.disponibili).toBe(18);
    expect(cremona.patrimonio).toEqual({ SAP: 48, SAS: 4, SAT: 0 });
    expect(cremona.perFonte).toMatchObject({ libero: 17, carenza: 1 });
    expect(cremona.sat).toMatchObject({ richiesti: 5, tetto: 4, consentiti: 4, tettoSuperato: true });
    expect(cremona.indigenza).toEqual({ percentuale: 0.3, base: 14, quota: 5 });
    expect(cremona.perAvviso).toBe(14);
  });

  test('ALER gets the regional 20 % per comune and no SAT (it asked for none)', () => {
    expect(group(ALER, 'Cremona').indigenza).toEqual({ percentuale: 0.2, base: 12, quota: 3 });
    expect(group(ALER, 'Castelverde').indigenza).toEqual({ percentuale: 0.2, base: 3, quota: 1 });
    expect(group(ALER, 'Castelverde').sat.consentiti).toBe(0);
  });

  test('quotas are per group, not on the Ambito total, and the cap that bit is noted', () => {
    expect(plan.totali.disponibili).toBe(33);
    expect(plan.totali.indigenza).toBe(5 + 3 + 1);
    expect(plan.gruppi.map((g) => g.ente)).toEqual([CREMONA, ALER, ALER]);
    expect(plan.note.map((n) => n.message).join('\n')).toContain(
      '5 alloggi SAT richiesti, 4 consentiti: 25 % di 18 = 4,5',
    );
  });
});

describe('reading of the split', () => {
  const units = many(20, { owner: CREMONA, comune: 'Cremona' });
  test.each<[PlanParams['ordine'], number, number]>([
    ['sat-prima', 15, 3],
    ['indigenza-su-tutti', 20, 4],
  ])('%s: base %i, quota %i', (ordine, base, quota) => {
    const plan = computePlan(units, { ...defaultParams(2022), satRichiesti: 5, ordine });
    expect(plan.gruppi[0].indigenza).toMatchObject({ base, quota });
    expect(plan.gruppi[0].sat.consentiti).toBe(5);
  });
});

test('93 dwellings over 9 groups do not give ceil(20 % x 93)', () => {
  const comuni = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
  const units = comuni.flatMap((comune, index) => many(index < 3 ? 11 : 10, { owner: ALER, comune }));
  const plan = computePlan(units, defaultParams(2025));
  expect(plan.totali.disponibili).toBe(93);
  expect(plan.totali.indigenza).toBe(3 * 3 + 6 * 2);
  expect(Math.ceil(0.2 * 93)).toBe(19);
  expect(plan.totali.indigenza).not.toBe(19);
});

describe('Forze di Polizia by plan year (R.R. 4/2017 art. 7 bis)', () => {
  const units = many(18, { owner: CREMONA, comune: 'Cremona' });
  test('10 % of 18 rounds up to 2', () => {
    expect(computePlan(units, { ...defaultParams(2022), forzePolizia: 0.1 }).gruppi[0].forzePolizia.quota).toBe(2);
  });
  test('15 % is refused in 2024 with the article, allowed in 2025', () => {
    expect(() => computePlan(units, { ...defaultParams(2024), forzePolizia: 0.15 })).toThrow(/art\. 7 bis/);
    expect(computePlan(units, { ...defaultParams(2025), forzePolizia: 0.15 }).gruppi[0].forzePolizia.quota).toBe(3);
  });
});

describe('parameter validation', () => {
  test.each<[Partial<PlanParams>, string]>([
    [{ indigenza: 30 }, 'Scrivete 30 % oppure 0,3'],
    [{ satSoglia: 0.3 }, 'da 0 % a 25 %'],
    [{ forzePolizia: 0.2 }, 'R.R. 4/2017 art. 7 bis'],
    [{ categoriaQuota: 0.1 }, 'non è prevista'],
    [
      { riservaCategorie: ['anziani'] },
      'la riserva non è prevista (R.R. 4/2017 art. 4 c. 3 lett. c bis, dal piano 2025',
    ],
    [
      { indigenza: 0.3 },
      "non si può scegliere: la quota è il 20 % degli alloggi disponibili nell'anno (R.R. 4/2017 art. 13 c. 3)",
    ],
    [{ indigenza: 0.1 }, 'usate la maggiorazione (parametro «maggiorazione», solo alloggi comunali)'],
    [{ satRichiesti: 2.5 }, 'numero intero'],
    [
      { maggiorazione: 0.9 },
      'da 0 % a 80 % per il piano 2022: con il 20 % di base la quota supererebbe tutti gli alloggi',
    ],
    [{ anno: 1990 }, 'Anno del piano 1990 non valido'],
    [{ ordine: 'a-caso' as PlanParams['ordine'] }, 'sat-prima oppure indigenza-su-tutti'],
    [{ enti: { [CREMONA]: { maggiorazione: -0.1 } } }, '«Comune di Cremona»'],
  ])('%p is refused: %s', (change, text) => {
    const params = { ...defaultParams(2022), ...change };
    expect(
      validateParams(params)
        .map((p) => p.message)
        .join(' '),
    ).toContain(text);
    expect(() => computePlan([], params)).toThrow(PlanParamsError);
  });

  test('a share above 100 % is refused as such, without blaming an article that does not set it', () => {
    const message = (change: Partial<PlanParams>) =>
      validateParams({ ...defaultParams(2027), ...change })
        .map((problem) => problem.message)
        .join(' ');
    expect(message({ indigenza: 1.5 })).toContain('è più del 100 %');
    expect(message({ indigenza: 1.5 })).not.toContain('art.');
    expect(message({ maggiorazione: 0.85 })).toBe(
      'Maggiorazione indigenza (solo alloggi comunali): 85 % è fuori dai limiti, da 0 % a 80 % per il piano 2027: con il 20 % di base la quota supererebbe tutti gli alloggi.',
    );
  });

  test('the defaults are valid in every rules version', () => {
    expect(validateParams(defaultParams(2019))).toEqual([]);
    expect(validateParams(defaultParams(2026))).toEqual([]);
  });
});

test('an override for an owner not in the inventory is noted, not silently dropped', () => {
  const plan = computePlan(many(5, { owner: ALER, comune: 'Cremona' }), presetById('cremona-2022')!.params(2022));
  expect(plan.note.map((n) => n.message).join(' ')).toContain('«Comune di Cremona» non sono stati usati');
});

describe('Milano 2022 as published: the police share is a share of the SAP dwellings after SAT', () => {
  // Published: Comune di Milano, 1,150 dwellings = 950 SAP + 200 SAT, police 5 % -> 48.
  // Assumed for ALER Milano (the plan gives only its 63): 1,400 available, 140 SAT, so 1,260 by public call.
  const MILANO = 'Comune di Milano';
  const ALER_MILANO = 'ALER Milano';
  const units = [
    ...many(1150, { owner: MILANO, comune: 'Milano' }),
    ...many(1400, { owner: ALER_MILANO, comune: 'Milano' }),
  ];
  const params = (year: number, share: number, ordine: PlanParams['ordine'] = 'sat-prima'): PlanParams => ({
    ...defaultParams(year),
    ordine,
    forzePolizia: share,
    enti: { [MILANO]: { satRichiesti: 200 }, [ALER_MILANO]: { satRichiesti: 140 } },
  });
  const quotas = (plan: ReturnType<typeof computePlan>) =>
    plan.gruppi.map((group) => [group.ente, group.baseRipartizione, group.forzePolizia.quota]);

  test('2022, 5 %: Comune 48 (not 58), ALER 63; the same base as the poverty share', () => {
    const plan = computePlan(units, params(2022, 0.05));
    expect(quotas(plan)).toEqual([
      [MILANO, 950, 48],
      [ALER_MILANO, 1260, 63],
    ]);
    expect(plan.gruppi.map((group) => group.indigenza.base)).toEqual([950, 1260]);
    expect(plan.totali.forzePolizia).toBe(111);
  });

  test('the other reading puts every quota on all available dwellings: 58 and 70', () => {
    expect(quotas(computePlan(units, params(2022, 0.05, 'indigenza-su-tutti')))).toEqual([
      [MILANO, 1150, 58],
      [ALER_MILANO, 1400, 70],
    ]);
  });

  test('a 2025 plan at 10 % gives ceil(10 % x SAP after SAT): 95 and 126', () => {
    expect(quotas(computePlan(units, params(2025, 0.1)))).toEqual([
      [MILANO, 950, 95],
      [ALER_MILANO, 1260, 126],
    ]);
  });
});

describe('bounds by plan year: each checked against the rules of its own year', () => {
  // [year, parameter, highest value accepted, what the refusal of anything above names]
  test.each<[number, keyof PlanParams, number, string]>([
    [2022, 'forzePolizia', 0.1, '(R.R. 4/2017 art. 7 bis)'],
    [2027, 'forzePolizia', 0.2, '(R.R. 4/2017 art. 4 c. 3 lett. d bis (R.R. 2/2025))'],
    [2022, 'poliziaLocale', 0, 'non è prevista (R.R. 4/2017 art. 7 ter, dal piano 2025 (R.R. 2/2025))'],
    [2027, 'poliziaLocale', 0.2, '(R.R. 4/2017 art. 4 c. 3 lett. d bis (R.R. 2/2025))'],
    [2022, 'categoriaQuota', 0, 'non è prevista'],
    [2027, 'categoriaQuota', 0.2, '(R.R. 4/2017 art. 4 c. 3 lett. c bis (R.R. 2/2025))'],
    [2022, 'satSoglia', 0.25, '(L.R. 16/2016 art. 23)'],
    [2027, 'satSoglia', 0.25, '(L.R. 16/2016 art. 23)'],
    [2022, 'maggiorazione', 0.8, 'da 0 % a 80 % per il piano 2022: con il 20 %'],
    [2027, 'maggiorazione', 0.8, 'da 0 % a 80 % per il piano 2027: con il 20 %'],
  ])('%i: %s up to %d', (year, key, max, named) => {
    const problems = (value: number) => validateParams({ ...defaultParams(year), [key]: value });
    expect(problems(max)).toEqual([]);
    // One part per million above the bound is refused.
    const above = problems(max + 0.000001);
    expect(above.map((problem) => problem.key)).toEqual([key]);
    expect(above[0].message).toContain(named);
    expect(problems(-0.01).map((problem) => problem.key)).toEqual([key]);
  });

  test.each([2022, 2027])('%i: the indigenza share is 20 %, nothing else', (year) => {
    expect(validateParams({ ...defaultParams(year), indigenza: 0.2 })).toEqual([]);
    for (const share of [0, 0.1, 0.199999, 0.200001, 0.3]) {
      expect(validateParams({ ...defaultParams(year), indigenza: share })[0].message).toContain('art. 13 c. 3');
    }
  });
});

describe('rounding per owner and comune, in a 2022 and a 2027 plan', () => {
  // 14 dwellings by public call in one group (18 available, 4 SAT), 30 in another (no SAT).
  const units = [...many(18, { owner: CREMONA, comune: 'Cremona' }), ...many(30, { owner: ALER, comune: 'Cremona' })];
  const plan = (year: number, change: Partial<PlanParams>) =>
    computePlan(units, { ...defaultParams(year), enti: { [CREMONA]: { satRichiesti: 4 } }, ...change });
  test.each<[number, Partial<PlanParams>, keyof PlanGroup, number, number]>([
    // year, parameters, quota, Comune di Cremona (base 14), ALER (base 30)
    [2022, {}, 'indigenza', 3, 6], // 2.8 -> 3; 6 exactly
    [2022, { maggiorazione: 0.1 }, 'indigenza', 5, 6], // 30 % of 14 = 4.2 -> 5; ALER stays at 20 %
    [2022, { forzePolizia: 0.1 }, 'forzePolizia', 2, 3], // 1.4 -> 2; 10 % x 30 = 3, never 4
    [2022, { forzePolizia: 0.05 }, 'forzePolizia', 1, 2], // 0.7 -> 1; 1.5 -> 2
    [2027, {}, 'indigenza', 3, 6],
    [2027, { maggiorazione: 0.1 }, 'indigenza', 5, 6],
    [2027, { forzePolizia: 0.15 }, 'forzePolizia', 3, 5], // 2.1 -> 3; 4.5 -> 5
    [2027, { forzePolizia: 0.2 }, 'forzePolizia', 3, 6], // 2.8 -> 3; 6 exactly
    [2027, { categoriaQuota: 0.1, riservaCategorie: ['anziani'] }, 'categoria', 2, 3], // 1.4 -> 2; 3, never 4
    [2027, { poliziaLocale: 0.1 }, 'poliziaLocale', 2, 3], // 1.4 -> 2; 3, never 4
    [2027, { forzePolizia: 0.12, poliziaLocale: 0.08 }, 'poliziaLocale', 2, 3], // 1.12 -> 2; 2.4 -> 3
  ])('%i %p: %s %i and %i', (year, change, quota, comune, aler) => {
    const result = plan(year, change);
    const [cremona, alerCremona] = result.gruppi;
    expect([cremona.baseRipartizione, alerCremona.baseRipartizione]).toEqual([14, 30]);
    expect([(cremona[quota] as { quota: number }).quota, (alerCremona[quota] as { quota: number }).quota]).toEqual([
      comune,
      aler,
    ]);
  });
});

describe('the art. 14 reserve (from 2025)', () => {
  const units = many(20, { owner: CREMONA, comune: 'Cremona' });
  test('a reserve with no categories is noted, not silently accepted', () => {
    const plan = computePlan(units, { ...defaultParams(2027), categoriaQuota: 0.1 });
    expect(plan.gruppi[0].categoria.quota).toBe(2);
    expect(plan.note.map((note) => note.message)).toContain(
      'Comune di Cremona: la riserva del 10 % non indica le categorie a cui è destinata; indicatele tra quelle dell’art. 14 (R.R. 4/2017 art. 4 c. 3 lett. c bis (R.R. 2/2025)).',
    );
  });

  test('an owner may choose its own share and categories', () => {
    const plan = computePlan(units, {
      ...defaultParams(2027),
      categoriaQuota: 0.1,
      riservaCategorie: ['anziani'],
      enti: { [CREMONA]: { categoriaQuota: 0.15, riservaCategorie: ['disabili', 'categoria-aggiuntiva'] } },
      categoria: { nome: 'Sfrattati', descrizione: '' },
    });
    expect(plan.gruppi[0].categoria).toEqual({ percentuale: 0.15, quota: 3 });
    expect(plan.gruppi[0].categorieRiserva).toEqual(['disabili', 'categoria-aggiuntiva']);
    expect(plan.note.map((note) => note.message).join(' ')).not.toContain('non indica le categorie');
  });

  test('the additional category in the reserve needs a name', () => {
    const plan = computePlan(units, {
      ...defaultParams(2027),
      categoriaQuota: 0.1,
      riservaCategorie: ['categoria-aggiuntiva'],
    });
    expect(plan.note.map((note) => note.message).join(' ')).toContain(
      'La riserva comprende la categoria aggiuntiva del Comune, ma il piano non ne indica il nome',
    );
  });

  test('unknown categories are refused with the list of the known ones', () => {
    const problems = validateParams({ ...defaultParams(2027), riservaCategorie: ['studenti' as never] });
    expect(problems[0].message).toContain(
      '«studenti» non è tra le categorie dell’art. 14 (anziani, famiglie-nuova-formazione',
    );
  });
});

describe('Polizia Locale (R.R. 4/2017 art. 7 ter, from R.R. 2/2025)', () => {
  const units = many(20, { owner: CREMONA, comune: 'Cremona' });
  test('refused in a 2024 plan with its article', () => {
    expect(() => computePlan(units, { ...defaultParams(2024), poliziaLocale: 0.05 })).toThrow(
      /Quota Polizia Locale: per il piano 2024 non è prevista \(R\.R\. 4\/2017 art\. 7 ter/,
    );
  });

  test.each<[number, number, boolean]>([
    [0.1, 0.1, true],
    [0.2, 0, true],
    [0, 0.2, true],
    [0.15, 0.05, true],
    [0.15, 0.06, false],
    [0.12, 0.080001, false],
  ])('2027: police %d and local police %d together within 20 %%: %p', (police, local, accepted) => {
    const problems = validateParams({ ...defaultParams(2027), forzePolizia: police, poliziaLocale: local });
    expect(problems.length === 0).toBe(accepted);
    if (!accepted) {
      expect(problems.map((problem) => problem.key)).toEqual(['poliziaLocale']);
      expect(problems[0].message).toContain('insieme fanno');
      expect(problems[0].message).toContain('più del 20 % per ente e comune consentito per il piano 2027');
      expect(problems[0].message).toContain('(R.R. 4/2017 art. 4 c. 3 lett. d bis (R.R. 2/2025))');
    }
  });

  test('the sum is checked per owner with its own values', () => {
    const problems = validateParams({
      ...defaultParams(2027),
      forzePolizia: 0.1,
      enti: { [ALER]: { poliziaLocale: 0.15 } },
    });
    expect(problems.map((problem) => [problem.key, problem.ente])).toEqual([['poliziaLocale', ALER]]);
  });

  test('each share is rounded up per owner and comune, on the base of the quotas; totals add the groups', () => {
    const plan = computePlan(
      [...many(18, { owner: CREMONA, comune: 'Cremona' }), ...many(7, { owner: ALER, comune: 'Cremona' })],
      { ...defaultParams(2027), forzePolizia: 0.1, poliziaLocale: 0.05, enti: { [CREMONA]: { satRichiesti: 4 } } },
    );
    expect(
      plan.gruppi.map((group) => [group.baseRipartizione, group.forzePolizia.quota, group.poliziaLocale.quota]),
    ).toEqual([
      [14, 2, 1], // 1.4 -> 2, 0.7 -> 1
      [7, 1, 1], // 0.7 -> 1, 0.35 -> 1
    ]);
    expect(plan.gruppi[0].poliziaLocale).toEqual({ percentuale: 0.05, quota: 1 });
    expect(plan.totali.poliziaLocale).toBe(2);
    expect(plan.note[0].message).toContain('(indigenza, Forze di Polizia, Polizia Locale, categorie dell’art. 14)');
  });
});

describe('the three years (R.R. 4/2017 art. 5 c. 1)', () => {
  const on = (year: number) => ({ year, month: 6, day: 1 });
  const units = [
    ...many(3, { owner: CREMONA, comune: 'Cremona' }), // free now: plan year
    unit({ owner: CREMONA, comune: 'Cremona', status: 'turnover', availableFrom: on(2026) }), // before: plan year
    ...many(2, { owner: CREMONA, comune: 'Cremona', status: 'turnover', availableFrom: on(2027) }),
    ...many(4, { owner: CREMONA, comune: 'Cremona', status: 'turnover', availableFrom: on(2028) }),
    unit({ owner: CREMONA, comune: 'Cremona', status: 'nuova-costruzione', availableFrom: on(2029) }),
    unit({ owner: CREMONA, comune: 'Cremona', status: 'turnover', availableFrom: on(2030) }), // beyond
    unit({ owner: CREMONA, comune: 'Cremona', status: 'occupato' }),
    unit({ owner: CREMONA, comune: 'Cremona', service: 'SAS' }),
    unit({ owner: CREMONA, comune: 'Cremona', status: 'turnover' }), // no date: not counted
    ...many(2, { owner: ALER, comune: 'Cremona', status: 'ristrutturazione', availableFrom: on(2029) }),
  ];
  const plan = computePlan(units, defaultParams(2027));

  test('free dwellings count in the plan year, the others in the year of their date, per owner and comune', () => {
    expect(plan.gruppi.map((group) => group.triennio)).toEqual([
      [
        { anno: 2027, disponibili: 6 },
        { anno: 2028, disponibili: 4 },
        { anno: 2029, disponibili: 1 },
      ],
      [
        { anno: 2027, disponibili: 0 },
        { anno: 2028, disponibili: 0 },
        { anno: 2029, disponibili: 2 },
      ],
    ]);
    expect(plan.gruppi[0].triennio[0].disponibili).toBe(plan.gruppi[0].disponibili);
    expect(plan.totali.triennio).toEqual([
      { anno: 2027, disponibili: 6 },
      { anno: 2028, disponibili: 4 },
      { anno: 2029, disponibili: 3 },
    ]);
  });

  test('the counts are fed one dwelling at a time: a streaming reader can keep one counter per group', () => {
    const counts = emptyGroupCounts();
    for (const dwelling of units.filter((candidate) => candidate.owner === CREMONA)) countUnit(counts, dwelling, 2027);
    expect(counts.triennio).toEqual([6, 4, 1]);
    expect(counts.disponibili).toBe(6);
    expect(counts.patrimonio).toEqual({ SAP: 14, SAS: 1, SAT: 0 });
  });
});

describe('dwellings assigned in the previous year (R.R. 4/2017 art. 4 c. 3 lett. g)', () => {
  const withoutDates = (list: Unit[]): Unit[] =>
    list.map((dwelling) => {
      const copy = { ...dwelling };
      delete copy.assignedOn;
      return copy;
    });
  const assigned = (year: number, month = 5) => ({ status: 'occupato' as const, assignedOn: { year, month, day: 10 } });
  const units = [
    ...many(3, { owner: CREMONA, comune: 'Cremona', ...assigned(2026) }),
    unit({ owner: CREMONA, comune: 'Cremona', ...assigned(2025) }),
    unit({ owner: CREMONA, comune: 'Cremona', ...assigned(2027, 1) }),
    unit({ owner: CREMONA, comune: 'Cremona', service: 'SAS', ...assigned(2026) }), // SAS: not in the split
    unit({ owner: 'Comune di Castelverde', comune: 'Castelverde' }),
    ...many(2, { owner: ALER, comune: 'Cremona', ...assigned(2026, 12) }),
    unit({ owner: ALER, comune: 'Castelverde' }),
  ];

  test('from the assignment dates, per owner and comune; a group with none assigned 0', () => {
    const plan = computePlan(units, defaultParams(2027), [], { assignmentDates: true });
    expect(
      plan.gruppi.map((group) => [group.ente, group.comune, group.assegnatiAnnoPrecedente, group.fonteAssegnati]),
    ).toEqual([
      ['Comune di Castelverde', 'Castelverde', 0, 'inventario'],
      [CREMONA, 'Cremona', 3, 'inventario'],
      [ALER, 'Castelverde', 0, 'inventario'],
      [ALER, 'Cremona', 2, 'inventario'],
    ]);
    expect(plan.totali.assegnatiAnnoPrecedente).toBe(5);
    expect(plan.note.map((note) => note.message).join(' ')).not.toContain('lett. g');
  });

  test('without the column the figure is unknown (null), and the plan says for whom', () => {
    const plan = computePlan(withoutDates(units), defaultParams(2027));
    expect(plan.gruppi.every((group) => group.assegnatiAnnoPrecedente === null)).toBe(true);
    expect(plan.totali.assegnatiAnnoPrecedente).toBeNull();
    expect(plan.note.map((note) => note.message)).toContain(
      'Alloggi assegnati nel 2026 (R.R. 4/2017 art. 4 c. 3 lett. g): non indicati per «Comune di Castelverde», «Comune di Cremona», «ALER Brescia-Cremona-Mantova». Aggiungete all’inventario la colonna «Data assegnazione» oppure indicate il numero per ente (assegnatiAnnoPrecedente).',
    );
  });

  test('an owner may declare its figure: one group gets it, an owner of several comuni declares it for all', () => {
    const plan = computePlan(withoutDates(units), {
      ...defaultParams(2027),
      enti: { [CREMONA]: { assegnatiAnnoPrecedente: 7 }, [ALER]: { assegnatiAnnoPrecedente: 12 } },
    });
    expect(
      plan.gruppi.map((group) => [group.ente, group.comune, group.assegnatiAnnoPrecedente, group.fonteAssegnati]),
    ).toEqual([
      ['Comune di Castelverde', 'Castelverde', null, null],
      [CREMONA, 'Cremona', 7, 'ente'],
      [ALER, 'Castelverde', null, 'ente'],
      [ALER, 'Cremona', null, 'ente'],
    ]);
    expect(plan.assegnatiDichiarati).toEqual([
      { ente: CREMONA, comuni: ['Cremona'], assegnati: 7 },
      { ente: ALER, comuni: ['Castelverde', 'Cremona'], assegnati: 12 },
    ]);
    expect(plan.totali.assegnatiAnnoPrecedente).toBe(19);
    expect(plan.note.map((note) => note.message).join(' ')).toContain('non indicati per «Comune di Castelverde».');
  });

  test('a declared figure is a whole number of dwellings', () => {
    const problems = validateParams({ ...defaultParams(2027), enti: { [ALER]: { assegnatiAnnoPrecedente: 2.5 } } });
    expect(problems.map((problem) => [problem.key, problem.ente])).toEqual([['assegnatiAnnoPrecedente', ALER]]);
    expect(problems[0].message).toContain(
      'Alloggi assegnati nel 2026 per «ALER Brescia-Cremona-Mantova»: 2,5 non è un numero intero di alloggi',
    );
    // Each language writes the figure in its own notation (issue #10: "2.5 non va bene").
    expect(problems[0].messageEn).toContain('"ALER Brescia-Cremona-Mantova": 2.5 is not a whole number of dwellings');
    expect(problems[0].messageKey).toBe('params.assigned-invalid');
  });
});

describe('measures (R.R. 4/2017 art. 4 c. 3 lett. f)', () => {
  test.each<[PlanParams['misure'], string[]]>([
    [[{ testo: 'Fondo morosità incolpevole', importo: 25_000 }, { testo: 'Sportello casa' }], []],
    [[{ testo: '  ' }], ['Misura 1: manca la descrizione.']],
    [[{ testo: 'Contributo affitto', importo: -5 }], ['Misura 1: l’importo -5 non è valido']],
    [[{ testo: 'A' }, { testo: 'B', importo: Number.NaN }], ['Misura 2: l’importo non è un numero']],
  ])('%p', (misure, messages) => {
    const problems = validateParams({ ...defaultParams(2027), misure });
    expect(problems.map((problem) => problem.key)).toEqual(messages.map(() => 'misure'));
    messages.forEach((message, index) => expect(problems[index].message).toContain(message));
  });
});

describe('the calendar of the plan year', () => {
  test.each<[Date, string | undefined]>([
    [new Date(2026, 9, 31, 18), undefined],
    [new Date(2026, 10, 1, 9), 'dopo il termine del 31/10/2026 per le comunicazioni degli enti proprietari'],
    [new Date(2026, 11, 31, 23), 'dopo il termine del 31/10/2026'],
    [
      new Date(2027, 0, 15),
      'dopo il termine del 31/12/2026 per l’approvazione dell’Assemblea dei sindaci. Capita spesso',
    ],
  ])('a 2027 plan prepared on %p', (when, warning) => {
    expect(planDeadlines(2027).map((deadline) => [deadline.key, deadline.date])).toEqual([
      ['comunicazioni', { year: 2026, month: 10, day: 31 }],
      ['approvazione', { year: 2026, month: 12, day: 31 }],
    ]);
    const warnings = calendarWarnings(2027, when);
    if (warning === undefined) expect(warnings).toEqual([]);
    else expect(warnings.map((note) => note.message)).toEqual([expect.stringContaining(warning)]);
  });
});

test('quotas each rounded up may add up to more than a small base: the plan says so, and trims none', () => {
  const plan = computePlan(many(2, { owner: CREMONA, comune: 'Cremona' }), {
    ...defaultParams(2027),
    forzePolizia: 0.1,
    poliziaLocale: 0.05,
  });
  const [group] = plan.gruppi;
  expect([group.indigenza.quota, group.forzePolizia.quota, group.poliziaLocale.quota]).toEqual([1, 1, 1]);
  expect(plan.note.map((note) => note.message)).toContain(
    'Comune di Cremona, Cremona: le quote, ciascuna arrotondata all’unità superiore, sommano 3 alloggi su una base di 2.',
  );
});

// Audit D8: under indigenza-su-tutti the quotas are computed on all available dwellings, but only
// those left after SAT are assigned by public call: the note compares with these.
describe('quotas above the dwellings assigned by public call', () => {
  const params = (ordine: PlanParams['ordine']): PlanParams => ({
    ...defaultParams(2027),
    ordine,
    satRichiesti: 2,
    maggiorazione: 0.8,
  });
  const notes = (ordine: PlanParams['ordine']): string[] =>
    computePlan(many(10, { owner: CREMONA, comune: 'Cremona' }), params(ordine)).note.map((note) => note.message);

  test('indigenza-su-tutti: 10 for indigenza on 10 available, 8 by public call -> the note says the numbers', () => {
    const plan = computePlan(many(10, { owner: CREMONA, comune: 'Cremona' }), params('indigenza-su-tutti'));
    const [group] = plan.gruppi;
    expect([group.baseRipartizione, group.sat.consentiti, group.perAvviso, group.indigenza.quota]).toEqual([
      10, 2, 8, 10,
    ]);
    expect(plan.note.map((note) => note.message)).toContain(
      'Comune di Cremona, Cremona: le quote, calcolate su tutti i 10 alloggi disponibili e ciascuna arrotondata all’unità superiore, sommano 10 alloggi, ma gli alloggi assegnati con avviso sono 8 (10 meno 2 SAT): 2 oltre quelli assegnabili.',
    );
    expect(plan.note.map((note) => note.messageEn)).toContain(
      'Comune di Cremona, Cremona: the quotas, computed on all 10 available dwellings and each rounded up, add up to 10 dwellings, but 8 dwellings are assigned by public call (10 minus 2 SAT): 2 more than can be assigned.',
    );
  });

  test('sat-prima: 8 for indigenza on the 8 by public call, nothing to say', () => {
    expect(notes('sat-prima').filter((note) => note.includes('sommano'))).toEqual([]);
  });

  test('indigenza-su-tutti without SAT: the base is the dwellings by public call, the usual note', () => {
    const plan = computePlan(many(2, { owner: CREMONA, comune: 'Cremona' }), {
      ...defaultParams(2027),
      ordine: 'indigenza-su-tutti',
      forzePolizia: 0.1,
      poliziaLocale: 0.05,
    });
    expect(plan.note.map((note) => note.message)).toContain(
      'Comune di Cremona, Cremona: le quote, ciascuna arrotondata all’unità superiore, sommano 3 alloggi su una base di 2.',
    );
  });
});

describe('occupied dwellings with an availability date (never counted; the plan says so)', () => {
  const dated = (year: number): Partial<Unit> => ({ status: 'occupato', availableFrom: { year, month: 6, day: 15 } });

  test('dated in the plan year or the two following: not counted, one note with how many and what to write', () => {
    const units = [
      ...many(3, { owner: CREMONA, comune: 'Cremona' }),
      unit({ owner: CREMONA, comune: 'Cremona', ...dated(2027) }),
      unit({ owner: CREMONA, comune: 'Cremona', ...dated(2029) }),
      // Outside the three years: before the plan year (an old date) or after them.
      unit({ owner: CREMONA, comune: 'Cremona', ...dated(2026) }),
      unit({ owner: CREMONA, comune: 'Cremona', ...dated(2030) }),
      // SAS is never counted either, and never noted.
      unit({ owner: CREMONA, comune: 'Cremona', service: 'SAS', ...dated(2027) }),
    ];
    const plan = computePlan(units, defaultParams(2027));
    const group = plan.gruppi[0];
    expect(group.disponibili).toBe(3);
    expect(group.triennio.map((year) => year.disponibili)).toEqual([3, 0, 0]);
    const notes = plan.note.filter((note) => note.messageKey?.startsWith('plan.occupied-with-date'));
    expect(notes.map((note) => note.message)).toEqual([
      'Comune di Cremona, Cremona: 2 alloggi occupati hanno una data di disponibilità tra il 2027 e il 2029: non sono contati tra i disponibili, come ogni alloggio occupato. Se si liberano in quella data, scrivete nell’inventario lo stato «in turnover».',
    ]);
    expect(notes[0].messageEn).toContain('2 occupied dwellings have an availability date between 2027 and 2029');
  });

  test('one such dwelling: the sentence in the singular, in its own group only', () => {
    const units = [
      unit({ owner: ALER, comune: 'Castelverde', ...dated(2028) }),
      ...many(2, { owner: CREMONA, comune: 'Cremona' }),
    ];
    const notes = computePlan(units, defaultParams(2027)).note.map((note) => note.message);
    expect(notes).toContain(
      'ALER Brescia-Cremona-Mantova, Castelverde: 1 alloggio occupato ha una data di disponibilità tra il 2027 e il 2029: non è contato tra i disponibili, come ogni alloggio occupato. Se si libera in quella data, scrivete nell’inventario lo stato «in turnover».',
    );
    expect(notes.join(' ')).not.toContain('Comune di Cremona, Cremona: 1 alloggio occupato');
  });

  test('occupied without a date, or dated outside the three years: no note', () => {
    const units = [
      unit({ owner: CREMONA, comune: 'Cremona', status: 'occupato' }),
      unit({ owner: CREMONA, comune: 'Cremona', ...dated(2024) }),
      unit({ owner: CREMONA, comune: 'Cremona', ...dated(2031) }),
    ];
    const notes = computePlan(units, defaultParams(2027)).note;
    expect(notes.some((note) => note.messageKey?.startsWith('plan.occupied-with-date'))).toBe(false);
  });
});
