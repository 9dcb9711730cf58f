import { defaultParams } from '../../../src/core/plan/params';
import { presetById } from '../../../src/core/plan/presets';
import {
  checkOverride,
  formToParams,
  paramsToForm,
  pointsToShare,
  withoutOverride,
  type ParamForm,
} from '../../../src/taskpane/hooks/paramForm';

const form = (texts: Partial<ParamForm['texts']> = {}): ParamForm => {
  const base = paramsToForm(defaultParams(2022), 'it');
  return { ...base, texts: { ...base.texts, ...texts } };
};

describe('the parameters form', () => {
  test.each([
    ['30', 0.3],
    ['30 %', 0.3],
    ['30%', 0.3],
    ['12,5', 0.125],
    ['12.5', 0.125],
    ['0,3', 0.3],
    ['0,125', 0.125],
    ['12,5 %', 0.125],
    ['', 0],
  ])('the poverty share increase typed as "%s" is %s', (typed, share) => {
    // The increase, not the base share: the base is the regulation's 20 % and nothing else.
    expect(formToParams(form({ maggiorazione: typed }), 2022).params?.maggiorazione).toBe(share);
  });

  test('the base poverty share is 20 %: another value is refused and points to the increase', () => {
    expect(formToParams(form({ indigenza: '20' }), 2022).params?.indigenza).toBe(0.2);
    const result = formToParams(form({ indigenza: '30' }), 2022);
    expect(result.params).toBeUndefined();
    expect(result.problems.map((problem) => problem.key)).toEqual(['indigenza']);
    expect(result.problems[0].text.it).toContain('usate la maggiorazione');
  });

  test('points convert without binary noise (10 dwellings x 30 % stay 3)', () => {
    expect(pointsToShare(30)).toBe(0.3);
    expect(pointsToShare(10) + pointsToShare(20)).toBeCloseTo(0.3, 12);
    expect(pointsToShare(33.3333333)).toBe(0.333333);
  });

  test('a form of a preset gives the preset back', () => {
    const preset = (presetById('cremona-2022') as NonNullable<ReturnType<typeof presetById>>).params(2022);
    expect(formToParams(paramsToForm(preset, 'it'), 2027).params).toEqual(preset);
    expect(formToParams(paramsToForm(preset, 'en'), 2027).params).toEqual(preset);
  });

  test('an empty year is the proposed one; problems name the field and carry both languages', () => {
    const result = formToParams(form({ anno: '', satSoglia: '30' }), 2026);
    expect(result.year).toBe(2026);
    expect(result.params).toBeUndefined();
    expect(result.problems).toEqual([
      {
        key: 'satSoglia',
        text: {
          it: expect.stringContaining('L.R. 16/2016 art. 23'),
          en: expect.stringContaining('L.R. 16/2016 art. 23'),
        },
      },
    ]);
  });

  test('an unreadable field is reported once, by the form, not again by the rules', () => {
    const result = formToParams(form({ satRichiesti: 'cinque' }), 2022);
    expect(result.problems.map((problem) => problem.key)).toEqual(['satRichiesti']);
    expect(result.problems[0].text.it).toBe(
      'Alloggi SAT richiesti (per ente e comune): «cinque» non è un numero. Scrivete un numero, ad esempio 20.',
    );
  });

  test('an invalid year still lets the other fields be checked', () => {
    const result = formToParams(form({ anno: '1999', forzePolizia: '15' }), 2022);
    expect(result.problems.map((problem) => problem.key).sort()).toEqual(['anno', 'forzePolizia']);
  });

  test('overrides: checked against the rules for that owner, and removed one value at a time', () => {
    const candidate = formToParams(form(), 2022).candidate;
    expect(checkOverride(candidate, 'Comune di Cremona', 'maggiorazione', '10')).toEqual({ value: 0.1 });
    expect(checkOverride(candidate, 'Comune di Cremona', 'satSoglia', '30').problem?.it).toContain(
      'per «Comune di Cremona»',
    );
    const withIncrease = { ...candidate, enti: { 'Comune di Cremona': { maggiorazione: 0.3 } } };
    // The 20 % is the regulation's, not the owner's: the message points to the increase.
    expect(checkOverride(withIncrease, 'Comune di Cremona', 'indigenza', '30').problem?.it).toContain(
      'non si può scegliere: la quota è il 20 %',
    );
    const enti = { 'Comune di Cremona': { maggiorazione: 0.1, satRichiesti: 5 } };
    expect(withoutOverride(enti, 'Comune di Cremona', 'satRichiesti')).toEqual({
      'Comune di Cremona': { maggiorazione: 0.1 },
    });
    expect(
      withoutOverride({ 'Comune di Cremona': { maggiorazione: 0.1 } }, 'Comune di Cremona', 'maggiorazione'),
    ).toEqual({});
  });
});
