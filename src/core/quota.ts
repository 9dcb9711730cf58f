/**
 * The quota arithmetic: whole dwellings, exact. Shares are integers in ppm (rules.ts), so
 * 10 dwellings x (20 % + 10 %) is computed as 10 x 300 000 / 1 000 000 = 3 exactly, never 4.
 */
import { PPM_PER_UNIT } from './rules';

/** ceil(count x share) in exact integer arithmetic. */
export function ceilShare(count: number, sharePpm: number): number {
  const product = count * sharePpm;
  return Math.floor((product + PPM_PER_UNIT - 1) / PPM_PER_UNIT);
}

/** floor(count x share) in exact integer arithmetic. */
export function floorShare(count: number, sharePpm: number): number {
  return Math.floor((count * sharePpm) / PPM_PER_UNIT);
}

/** R.R. 4/2017 art. 13 c. 3: (20 % + the Comune's increase) of the available units, rounded up. */
export function indigenceQuota(availableUnits: number, basePpm: number, increasePpm = 0): number {
  return ceilShare(availableUnits, basePpm + increasePpm);
}

export interface SatAllocation {
  /** floor(available x cap): the most the cap allows. */
  cap: number;
  /** What the owner asked for (the cap itself when nothing was asked). */
  requested: number;
  /** min(requested, cap). */
  allowed: number;
  /** True when the request was cut by the cap. */
  capBit: boolean;
}

/**
 * L.R. 16/2016 art. 23 (Cremona note point 3): SAT units = min(requested, floor(available x cap)).
 * The cap rounds down: rounding up would exceed the maximum share.
 */
export function satAllocation(availableUnits: number, capPpm: number, requested?: number): SatAllocation {
  const cap = floorShare(availableUnits, capPpm);
  const asked = requested === undefined ? cap : requested;
  const allowed = Math.min(asked, cap);
  return { cap, requested: asked, allowed, capBit: asked > cap };
}

/** R.R. 4/2017 art. 7 bis: the chosen share of the available units, rounded up. */
export function policeQuota(availableUnits: number, sharePpm: number): number {
  return ceilShare(availableUnits, sharePpm);
}
