/**
 * The parameters as the form holds them (text as typed, percentages in points: 30 means 30 %)
 * and their conversion to PlanParams (shares: 0.3), with every problem in Italian and English.
 * Bounds and legal references come from src/core/plan/params.ts; the form only adds the
 * problems of typing (not a number, a percentage over 100).
 */
import { bilingual } from '../../core/messages';
import { cite } from '../../core/messages/citations';
import {
  NOWHERE,
  OWNER_VALUE_KEYS,
  PARAM_MESSAGES,
  defaultParams,
  ownerKey,
  paramDefinitions,
  validateParams,
  type CategoriaArt14,
  type Misura,
  type OwnerValueKey,
  type OwnerValues,
  type Ordine,
  type ParamDefinition,
  type PlanParams,
} from '../../core/plan/params';
import { rulesFor } from '../../core/rules';
import { parseNumberText, pointsToShare, readPercent } from '../../core/numbers';
import { sentenceBilingual, type Bilingual } from '../../core/messages';
import { PARAMS_STEP_MESSAGES } from '../i18n/params';
import { REQUIRED_MESSAGES } from '../i18n/required';
import { formatPercent, formatPoints, type Language } from '../i18n/strings';

export const PERCENT_KEYS = [
  'indigenza',
  'maggiorazione',
  'satSoglia',
  'forzePolizia',
  'poliziaLocale',
  'categoriaQuota',
] as const;
export type PercentKey = (typeof PERCENT_KEYS)[number];

/** Fields typed as text. */
export type TextKey =
  'anno' | 'ambito' | 'capofila' | PercentKey | 'satRichiesti' | 'categoriaNome' | 'categoriaDescrizione';

export interface ParamForm {
  texts: Record<TextKey, string>;
  ordine: Ordine;
  /** Per-owner overrides, already as shares and counts (they are added one by one, checked). */
  enti: Record<string, OwnerValues>;
  /** The art. 14 categories the reserve serves (from 2025); kept when the year changes. */
  riservaCategorie: CategoriaArt14[];
  /** Lett. f: the measures, already read (they are added one by one, checked). */
  misure: Misura[];
}

/** A problem of the form: `key` is the form field (or the owner parameter when `ente` is set). */
export interface FieldProblem {
  key: string;
  ente?: string;
  text: Bilingual;
}

export interface FormResult {
  /** The parameters as far as they could be read (defaults where a field is unreadable). */
  candidate: PlanParams;
  /** The parameters, when there is no problem at all: the preview can be computed. */
  params?: PlanParams;
  problems: FieldProblem[];
  /** Fields the plan sheet needs that are empty (Ambito, Comune capofila): writing waits for them. */
  missing: FieldProblem[];
  /** The parameters can be written: no problem and nothing missing. */
  complete: boolean;
  /** The plan year the rules and hints are taken from. */
  year: number;
  definitions: ParamDefinition[];
}

const isPercentKey = (key: string): key is PercentKey => (PERCENT_KEYS as readonly string[]).includes(key);

/**
 * A share as the field shows it, in points ('30'); below one point with its '%' ('0,5 %'),
 * since a bare number below 1 is read back as a share (0,5 would be 50 %).
 */
function percentText(share: number, language: Language): string {
  return share > 0 && share < 0.01 ? formatPercent(share, language) : formatPoints(share, language);
}

/** The form for a set of parameters, percentages in points written for `language`. */
export function paramsToForm(params: PlanParams, language: Language): ParamForm {
  const texts = {
    anno: String(params.anno),
    ambito: params.ambito,
    capofila: params.capofila,
    satRichiesti: String(params.satRichiesti),
    categoriaNome: params.categoria?.nome ?? '',
    categoriaDescrizione: params.categoria?.descrizione ?? '',
  } as Record<TextKey, string>;
  for (const key of PERCENT_KEYS) texts[key] = percentText(params[key], language);
  const enti: ParamForm['enti'] = {};
  for (const [owner, values] of Object.entries(params.enti)) enti[owner] = { ...values };
  return {
    texts,
    ordine: params.ordine,
    enti,
    riservaCategorie: [...params.riservaCategorie],
    misure: (params.misure ?? []).map((measure) => ({ ...measure })),
  };
}

