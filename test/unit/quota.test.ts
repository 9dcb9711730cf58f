import { indigenceQuota, policeQuota, satAllocation } from '../../src/core/quota';
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
