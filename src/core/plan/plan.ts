/**
 * computePlan: from the dwellings of the inventory to the annual plan. Every quota is computed
 * per group (owner x comune), never on the Ambito total (docs/NORMATIVA.md, "Groups").
 */
import { bilingual, sentence } from '../messages';
import { cite } from '../messages/citations';
import { PLAN_MESSAGES } from './messages';
import { formatPercent } from '../numbers';
import {
  SAT_CAP,
  SPLIT_QUOTAS,
  quotaCount,
  satAllocation,
  sharePpmOf,
  type SplitQuota,
  type SplitQuotaKey,
} from '../quota';
import { PPM_PER_UNIT, rulesFor, toPpm } from '../rules';
import type { Exclusion, InventoryIssue, OwnerKind, Service, Unit } from '../types';
import { compareInDefaultOrder, compareItalian } from '../collation';
import {
  SOURCES,
  availableIn,
  emptyServices,
  emptySources,
  sourceOf,
  tallyOf,
  type GroupTally,
  type InventoryTally,
  type Source,
  type UndatedDwelling,
} from './tally';
import {
  OWNER_PARAM_KEYS,
  PlanParamsError,
  ownerKey,
  pickOwner,
  validateParams,
  type CategoriaArt14,
  type OwnerParamKey,
  type OwnerParams,
  type OwnerValues,
  type PlanParams,
} from './params';

export { SOURCES, sourceOf, type Source } from './tally';

export interface PlanNote {
  /** The note's key in a message table (`plan.sat-capped`...), when it comes from one. */
  messageKey?: string;
  message: string;
  messageEn: string;
}

/** A quota of the split for one group: its share (Excel percentage) and the dwellings it gives. */
export interface QuotaResult {
  percentuale: number;
  quota: number;
}

/** One group (owner x comune). Every quota of the split (quota.ts, SPLIT_QUOTAS) is a field named by its key. */
export interface PlanGroup extends Record<SplitQuotaKey, QuotaResult> {
  ente: string;
  tipoEnte: OwnerKind;
  comune: string;
  /** Every dwelling of the group by service. */
  patrimonio: Record<Service, number>;
  disponibili: number;
  perFonte: Record<Source, number>;
  /** The parameters in force for this group (globals or the owner's overrides). */
  parametri: OwnerParams;
  /** Keys of `parametri` that come from an override for this owner. */
  personalizzati: OwnerParamKey[];
  /** The art. 14 categories its reserve serves (the owner's own list, or the general one). */
  categorieRiserva: CategoriaArt14[];
  /**
   * Lett. g: dwellings assigned in the year before the plan, from the inventory's assignment
   * dates or the owner's declaration; null when unknown, or declared for an owner of several groups
   * (then in Plan.assegnatiDichiarati).
   */
  assegnatiAnnoPrecedente: number | null;
  fonteAssegnati: AssignedSource | null;
  /** Art. 5 c. 1: dwellings expected to become available in the plan year and the two following. */
  triennio: { anno: number; disponibili: number }[];
  sat: { richiesti: number; soglia: number; tetto: number; consentiti: number; tettoSuperato: boolean };
  /** The base of every quota of the split (docs/NORMATIVA.md, "Base delle quote (order of the split)"). */
  baseRipartizione: number;
  indigenza: QuotaResult & { base: number };
  /** Dwellings assigned by public call (avviso): available minus SAT. */
  perAvviso: number;
  note: PlanNote[];
}

/** Where the dwellings assigned in the previous year come from: the inventory's dates, or the owner. */
export type AssignedSource = 'inventario' | 'ente';

/** Totals over the groups; every quota of the split is a field named by its key. */
export interface PlanTotals extends Record<SplitQuotaKey, number> {
  /** Lett. g: the known figures added up (groups and owners' declarations); null when none is known. */
  assegnatiAnnoPrecedente: number | null;
  triennio: { anno: number; disponibili: number }[];
  patrimonio: Record<Service, number>;
  disponibili: number;
  perFonte: Record<Source, number>;
  sat: number;
  satRichiesti: number;
  baseRipartizione: number;
  perAvviso: number;
}

/**
 * A dwelling of the inventory the plan leaves out: an error in its row keeps it out of the plan,
 * or a missing availability date keeps it out of the dwellings available in the year.
 */
