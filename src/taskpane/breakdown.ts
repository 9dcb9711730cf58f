/**
 * How a group's available dwellings split, as the preview shows it: SAT, then the dwellings
 * assigned by public call (avviso), of which the reserved quotas (every quota of the split:
 * indigenza, Forze di Polizia, Polizia Locale, the art. 14 reserve; core/quota.ts) are a part,
 * and the rest, assigned from the ordinary ranking. The quotas are not on top of the dwellings
 * per avviso: they are inside them.
 */
import type { OwnerParamKey } from '../core/plan/params';
import { quotasShown, type Plan, type PlanGroup } from '../core/plan/plan';
import { SAT_CAP, SPLIT_QUOTAS, type SplitQuota, type SplitQuotaKey } from '../core/quota';

export interface QuotaPart {
  definition: SplitQuota;
  count: number;
  /** The share applied (Excel percentage); undefined for totals. */
  share?: number;
  /** The share is the owner's own value, not the general one. */
  ownValue: boolean;
}

export interface Breakdown {
  disponibili: number;
  sat: number;
  perAvviso: number;
  /** The quotas worth showing: indigenza always, the others where their share is above 0. */
  quotas: QuotaPart[];
  /** Dwellings per avviso left for the ordinary ranking. */
  ordinari: number;
  /** By how much the quotas exceed the dwellings per avviso (0 when they fit). */
  excess: number;
}

const paramsOf = (definition: { shareParams: readonly { key: OwnerParamKey }[] }): OwnerParamKey[] =>
  definition.shareParams.map((param) => param.key);

/** The SAT request or cap, or a quota's share, is the owner's own value. */
export function isOwnValue(group: PlanGroup, quota: SplitQuotaKey | 'sat'): boolean {
  const keys: OwnerParamKey[] =
    quota === 'sat'
      ? ['satRichiesti', ...paramsOf(SAT_CAP)]
      : paramsOf(SPLIT_QUOTAS.find((definition) => definition.key === quota)!);
  return keys.some((key) => group.personalizzati.includes(key));
}

const shown = (definition: SplitQuota, shares: number[]): boolean =>
  definition.key === 'indigenza' || shares.some((share) => share > 0);

export function groupBreakdown(group: PlanGroup): Breakdown {
  const quotas = SPLIT_QUOTAS.filter((definition) => shown(definition, [group[definition.key].percentuale])).map(
    (definition): QuotaPart => ({
      definition,
      count: group[definition.key].quota,
      share: group[definition.key].percentuale,
      ownValue: isOwnValue(group, definition.key),
    }),
  );
  // Quotas of zero share count nothing: summing all of them gives what the group reserves.
  const reserved = SPLIT_QUOTAS.reduce((sum, definition) => sum + group[definition.key].quota, 0);
  return {
    disponibili: group.disponibili,
    sat: group.sat.consentiti,
    perAvviso: group.perAvviso,
    quotas,
    ordinari: Math.max(0, group.perAvviso - reserved),
    excess: Math.max(0, reserved - group.perAvviso),
  };
}

/**
 * The Ambito's totals: the sums of the groups' breakdowns, with every quota the plan sheet shows
 * (core/plan quotasShown), a quota of 0 % included: the clerk sees it once, here.
 */
export function totalBreakdown(plan: Plan): Breakdown {
  const { totali: totals, gruppi: groups } = plan;
  const parts = groups.map(groupBreakdown);
  const quotas = quotasShown(plan).map((definition): QuotaPart => ({
    definition,
    count: totals[definition.key],
    ownValue: false,
  }));
  return {
    disponibili: totals.disponibili,
    sat: totals.sat,
    perAvviso: totals.perAvviso,
    quotas,
    ordinari: parts.reduce((sum, part) => sum + part.ordinari, 0),
    excess: parts.reduce((sum, part) => sum + part.excess, 0),
  };
}
