/**
 * The plan's counts as the add-in computed them before the inventory was streamed (issue #12
 * item 1): every dwelling kept in a list, grouped by owner x comune, and each group's dwellings
 * counted one by one with the per-dwelling rules (isAvailable, sourceOf). The streaming path
 * (per-group counts by availability year, plan/tally.ts) must give the same numbers.
 */
import { ownerKey } from '../../src/core/plan/params';
import { NEEDS_AVAILABILITY_DATE } from '../../src/core/inventory/parse';
import { countUnit, emptyGroupCounts, isAvailable, sourceOf, SOURCES, type Source } from '../../src/core/plan/plan';
import type { Service, Unit } from '../../src/core/types';

export interface ReferenceGroup {
  ente: string;
  tipoEnte: string;
  comune: string;
  patrimonio: Record<Service, number>;
  disponibili: number;
  perFonte: Record<Source, number>;
  /** Art. 5 c. 1: available in the plan year and the two following (countUnit, dwelling by dwelling). */
  triennio: number[];
  /** Lett. g from the inventory's assignment dates (countUnit), or null when the plan does not take it from there. */
  assegnati: number | null;
}

/** Groups sorted by owner key then comune key, so that two lists compare without the plan's order. */
export function referenceGroups(units: readonly Unit[], year: number, assignmentDates: boolean): ReferenceGroup[] {
  const groups = new Map<string, ReferenceGroup>();
  const counts = new Map<string, ReturnType<typeof emptyGroupCounts>>();
  for (const unit of units) {
    const key = `${ownerKey(unit.owner)}\u0000${ownerKey(unit.comune)}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        ente: unit.owner.trim(),
        tipoEnte: unit.ownerKind,
        comune: unit.comune.trim(),
        patrimonio: { SAP: 0, SAS: 0, SAT: 0 },
        disponibili: 0,
        perFonte: Object.fromEntries(SOURCES.map((source) => [source, 0])) as Record<Source, number>,
        triennio: [],
        assegnati: null,
      };
      groups.set(key, group);
      counts.set(key, emptyGroupCounts());
    }
    countUnit(counts.get(key)!, unit, year);
    group.patrimonio[unit.service] += 1;
    if (isAvailable(unit, year)) {
      group.disponibili += 1;
      group.perFonte[sourceOf(unit)] += 1;
    }
  }
  for (const [key, group] of groups) {
    const counted = counts.get(key)!;
    group.triennio = counted.triennio;
    group.assegnati = assignmentDates ? counted.assegnatiAnnoPrecedente : null;
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group);
}

/** The same fields of a plan's groups, in the same order. */
interface PlanGroupLike {
  ente: string;
  tipoEnte: string;
  comune: string;
  patrimonio: ReferenceGroup['patrimonio'];
  disponibili: number;
  perFonte: ReferenceGroup['perFonte'];
  triennio: { anno: number; disponibili: number }[];
  assegnatiAnnoPrecedente: number | null;
  fonteAssegnati: string | null;
}

export function planGroups(gruppi: ReadonlyArray<PlanGroupLike>): ReferenceGroup[] {
  return [...gruppi]
    .map((group) => ({
      key: `${ownerKey(group.ente)}\u0000${ownerKey(group.comune)}`,
      group: {
        ente: group.ente,
        tipoEnte: group.tipoEnte,
        comune: group.comune,
        patrimonio: group.patrimonio,
        disponibili: group.disponibili,
        perFonte: group.perFonte,
        triennio: group.triennio.map((year) => year.disponibili),
        assegnati: group.fonteAssegnati === 'inventario' ? group.assegnatiAnnoPrecedente : null,
      },
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ group }) => group);
}

/** Rows of the dwellings the annex lists for lack of an availability date, as the list of dwellings gave them. */
export function referenceUndatedRows(units: readonly Unit[]): number[] {
  return units
    .filter((unit) => unit.service !== 'SAS' && !unit.availableFrom && NEEDS_AVAILABILITY_DATE.has(unit.status))
    .map((unit) => unit.row)
    .sort((a, b) => a - b);
}