/** Percentage points to a share (30 -> 0.3): the core's, exact to the ppm. */
export { pointsToShare };

function notANumber(definition: ParamDefinition, text: string): Bilingual {
  return bilingual(PARAMS_STEP_MESSAGES.notANumber, { label: definition.label, text: text.trim() });
}

function over100(definition: ParamDefinition, text: string): Bilingual {
  return bilingual(PARAMS_STEP_MESSAGES.percentOver100, {
    label: definition.label,
    text: text.trim(),
    // A value written in each language's notation ("12,5 %", "12.5 %").
    max: { it: formatPercent(definition.max, 'it'), en: formatPercent(definition.max, 'en') },
    reference: cite(definition.reference),
  });
}

/**
 * An owner parameter typed as text, read by the add-in's one number parser (core/numbers.ts):
 * a share for percentages ('30', '30 %', '12,5', '0,125' and '12.5 %' are all read as points
 * or shares as the field's hint says), a number otherwise. Empty text gives undefined.
 */
export function parseOwnerValue(definition: ParamDefinition, text: string): { value?: number; problem?: Bilingual } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  if (definition.kind !== 'percent') {
    const value = parseNumberText(trimmed);
    if (value === undefined) return { problem: notANumber(definition, text) };
    // "2,5" in a count of dwellings: the answer quotes what was typed, as it was typed.
    if (definition.kind === 'count' && (!Number.isInteger(value) || value < 0)) {
      return {
        problem: bilingual(PARAM_MESSAGES['count-typed'], {
          label: definition.label,
          where: NOWHERE,
          text: trimmed,
          max: String(definition.max),
        }),
      };
    }
    return { value };
  }
  const reading = readPercent(trimmed, 'points');
  if (reading.ok) return { value: reading.value };
  if (reading.problem === 'percent-above-one') return { problem: over100(definition, text) };
  if (reading.problem === 'negative') {
    // The bounds check says what is allowed, with the article.
    const positive = readPercent(trimmed.replace(/^[-\u2212]/, ''), 'points');
    if (positive.ok) return { value: -positive.value };
  }
  return { problem: notANumber(definition, text) };
}

function definitionOf(definitions: ParamDefinition[], key: string): ParamDefinition {
  const definition = definitions.find((candidate) => candidate.key === key);
  if (!definition) throw new Error(`No parameter definition for ${key}`);
  return definition;
}

/** Reads the form. Empty numeric fields take their default (shown in the field's hint). */
export function formToParams(form: ParamForm, fallbackYear: number): FormResult {
  const problems: FieldProblem[] = [];
  const unreadable = new Set<string>();

  const yearText = form.texts.anno.trim();
  let typedYear = fallbackYear;
  if (yearText !== '') {
    if (/^\d+$/.test(yearText)) typedYear = Number(yearText);
    else {
      const definition = definitionOf(paramDefinitions(fallbackYear), 'anno');
      problems.push({ key: 'anno', text: notANumber(definition, yearText) });
      unreadable.add('anno');
    }
  }
  const yearProblems = validateParams({ ...defaultParams(fallbackYear), anno: typedYear }).filter(
    (problem) => problem.key === 'anno',
  );
  const year = yearProblems.length === 0 ? typedYear : fallbackYear;
  const definitions = paramDefinitions(year);
  const defaults = defaultParams(year);

  const candidate: PlanParams = {
    ...defaults,
    anno: year,
    ordine: form.ordine,
    ambito: form.texts.ambito.trim(),
    capofila: form.texts.capofila.trim(),
    // Before 2025 there is no reserve: the ticked categories wait, unused, in the form.
    riservaCategorie: rulesFor(year).riservaCategorie.maxPpm > 0 ? form.riservaCategorie : [],
    misure: form.misure,
    enti: form.enti,
  };
  for (const key of [...PERCENT_KEYS, 'satRichiesti'] as const) {
    const { value, problem } = parseOwnerValue(definitionOf(definitions, key), form.texts[key]);
    if (problem) {
      problems.push({ key, text: problem });
      unreadable.add(key);
    } else if (value !== undefined) candidate[key] = value;
  }
  const nome = form.texts.categoriaNome.trim();
  const descrizione = form.texts.categoriaDescrizione.trim();
  if (nome !== '' || descrizione !== '') candidate.categoria = { nome, descrizione };

  for (const problem of yearProblems) problems.push({ key: 'anno', text: sentenceBilingual(problem) });
  for (const problem of validateParams(candidate)) {
    if (problem.ente === undefined && unreadable.has(problem.key)) continue;
    problems.push({ key: problem.key, ente: problem.ente, text: sentenceBilingual(problem) });
  }
  // The act names its Ambito and Comune capofila in its heading: a plan without them is not written.
  const missing: FieldProblem[] = [];
  if (candidate.ambito === '') missing.push({ key: 'ambito', text: bilingual(REQUIRED_MESSAGES.ambitoMissing) });
  if (candidate.capofila === '') missing.push({ key: 'capofila', text: bilingual(REQUIRED_MESSAGES.capofilaMissing) });
  const result: FormResult = {
    candidate,
    problems,
    missing,
    complete: problems.length === 0 && missing.length === 0,
    year,
    definitions,
  };
  if (problems.length === 0) result.params = candidate;
  return result;
}

