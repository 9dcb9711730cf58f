/**
 * What the plan needs of the dwellings, counted as they are read: per group (owner x comune) the
 * stock by service and the dwellings that can be available, by source and by the year their
 * availability date falls in (so that any plan year can be asked), plus the few dwellings the
 * annex lists for lack of an availability date. Tens of groups, not millions of dwellings: an
 * inventory of any size is counted in the same small memory.
 */
import { NEEDS_AVAILABILITY_DATE } from '../inventory/parse';
import type { OwnerKind, Service, SourcePlace, Unit } from '../types';
import { ownerKey } from './params';

/** Where the dwellings available in the year come from (R.R. 4/2017 art. 4 c. 3 lett. b). */
export type Source = 'libero' | 'turnover' | 'nuovi' | 'carenza' | 'privati';
export const SOURCES: readonly Source[] = ['libero', 'turnover', 'nuovi', 'carenza', 'privati'];

export const emptyServices = (): Record<Service, number> => ({ SAP: 0, SAS: 0, SAT: 0 });
export const emptySources = (): Record<Source, number> => ({
  libero: 0,
  turnover: 0,
  nuovi: 0,
  carenza: 0,
  privati: 0,
});

/** The source of an available dwelling: the origin column when given, else its status. */
export function sourceOf(unit: Unit): Source {
  switch (unit.origin) {
    case 'turnover':
      return 'turnover';
    case 'nuova-edificazione':
    case 'recupero':
      return 'nuovi';
    case 'carenza-manutentiva':
      return 'carenza';
    case 'conferito-privati':
      return 'privati';
    default:
      break;
  }
  if (unit.carenzaManutentiva || unit.status === 'carenza-manutentiva') return 'carenza';
  if (unit.status === 'turnover') return 'turnover';
  if (unit.status === 'nuova-costruzione' || unit.status === 'ristrutturazione') return 'nuovi';
  return 'libero';
}

/** The dwellings of one group (owner x comune), counted. */
export interface GroupTally {
  /** The first spellings met name the group (trimmed); case and spacing differences do not split it. */
  ente: string;
  tipoEnte: OwnerKind;
  comune: string;
  /** Dwellings counted in the group. */
  count: number;
  /** The row of the group's first dwelling, and where it was read when the plan merges sources (spellings.ts). */
  firstRow?: number;
  firstSource?: SourcePlace;
  /** Every dwelling of the group by service. */
  patrimonio: Record<Service, number>;
  /** SAP or SAT dwellings, not occupied, free now without a date (libero, carenza manutentiva), by source. */
  liberi: Record<Source, number>;
  /** SAP or SAT dwellings, not occupied, with an availability date: by the date's year, then by source. */
  perAnno: Map<number, Record<Source, number>>;
  /**
   * SAP or SAT dwellings (occupied too) with an assignment date, by its year: lett. g counts those
   * assigned in the year before the plan.
   */
  assegnatiPerAnno: Map<number, number>;
  /**
   * SAP or SAT dwellings occupied but with an availability date, by the date's year: never counted
   * (an occupied dwelling is not available), and the plan says so when the date falls in its years.
   */
  occupatiPerAnno: Map<number, number>;
}

/** A dwelling that would be available but has no availability date: the annex lists it. */
export interface UndatedDwelling {
  row: number;
  code?: string;
  /** Where it was read, when the plan merges several sources (shared by a sheet's rows). */
  source?: SourcePlace;
}

export interface InventoryTally {
  /** In the order the groups were first met. */
  groups: GroupTally[];
  /** Dwellings counted. */
  count: number;
  undated: UndatedDwelling[];
  /** The owners' names as written (trimmed), each once, in the order met. */
  owners: string[];
  /** Whether some dwelling counted has an assignment date. */
  assignmentDates: boolean;
}

/** The dwellings of a group available in `year`, with their sources (DOMAIN.md, "available in year Y"). */
export function availableIn(
  group: GroupTally,
  year: number,
): { disponibili: number; perFonte: Record<Source, number> } {
  const perFonte = { ...group.liberi };
  for (const [dateYear, sources] of group.perAnno) {
    if (dateYear > year) continue;
    for (const source of SOURCES) perFonte[source] += sources[source];
  }
  let disponibili = 0;
  for (const source of SOURCES) disponibili += perFonte[source];
  return { disponibili, perFonte };
}

export interface Tally {
  add(unit: Unit): void;
  /**
   * Takes back a dwelling added before (the merge leaves out the rows of a dwelling found in two
   * communications); a group left without dwellings is no longer a group of the plan.
   */
  remove(unit: Unit): void;
  result(): InventoryTally;
}

