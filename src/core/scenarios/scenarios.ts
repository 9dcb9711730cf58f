/**
 * Scenarios: two to four named parameter sets computed with the same engine on the same
 * dwellings and compared side by side ("what if 20 % or 30 % on the Comune's stock, 5 or 8 SAT").
 * A scenario is written as "Nome:chiave=valore,chiave=valore" (`parseScenario`); a value without
 * an owner applies to every owner, also to those whose communication chose otherwise, because the
 * question is "what if this value"; "ENTE:chiave=valore" changes one owner. Pure.
 */
import { formatPercent, readCount, readPercent } from '../numbers';
import {
  ORDINI,
  OWNER_PARAM_KEYS,
  ownerKey,
  paramDefinitions,
  type Ordine,
  type OwnerParamKey,
  type PlanParams,
} from '../plan/params';
import type { Plan, PlanGroup, PlanTotals } from '../plan/plan';
import { SPLIT_QUOTAS, type SplitQuotaKey } from '../quota';
import type { Bilingual } from '../communication/place';
import { bilingual, defineMessages } from '../messages';

export const MIN_SCENARIOS = 2;
export const MAX_SCENARIOS = 4;

/** One value a scenario sets. */
export type ScenarioValue =
  { key: OwnerParamKey; value: number; ente?: string } | { key: 'ordine'; value: Ordine; ente?: undefined };

export interface ScenarioSpec {
  nome: string;
  values: ScenarioValue[];
}

export class ScenarioError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.it);
    this.name = 'ScenarioError';
  }
}

/** What a scenario given on the command line can get wrong, in Italian and English. */
export const SCENARIO_MESSAGES = defineMessages('scenarios', {
  'no-name': {
    it: 'Scenario «{text}» senza nome: scrivete "Nome:chiave=valore", per esempio "Maggiorazione 20%:maggiorazione=0.2".',
    en: 'Scenario "{text}" has no name: write "Name:key=value", for example "Maggiorazione 20%:maggiorazione=0.2".',
  },
  'no-change': {
    it: 'Lo scenario «{name}» non cambia nessun parametro: aggiungete chiave=valore dopo i due punti.',
    en: 'Scenario "{name}" changes no parameter: add key=value after the colon.',
  },
  'no-equals': {
    it: 'Scenario «{name}», «{assignment}»: scrivete chiave=valore, per esempio maggiorazione=0,2.',
    en: 'Scenario "{name}", "{assignment}": write key=value, for example maggiorazione=0.2.',
  },
  'reading-unknown': {
    it: 'Scenario «{name}», «{assignment}»: scegliete {first} oppure {second}.',
    en: 'Scenario "{name}", "{assignment}": choose {first} or {second}.',
  },
  'not-a-parameter': {
    it: 'Scenario «{name}», «{assignment}»: «{key}» non è un parametro che uno scenario può cambiare. Parametri: {keys}, ordine.',
    en: 'Scenario "{name}", "{assignment}": "{key}" is not a parameter a scenario can change. Parameters: {keys}, ordine.',
  },
  'not-a-percentage': {
    it: 'Scenario «{name}», «{assignment}»: non è una percentuale valida (esempi: 0,2, 0.2, 20%).',
    en: 'Scenario "{name}", "{assignment}": not a valid percentage (examples: 0.2, 20%).',
  },
  'not-a-count': {
    it: 'Scenario «{name}», «{assignment}»: serve un numero intero di alloggi, non negativo.',
    en: 'Scenario "{name}", "{assignment}": a whole, non-negative number of dwellings is needed.',
  },
  'how-many': {
    it: 'Si confrontano da {min} a {max} scenari (compreso il piano): ne sono stati indicati {count}.',
    en: '{min} to {max} scenarios are compared (the plan included): {count} were given.',
  },
  'plan-uses-scenario': {
    it: 'Il piano usa i parametri dello scenario «{name}» (foglio «Confronto scenari»).',
    en: 'The plan uses the parameters of the scenario "{name}" ("Confronto scenari" sheet).',
  },
  'same-name': {
    it: 'Due scenari si chiamano «{name}»: date a ciascuno un nome diverso.',
    en: 'Two scenarios are named "{name}": give each a different name.',
  },
  'figure-disponibili': { it: 'Alloggi disponibili', en: 'Available dwellings' },
  'figure-sat': { it: 'Alloggi SAT', en: 'SAT dwellings' },
  'figure-per-avviso': { it: 'Alloggi per avviso', en: 'Dwellings by public call' },
});

