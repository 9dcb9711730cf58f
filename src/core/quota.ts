/**
 * The quotas of the plan, each defined once: what it is called, what it is a share of, which
 * parameters make its share, how it rounds and which article sets it (docs/NORMATIVA.md).
 * The engine's number (computePlan), the plan sheet's native formula (sheet/formulas.ts) and
 * the custom functions are all derived from these definitions.
 *
 * The arithmetic is exact: shares are integers in ppm (rules.ts), so 10 dwellings x (20 % + 10 %)
 * is 10 x 300 000 / 1 000 000 = 3 exactly, never 4.
 */
import { bilingual, defineMessages, type Bilingual } from './messages';
import { PPM_PER_UNIT, toPpm, type PercentRule, type RulesVersion } from './rules';
import type { OwnerParamKey, OwnerParams } from './plan/params';
import type { OwnerKind } from './types';

export type Rounding = 'up' | 'down';

/** ceil(count x share) in exact integer arithmetic. */
export function ceilShare(count: number, sharePpm: number): number {
  const product = count * sharePpm;
  return Math.floor((product + PPM_PER_UNIT - 1) / PPM_PER_UNIT);
}

/** floor(count x share) in exact integer arithmetic. */
export function floorShare(count: number, sharePpm: number): number {
  return Math.floor((count * sharePpm) / PPM_PER_UNIT);
}

export function roundShare(count: number, sharePpm: number, rounding: Rounding): number {
  return rounding === 'up' ? ceilShare(count, sharePpm) : floorShare(count, sharePpm);
}

/**
 * What a quota is a share of (docs/NORMATIVA.md, "Base delle quote (order of the split)"):
 * - `disponibili`: every dwelling available in the year;
 * - `ripartizione`: the base of the SAP split, the same for every quota of it: the dwellings
 *   assigned by public call (available minus SAT) under the reading `sat-prima`, all available
 *   dwellings under `indigenza-su-tutti`.
 */
export type QuotaBase = 'disponibili' | 'ripartizione';

export interface QuotaDefinition<Key extends string = string> {
  key: Key;
  /** The quota, as a column header and in the pane: "Quota indigenza". */
  label: Bilingual;
  /** What it is for, in a list of quotas: "indigenza". */
  shortName: Bilingual;
  /** A column header of a few characters, for the command line's summary: "Indig.". */
  abbreviation: string;
  /** Its share: "% indigenza". */
  shareLabel: Bilingual;
  base: QuotaBase;
  rounding: Rounding;
  /** The article that sets the quota (the rule of each plan year may add the act that amended it). */
  article: string;
  /**
   * The owner parameters whose sum is the share. `comuneOnly`: counted on a Comune's own stock
   * only (the increase of the poverty share), never on an ALER's.
   */
  shareParams: readonly { key: OwnerParamKey; comuneOnly?: boolean }[];
  /** The rule of the plan year: default, bounds and article of the (main) share. */
  rule: (rules: RulesVersion) => PercentRule;
  /**
   * When the plan shows the quota: always; when the rules of the plan year provide for it (or a
   * share is above 0); only when some share is above 0.
   */
  columns: 'always' | 'when-allowed' | 'when-used';
}

/** The quotas' names: `<quota>.label` (a column header), `.shortName` (in a list), `.shareLabel` (its share's header). */
export const QUOTA_MESSAGES = defineMessages('quota', {
  'satTetto.label': { it: 'Tetto SAT', en: 'SAT cap (dwellings)' },
  'satTetto.shortName': { it: 'soglia SAT', en: 'SAT cap' },
  'satTetto.shareLabel': { it: 'Soglia massima SAT', en: 'SAT cap' },
  'indigenza.label': { it: 'Quota indigenza', en: 'Poverty quota' },
  'indigenza.shortName': { it: 'indigenza', en: 'poverty' },
  'indigenza.shareLabel': { it: '% indigenza', en: 'Poverty share %' },
  'forzePolizia.label': { it: 'Quota Forze di Polizia', en: 'Police quota' },
  'forzePolizia.shortName': { it: 'Forze di Polizia', en: 'police' },
  'forzePolizia.shareLabel': { it: '% Forze di Polizia', en: 'Police share %' },
  'poliziaLocale.label': { it: 'Quota Polizia Locale', en: 'Local police quota' },
  'poliziaLocale.shortName': { it: 'Polizia Locale', en: 'local police' },
  'poliziaLocale.shareLabel': { it: '% Polizia Locale', en: 'Local police share %' },
  'categoria.label': { it: 'Quota riserva art. 14', en: 'Art. 14 reserve quota' },
  'categoria.shortName': { it: 'categorie dell’art. 14', en: 'art. 14 categories' },
  'categoria.shareLabel': { it: '% riserva art. 14', en: 'Art. 14 reserve %' },
});

/** The three names of a quota, from QUOTA_MESSAGES. */
function namesOf(key: 'satTetto' | 'indigenza' | 'forzePolizia' | 'poliziaLocale' | 'categoria') {
  return {
    label: bilingual(QUOTA_MESSAGES[`${key}.label`]),
    shortName: bilingual(QUOTA_MESSAGES[`${key}.shortName`]),
    shareLabel: bilingual(QUOTA_MESSAGES[`${key}.shareLabel`]),
  };
}

