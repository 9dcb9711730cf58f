/**
 * The plan's parameters: names (also used by the command line, the pane and the saved settings),
 * defaults from the rules of the plan year, bounds, and the legal reference of each.
 */
import { cleanText, normaliseKey } from '../inventory/values';
import { bilingual, defineMessages, sentence, type Bilingual } from '../messages';
import { cite } from '../messages/citations';
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
  /** Forze di Polizia / Vigili del Fuoco share (art. 7 bis). */
  forzePolizia: number;
  /** Polizia Locale share (art. 7 ter, from R.R. 2/2025). */
  poliziaLocale: number;
  /** Optional reserve for one or more art. 14 categories (from R.R. 2/2025, art. 4 c. 3 lett. c bis). */
  categoriaQuota: number;
}

export interface CategoryParams {
  nome: string;
  descrizione: string;
}

/**
 * The categories of R.R. 4/2017 art. 14 a reserve may serve (art. 4 c. 3 lett. c bis, from
 * R.R. 2/2025), including the Comune's additional category (art. 14 c. 1 lett. f).
 */
export const CATEGORIE_ART14 = [
  'anziani',
  'famiglie-nuova-formazione',
  'monoparentali',
  'genitori-separati',
  'sovraindebitamento',
  'disabili',
  'categoria-aggiuntiva',
] as const;
export type CategoriaArt14 = (typeof CATEGORIE_ART14)[number];

/** The art. 14 categories' names, by key. */
export const CATEGORY_MESSAGES = defineMessages('params.categories', {
  anziani: { it: 'Anziani', en: 'Elderly people' },
  'famiglie-nuova-formazione': { it: 'Famiglie di nuova formazione', en: 'Newly formed families' },
  monoparentali: { it: 'Nuclei monoparentali', en: 'Single-parent households' },
  'genitori-separati': { it: 'Genitori separati o divorziati', en: 'Separated or divorced parents' },
  sovraindebitamento: { it: 'Nuclei in sovraindebitamento', en: 'Over-indebted households' },
  disabili: { it: 'Persone con disabilità', en: 'People with disabilities' },
  'categoria-aggiuntiva': { it: 'Categoria aggiuntiva del Comune', en: "The Comune's additional category" },
});

/** Both names of each art. 14 category, as the pane, the sheet and the communications show them. */
export const CATEGORIE_ART14_LABELS: Readonly<Record<CategoriaArt14, Bilingual>> = Object.fromEntries(
  CATEGORIE_ART14.map((category) => [category, bilingual(CATEGORY_MESSAGES[category])]),
) as Record<CategoriaArt14, Bilingual>;

/** The art. 14 category a name means, by key or Italian name ("disabili", "Persone con disabilità"). */
export function categoryOf(name: string): CategoriaArt14 | undefined {
  const wanted = normaliseKey(name);
  return CATEGORIE_ART14.find(
    (category) => normaliseKey(category) === wanted || normaliseKey(CATEGORIE_ART14_LABELS[category].it) === wanted,
  );
}

/** What an owner declares beyond the shares of OwnerParams, given per owner. */
export interface OwnerDeclarations {
  /** The art. 14 categories its reserve serves, when not the general list (art. 4 c. 3 lett. c bis). */
  riservaCategorie?: CategoriaArt14[];
  /**
   * Lett. g: the dwellings it assigned in the year before the plan, when the inventory has no
   * assignment dates (or to state them itself). A whole number, for all its comuni together.
   */
  assegnatiAnnoPrecedente?: number;
}

/** A measure supporting access to and keeping of housing (art. 4 c. 3 lett. f), with its amount. */
export interface Misura {
  testo: string;
  /** Euro, when the measure has an amount. */
  importo?: number;
}

/** Largest count of dwellings a parameter accepts (a sanity bound, not an article). */
export const MAX_DWELLINGS = 100_000;
/** Largest amount of a measure, in euro (a sanity bound: nothing in a plan is worth more). */
export const MAX_AMOUNT = 1_000_000_000;

/** An owner's own values: any of the shares, and its declarations. */
export type OwnerValues = Partial<OwnerParams> & OwnerDeclarations;

export interface PlanParams extends OwnerParams {
  anno: number;
  ordine: Ordine;
  ambito: string;
  capofila: string;
  categoria?: CategoryParams;
  /** The art. 14 categories the reserve (categoriaQuota) serves, from 2025. */
  riservaCategorie: CategoriaArt14[];
  /** Lett. f: measures supporting access to and keeping of housing (Titolo V L.R. 16/2016). */
  misure: Misura[];
  /** Overrides for the owner named as in the inventory (matched ignoring case and spaces). */
  enti: Record<string, OwnerValues>;
}

