import { HyperFormula } from 'hyperformula';
import { SAT_CAP, SPLIT_QUOTAS, indigenceQuota, policeQuota, quotaCount, satAllocation } from '../../src/core/quota';
import { quotaFormula } from '../../src/core/sheet/formulas';
import { rulesFor, toPpm } from '../../src/core/rules';

describe('indigenceQuota (R.R. 4/2017 art. 13 c. 3: rounded up)', () => {
  test.each([
    // available, base, increase, expected
    [0, 0.2, 0, 0],
    [1, 0.2, 0, 1],
    [5, 0.2, 0, 1],
    [6, 0.2, 0, 2],
    [10, 0.2, 0, 2],
    [10, 0.2, 0.1, 3], // Math.ceil(10 * (0.2 + 0.1)) would give 4
    [20, 0.2, 0.1, 6],
    [18, 0.2, 0.1, 6],
    [14, 0.2, 0.1, 5],
    [93, 0.2, 0, 19],
    [100, 0.35, 0, 35],
    [7, 1, 0, 7],
    [3, 0.2 + 0.1, 0, 1],
  ])('%i dwellings at %d + %d -> %i', (available, base, increase, expected) => {
    expect(indigenceQuota(available, toPpm(base), toPpm(increase))).toBe(expected);
  });
});

describe('satAllocation (cap rounds down)', () => {
  test.each([
    // available, cap, requested, allowed, capBit
    [18, 0.25, 5, 4, true], // Cremona: 25 % of 18 = 4.5 -> 4
    [20, 0.25, 5, 5, false],
    [40, 0.25, 5, 5, false],
    [3, 0.25, 5, 0, true],
    [0, 0.25, 5, 0, true],
    [4, 0.25, undefined, 1, false],
    [19, 0.25, undefined, 4, false],
    [20, 0.25, 0, 0, false],
  ])('%i available, cap %d, %p requested -> %i', (available, cap, requested, allowed, capBit) => {
    const result = satAllocation(available, toPpm(cap), requested);
    expect(result.allowed).toBe(allowed);
    expect(result.capBit).toBe(capBit);
  });
});

describe('policeQuota (art. 7 bis: rounded up)', () => {
  test.each([
    [0, 0.1, 0],
    [1, 0.1, 1],
    [10, 0.1, 1],
    [11, 0.1, 2],
    [18, 0.1, 2],
    [20, 0.05, 1],
    [20, 0, 0],
  ])('%i dwellings at %d -> %i', (available, share, expected) => {
    expect(policeQuota(available, toPpm(share))).toBe(expected);
  });
});

describe('rules by plan year', () => {
  test.each([
    [2019, 0.1],
    [2022, 0.1],
    [2024, 0.1],
    [2025, 0.2],
    [2030, 0.2],
  ])('in %i the Forze di Polizia share is at most %d', (year, max) => {
    expect(rulesFor(year).forzePolizia.maxPpm).toBe(toPpm(max));
  });

  test('the art. 14 reserve exists only from R.R. 2/2025', () => {
    expect(rulesFor(2024).riservaCategorie.maxPpm).toBe(0);
    expect(rulesFor(2025).riservaCategorie.maxPpm).toBe(toPpm(0.2));
  });
});

describe('each quota definition: the engine’s number and the sheet’s formula agree', () => {
  // Bases and shares chosen for the float traps: 10 x 30 % (0.2 + 0.1), 20 x 15 %, 3 x 1/3...
  const cases: [number, number][] = [
    [0, 0.2],
    [10, 0.2 + 0.1],
    [10, 0.3],
    [18, 0.25],
    [20, 0.15],
    [30, 0.1],
    [950, 0.05],
    [1150, 0.05],
    [1260, 0.05],
    [7, 0.125],
    [3, 0.333333],
    [100, 0.07],
  ];
  const definitions = [SAT_CAP, ...SPLIT_QUOTAS];
  const sheet = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  const sheetId = sheet.getSheetId(sheet.addSheet('q')) as number;
  afterAll(() => sheet.destroy());

  test.each(definitions.flatMap((definition) => cases.map(([base, share]) => [definition.key, base, share] as const)))(
    '%s of %i at %d',
    (key, base, share) => {
      const definition = definitions.find((candidate) => candidate.key === key)!;
      sheet.setCellContents({ sheet: sheetId, row: 0, col: 0 }, [
        [base, share, `=${quotaFormula(definition, 'A1', 'B1')}`],
      ]);
      const engine = quotaCount(definition, base, toPpm(share));
      expect(sheet.getCellValue({ sheet: sheetId, row: 0, col: 2 })).toBe(engine);
      // The product in ppm is a whole number: dividing it once by 10^6 is exact enough to round.
      const product = base * toPpm(share);
      const exact = definition.rounding === 'up' ? Math.ceil(product / 1e6) : Math.floor(product / 1e6);
      expect(engine).toBe(exact);
    },
  );

  test('10 x 30 % is 3, never 4, whichever way the 30 % was written', () => {
    expect(Math.ceil(10 * (0.2 + 0.1))).toBe(4);
    for (const definition of SPLIT_QUOTAS) expect(quotaCount(definition, 10, toPpm(0.2 + 0.1))).toBe(3);
  });

  test('the split quotas round up and share one base; the SAT cap rounds down on all available dwellings', () => {
    expect(SAT_CAP).toMatchObject({ rounding: 'down', base: 'disponibili' });
    for (const definition of SPLIT_QUOTAS) expect(definition).toMatchObject({ rounding: 'up', base: 'ripartizione' });
  });
});
