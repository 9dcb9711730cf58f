/**
 * The plan's parameters: names (also used by the command line, the pane and the saved settings),
 * defaults from the rules of the plan year, bounds, and the legal reference of each.
 */
import { cleanText } from '../inventory/values';
import { formatPercent } from '../numbers';
import {
  FIRST_PLAN_YEAR,
  LAST_PLAN_YEAR,
  fromPpm,
  rulesFor,
  toPpm,
  type PercentRule,
  type RulesVersion,
} from '../rules';

export type Ordine = 'sat-prima' | 'indigenza-su-tutti';
export const ORDINI: readonly Ordine[] = ['sat-prima', 'indigenza-su-tutti'];

/** Parameters that may differ per owner (ente proprietario). */
export interface OwnerParams {
  /** Base indigenza share (Excel percentage, 0.2 = 20 %). */
  indigenza: number;
  /** Increase over the base, applied to Comune-owned stock only. */
  maggiorazione: number;
  /** SAT dwellings requested per group (owner x comune); 0 = no SAT request. */
  satRichiesti: number;
  /** Maximum SAT share of the available dwellings. */
  satSoglia: number;
  /** Forze di Polizia / Vigili del Fuoco share. */
  forzePolizia: number;
  /** Optional reserve for the additional category (from R.R. 2/2025). */
  categoriaQuota: number;
}

export interface CategoryParams {
  nome: string;
  descrizione: string;
}

export interface PlanParams extends OwnerParams {
  anno: number;
  ordine: Ordine;
  ambito: string;
  capofila: string;
  categoria?: CategoryParams;
  /** Overrides for the owner named as in the inventory (matched ignoring case and spaces). */
  enti: Record<string, Partial<OwnerParams>>;
}

export type OwnerParamKey = keyof OwnerParams;
export const OWNER_PARAM_KEYS: readonly OwnerParamKey[] = [
  'indigenza',
  'maggiorazione',
  'satRichiesti',
  'satSoglia',
  'forzePolizia',
  'categoriaQuota',
];

export interface ParamDefinition {
  key: OwnerParamKey | 'anno' | 'ordine';
  kind: 'percent' | 'count' | 'year' | 'choice';
  label: { it: string; en: string };
  reference: string;
  default: number | string;
  min: number;
  max: number;
}

function percentDefinition(key: OwnerParamKey, rule: PercentRule, label: { it: string; en: string }): ParamDefinition {
  return {
    key,
    kind: 'percent',
    label,
    reference: rule.reference,
    default: fromPpm(rule.defaultPpm),
    min: 0,
    max: fromPpm(rule.maxPpm),
  };
}

/** The definitions in force for a plan year, in display order. */
export function paramDefinitions(year: number): ParamDefinition[] {
  const rules: RulesVersion = rulesFor(year);
  return [
    {
      key: 'anno',
      kind: 'year',
      label: { it: 'Anno del piano', en: 'Plan year' },
      reference: 'R.R. 4/2017 art. 4',
      default: new Date().getFullYear() + 1,
      min: FIRST_PLAN_YEAR,
      max: LAST_PLAN_YEAR,
    },
    percentDefinition('indigenza', rules.indigenza, { it: 'Quota indigenza (base)', en: 'Poverty share (base)' }),
    percentDefinition('maggiorazione', rules.maggiorazione, {
      it: 'Maggiorazione indigenza (solo alloggi comunali)',
      en: 'Poverty share increase (Comune stock only)',
    }),
    {
      key: 'satRichiesti',
      kind: 'count',
      label: { it: 'Alloggi SAT richiesti (per ente e comune)', en: 'SAT dwellings requested (per owner and comune)' },
      reference: 'L.R. 16/2016 art. 23',
      default: 0,
      min: 0,
      max: 100_000,
    },
    percentDefinition('satSoglia', rules.satSoglia, { it: 'Soglia massima SAT', en: 'SAT cap' }),
    percentDefinition('forzePolizia', rules.forzePolizia, {
      it: 'Quota Forze di Polizia e Vigili del Fuoco',
      en: 'Police and firefighters share',
    }),
    percentDefinition('categoriaQuota', rules.riservaCategorie, {
      it: 'Riserva per la categoria aggiuntiva',
      en: 'Reserve for the additional category',
    }),
    {
      key: 'ordine',
      kind: 'choice',
      label: { it: 'Lettura della ripartizione', en: 'Reading of the split' },
      reference: 'R.R. 4/2017 art. 4 c. 3 lett. c, e',
      default: 'sat-prima',
      min: 0,
      max: 0,
    },
  ];
}

