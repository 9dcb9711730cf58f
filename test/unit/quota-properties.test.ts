/**
 * Property tests of the quota arithmetic (issue #9 item 8): at least 10,000 random cases per
 * quota function against a reference in exact BigInt rationals. Shares arrive as the user types
 * them (percentage points with decimals, read by the add-in's number parser) or as ppm.
 */
import fc from 'fast-check';
import { readPercent } from '../../src/core/numbers';
import { ceilShare, floorShare, indigenceQuota, policeQuota, satAllocation } from '../../src/core/quota';
import { MAX_COUNT } from '../../src/core/numbers';
import { toPpm } from '../../src/core/rules';

const RUNS = { numRuns: 10_000 };
const MILLION = 1_000_000n;

/** A share as an exact fraction. */
interface Rational {
  numerator: bigint;
  denominator: bigint;
}

const ceilOf = ({ numerator, denominator }: Rational): bigint =>
  numerator % denominator === 0n ? numerator / denominator : numerator / denominator + 1n;
const floorOf = ({ numerator, denominator }: Rational): bigint => numerator / denominator;
const times = (count: number, share: Rational): Rational => ({
  numerator: BigInt(count) * share.numerator,
  denominator: share.denominator,
});
const plus = (a: Rational, b: Rational): Rational => ({
  numerator: a.numerator * b.denominator + b.numerator * a.denominator,
  denominator: a.denominator * b.denominator,
});
const ppmShare = (ppm: number): Rational => ({ numerator: BigInt(ppm), denominator: MILLION });

/** Counts of dwellings: mostly the sizes plans have, sometimes up to the largest accepted. */
const count = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 2_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: MAX_COUNT }) },
);
const ppm = fc.integer({ min: 0, max: 1_000_000 });

/** Percentage points with up to four decimals, as typed ("12,5 %"), and their exact value. */
const typedPoints = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 0, max: 4 }))
  .map(([whole, fraction, digits]) => {
    const decimals = digits === 0 ? '' : String(fraction).padStart(4, '0').slice(0, digits);
    const text = decimals ? `${whole},${decimals} %` : `${whole} %`;
    // points = whole.decimals; share = points / 100
    const scale = 10n ** BigInt(decimals.length);
    const numerator = BigInt(whole) * scale + BigInt(decimals || '0');
    return { text, share: { numerator, denominator: scale * 100n } as Rational };
  })
  .filter(({ share }) => share.numerator <= share.denominator);

test('ceilShare and floorShare are the exact ceiling and floor of count x ppm / 1,000,000', () => {
  fc.assert(
    fc.property(count, ppm, (units, share) => {
      expect(BigInt(ceilShare(units, share))).toBe(ceilOf(times(units, ppmShare(share))));
      expect(BigInt(floorShare(units, share))).toBe(floorOf(times(units, ppmShare(share))));
    }),
    RUNS,
  );
});

test('indigenza: ceil(available x (base + increase)), base and increase typed as the user types them', () => {
  fc.assert(
    fc.property(count, typedPoints, typedPoints, (units, base, increase) => {
      const total = plus(base.share, increase.share);
      fc.pre(total.numerator <= total.denominator);
      const baseShare = readPercent(base.text);
      const increaseShare = readPercent(increase.text);
      if (!baseShare.ok || !increaseShare.ok) throw new Error(`unreadable: ${base.text}, ${increase.text}`);
      const quota = indigenceQuota(units, toPpm(baseShare.value), toPpm(increaseShare.value));
      expect(BigInt(quota)).toBe(ceilOf(times(units, total)));
    }),
    RUNS,
  );
});

test('indigenza in ppm, including the classic 10 x (20 % + 10 %) = 3', () => {
  expect(indigenceQuota(10, toPpm(0.2), toPpm(0.1))).toBe(3);
  fc.assert(
    fc.property(count, ppm, ppm, (units, base, increase) => {
      fc.pre(base + increase <= 1_000_000);
      expect(BigInt(indigenceQuota(units, base, increase))).toBe(ceilOf(times(units, ppmShare(base + increase))));
    }),
    RUNS,
  );
});

test('SAT: min(requested, floor(available x cap)); without a request, the cap itself', () => {
  fc.assert(
    fc.property(
      count,
      ppm,
      fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
      (units, cap, asked) => {
        const exactCap = floorOf(times(units, ppmShare(cap)));
        const result = satAllocation(units, cap, asked);
        const requested = asked === undefined ? exactCap : BigInt(asked);
        expect(BigInt(result.cap)).toBe(exactCap);
        expect(BigInt(result.allowed)).toBe(requested < exactCap ? requested : exactCap);
        expect(result.capBit).toBe(requested > exactCap);
        // Never more than the cap's share: rounding down keeps the plan within the law.
        expect(BigInt(result.allowed) * MILLION <= BigInt(units) * BigInt(cap)).toBe(true);
      },
    ),
    RUNS,
  );
});

test('Forze di Polizia: ceil(available x share), typed as the user types it', () => {
  fc.assert(
    fc.property(count, typedPoints, (units, share) => {
      const reading = readPercent(share.text);
      if (!reading.ok) throw new Error(`unreadable: ${share.text}`);
      expect(BigInt(policeQuota(units, toPpm(reading.value)))).toBe(ceilOf(times(units, share.share)));
    }),
    RUNS,
  );
});