export type OwnerParamKey = keyof OwnerParams;
/** What a value for one owner may be: a share or count of OwnerParams, or the count of lett. g. */
export type OwnerValueKey = OwnerParamKey | 'assegnatiAnnoPrecedente';
export const OWNER_PARAM_KEYS: readonly OwnerParamKey[] = [
  'indigenza',
  'maggiorazione',
  'satRichiesti',
  'satSoglia',
  'forzePolizia',
  'poliziaLocale',
  'categoriaQuota',
];
/** The values one owner may be given, in the order the pane lists them. */
export const OWNER_VALUE_KEYS: readonly OwnerValueKey[] = [...OWNER_PARAM_KEYS, 'assegnatiAnnoPrecedente'];

export interface ParamDefinition {
  key: OwnerValueKey | 'anno' | 'ordine';
  kind: 'percent' | 'count' | 'year' | 'choice';
  label: Bilingual;
  reference: string;
  default: number | string;
  min: number;
  max: number;
  /** The article that sets `max`; absent when the bound is only common sense (rules.ts). */
  maxReference?: string;
  /** Why `max`, when no article sets it. */
  maxReason?: Bilingual;
  /** The rule fixes the value: only `default` is accepted. */
  fixed?: boolean;
}

/** The parameters' names, as the pane's fields and the plan sheet's rows show them. */
export const PARAM_LABELS = defineMessages('params.labels', {
  anno: { it: 'Anno del piano', en: 'Plan year' },
  indigenza: { it: 'Quota indigenza (base)', en: 'Poverty share (base)' },
  maggiorazione: {
    it: 'Maggiorazione indigenza (solo alloggi comunali)',
    en: 'Poverty share increase (Comune stock only)',
  },
  /** Why the increase has a maximum: `base` is the regional share. */
  'maggiorazione.maxReason': {
    it: 'con il {base} di base la quota supererebbe tutti gli alloggi',
    en: 'with the base {base} the share would exceed every dwelling',
  },
  satRichiesti: {
    it: 'Alloggi SAT richiesti (per ente e comune)',
    en: 'SAT dwellings requested (per owner and comune)',
  },
  satSoglia: { it: 'Soglia massima SAT', en: 'SAT cap' },
  forzePolizia: { it: 'Quota Forze di Polizia e Vigili del Fuoco', en: 'Police and firefighters share' },
  poliziaLocale: { it: 'Quota Polizia Locale', en: 'Local police share' },
  categoriaQuota: { it: 'Riserva per le categorie dell’art. 14', en: 'Reserve for the art. 14 categories' },
  /** `year`: the year before the plan's. */
  assegnatiAnnoPrecedente: {
    it: 'Alloggi assegnati nel {year} (per ente)',
    en: 'Dwellings assigned in {year} (per owner)',
  },
  ordine: { it: 'Lettura della ripartizione', en: 'Reading of the split' },
});

function percentDefinition(key: OwnerParamKey, rule: PercentRule): ParamDefinition {
  return {
    key,
    kind: 'percent',
    label: bilingual(PARAM_LABELS[key]),
    reference: rule.reference,
    default: fromPpm(rule.defaultPpm),
    min: 0,
    max: fromPpm(rule.maxPpm),
    ...(rule.maxReference ? { maxReference: rule.maxReference } : {}),
    ...(rule.fixed ? { fixed: true } : {}),
  };
}