/** Default parameters for a plan year: the regional rules, no SAT request, no local choices. */
export function defaultParams(year: number): PlanParams {
  const rules = rulesFor(year);
  return {
    anno: year,
    ordine: 'sat-prima',
    ambito: '',
    capofila: '',
    indigenza: fromPpm(rules.indigenza.defaultPpm),
    maggiorazione: fromPpm(rules.maggiorazione.defaultPpm),
    satRichiesti: 0,
    satSoglia: fromPpm(rules.satSoglia.defaultPpm),
    forzePolizia: fromPpm(rules.forzePolizia.defaultPpm),
    categoriaQuota: 0,
    enti: {},
  };
}

export interface ParamProblem {
  key: string;
  /** Owner the problem concerns, when it is an override. */
  ente?: string;
  message: string;
  messageEn: string;
}

function checkOwnerParams(values: Partial<OwnerParams>, year: number, ente?: string): ParamProblem[] {
  const problems: ParamProblem[] = [];
  const where = ente ? { it: ` per «${ente}»`, en: ` for "${ente}"` } : { it: '', en: '' };
  for (const definition of paramDefinitions(year)) {
    const key = definition.key as OwnerParamKey;
    if (!(OWNER_PARAM_KEYS as readonly string[]).includes(key)) continue;
    const value = values[key];
    if (value === undefined) continue;
    const label = definition.label;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push({
        key,
        ente,
        message: `${label.it}${where.it}: il valore non è un numero.`,
        messageEn: `${label.en}${where.en}: the value is not a number.`,
      });
    } else if (definition.kind === 'count' && (!Number.isInteger(value) || value < 0 || value > definition.max)) {
      problems.push({
        key,
        ente,
        message: `${label.it}${where.it}: ${value} non va bene, serve un numero intero di alloggi tra 0 e ${definition.max}.`,
        messageEn: `${label.en}${where.en}: ${value} is not valid, a whole number of dwellings between 0 and ${definition.max} is needed.`,
      });
    } else if (definition.kind === 'percent' && value > 1) {
      problems.push({
        key,
        ente,
        message: `${label.it}${where.it}: ${value} è più del 100 %. Scrivete 30 % oppure 0,3, non 30.`,
        messageEn: `${label.en}${where.en}: ${value} is more than 100 %. Write 30 % or 0.3, not 30.`,
      });
    } else if (definition.kind === 'percent' && (value < 0 || toPpm(value) > toPpm(definition.max))) {
      problems.push({
        key,
        ente,
        message:
          definition.max === 0
            ? `${label.it}${where.it}: per il piano ${year} non è prevista (${definition.reference}); lasciatela a 0 %.`
            : `${label.it}${where.it}: ${formatPercent(value, 'it')} è fuori dai limiti, da 0 % a ${formatPercent(definition.max, 'it')} per il piano ${year} (${definition.reference}).`,
        messageEn:
          definition.max === 0
            ? `${label.en}${where.en}: not provided for the ${year} plan (${definition.reference}); leave it at 0 %.`
            : `${label.en}${where.en}: ${formatPercent(value, 'en')} is out of bounds, 0 % to ${formatPercent(definition.max, 'en')} for the ${year} plan (${definition.reference}).`,
      });
    }
  }
  return problems;
}