/** Counts dwellings one by one (the parser's `onUnit`). */
export function createTally(): Tally {
  const groups = new Map<string, GroupTally>();
  const undated: UndatedDwelling[] = [];
  const owners = new Set<string>();
  let total = 0;
  /** Dwellings counted with an assignment date. */
  let dated = 0;
  // ownerKey normalises with a regular expression: once per distinct spelling, not per dwelling.
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) {
      key = ownerKey(name);
      keys.set(name, key);
    }
    return key;
  };
  // The group of the last dwelling: consecutive rows are usually of the same group.
  let lastOwner: string | undefined;
  let lastComune: string | undefined;
  let lastGroup: GroupTally | undefined;

  /** The group of each owner and comune as written: one lookup of strings the parser gives again and again. */
  const written = new Map<string, Map<string, GroupTally>>();

  const groupOf = (unit: Unit): GroupTally => {
    if (unit.owner === lastOwner && unit.comune === lastComune && lastGroup) return lastGroup;
    const known = written.get(unit.owner)?.get(unit.comune);
    if (known) {
      lastOwner = unit.owner;
      lastComune = unit.comune;
      lastGroup = known;
      return known;
    }
    const key = `${keyOf(unit.owner)}\u0000${keyOf(unit.comune)}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        ente: unit.owner.trim(),
        tipoEnte: unit.ownerKind,
        comune: unit.comune.trim(),
        count: 0,
        firstRow: unit.row,
        ...(unit.source ? { firstSource: unit.source } : {}),
        patrimonio: emptyServices(),
        liberi: emptySources(),
        perAnno: new Map(),
        assegnatiPerAnno: new Map(),
        occupatiPerAnno: new Map(),
      };
      groups.set(key, group);
    }
    // Every spelling as written (trimmed): the pane lists them as the inventory has them.
    owners.add(unit.owner.trim());
    let byComune = written.get(unit.owner);
    if (!byComune) {
      byComune = new Map();
      written.set(unit.owner, byComune);
    }
    byComune.set(unit.comune, group);
    lastOwner = unit.owner;
    lastComune = unit.comune;
    lastGroup = group;
    return group;
  };

  /** Adds (delta 1) or takes back (delta -1) what one dwelling counts for. */
  const count = (unit: Unit, delta: 1 | -1): void => {
    const group = groupOf(unit);
    total += delta;
    group.count += delta;
    group.patrimonio[unit.service] += delta;
    if (unit.assignedOn) {
      dated += delta;
      if (unit.service !== 'SAS') {
        const year = unit.assignedOn.year;
        group.assegnatiPerAnno.set(year, (group.assegnatiPerAnno.get(year) ?? 0) + delta);
      }
    }
    if (unit.service === 'SAS') return;
    if (unit.status === 'occupato') {
      if (unit.availableFrom) {
        const year = unit.availableFrom.year;
        group.occupatiPerAnno.set(year, (group.occupatiPerAnno.get(year) ?? 0) + delta);
      }
      return;
    }
    if (unit.availableFrom) {
      let sources = group.perAnno.get(unit.availableFrom.year);
      if (!sources) {
        sources = emptySources();
        group.perAnno.set(unit.availableFrom.year, sources);
      }
      sources[sourceOf(unit)] += delta;
    } else if (unit.status === 'libero' || unit.status === 'carenza-manutentiva') {
      group.liberi[sourceOf(unit)] += delta;
    } else if (NEEDS_AVAILABILITY_DATE.has(unit.status)) {
      if (delta > 0) {
        const entry: UndatedDwelling = { row: unit.row };
        if (unit.code !== undefined) entry.code = unit.code;
        if (unit.source !== undefined) entry.source = unit.source;
        undated.push(entry);
      } else {
        const at = undated.findIndex(
          (entry) => entry.row === unit.row && entry.code === unit.code && entry.source === unit.source,
        );
        if (at >= 0) undated.splice(at, 1);
      }
    }
  };

  return {
    add: (unit) => count(unit, 1),
    remove: (unit) => count(unit, -1),
    result() {
      const counted = [...groups.values()].filter((group) => group.count > 0);
      return { groups: counted, count: total, undated, owners: [...owners], assignmentDates: dated > 0 };
    },
  };
}

/** The tally of dwellings already in memory (a merged plan, the tests). */
export function tallyOf(units: readonly Unit[]): InventoryTally {
  const tally = createTally();
  for (const unit of units) tally.add(unit);
  return tally.result();
}