/** The definitions in force for a plan year, in display order. */
export function paramDefinitions(year: number): ParamDefinition[] {
  const rules: RulesVersion = rulesFor(year);
  return [
    {
      key: 'anno',
      kind: 'year',
      label: bilingual(PARAM_LABELS.anno),
      reference: 'R.R. 4/2017 art. 4',
      default: new Date().getFullYear() + 1,
      min: FIRST_PLAN_YEAR,
      max: LAST_PLAN_YEAR,
    },
    percentDefinition('indigenza', rules.indigenza),
    {
      ...percentDefinition('maggiorazione', rules.maggiorazione),
      maxReason: bilingual(PARAM_LABELS['maggiorazione.maxReason'], {
        base: percent(fromPpm(rules.indigenza.defaultPpm)),
      }),
    },
    {
      key: 'satRichiesti',
      kind: 'count',
      label: bilingual(PARAM_LABELS.satRichiesti),
      reference: 'L.R. 16/2016 art. 23',
      default: 0,
      min: 0,
      max: 100_000,
    },
    percentDefinition('satSoglia', rules.satSoglia),
    percentDefinition('forzePolizia', rules.forzePolizia),
    percentDefinition('poliziaLocale', rules.poliziaLocale),
    percentDefinition('categoriaQuota', rules.riservaCategorie),
    {
      key: 'assegnatiAnnoPrecedente',
      kind: 'count',
      label: bilingual(PARAM_LABELS.assegnatiAnnoPrecedente, { year: year - 1 }),
      reference: 'R.R. 4/2017 art. 4 c. 3 lett. g',
      default: 0,
      min: 0,
      max: MAX_DWELLINGS,
    },
    {
      key: 'ordine',
      kind: 'choice',
      label: bilingual(PARAM_LABELS.ordine),
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
    poliziaLocale: fromPpm(rules.poliziaLocale.defaultPpm),
    categoriaQuota: 0,
    riservaCategorie: [],
    misure: [],
    enti: {},
  };
}

export interface ParamProblem {
  key: string;
  /** Owner the problem concerns, when it is an override. */
  ente?: string;
  /** The message's key in PARAM_MESSAGES (`params.count-out-of-range`...). */
  messageKey: string;
  message: string;
  messageEn: string;
}

/** Every problem a set of parameters can have, in Italian and English. */
export const PARAM_MESSAGES = defineMessages('params', {
  'not-a-number': {
    it: '{label}{where}: il valore non è un numero.',
    en: '{label}{where}: the value is not a number.',
  },
  'count-out-of-range': {
    it: '{label}{where}: {value} non è un numero intero di alloggi tra 0 e {max}. Scrivete ad esempio 3.',
    en: '{label}{where}: {value} is not a whole number of dwellings between 0 and {max}. Type e.g. 3.',
  },
  'count-typed': {
    it: '{label}{where}: «{text}» non è un numero intero di alloggi. Scrivete un numero intero da 0 a {max}, ad esempio 3.',
    en: '{label}{where}: "{text}" is not a whole number of dwellings. Type a whole number from 0 to {max}, e.g. 3.',
  },
  'percent-above-one': {
    it: '{label}{where}: {value} è più del 100 %. Scrivete 30 % oppure 0,3, non 30.',
    en: '{label}{where}: {value} is more than 100 %. Write 30 % or 0.3, not 30.',
  },
  fixed: {
    it: "{label}{where}: {value} non si può scegliere: la quota è il {fixed} degli alloggi disponibili nell'anno ({reference}). Per una quota più alta sugli alloggi di proprietà del Comune usate la maggiorazione (parametro «maggiorazione», solo alloggi comunali).",
    en: '{label}{where}: {value} cannot be chosen: the share is {fixed} of the dwellings available in the year ({reference}). For a higher share on the Comune’s own dwellings use the increase (parameter "maggiorazione", Comune stock only).',
  },
  'not-provided': {
    it: '{label}{where}: per il piano {year} non è prevista ({reference}); lasciatela a 0 %.',
    en: '{label}{where}: not provided for the {year} plan ({reference}); leave it at 0 %.',
  },
  'out-of-bounds': {
    it: '{label}{where}: {value} è fuori dai limiti, da 0 % a {max} per il piano {year}{bound}{reason}.',
    en: '{label}{where}: {value} is out of bounds, 0 % to {max} for the {year} plan{bound}{reason}.',
  },
  'year-invalid': {
    it: 'Anno del piano {year} non valido: scrivete un anno tra {first} e {last} ({source}).',
    en: 'Plan year {year} is not valid: write a year between {first} and {last} ({source}).',
  },
  'reading-unknown': {
    it: 'Lettura della ripartizione «{value}» sconosciuta: scegliete {first} oppure {second}.',
    en: 'Unknown reading of the split "{value}": choose {first} or {second}.',
  },
  'assigned-invalid': {
    it: 'Alloggi assegnati nel {previous} per «{ente}»: {value} non è un numero intero di alloggi tra 0 e {max}.',
    en: 'Dwellings assigned in {previous} for "{ente}": {value} is not a whole number of dwellings between 0 and {max}.',
  },
  'measure-text-missing': {
    it: 'Misura {position}: manca la descrizione. Scrivete in che cosa consiste, ad esempio «Fondo per la morosità incolpevole».',
    en: 'Measure {position}: the description is missing. Write what it is, e.g. "Fund for involuntary rent arrears".',
  },
  'measure-amount-not-a-number': {
    it: 'Misura {position}: l’importo non è un numero: serve un importo in euro da 0 a {max}.',
    en: 'Measure {position}: the amount is not a number: an amount in euro from 0 to {max} is needed.',
  },
  'assigned-not-a-number': {
    it: 'Alloggi assegnati nel {previous} per «{ente}»: il valore non è un numero; serve un numero intero di alloggi tra 0 e {max}.',
    en: 'Dwellings assigned in {previous} for "{ente}": the value is not a number; a whole number of dwellings between 0 and {max} is needed.',
  },
  'measure-amount-invalid': {
    it: 'Misura {position}: l’importo {amount} non è valido: serve un importo in euro da 0 a {max}.',
    en: 'Measure {position}: the amount {amount} is not valid: an amount in euro from 0 to {max} is needed.',
  },
  'police-together': {
    it: 'Quote Forze di Polizia ({police}) e Polizia Locale ({local}){where}: insieme fanno {total}, più del {max} per ente e comune consentito per il piano {year} ({reference}).',
    en: 'Police ({police}) and local police ({local}) shares{where}: together {total}, more than the {max} per owner and comune allowed for the {year} plan ({reference}).',
  },
  'reserve-not-provided': {
    it: 'Categorie della riserva{where}: per il piano {year} la riserva non è prevista ({reference}); la categoria aggiuntiva dà punteggio nella graduatoria dell’avviso.',
    en: 'Categories of the reserve{where}: the reserve is not provided for the {year} plan ({reference}); the additional category gives points in the ranking of the call.',
  },
  'reserve-unknown-category': {
    it: 'Categorie della riserva{where}: «{unknown}» non è tra le categorie dell’art. 14 ({categories}).',
    en: 'Categories of the reserve{where}: "{unknown}" is not one of the art. 14 categories ({categories}).',
  },
  where: { it: ' per «{ente}»', en: ' for "{ente}"' },
  'max-reason': { it: ': {reason}', en: ': {reason}' },
  'max-reference': { it: ' ({reference})', en: ' ({reference})' },
});

/** " per «Comune di Lodi»" after a parameter's label when the problem is an owner's. */
function whereOf(ente: string | undefined): Bilingual {
  return ente ? bilingual(PARAM_MESSAGES.where, { ente }) : NOWHERE;
}

/** A percentage in both notations: 12,5 % and 12.5 %. */
function percent(share: number): Bilingual {
  return { it: formatPercent(share, 'it'), en: formatPercent(share, 'en') };
}

export const NOWHERE: Bilingual = { it: '', en: '' };

function checkOwnerParams(values: Partial<OwnerParams>, year: number, ente?: string): ParamProblem[] {
  const problems: ParamProblem[] = [];
  const where = whereOf(ente);
  for (const definition of paramDefinitions(year)) {
    const key = definition.key as OwnerParamKey;
    if (!(OWNER_PARAM_KEYS as readonly string[]).includes(key)) continue;
    const value = values[key];
    if (value === undefined) continue;
    const label = definition.label;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push({ key, ente, ...sentence(PARAM_MESSAGES['not-a-number'], { label, where }) });
    } else if (definition.kind === 'count' && (!Number.isInteger(value) || value < 0 || value > definition.max)) {
      problems.push({
        key,
        ente,
        ...sentence(PARAM_MESSAGES['count-out-of-range'], {
          label,
          where,
          value,
          max: String(definition.max),
        }),
      });
    } else if (definition.kind === 'percent' && value > 1) {
      problems.push({
        key,
        ente,
        ...sentence(PARAM_MESSAGES['percent-above-one'], { label, where, value }),
      });
    } else if (
      definition.kind === 'percent' &&
      definition.fixed &&
      toPpm(value) !== toPpm(definition.default as number)
    ) {
      problems.push({
        key,
        ente,
        ...sentence(PARAM_MESSAGES.fixed, {
          label,
          where,
          value: percent(value),
          fixed: percent(definition.default as number),
          reference: cite(definition.reference),
        }),
      });
    } else if (definition.kind === 'percent' && (value < 0 || toPpm(value) > toPpm(definition.max))) {
      const bound = definition.maxReference
        ? bilingual(PARAM_MESSAGES['max-reference'], { reference: cite(definition.maxReference) })
        : NOWHERE;
      const reason = definition.maxReason
        ? bilingual(PARAM_MESSAGES['max-reason'], { reason: definition.maxReason })
        : NOWHERE;
      problems.push({
        key,
        ente,
        ...(definition.max === 0
          ? sentence(PARAM_MESSAGES['not-provided'], {
              label,
              where,
              year: String(year),
              reference: cite(definition.reference),
            })
          : sentence(PARAM_MESSAGES['out-of-bounds'], {
              label,
              where,
              value: percent(value),
              max: percent(definition.max),
              year: String(year),
              bound,
              reason,
            })),
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
      ...sentence(PARAM_MESSAGES['year-invalid'], {
        year: String(params.anno),
        first: String(FIRST_PLAN_YEAR),
        last: String(LAST_PLAN_YEAR),
        source: cite(rulesFor(FIRST_PLAN_YEAR).source),
      }),
    });
    return problems;
  }
  if (!ORDINI.includes(params.ordine)) {
    problems.push({
      key: 'ordine',
      ...sentence(PARAM_MESSAGES['reading-unknown'], {
        value: String(params.ordine),
        first: ORDINI[0],
        second: ORDINI[1],
      }),
    });
  }
  problems.push(...checkOwnerParams(params, params.anno), ...checkPolice(params, params.anno));
  problems.push(...checkCategories(params.riservaCategorie, params.anno));
  problems.push(...checkMeasures(params.misure ?? []));
  for (const [ente, values] of Object.entries(params.enti)) {
    problems.push(...checkOwnerParams(values, params.anno, ente));
    if (values.forzePolizia !== undefined || values.poliziaLocale !== undefined) {
      problems.push(...checkPolice({ ...pickOwner(params), ...values }, params.anno, ente));
    }
    if (values.riservaCategorie !== undefined)
      problems.push(...checkCategories(values.riservaCategorie, params.anno, ente));
    if (values.assegnatiAnnoPrecedente !== undefined) {
      problems.push(...checkAssigned(values.assegnatiAnnoPrecedente, params.anno, ente));
    }
  }
  return problems;
}

/** Lett. g declared by an owner: a whole number of dwellings. */
function checkAssigned(value: number, year: number, ente: string): ParamProblem[] {
  if (Number.isInteger(value) && value >= 0 && value <= MAX_DWELLINGS) return [];
  return [
    {
      key: 'assegnatiAnnoPrecedente',
      ente,
      ...(Number.isFinite(value)
        ? sentence(PARAM_MESSAGES['assigned-invalid'], {
            previous: String(year - 1),
            ente,
            value,
            max: String(MAX_DWELLINGS),
          })
        : sentence(PARAM_MESSAGES['assigned-not-a-number'], {
            previous: String(year - 1),
            ente,
            max: String(MAX_DWELLINGS),
          })),
    },
  ];
}

/** Lett. f: each measure has a text, and its amount (if any) is a number of euro. */
function checkMeasures(measures: readonly Misura[]): ParamProblem[] {
  const problems: ParamProblem[] = [];
  measures.forEach((measure, index) => {
    const position = String(index + 1);
    if (typeof measure.testo !== 'string' || measure.testo.trim() === '') {
      problems.push({ key: 'misure', ...sentence(PARAM_MESSAGES['measure-text-missing'], { position }) });
    }
    const amount = measure.importo;
    if (amount !== undefined && (!Number.isFinite(amount) || amount < 0 || amount > MAX_AMOUNT)) {
      const max = { it: MAX_AMOUNT.toLocaleString('it-IT'), en: MAX_AMOUNT.toLocaleString('en-US') };
      problems.push({
        key: 'misure',
        ...(Number.isFinite(amount)
          ? sentence(PARAM_MESSAGES['measure-amount-invalid'], { position, amount, max })
          : sentence(PARAM_MESSAGES['measure-amount-not-a-number'], { position, max })),
      });
    }
  });
  return problems;
}

/** From 2025 the two police shares together are at most 20 % per owner and comune (art. 4 c. 3 lett. d bis). */
function checkPolice(values: OwnerParams, year: number, ente?: string): ParamProblem[] {
  const together = rulesFor(year).polizieInsieme;
  const sum = toPpm(values.forzePolizia) + toPpm(values.poliziaLocale);
  // A share above the bound on its own has its own message already.
  const alone = Math.max(toPpm(values.forzePolizia), toPpm(values.poliziaLocale));
  if (!together || sum <= together.maxPpm || alone > together.maxPpm) return [];
  return [
    {
      key: 'poliziaLocale',
      ente,
      ...sentence(PARAM_MESSAGES['police-together'], {
        police: percent(values.forzePolizia),
        local: percent(values.poliziaLocale),
        where: whereOf(ente),
        total: percent(fromPpm(sum)),
        max: percent(fromPpm(together.maxPpm)),
        year: String(year),
        reference: cite(together.reference),
      }),
    },
  ];
}

/** The categories of the art. 14 reserve: known ones, and only for plans that have the reserve. */
function checkCategories(categories: readonly string[], year: number, ente?: string): ParamProblem[] {
  if (categories.length === 0) return [];
  const where = whereOf(ente);
  const rule = rulesFor(year).riservaCategorie;
  if (rule.maxPpm === 0) {
    return [
      {
        key: 'riservaCategorie',
        ente,
        ...sentence(PARAM_MESSAGES['reserve-not-provided'], {
          where,
          year: String(year),
          reference: cite(rule.reference),
        }),
      },
    ];
  }
  const unknown = categories.filter((category) => !(CATEGORIE_ART14 as readonly string[]).includes(category));
  if (unknown.length === 0) return [];
  return [
    {
      key: 'riservaCategorie',
      ente,
      ...sentence(PARAM_MESSAGES['reserve-unknown-category'], {
        where,
        unknown: { it: unknown.join('», «'), en: unknown.join('", "') },
        categories: CATEGORIE_ART14.join(', '),
      }),
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
    poliziaLocale: params.poliziaLocale,
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

/** A saved list of art. 14 categories: the known ones, once each, in the order of CATEGORIE_ART14. */
function categoriesOf(raw: unknown): CategoriaArt14[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return CATEGORIE_ART14.filter((category) => raw.includes(category));
}

function ownerValues(raw: unknown): OwnerValues {
  if (!isRecord(raw)) return {};
  const values: OwnerValues = {};
  for (const key of OWNER_PARAM_KEYS) {
    if (typeof raw[key] === 'number') values[key] = raw[key] as number;
  }
  const categories = categoriesOf(raw.riservaCategorie);
  if (categories) values.riservaCategorie = categories;
  if (typeof raw.assegnatiAnnoPrecedente === 'number') values.assegnatiAnnoPrecedente = raw.assegnatiAnnoPrecedente;
  return values;
}

/** Saved measures: those with a text, their amounts when numbers. */
function measuresOf(raw: unknown): Misura[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item): Misura[] => {
    if (!isRecord(item) || typeof item.testo !== 'string' || item.testo.trim() === '') return [];
    return [typeof item.importo === 'number' ? { testo: item.testo, importo: item.importo } : { testo: item.testo }];
  });
}

/**
 * Parameters saved in a workbook (document settings), read back defensively: unknown keys are
 * dropped, missing ones take the defaults of the saved year. Undefined when there is no year.
 * Bounds are not checked here: computePlan does it, with the article, as for typed values.
 */
export function reviveParams(raw: unknown): PlanParams | undefined {
  if (!isRecord(raw) || typeof raw.anno !== 'number') return undefined;
  const defaults = defaultParams(raw.anno);
  const enti: Record<string, OwnerValues> = {};
  if (isRecord(raw.enti)) {
    for (const [ente, values] of Object.entries(raw.enti)) enti[ente] = ownerValues(values);
  }
  const categoria = isRecord(raw.categoria)
    ? { nome: String(raw.categoria.nome ?? ''), descrizione: String(raw.categoria.descrizione ?? '') }
    : undefined;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- declarations have no general value
  const { riservaCategorie, assegnatiAnnoPrecedente, ...shares } = ownerValues(raw);
  return {
    ...defaults,
    ...shares,
    riservaCategorie: riservaCategorie ?? [],
    misure: measuresOf(raw.misure),
    ordine: raw.ordine === 'indigenza-su-tutti' ? 'indigenza-su-tutti' : 'sat-prima',
    ambito: typeof raw.ambito === 'string' ? raw.ambito : '',
    capofila: typeof raw.capofila === 'string' ? raw.capofila : '',
    ...(categoria && (categoria.nome || categoria.descrizione) ? { categoria } : {}),
    enti,
  };
}