/** Splits at commas or semicolons that start a new "chiave=" (so "0,3" stays one Italian number). */
function assignments(text: string): string[] {
  return text
    .split(/[,;](?=\s*[^,;=]+=)/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Reads "Maggiorazione 20%:maggiorazione=0.2,Comune di Cremona:satRichiesti=8". */
export function parseScenario(text: string, anno: number): ScenarioSpec {
  const colon = text.indexOf(':');
  const nome = colon > 0 ? text.slice(0, colon).trim() : '';
  if (nome === '') {
    throw new ScenarioError(bilingual(SCENARIO_MESSAGES['no-name'], { text }));
  }
  const parts = assignments(text.slice(colon + 1));
  if (parts.length === 0) {
    throw new ScenarioError(bilingual(SCENARIO_MESSAGES['no-change'], { name: nome }));
  }
  return { nome, values: parts.map((part) => scenarioValue(nome, part, anno)) };
}

function scenarioValue(nome: string, assignment: string, anno: number): ScenarioValue {
  const equals = assignment.indexOf('=');
  const left = equals > 0 ? assignment.slice(0, equals).trim() : '';
  const raw = assignment.slice(equals + 1).trim();
  const colon = left.lastIndexOf(':');
  const ente = colon > 0 ? left.slice(0, colon).trim() : undefined;
  const key = colon > 0 ? left.slice(colon + 1).trim() : left;
  const where = { name: nome, assignment };
  if (equals <= 0) throw new ScenarioError(bilingual(SCENARIO_MESSAGES['no-equals'], where));
  if (key === 'ordine' && ente === undefined) {
    if (!(ORDINI as readonly string[]).includes(raw)) {
      throw new ScenarioError(
        bilingual(SCENARIO_MESSAGES['reading-unknown'], { ...where, first: ORDINI[0], second: ORDINI[1] }),
      );
    }
    return { key: 'ordine', value: raw as Ordine };
  }
  const definition = paramDefinitions(anno).find((candidate) => candidate.key === key);
  if (!definition || !(OWNER_PARAM_KEYS as readonly string[]).includes(key)) {
    throw new ScenarioError(
      bilingual(SCENARIO_MESSAGES['not-a-parameter'], { ...where, key, keys: OWNER_PARAM_KEYS.join(', ') }),
    );
  }
  const reading = definition.kind === 'percent' ? readPercent(raw) : readCount(raw);
  if (!reading.ok) {
    throw new ScenarioError(
      bilingual(SCENARIO_MESSAGES[definition.kind === 'percent' ? 'not-a-percentage' : 'not-a-count'], where),
    );
  }
  return { key: key as OwnerParamKey, value: reading.value, ...(ente !== undefined ? { ente } : {}) };
}

/**
 * The parameters of a scenario: `base` (which already holds every owner's choices) with the
 * scenario's values. A value without an owner replaces that parameter for every owner.
 */
export function scenarioParams(base: PlanParams, values: readonly ScenarioValue[]): PlanParams {
  let params: PlanParams = { ...base, enti: { ...base.enti } };
  for (const entry of values) {
    if (entry.key === 'ordine') {
      params = { ...params, ordine: entry.value };
      continue;
    }
    const key = entry.key;
    if (entry.ente === undefined) {
      const enti: PlanParams['enti'] = {};
      for (const [name, own] of Object.entries(params.enti)) {
        const rest = { ...own };
        delete rest[key];
        if (Object.keys(rest).length > 0) enti[name] = rest;
      }
      params = { ...params, [key]: entry.value, enti };
      continue;
    }
    const target = ownerKey(entry.ente);
    const existing = Object.keys(params.enti).find((name) => ownerKey(name) === target) ?? entry.ente;
    params = { ...params, enti: { ...params.enti, [existing]: { ...params.enti[existing], [key]: entry.value } } };
  }
  return params;
}

/** The figures a comparison shows, per group and in total: every quota of the split among them. */
export type ScenarioFigure = 'disponibili' | 'sat' | SplitQuotaKey | 'perAvviso';

export interface FigureDefinition {
  key: ScenarioFigure;
  label: Bilingual;
  group: (group: PlanGroup) => number;
  total: (totals: PlanTotals) => number;
}

export const SCENARIO_FIGURES: readonly FigureDefinition[] = [
  {
    key: 'disponibili',
    label: bilingual(SCENARIO_MESSAGES['figure-disponibili']),
    group: (group) => group.disponibili,
    total: (totals) => totals.disponibili,
  },
  {
    key: 'sat',
    label: bilingual(SCENARIO_MESSAGES['figure-sat']),
    group: (group) => group.sat.consentiti,
    total: (totals) => totals.sat,
  },
  ...SPLIT_QUOTAS.map((definition): FigureDefinition => ({
    key: definition.key,
    label: definition.label,
    group: (group) => group[definition.key].quota,
    total: (totals) => totals[definition.key],
  })),
  {
    key: 'perAvviso',
    label: bilingual(SCENARIO_MESSAGES['figure-per-avviso']),
    group: (group) => group.perAvviso,
    total: (totals) => totals.perAvviso,
  },
];

export type Figures = Record<ScenarioFigure, number>;

export interface ScenarioResult {
  nome: string;
  parametri: PlanParams;
  totali: Figures;
  plan: Plan;
}

export interface ChangedGroup {
  ente: string;
  comune: string;
  /** The group's figures in each scenario, in the scenarios' order (undefined: not in that plan). */
  valori: (Figures | undefined)[];
  /** The figures that differ between scenarios. */
  cambiano: ScenarioFigure[];
}

/** A parameter that differs between scenarios, with its value in each (as the sheet shows it). */
export interface ChangedParameter {
  key: OwnerParamKey | 'ordine';
  ente?: string;
  label: Bilingual;
  valori: Bilingual[];
}

export interface ScenarioComparison {
  scenari: ScenarioResult[];
  /** Groups whose figures differ between scenarios, in the first plan's order. */
  gruppi: ChangedGroup[];
  parametri: ChangedParameter[];
  /** Figures whose total differs between scenarios. */
  totaliCheCambiano: ScenarioFigure[];
}

const figuresOf = (group: PlanGroup): Figures =>
  Object.fromEntries(SCENARIO_FIGURES.map((figure) => [figure.key, figure.group(group)])) as Figures;

const groupId = (group: PlanGroup): string => `${ownerKey(group.ente)}\u0000${ownerKey(group.comune)}`;

/** Computes every scenario with `compute` (computePlan or planWithParams) and compares them. */
export function compareScenarios(
  scenarios: readonly { nome: string; params: PlanParams }[],
  compute: (params: PlanParams) => Plan,
): ScenarioComparison {
  if (scenarios.length < MIN_SCENARIOS || scenarios.length > MAX_SCENARIOS) {
    throw new ScenarioError(
      bilingual(SCENARIO_MESSAGES['how-many'], { min: MIN_SCENARIOS, max: MAX_SCENARIOS, count: scenarios.length }),
    );
  }
  const names = new Set<string>();
  for (const { nome } of scenarios) {
    const key = nome.trim().toLowerCase();
    if (names.has(key)) {
      throw new ScenarioError(bilingual(SCENARIO_MESSAGES['same-name'], { name: nome }));
    }
    names.add(key);
  }
  const scenari: ScenarioResult[] = scenarios.map(({ nome, params }) => {
    const plan = compute(params);
    const totali = Object.fromEntries(
      SCENARIO_FIGURES.map((figure) => [figure.key, figure.total(plan.totali)]),
    ) as Figures;
    return { nome, parametri: params, totali, plan };
  });

  const order: string[] = [];
  const byId = new Map<string, { ente: string; comune: string; valori: (Figures | undefined)[] }>();
  scenari.forEach((scenario, index) => {
    for (const group of scenario.plan.gruppi) {
      const id = groupId(group);
      let entry = byId.get(id);
      if (!entry) {
        entry = { ente: group.ente, comune: group.comune, valori: scenari.map(() => undefined) };
        byId.set(id, entry);
        order.push(id);
      }
      entry.valori[index] = figuresOf(group);
    }
  });
  const gruppi: ChangedGroup[] = [];
  for (const id of order) {
    const entry = byId.get(id) as { ente: string; comune: string; valori: (Figures | undefined)[] };
    const cambiano = SCENARIO_FIGURES.map((figure) => figure.key).filter((key) => {
      const values = entry.valori.map((figures) => figures?.[key]);
      return values.some((value) => value !== values[0]);
    });
    if (cambiano.length > 0) gruppi.push({ ...entry, cambiano });
  }
  const totaliCheCambiano = SCENARIO_FIGURES.map((figure) => figure.key).filter((key) =>
    scenari.some((scenario) => scenario.totali[key] !== scenari[0].totali[key]),
  );
  return { scenari, gruppi, parametri: changedParameters(scenari), totaliCheCambiano };
}

function changedParameters(scenari: ScenarioResult[]): ChangedParameter[] {
  const anno = scenari[0].parametri.anno;
  const definitions = paramDefinitions(anno);
  const show = (key: OwnerParamKey, value: number | undefined, general: number): Bilingual => {
    const shown = value ?? general;
    const definition = definitions.find((candidate) => candidate.key === key);
    return definition?.kind === 'percent'
      ? { it: formatPercent(shown, 'it'), en: formatPercent(shown, 'en') }
      : { it: String(shown), en: String(shown) };
  };
  const differ = (values: Bilingual[]): boolean => values.some((value) => value.it !== values[0].it);
  const changed: ChangedParameter[] = [];
  const ordine = scenari.map((scenario) => ({ it: scenario.parametri.ordine, en: scenario.parametri.ordine }));
  if (differ(ordine)) {
    const definition = definitions.find((candidate) => candidate.key === 'ordine');
    const key = 'ordine';
    changed.push({ key, label: definition?.label ?? { it: key, en: key }, valori: ordine });
  }
  for (const key of OWNER_PARAM_KEYS) {
    const definition = definitions.find((candidate) => candidate.key === key);
    const label = definition?.label ?? { it: key, en: key };
    const general = scenari.map((scenario) => show(key, undefined, scenario.parametri[key]));
    if (differ(general)) changed.push({ key, label, valori: general });
    const owners = new Map<string, string>();
    for (const scenario of scenari) {
      for (const name of Object.keys(scenario.parametri.enti)) owners.set(ownerKey(name), name);
    }
    for (const [target, name] of owners) {
      const values = scenari.map((scenario) => {
        const entry = Object.entries(scenario.parametri.enti).find(([owner]) => ownerKey(owner) === target);
        return show(key, entry?.[1][key], scenario.parametri[key]);
      });
      if (differ(values) && !sameAsGeneral(values, general)) changed.push({ key, ente: name, label, valori: values });
    }
  }
  return changed;
}

const sameAsGeneral = (values: Bilingual[], general: Bilingual[]): boolean =>
  values.every((value, index) => value.it === general[index].it);