export interface ExcludedDwelling {
  /** Excel row in the inventory. */
  row: number;
  code?: string;
  /** File and sheet of the row, when the problem names them (merged communications). */
  file?: string;
  sheet?: string;
  reasons: Exclusion[];
}

export interface Plan {
  anno: number;
  parametri: PlanParams;
  gruppi: PlanGroup[];
  totali: PlanTotals;
  note: PlanNote[];
  problemi: InventoryIssue[];
  /** The dwellings of the inventory left out of the count, by file, sheet and row (the sheet's annex). */
  esclusi: ExcludedDwelling[];
  /** Number of dwellings read from the inventory (rows accepted). */
  alloggi: number;
  /** Lett. g declared by owners, with the comuni of their groups (docs/NORMATIVA.md, "Assigned in the previous year"). */
  assegnatiDichiarati: { ente: string; comuni: string[]; assegnati: number }[];
}

export interface PlanOptions {
  /**
   * Whether the inventory has a column of assignment dates: then a group without any date in the
   * previous year assigned 0, not an unknown number. Default: some dwelling has a date. Per group
   * (owner x comune as first written) when the groups come from several inventories (the merge).
   */
  assignmentDates?: boolean | ((ente: string, comune: string) => boolean);
}

/**
 * A dwelling counts as available in year Y when its service is SAP (or SAT), it is not
 * occupied, and it is free now or its availability date falls within Y (or before it)
 * (docs/NORMATIVA.md, "Dwellings available in the year").
 */
export function isAvailable(unit: Unit, year: number): boolean {
  return availabilityYear(unit, year) === year;
}

/**
 * The first year from `year` in which the dwelling is available: `year` when it is free now or
 * its date falls in or before `year`, the year of its date when later, undefined when it is not
 * going to be available (SAS, occupied, or waiting for a date). The three years of art. 5 c. 1.
 */
export function availabilityYear(unit: Unit, year: number): number | undefined {
  if (unit.service === 'SAS' || unit.status === 'occupato') return undefined;
  if (unit.availableFrom) return Math.max(year, unit.availableFrom.year);
  return unit.status === 'libero' || unit.status === 'carenza-manutentiva' ? year : undefined;
}

/** Years the plan looks ahead (art. 5 c. 1: "nel triennio"): the plan year and the two following. */
export const TRIENNIO = 3;

/**
 * What a group counts, dwelling by dwelling. Fed one unit at a time by `countUnit`, so that a
 * reader streaming the inventory can keep one of these per group and no list of dwellings.
 */
export interface GroupCounts {
  patrimonio: Record<Service, number>;
  disponibili: number;
  perFonte: Record<Source, number>;
  /** Dwellings (SAP, SAT) whose assignment date falls in the year before the plan (lett. g). */
  assegnatiAnnoPrecedente: number;
  /** Dwellings becoming available in the plan year and in each of the two following. */
  triennio: number[];
  /**
   * SAP or SAT dwellings occupied but dated in the plan year or the two following: not counted (an
   * occupied dwelling is not available); the plan's note says so, since the date suggests a turnover.
   */
  occupatiConData: number;
}

export function emptyGroupCounts(): GroupCounts {
  return {
    patrimonio: emptyServices(),
    disponibili: 0,
    perFonte: emptySources(),
    assegnatiAnnoPrecedente: 0,
    triennio: Array.from({ length: TRIENNIO }, () => 0),
    occupatiConData: 0,
  };
}

/** Adds one dwelling to its group's counts for the plan year `year`. */
export function countUnit(counts: GroupCounts, unit: Unit, year: number): void {
  counts.patrimonio[unit.service] += 1;
  const from = availabilityYear(unit, year);
  if (from === year) {
    counts.disponibili += 1;
    counts.perFonte[sourceOf(unit)] += 1;
  }
  if (from !== undefined && from - year < TRIENNIO) counts.triennio[from - year] += 1;
  if (unit.assignedOn?.year === year - 1 && unit.service !== 'SAS') counts.assegnatiAnnoPrecedente += 1;
  if (unit.status === 'occupato' && unit.service !== 'SAS' && unit.availableFrom) {
    const offset = unit.availableFrom.year - year;
    if (offset >= 0 && offset < TRIENNIO) counts.occupatiConData += 1;
  }
}

