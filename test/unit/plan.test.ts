import { computePlan, isAvailable, sourceOf } from '../../src/core/plan/plan';
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
    [{ satRichiesti: 2.5 }, 'numero intero'],
    [{ indigenza: 0.6, maggiorazione: 0.5 }, 'superano il 100 %'],
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
