/**
 * The regulation numbers, in one place, with their legal references (docs/NORMATIVA.md).
 * Percentages are stored in whole "parts per million" of a unit (ppm: 20 % = 200 000) so that
 * quota arithmetic is exact integer arithmetic (see quota.ts).
 */

export interface PercentRule {
  /** Default share, in ppm (1 000 000 = 100 %). */
  defaultPpm: number;
  /** Highest share allowed, in ppm. */
  maxPpm: number;
  /** Legal reference shown to the user. */
  reference: string;
  /**
   * The article that sets `maxPpm`, named when a value above it is refused. Absent when the
   * bound is only common sense (a share and its increase cannot exceed 100 %): then no article
   * is blamed for it (docs/NORMATIVA.md, "Bounds that are not articles").
   */
  maxReference?: string;
  /** The rule fixes the share: any value other than `defaultPpm` is refused. */
  fixed?: boolean;
}

export interface RulesVersion {
  /** First plan year this version applies to. */
  fromYear: number;
  /** The act that introduced this version. */
  source: string;
  /** R.R. 4/2017 art. 13 c. 3: 20 % of the units available in the year, rounded up; fixed. */
  indigenza: PercentRule;
  /** Art. 4 c. 3 lett. c: the increase over 20 % a Comune may set on the stock it owns. */
  maggiorazione: PercentRule;
  /** L.R. 16/2016 art. 23 and the annual plan: SAT within a maximum share, rounded down. */
  satSoglia: PercentRule;
  /** R.R. 4/2017 art. 7 bis: share for Forze di Polizia and Vigili del Fuoco, rounded up. */
  forzePolizia: PercentRule;
  /** Art. 4 c. 3 lett. c bis (from R.R. 2/2025): optional reserve for art. 14 categories. */
  riservaCategorie: PercentRule;
  /** R.R. 4/2017 art. 7 ter (from R.R. 2/2025): share for the Polizia Locale, rounded up. */
  poliziaLocale: PercentRule;
  /** Art. 4 c. 3 lett. d bis (from R.R. 2/2025): the police shares together, per owner and comune. */
  polizieInsieme?: { maxPpm: number; reference: string };
}

const PPM = 1_000_000;
const pct = (points: number): number => points * 10_000;

/** R.R. 4/2017 as amended by R.R. 3/2019: plans from 2019. */
const RULES_2019: RulesVersion = {
  fromYear: 2019,
  source: 'R.R. 4/2017 come modificato dal R.R. 3/2019',
  indigenza: { defaultPpm: pct(20), maxPpm: pct(20), fixed: true, reference: 'R.R. 4/2017 art. 13 c. 3' },
  // The 20 % and its increase together cannot exceed every dwelling: no article sets the 80 %.
  maggiorazione: { defaultPpm: 0, maxPpm: pct(80), reference: 'R.R. 4/2017 art. 4 c. 3 lett. c' },
  // A reading (docs/NORMATIVA.md, "SAT"): the cap the Cremona note cites.
  satSoglia: {
    defaultPpm: pct(25),
    maxPpm: pct(25),
    reference: 'L.R. 16/2016 art. 23',
    maxReference: 'L.R. 16/2016 art. 23',
  },
  forzePolizia: {
    defaultPpm: 0,
    maxPpm: pct(10),
    reference: 'R.R. 4/2017 art. 7 bis',
    maxReference: 'R.R. 4/2017 art. 7 bis',
  },
  riservaCategorie: {
    defaultPpm: 0,
    maxPpm: 0,
    reference: 'R.R. 4/2017 art. 4 c. 3 lett. c bis, dal piano 2025 (R.R. 2/2025)',
  },
  poliziaLocale: { defaultPpm: 0, maxPpm: 0, reference: 'R.R. 4/2017 art. 7 ter, dal piano 2025 (R.R. 2/2025)' },
};

/** R.R. 2/2025 changed only what is written here; the rest stays as in 2019. */
const RULES_2025: RulesVersion = {
  ...RULES_2019,
  fromYear: 2025,
  source: 'R.R. 4/2017 come modificato dal R.R. 2/2025',
  forzePolizia: {
    defaultPpm: 0,
    maxPpm: pct(20),
    reference: 'R.R. 4/2017 art. 7 bis e art. 4 c. 3 lett. d bis (R.R. 2/2025)',
    maxReference: 'R.R. 4/2017 art. 4 c. 3 lett. d bis (R.R. 2/2025)',
  },
  riservaCategorie: {
    defaultPpm: 0,
    maxPpm: pct(20),
    reference: 'R.R. 4/2017 art. 4 c. 3 lett. c bis (R.R. 2/2025)',
    maxReference: 'R.R. 4/2017 art. 4 c. 3 lett. c bis (R.R. 2/2025)',
  },
  poliziaLocale: {
    defaultPpm: 0,
    maxPpm: pct(20),
    reference: 'R.R. 4/2017 art. 7 ter e art. 4 c. 3 lett. d bis (R.R. 2/2025)',
    maxReference: 'R.R. 4/2017 art. 4 c. 3 lett. d bis (R.R. 2/2025)',
  },
  polizieInsieme: { maxPpm: pct(20), reference: 'R.R. 4/2017 art. 4 c. 3 lett. d bis (R.R. 2/2025)' },
};

/** Dated versions of the rules, oldest first. Chosen by plan year with `rulesFor`. */
export const RULES: readonly RulesVersion[] = [RULES_2019, RULES_2025];

/** First and last plan years the add-in accepts. */
export const FIRST_PLAN_YEAR = RULES[0].fromYear;
export const LAST_PLAN_YEAR = 2100;

/** The version of the rules in force for a plan year (years before 2019 use the 2019 version). */
export function rulesFor(year: number): RulesVersion {
  let chosen = RULES[0];
  for (const version of RULES) {
    if (version.fromYear <= year) chosen = version;
  }
  return chosen;
}

/** Converts an Excel percentage (0.3 for 30 %) to ppm, absorbing binary float noise (0.2 + 0.1). */
export function toPpm(share: number): number {
  return Math.round(share * PPM);
}

/** Converts ppm back to an Excel percentage. */
export function fromPpm(ppm: number): number {
  return ppm / PPM;
}

export const PPM_PER_UNIT = PPM;

/**
 * R.R. 4/2017 art. 5 c. 1: each owner communicates to the Comune capofila, by 31 October of the
 * year before the plan, the dwellings expected to become available ("anche in assenza dei dati").
 */
export const COMMUNICATION_DEADLINE = { month: 10, day: 31, reference: 'R.R. 4/2017 art. 5 c. 1' } as const;