/**
 * A group's counts for the plan year `year` from its counts by year (tally.ts, filled as the
 * inventory is read): the same as countUnit gives dwelling by dwelling, without the dwellings.
 */
export function countsOf(group: GroupTally, year: number): GroupCounts {
  const { disponibili, perFonte } = availableIn(group, year);
  const triennio = [disponibili];
  for (let offset = 1; offset < TRIENNIO; offset++) {
    // A date in a later year of the three makes the dwelling available in that year.
    const sources = group.perAnno.get(year + offset);
    let count = 0;
    if (sources) for (const source of SOURCES) count += sources[source];
    triennio.push(count);
  }
  let occupatiConData = 0;
  for (let offset = 0; offset < TRIENNIO; offset++) occupatiConData += group.occupatiPerAnno.get(year + offset) ?? 0;
  return {
    patrimonio: { ...group.patrimonio },
    disponibili,
    perFonte,
    assegnatiAnnoPrecedente: group.assegnatiPerAnno.get(year - 1) ?? 0,
    triennio,
    occupatiConData,
  };
}

/** A share in both notations: 12,5 % and 12.5 %. */
const percents = (share: number): { it: string; en: string } => ({
  it: formatPercent(share, 'it'),
  en: formatPercent(share, 'en'),
});

interface EffectiveParams {
  values: OwnerParams;
  overridden: OwnerParamKey[];
  categories: CategoriaArt14[];
  declarations: OwnerValues;
}

function effectiveParams(params: PlanParams, owner: string): EffectiveParams {
  const key = ownerKey(owner);
  const match = Object.entries(params.enti).find(([name]) => ownerKey(name) === key);
  const overrides: OwnerValues = match ? match[1] : {};
  const overridden = OWNER_PARAM_KEYS.filter((name) => overrides[name] !== undefined);
  const values = pickOwner(params);
  for (const name of overridden) values[name] = overrides[name] as number;
  return {
    values,
    overridden,
    categories: overrides.riservaCategorie ?? params.riservaCategorie,
    declarations: overrides,
  };
}

function computeGroup(
  ente: string,
  tipoEnte: OwnerKind,
  comune: string,
  counts: GroupCounts,
  params: PlanParams,
  assignmentDates: boolean,
): PlanGroup {
  const { values, overridden, categories, declarations } = effectiveParams(params, ente);
  const { patrimonio, disponibili, perFonte } = counts;
  const sat = satAllocation(disponibili, toPpm(values.satSoglia), values.satRichiesti);
  // R.R. 4/2017 art. 13 c. 3: a Comune may exceed the 20 % on its own stock only.
  const increase = tipoEnte === 'comune' ? values.maggiorazione : 0;
  const perAvviso = disponibili - sat.allowed;
  const baseRipartizione = params.ordine === 'sat-prima' ? perAvviso : disponibili;
  const quotas = {} as Record<SplitQuotaKey, QuotaResult>;
  for (const definition of SPLIT_QUOTAS) {
    const sharePpm = sharePpmOf(definition, values, tipoEnte);
    const base = definition.base === 'ripartizione' ? baseRipartizione : disponibili;
    quotas[definition.key] = { percentuale: sharePpm / PPM_PER_UNIT, quota: quotaCount(definition, base, sharePpm) };
  }
  const note: PlanNote[] = [];
  if (sat.capBit) {
    note.push(
      sentence(PLAN_MESSAGES['sat-capped'], {
        ente,
        comune,
        requested: sat.requested,
        allowed: sat.allowed,
        cap: percents(values.satSoglia),
        available: disponibili,
        product: disponibili * values.satSoglia,
      }),
    );
  }
  // The quotas are assigned by public call: they may exceed those dwellings when each is rounded up
  // on a small base, or under indigenza-su-tutti, computed on all available ones while SAT takes some.
  const reserved = SPLIT_QUOTAS.reduce((sum, definition) => sum + quotas[definition.key].quota, 0);
  if (reserved > perAvviso) {
    note.push(
      baseRipartizione === perAvviso
        ? sentence(PLAN_MESSAGES['quotas-above-base'], { ente, comune, reserved, base: baseRipartizione })
        : sentence(PLAN_MESSAGES['quotas-above-by-call'], {
            ente,
            comune,
            reserved,
            base: baseRipartizione,
            byCall: perAvviso,
            sat: sat.allowed,
            excess: reserved - perAvviso,
          }),
    );
  }
  if (tipoEnte === 'aler' && values.maggiorazione > 0) {
    note.push(sentence(PLAN_MESSAGES['increase-comune-only'], { ente, comune, share: percents(values.indigenza) }));
  }
  if (counts.occupatiConData > 0) {
    const years = { first: String(params.anno), last: String(params.anno + TRIENNIO - 1) };
    note.push(
      counts.occupatiConData === 1
        ? sentence(PLAN_MESSAGES['occupied-with-date.one'], { ente, comune, ...years })
        : sentence(PLAN_MESSAGES['occupied-with-date.many'], { ente, comune, count: counts.occupatiConData, ...years }),
    );
  }
  return {
    ente,
    tipoEnte,
    comune,
    patrimonio,
    disponibili,
    perFonte,
    parametri: { ...values, maggiorazione: increase },
    personalizzati: overridden,
    categorieRiserva: categories,
    sat: {
      richiesti: sat.requested,
      soglia: values.satSoglia,
      tetto: sat.cap,
      consentiti: sat.allowed,
      tettoSuperato: sat.capBit,
    },
    baseRipartizione,
    // Lett. g: the owner's declaration wins; set per group in computePlan when it is one group only.
    assegnatiAnnoPrecedente:
      declarations.assegnatiAnnoPrecedente === undefined && assignmentDates ? counts.assegnatiAnnoPrecedente : null,
    fonteAssegnati: declarations.assegnatiAnnoPrecedente !== undefined ? 'ente' : assignmentDates ? 'inventario' : null,
    triennio: counts.triennio.map((count, offset) => ({ anno: params.anno + offset, disponibili: count })),
    ...quotas,
    indigenza: { ...quotas.indigenza, base: baseRipartizione },
    perAvviso,
    note,
  };
}