/** The overrides with one more value; an owner already listed under another spelling is reused. */
export function withOverride(
  enti: ParamForm['enti'],
  owner: string,
  key: OwnerValueKey,
  value: number,
): ParamForm['enti'] {
  const existing = Object.keys(enti).find((name) => ownerKey(name) === ownerKey(owner)) ?? owner;
  return { ...enti, [existing]: { ...enti[existing], [key]: value } };
}

/** The overrides without one value; an owner left without values is dropped. */
export function withoutOverride(enti: ParamForm['enti'], owner: string, key: OwnerValueKey): ParamForm['enti'] {
  const next: ParamForm['enti'] = {};
  for (const [name, values] of Object.entries(enti)) {
    const kept: OwnerValues = { ...values };
    if (name === owner) delete kept[key];
    if (OWNER_VALUE_KEYS.some((name) => kept[name] !== undefined) || kept.riservaCategorie !== undefined) {
      next[name] = kept;
    }
  }
  return next;
}

/**
 * Checks one override before it is added: the value as typed, then the rule it would break
 * (with its legal reference) for that owner.
 */
export function checkOverride(
  candidate: PlanParams,
  owner: string,
  key: OwnerValueKey,
  text: string,
): { value?: number; problem?: Bilingual } {
  const definition = definitionOf(paramDefinitions(candidate.anno), key);
  const parsed = parseOwnerValue(definition, text);
  if (parsed.problem || parsed.value === undefined) return parsed;
  const enti = withOverride(candidate.enti, owner, key, parsed.value);
  const problem = validateParams({ ...candidate, enti }).find(
    (found) => found.ente !== undefined && ownerKey(found.ente) === ownerKey(owner) && found.key === key,
  );
  return problem ? { problem: sentenceBilingual(problem) } : { value: parsed.value };
}

export { isPercentKey };

/**
 * A measure typed in the pane (lett. f): its text, and its amount in euro when given ("25.000",
 * "12.500,50", "25000 €"), read by the add-in's one number parser.
 */
export function readMeasure(text: string, amountText: string): { measure?: Misura; problem?: Bilingual } {
  const testo = text.trim();
  if (testo === '') return { problem: bilingual(PARAMS_STEP_MESSAGES.measureTextMissing) };
  const amount = amountText.replace(/€|euro|eur/gi, '').trim();
  if (amount === '') return { measure: { testo } };
  const importo = parseNumberText(amount);
  if (importo === undefined || importo < 0) {
    return {
      problem: bilingual(PARAMS_STEP_MESSAGES.measureAmountInvalid, { text: amountText.trim() }),
    };
  }
  return { measure: { testo, importo } };
}