/** Every problem of a set of parameters, with the article of the rule it breaks. */
export function validateParams(params: PlanParams): ParamProblem[] {
  const problems: ParamProblem[] = [];
  if (!Number.isInteger(params.anno) || params.anno < FIRST_PLAN_YEAR || params.anno > LAST_PLAN_YEAR) {
    problems.push({
      key: 'anno',
      message: `Anno del piano ${params.anno} non valido: scrivete un anno tra ${FIRST_PLAN_YEAR} e ${LAST_PLAN_YEAR} (R.R. 4/2017 come modificato dal R.R. 3/2019).`,
      messageEn: `Plan year ${params.anno} is not valid: write a year between ${FIRST_PLAN_YEAR} and ${LAST_PLAN_YEAR}.`,
    });
    return problems;
  }
  if (!ORDINI.includes(params.ordine)) {
    problems.push({
      key: 'ordine',
      message: `Lettura della ripartizione «${params.ordine}» sconosciuta: scegliete sat-prima oppure indigenza-su-tutti.`,
      messageEn: `Unknown reading of the split "${params.ordine}": choose sat-prima or indigenza-su-tutti.`,
    });
  }
  problems.push(...checkOwnerParams(params, params.anno), ...checkSum(params));
  for (const [ente, values] of Object.entries(params.enti)) {
    problems.push(...checkOwnerParams(values, params.anno, ente));
    if (values.indigenza !== undefined || values.maggiorazione !== undefined) {
      problems.push(...checkSum({ ...pickOwner(params), ...values }, ente));
    }
  }
  return problems;
}

/** Base and increase together cannot exceed every dwelling. */
function checkSum(values: OwnerParams, ente?: string): ParamProblem[] {
  if (toPpm(values.indigenza) + toPpm(values.maggiorazione) <= toPpm(1)) return [];
  const where = ente ? { it: ` per «${ente}»`, en: ` for "${ente}"` } : { it: '', en: '' };
  return [
    {
      key: 'maggiorazione',
      ente,
      message: `Quota indigenza e maggiorazione${where.it} insieme superano il 100 %.`,
      messageEn: `Poverty share and increase${where.en} together exceed 100 %.`,
    },
  ];
}

export function pickOwner(params: OwnerParams): OwnerParams {
  return {
    indigenza: params.indigenza,
    maggiorazione: params.maggiorazione,
    satRichiesti: params.satRichiesti,
    satSoglia: params.satSoglia,
    forzePolizia: params.forzePolizia,
    categoriaQuota: params.categoriaQuota,
  };
}

/** Normalised owner name for matching overrides: case, spacing and invisible characters ignored. */
export function ownerKey(name: string): string {
  return cleanText(name).toLowerCase();
}

export class PlanParamsError extends Error {
  constructor(readonly problems: ParamProblem[]) {
    super(problems.map((problem) => problem.message).join(' '));
    this.name = 'PlanParamsError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function ownerValues(raw: unknown): Partial<OwnerParams> {
  if (!isRecord(raw)) return {};
  const values: Partial<OwnerParams> = {};
  for (const key of OWNER_PARAM_KEYS) {
    if (typeof raw[key] === 'number') values[key] = raw[key] as number;
  }
  return values;
}

/**
 * Parameters saved in a workbook (document settings), read back defensively: unknown keys are
 * dropped, missing ones take the defaults of the saved year. Undefined when there is no year.
 * Bounds are not checked here: computePlan does it, with the article, as for typed values.
 */
export function reviveParams(raw: unknown): PlanParams | undefined {
  if (!isRecord(raw) || typeof raw.anno !== 'number') return undefined;
  const defaults = defaultParams(raw.anno);
  const enti: Record<string, Partial<OwnerParams>> = {};
  if (isRecord(raw.enti)) {
    for (const [ente, values] of Object.entries(raw.enti)) enti[ente] = ownerValues(values);
  }
  const categoria = isRecord(raw.categoria)
    ? { nome: String(raw.categoria.nome ?? ''), descrizione: String(raw.categoria.descrizione ?? '') }
    : undefined;
  return {
    ...defaults,
    ...ownerValues(raw),
    ordine: raw.ordine === 'indigenza-su-tutti' ? 'indigenza-su-tutti' : 'sat-prima',
    ambito: typeof raw.ambito === 'string' ? raw.ambito : '',
    capofila: typeof raw.capofila === 'string' ? raw.capofila : '',
    ...(categoria && (categoria.nome || categoria.descrizione) ? { categoria } : {}),
    enti,
  };
}