/**
 * Lett. g declared by owners (parameter assegnatiAnnoPrecedente): an owner with one group gives
 * the figure to that group; one with several (an ALER) declares it for all of them together.
 */
function declaredAssignments(
  gruppi: PlanGroup[],
  params: PlanParams,
  keyOf: (name: string) => string,
): Plan['assegnatiDichiarati'] {
  const declared: Plan['assegnatiDichiarati'] = [];
  for (const [ente, values] of Object.entries(params.enti)) {
    if (values.assegnatiAnnoPrecedente === undefined) continue;
    const own = gruppi.filter((group) => keyOf(group.ente) === keyOf(ente));
    if (own.length === 0) continue;
    if (own.length === 1) own[0].assegnatiAnnoPrecedente = values.assegnatiAnnoPrecedente;
    declared.push({
      ente: own[0].ente,
      comuni: own.map((group) => group.comune),
      assegnati: values.assegnatiAnnoPrecedente,
    });
  }
  return declared;
}

/** Lett. g: the owners whose figure is unknown, so that the plan says what is missing. */
function assignedNotes(gruppi: PlanGroup[], year: number): PlanNote[] {
  const unknown = [...new Set(gruppi.filter((group) => group.fonteAssegnati === null).map((group) => group.ente))];
  if (unknown.length === 0) return [];
  // At most ten names: the sheet's table of the section says the rest, owner by owner.
  const listed = unknown.slice(0, 10);
  const more = unknown.length - listed.length;
  const quoted = {
    it: listed.map((ente) => `«${ente}»`).join(', '),
    en: listed.map((ente) => `"${ente}"`).join(', '),
  };
  const names = more > 0 ? bilingual(PLAN_MESSAGES['assigned-unknown-more'], { names: quoted, more }) : quoted;
  return [sentence(PLAN_MESSAGES['assigned-unknown'], { previous: String(year - 1), names })];
}

/** The shares of a split quota in the plan: the general ones (Comune and ALER stock) and every group's. */
export function sharesOf(plan: Plan, definition: SplitQuota): number[] {
  const general = pickOwner(plan.parametri);
  return [
    sharePpmOf(definition, general, 'comune') / PPM_PER_UNIT,
    sharePpmOf(definition, general, 'aler') / PPM_PER_UNIT,
    ...plan.gruppi.map((group) => group[definition.key].percentuale),
  ];
}