const defineQuota = <Key extends string>(definition: QuotaDefinition<Key>): QuotaDefinition<Key> => definition;

/** L.R. 16/2016 art. 23 (a reading, docs/NORMATIVA.md): the SAT cap, rounded down so as not to exceed it. */
export const SAT_CAP = defineQuota({
  key: 'satTetto',
  ...namesOf('satTetto'),
  abbreviation: 'SAT max',
  base: 'disponibili',
  rounding: 'down',
  article: 'L.R. 16/2016 art. 23',
  shareParams: [{ key: 'satSoglia' }],
  rule: (rules) => rules.satSoglia,
  columns: 'always',
});

/** R.R. 4/2017 art. 13 c. 3: 20 % (plus the Comune's increase on its own stock), rounded up. */
export const INDIGENZA = defineQuota({
  key: 'indigenza',
  ...namesOf('indigenza'),
  abbreviation: 'Indig.',
  base: 'ripartizione',
  rounding: 'up',
  article: 'R.R. 4/2017 art. 13 c. 3',
  shareParams: [{ key: 'indigenza' }, { key: 'maggiorazione', comuneOnly: true }],
  rule: (rules) => rules.indigenza,
  columns: 'always',
});

/** R.R. 4/2017 art. 7 bis (art. 4 c. 3 lett. d bis): Forze di Polizia, Vigili del Fuoco, rounded up. */
export const FORZE_POLIZIA = defineQuota({
  key: 'forzePolizia',
  ...namesOf('forzePolizia'),
  abbreviation: 'FdP',
  base: 'ripartizione',
  rounding: 'up',
  article: 'R.R. 4/2017 art. 7 bis',
  shareParams: [{ key: 'forzePolizia' }],
  rule: (rules) => rules.forzePolizia,
  columns: 'always',
});

/** R.R. 4/2017 art. 7 ter (from R.R. 2/2025, art. 4 c. 3 lett. d bis): Polizia Locale, rounded up. */
export const POLIZIA_LOCALE = defineQuota({
  key: 'poliziaLocale',
  ...namesOf('poliziaLocale'),
  abbreviation: 'PL',
  base: 'ripartizione',
  rounding: 'up',
  article: 'R.R. 4/2017 art. 7 ter',
  shareParams: [{ key: 'poliziaLocale' }],
  rule: (rules) => rules.poliziaLocale,
  columns: 'when-allowed',
});

/** R.R. 4/2017 art. 4 c. 3 lett. c bis (from R.R. 2/2025): the reserve for art. 14 categories, rounded up. */
export const CATEGORIA = defineQuota({
  key: 'categoria',
  ...namesOf('categoria'),
  abbreviation: 'Ris.14',
  base: 'ripartizione',
  rounding: 'up',
  article: 'R.R. 4/2017 art. 4 c. 3 lett. c bis',
  shareParams: [{ key: 'categoriaQuota' }],
  rule: (rules) => rules.riservaCategorie,
  columns: 'when-used',
});

/** The quotas of the SAP split, in the order the plan shows them. */
export const SPLIT_QUOTAS = [INDIGENZA, FORZE_POLIZIA, POLIZIA_LOCALE, CATEGORIA] as const;
export type SplitQuota = (typeof SPLIT_QUOTAS)[number];
export type SplitQuotaKey = SplitQuota['key'];

/** The parameters that make a quota's share for an owner of this kind. */
export function shareParamsFor(
  definition: QuotaDefinition,
  ownerKind: OwnerKind,
): readonly { key: OwnerParamKey; comuneOnly?: boolean }[] {
  return definition.shareParams.filter((param) => !param.comuneOnly || ownerKind === 'comune');
}

/** The quota's share for an owner of this kind, in ppm. */
export function sharePpmOf(definition: QuotaDefinition, values: OwnerParams, ownerKind: OwnerKind): number {
  return shareParamsFor(definition, ownerKind).reduce((sum, param) => sum + toPpm(values[param.key]), 0);
}

/** The quota: the share of the base, rounded as its rule says. */
export function quotaCount(definition: QuotaDefinition, baseCount: number, sharePpm: number): number {
  return roundShare(baseCount, sharePpm, definition.rounding);
}

/** R.R. 4/2017 art. 13 c. 3: (20 % + the Comune's increase) of the base, rounded up. */
export function indigenceQuota(baseUnits: number, basePpm: number, increasePpm = 0): number {
  return quotaCount(INDIGENZA, baseUnits, basePpm + increasePpm);
}

/** R.R. 4/2017 art. 7 bis: the chosen share of the base, rounded up. */
export function policeQuota(baseUnits: number, sharePpm: number): number {
  return quotaCount(FORZE_POLIZIA, baseUnits, sharePpm);
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
 * SAT units = min(requested, floor(available x cap)) (Cremona note point 3; docs/NORMATIVA.md).
 * The cap rounds down: rounding up would exceed the maximum share.
 */
export function satAllocation(availableUnits: number, capPpm: number, requested?: number): SatAllocation {
  const cap = quotaCount(SAT_CAP, availableUnits, capPpm);
  const asked = requested === undefined ? cap : requested;
  const allowed = Math.min(asked, cap);
  return { cap, requested: asked, allowed, capBit: asked > cap };
}