/** The quotas the plan shows (quota.ts, `columns`): always, or when some share is above 0. */
export function quotasShown(plan: Plan): SplitQuota[] {
  const rules = rulesFor(plan.anno);
  return SPLIT_QUOTAS.filter(
    (definition) =>
      definition.columns === 'always' ||
      (definition.columns === 'when-allowed' && definition.rule(rules).maxPpm > 0) ||
      sharesOf(plan, definition).some((share) => share > 0),
  );
}

/** The art. 14 reserve must say which categories it serves (R.R. 4/2017 art. 4 c. 3 lett. c bis). */
function reserveNotes(gruppi: PlanGroup[], params: PlanParams): PlanNote[] {
  const notes: PlanNote[] = [];
  const reference = cite(rulesFor(params.anno).riservaCategorie.reference);
  const seen = new Set<string>();
  for (const group of gruppi) {
    if (group.categoria.percentuale === 0 || group.categorieRiserva.length > 0 || seen.has(group.ente)) continue;
    seen.add(group.ente);
    notes.push(
      sentence(PLAN_MESSAGES['reserve-without-categories'], {
        ente: group.ente,
        share: percents(group.categoria.percentuale),
        reference,
      }),
    );
  }
  const named = (params.categoria?.nome ?? '').trim() !== '';
  if (!named && gruppi.some((group) => group.categorieRiserva.includes('categoria-aggiuntiva'))) {
    notes.push(sentence(PLAN_MESSAGES['additional-category-unnamed']));
  }
  return notes;
}

/**
 * The rows the problems leave out of the plan, one entry per row with every reason, and the
 * dwellings that would be available but have no availability date (docs/NORMATIVA.md,
 * "Dwellings available in the year"); SAS dwellings are never counted as available, so they are
 * not listed.
 */
function excludedDwellings(undated: readonly UndatedDwelling[], issues: InventoryIssue[]): ExcludedDwelling[] {
  const byRow = new Map<string, ExcludedDwelling>();
  for (const issue of issues) {
    if (!issue.exclusion) continue;
    const key = `${issue.file ?? ''}\u0000${issue.sheet ?? ''}\u0000${issue.row}`;
    let entry = byRow.get(key);
    if (!entry) {
      entry = { row: issue.row, reasons: [] };
      if (issue.code !== undefined) entry.code = issue.code;
      if (issue.file !== undefined) entry.file = issue.file;
      if (issue.sheet !== undefined) entry.sheet = issue.sheet;
      byRow.set(key, entry);
    }
    entry.reasons.push(issue.exclusion);
  }
  const excluded = [...byRow.values()];
  // A dwelling does not say where it was read; when every problem names the same file and sheet,
  // the dwellings come from there too.
  const places = new Set(excluded.map((entry) => `${entry.file ?? ''}\u0000${entry.sheet ?? ''}`));
  const place = places.size === 1 && excluded.length > 0 ? { file: excluded[0].file, sheet: excluded[0].sheet } : {};
  for (const unit of undated) {
    const entry: ExcludedDwelling = { row: unit.row, reasons: [{ reason: 'no-availability-date' }] };
    if (unit.code !== undefined) entry.code = unit.code;
    const at = unit.source ?? place;
    if (at.file !== undefined) entry.file = at.file;
    if (at.sheet !== undefined) entry.sheet = at.sheet;
    excluded.push(entry);
  }
  return excluded.sort(compareByPlace);
}

/** The annex's order of dwellings left out: by file, then sheet (as they are listed), then row. */
export function compareByPlace(a: ExcludedDwelling, b: ExcludedDwelling): number {
  return (
    compareInDefaultOrder(a.file ?? '', b.file ?? '') ||
    compareInDefaultOrder(a.sheet ?? '', b.sheet ?? '') ||
    a.row - b.row
  );
}

/**
 * The plan for the given dwellings and parameters. Throws PlanParamsError when a parameter is
 * out of its legal bounds. `issues` (from parseInventory) are carried into the plan unchanged.
 */
export function computePlan(
  units: readonly Unit[],
  params: PlanParams,
  issues: InventoryIssue[] = [],
  options: PlanOptions = {},
): Plan {
  return computePlanFromTally(tallyOf(units), params, issues, options);
}

/**
 * The plan from the dwellings counted as they were read (tally.ts): the same plan as
 * computePlan on the same dwellings, without them in memory.
 */
export function computePlanFromTally(
  tally: InventoryTally,
  params: PlanParams,
  issues: InventoryIssue[] = [],
  options: PlanOptions = {},
): Plan {
  const problems = validateParams(params);
  if (problems.length > 0) throw new PlanParamsError(problems);

  // ownerKey normalises with a regular expression: compute it once per distinct spelling, not per dwelling.
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) {
      key = ownerKey(name);
      keys.set(name, key);
    }
    return key;
  };
  const assignmentDates = options.assignmentDates ?? tally.assignmentDates;
  const datesOf = (ente: string, comune: string): boolean =>
    typeof assignmentDates === 'function' ? assignmentDates(ente, comune) : assignmentDates;
  const gruppi = tally.groups
    .map((group) =>
      computeGroup(
        group.ente,
        group.tipoEnte,
        group.comune,
        countsOf(group, params.anno),
        params,
        datesOf(group.ente, group.comune),
      ),
    )
    .sort(
      (a, b) =>
        (a.tipoEnte === b.tipoEnte ? 0 : a.tipoEnte === 'comune' ? -1 : 1) ||
        compareItalian(a.ente, b.ente) ||
        compareItalian(a.comune, b.comune),
    );

  const totali = {
    patrimonio: emptyServices(),
    disponibili: 0,
    perFonte: emptySources(),
    sat: 0,
    satRichiesti: 0,
    baseRipartizione: 0,
    perAvviso: 0,
    assegnatiAnnoPrecedente: null,
    triennio: Array.from({ length: TRIENNIO }, (_, offset) => ({ anno: params.anno + offset, disponibili: 0 })),
    ...Object.fromEntries(SPLIT_QUOTAS.map((definition) => [definition.key, 0])),
  } as PlanTotals;
  for (const group of gruppi) {
    for (const service of Object.keys(totali.patrimonio) as Service[])
      totali.patrimonio[service] += group.patrimonio[service];
    for (const source of SOURCES) totali.perFonte[source] += group.perFonte[source];
    totali.disponibili += group.disponibili;
    totali.sat += group.sat.consentiti;
    totali.satRichiesti += group.sat.richiesti;
    totali.baseRipartizione += group.baseRipartizione;
    for (const definition of SPLIT_QUOTAS) totali[definition.key] += group[definition.key].quota;
    totali.perAvviso += group.perAvviso;
    group.triennio.forEach((year, offset) => (totali.triennio[offset].disponibili += year.disponibili));
  }
  const assegnatiDichiarati = declaredAssignments(gruppi, params, keyOf);
  const known = [
    ...gruppi
      .filter((group) => group.fonteAssegnati === 'inventario')
      .map((group) => group.assegnatiAnnoPrecedente ?? 0),
    ...assegnatiDichiarati.map((declared) => declared.assegnati),
  ];
  totali.assegnatiAnnoPrecedente = known.length > 0 ? known.reduce((sum, count) => sum + count, 0) : null;

  // The quotas the rules of the plan year provide for (the art. 14 reserve only from 2025).
  const rules = rulesFor(params.anno);
  const splitNames = (language: 'it' | 'en'): string =>
    SPLIT_QUOTAS.filter((definition) => definition.rule(rules).maxPpm > 0)
      .map((definition) => definition.shortName[language])
      .join(', ');
  const quotas = { it: splitNames('it'), en: splitNames('en') };
  const note: PlanNote[] = [
    params.ordine === 'sat-prima'
      ? sentence(PLAN_MESSAGES['reading-sat-first'], { quotas })
      : sentence(PLAN_MESSAGES['reading-on-all'], { quotas }),
    sentence(PLAN_MESSAGES.rounding, { up: quotas, down: SAT_CAP.shortName }),
  ];
  for (const ente of Object.keys(params.enti)) {
    if (!gruppi.some((group) => keyOf(group.ente) === keyOf(ente))) {
      note.push(sentence(PLAN_MESSAGES['owner-not-in-inventory'], { ente }));
    }
  }
  for (const group of gruppi) note.push(...group.note);
  note.push(...reserveNotes(gruppi, params));
  note.push(...assignedNotes(gruppi, params.anno));

  return {
    anno: params.anno,
    parametri: params,
    gruppi,
    totali,
    note,
    problemi: issues,
    esclusi: excludedDwellings(tally.undated, issues),
    alloggi: tally.count,
    assegnatiDichiarati,
  };
}
