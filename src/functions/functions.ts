/**
 * Custom functions of the CASA namespace (=CASA.QUOTA_INDIGENZA(...)). Thin wrappers over
 * src/core: they read Excel's arguments, call the engine, and return whole dwellings.
 * The JSDoc below is the Italian metadata Excel shows; English lives in metadata-en.ts.
 * Function ids are stable forever: workbooks store them in their formulas.
 */
import { sentenceText } from '../core/messages';
import { formatDecimal, readCount } from '../core/numbers';
import { defaultParams, ownerKey, validateParams, type PlanParams } from '../core/plan/params';
import { computePlanFromTally } from '../core/plan/plan';
import { availableIn, type InventoryTally } from '../core/plan/tally';
import type { InventorySummary } from '../core/pipeline';
import { FORZE_POLIZIA, INDIGENZA, POLIZIA_LOCALE, SAT_CAP } from '../core/quota';
import { FIRST_PLAN_YEAR, LAST_PLAN_YEAR, fromPpm, rulesFor, toPpm } from '../core/rules';
import {
  argumentName,
  cellError,
  cite,
  fail,
  formatPercent,
  guarded,
  isAbsent,
  mapQuota,
  optionalCount,
  optionalPercent,
} from './args';
import {
  FUNCTION_PAYLOAD_LIMIT_BYTES,
  type RangeDigest,
  followNamedInventory,
  rangeDigest,
  rangeInventory,
} from './inventory-cache';
import { currentLanguage } from './messages';
import { planTable } from './plan-table';

const CURRENT_RULES = rulesFor(new Date().getFullYear());

/**
 * Alloggi da assegnare ai nuclei in condizioni di indigenza: (percentuale + maggiorazione) della base delle quote, arrotondato all'unità superiore (R.R. 4/2017 art. 13 c. 3).
 * @customfunction QUOTA_INDIGENZA
 * @param disponibili Base delle quote: gli alloggi assegnati con avviso (disponibili meno SAT), oppure tutti i disponibili nell'anno se il piano li usa tutti; una cella o un intervallo.
 * @param [percentuale] Quota per l'indigenza, almeno il 20 % regionale anche senza la maggiorazione (regole in vigore oggi: R.R. 4/2017 come modificato dal R.R. 2/2025); se omessa 20 %.
 * @param [maggiorazione] Aumento deciso dal Comune sugli alloggi di sua proprietà; se omessa 0 %.
 * @returns Numero di alloggi per nuclei indigenti.
 */
export function QUOTA_INDIGENZA(disponibili: any[][], percentuale?: any, maggiorazione?: any): any[][] {
  const sharePpm = guarded(() => {
    const base = optionalPercent(percentuale, 'percentuale', fromPpm(CURRENT_RULES.indigenza.defaultPpm));
    const increase = optionalPercent(maggiorazione, 'maggiorazione', 0);
    const total = toPpm(base) + toPpm(increase);
    if (total > toPpm(1)) fail('invalidNumber', 'percent.sum-above-one', { value: formatPercent(fromPpm(total)) });
    const rule = CURRENT_RULES.indigenza;
    // The share is the regional 20 % or more, never less: the increase adds to it, it does not
    // make up for a share below it (the command line refuses indigenza below 20 % whatever the increase).
    if (toPpm(base) < rule.defaultPpm) {
      fail('invalidNumber', 'percent.below-rule', {
        value: formatPercent(base),
        min: formatPercent(fromPpm(rule.defaultPpm)),
        reference: cite(rule.reference),
      });
    }
    return total;
  });
  return mapQuota(disponibili, 'disponibili', { sharePpm, rounding: INDIGENZA.rounding });
}

/**
 * Alloggi destinati ai Servizi Abitativi Transitori: i richiesti, ma non oltre la soglia massima degli alloggi disponibili, arrotondata per difetto (L.R. 16/2016 art. 23).
 * @customfunction SAT_ALLOCATION
 * @param disponibili Alloggi disponibili nell'anno: una cella o un intervallo.
 * @param [richiesti] Alloggi SAT richiesti; se omesso, il risultato è la soglia stessa.
 * @param [soglia] Quota massima per i SAT, al massimo il 25 % (L.R. 16/2016 art. 23, secondo le regole in vigore oggi: R.R. 4/2017 come modificato dal R.R. 2/2025); se omessa 25 %.
 * @returns Numero di alloggi SAT consentiti.
 */
export function SAT_ALLOCATION(disponibili: any[][], richiesti?: any, soglia?: any): any[][] {
  const { requested, capPpm } = guarded(() => {
    const requested = optionalCount(richiesti, 'richiesti');
    const rule = SAT_CAP.rule(CURRENT_RULES);
    const cap = optionalPercent(soglia, 'soglia', fromPpm(rule.defaultPpm));
    // The plan refuses a cap above the legal share (params.ts); so does the function, with the rules in force today.
    if (toPpm(cap) > rule.maxPpm) {
      fail('invalidNumber', 'percent.above-legal-cap', {
        name: argumentName('soglia'),
        value: formatPercent(cap),
        max: formatPercent(fromPpm(rule.maxPpm)),
        reference: cite(rule.maxReference ?? rule.reference),
      });
    }
    return { requested, capPpm: toPpm(cap) };
  });
  // SAT allowed = min(requested, floor(available x cap)); without a request, the cap itself.
  return mapQuota(disponibili, 'disponibili', { sharePpm: capPpm, rounding: SAT_CAP.rounding, atMost: requested });
}

/**
 * Alloggi per le Forze di Polizia e i Vigili del Fuoco: la percentuale della base delle quote, arrotondata all'unità superiore, entro il massimo di legge dell'anno (R.R. 4/2017 art. 7 bis).
 * @customfunction QUOTA_FORZE_POLIZIA
 * @param disponibili Base delle quote, la stessa della quota indigenza: gli alloggi assegnati con avviso (disponibili meno SAT), oppure tutti i disponibili se il piano li usa tutti; una cella o un intervallo.
 * @param percentuale Quota scelta dall'ente, ad esempio 10 %.
 * @param [anno] Anno del piano, che decide il massimo (10 % fino al 2024, 20 % dal 2025); se omesso l'anno prossimo.
 * @returns Numero di alloggi per le Forze di Polizia.
 */
export function QUOTA_FORZE_POLIZIA(disponibili: any[][], percentuale: any, anno?: any): any[][] {
  return policeShareQuota(FORZE_POLIZIA, disponibili, percentuale, anno);
}

/**
 * Alloggi per la Polizia Locale: la percentuale della base delle quote, arrotondata all'unità superiore, dal piano 2025 (R.R. 4/2017 art. 7 ter); con la quota Forze di Polizia non più del 20 %.
 * @customfunction QUOTA_POLIZIA_LOCALE
 * @param disponibili Base delle quote, la stessa della quota indigenza: gli alloggi assegnati con avviso (disponibili meno SAT), oppure tutti i disponibili se il piano li usa tutti; una cella o un intervallo.
 * @param percentuale Quota scelta per la Polizia Locale, ad esempio 5 %.
 * @param [anno] Anno del piano, dal 2025 (prima la quota non è prevista); se omesso l'anno prossimo.
 * @returns Numero di alloggi per la Polizia Locale.
 */
export function QUOTA_POLIZIA_LOCALE(disponibili: any[][], percentuale: any, anno?: any): any[][] {
  return policeShareQuota(POLIZIA_LOCALE, disponibili, percentuale, anno);
}

/** A police share of the base, within the legal maximum of the plan year (quota.ts definitions). */
function policeShareQuota(
  definition: typeof FORZE_POLIZIA | typeof POLIZIA_LOCALE,
  disponibili: unknown,
  percentuale: unknown,
  anno: unknown,
): any[][] {
  const sharePpm = guarded(() => {
    const year = optionalYear(anno);
    const share = optionalPercent(percentuale, 'percentuale', 0);
    const rule = definition.rule(rulesFor(year));
    if (rule.maxPpm === 0 && toPpm(share) > 0) {
      fail('invalidNumber', 'percent.not-provided', {
        name: argumentName('percentuale'),
        year: String(year),
        reference: cite(rule.reference),
      });
    }
    if (toPpm(share) > rule.maxPpm) {
      fail('invalidNumber', 'percent.above-legal-max', {
        name: argumentName('percentuale'),
        value: formatPercent(share),
        max: formatPercent(fromPpm(rule.maxPpm)),
        year: String(year),
        reference: cite(rule.maxReference ?? rule.reference),
      });
    }
    return toPpm(share);
  });
  return mapQuota(disponibili, 'disponibili', { sharePpm, rounding: definition.rounding });
}

/**
 * Conta gli alloggi disponibili nell'anno in un inventario, per ente proprietario e comune se indicati.
 * @customfunction DISPONIBILI
 * @streaming
 * @param inventario Intervallo dell'inventario, compresa la riga di intestazione; oppure, tra virgolette, il nome della tabella o dell'intervallo denominato (oltre i 5 MB, e il risultato segue le modifiche).
 * @param anno Anno del piano, ad esempio 2022.
 * @param [ente] Ente proprietario, come scritto nell'inventario; se omesso tutti.
 * @param [comune] Comune; se omesso tutti.
 * @param invocation Il calcolo in corso (Excel lo passa da sé).
 * @returns Numero di alloggi disponibili nell'anno.
 */
export function DISPONIBILI(
  inventario: any[][],
  anno: any,
  ente: any,
  comune: any,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  streamOverInventory(invocation, inventario, 'DISPONIBILI', () => {
    const year = requiredYear(anno);
    const owner = isAbsent(ente) ? undefined : ownerKey(String(ente));
    const place = isAbsent(comune) ? undefined : ownerKey(String(comune));
    return (tally) => {
      // Groups are owner x comune, matched as ownerKey matches them: the counts answer at once.
      let count = 0;
      for (const group of tally.groups) {
        if (
          (owner === undefined || ownerKey(group.ente) === owner) &&
          (place === undefined || ownerKey(group.comune) === place)
        ) {
          count += availableIn(group, year).disponibili;
        }
      }
      return count;
    };
  });
}

/**
 * Il riepilogo del piano per ente proprietario e comune, con la riga di intestazione: disponibili, SAT, quota indigenza, alloggi per avviso.
 * @customfunction PIANO
 * @streaming
 * @param inventario Intervallo dell'inventario, compresa la riga di intestazione; oppure, tra virgolette, il nome della tabella o dell'intervallo denominato (oltre i 5 MB, e il risultato segue le modifiche).
 * @param anno Anno del piano, ad esempio 2022.
 * @param [indigenza] Quota regionale per l'indigenza; se omessa 20 %.
 * @param [maggiorazione] Aumento sugli alloggi dei Comuni; se omesso 0 %.
 * @param [satRichiesti] Alloggi SAT richiesti per ente e comune; se omesso nessuno.
 * @param [satSoglia] Quota massima per i SAT; se omessa 25 %.
 * @param invocation Il calcolo in corso (Excel lo passa da sé).
 * @returns Tabella del piano (si espande nelle celle vicine).
 */
export function PIANO(
  inventario: any[][],
  anno: any,
  indigenza: any,
  maggiorazione: any,
  satRichiesti: any,
  satSoglia: any,
  invocation: CustomFunctions.StreamingInvocation<any[][]>,
): void {
  streamOverInventory(invocation, inventario, 'PIANO', () => {
    const year = requiredYear(anno);
    const defaults = defaultParams(year);
    const params: PlanParams = {
      ...defaults,
      indigenza: optionalPercent(indigenza, 'indigenza', defaults.indigenza),
      maggiorazione: optionalPercent(maggiorazione, 'maggiorazione', defaults.maggiorazione),
      satRichiesti: optionalCount(satRichiesti, 'satRichiesti') ?? 0,
      satSoglia: optionalPercent(satSoglia, 'satSoglia', defaults.satSoglia),
    };
    const problems = validateParams(params);
    if (problems.length > 0) {
      const language = currentLanguage();
      fail('invalidNumber', 'plan.params', {
        detail: problems.map((problem) => sentenceText(problem, language)).join(' '),
      });
    }
    return (tally) => planTable(computePlanFromTally(tally, params), currentLanguage());
  });
}

/** The name of a table or named range, when the inventory argument is one (a text, or a cell holding it). */
function inventoryName(raw: unknown): string | undefined {
  const value =
    Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1 ? raw[0][0] : raw;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The dwellings of a parsed inventory, counted; rows with problems are left out, as in the plan. */
function countsOf(inventory: InventorySummary): InventoryTally {
  if (inventory.fatal) {
    const language = currentLanguage();
    return fail('invalidValue', 'inventory.fatal', {
      detail: inventory.issues.map((issue) => sentenceText(issue, language)).join(' '),
    });
  }
  return inventory.tally;
}

/**
 * Gives the invocation the result of `prepare()(counts)`: at once for an inventory range (its parse
 * kept by content), and for a table or named range given by name, once read, then again after
 * every edit of its cells. Bad arguments are reported at once, before anything is read.
 */
function streamOverInventory<T>(
  invocation: CustomFunctions.StreamingInvocation<T>,
  raw: unknown,
  functionName: string,
  prepare: () => (tally: InventoryTally) => T,
): void {
  const answer = (result: () => T): void => {
    try {
      invocation.setResult(result());
    } catch (error) {
      invocation.setResult(cellError(error));
    }
  };
  let compute: (tally: InventoryTally) => T;
  try {
    compute = prepare();
  } catch (error) {
    invocation.setResult(cellError(error));
    return;
  }
  const name = inventoryName(raw);
  if (name === undefined) {
    answer(() => {
      const range = inventoryRange(raw, functionName);
      return compute(countsOf(rangeInventory(range.rows, range.digest)));
    });
    return;
  }
  invocation.onCanceled = followNamedInventory(name, (parsed) => {
    answer(() => {
      if (parsed.ok) return compute(countsOf(parsed.inventory));
      if (parsed.reason === 'not-found') return fail('invalidValue', 'inventory.no-such-name', { name });
      const english = currentLanguage() === 'en';
      const error = parsed.error as { message?: string; messageEn?: string };
      return fail('invalidValue', 'inventory.read-failed', {
        name,
        detail: (english ? error.messageEn : undefined) ?? error.message ?? String(parsed.error),
      });
    });
  });
}

/**
 * The cells of an inventory range, refused above the 5 MB Excel on the web allows a function's
 * arguments (there Excel refuses it before the function runs; on the desktop the function says
 * so itself, so that the workbook behaves the same everywhere), with the way out: the name.
 */
function inventoryRange(raw: unknown, functionName: string): { rows: unknown[][]; digest: RangeDigest } {
  if (!Array.isArray(raw) || raw.length < 1 || !Array.isArray(raw[0]) || raw[0].length < 2) {
    return fail('invalidValue', 'inventory.not-a-range', {});
  }
  const rows = raw as unknown[][];
  const digest = rangeDigest(rows);
  if (digest.bytes > FUNCTION_PAYLOAD_LIMIT_BYTES) {
    return fail('invalidValue', 'inventory.too-large', {
      size: formatDecimal(Math.round((digest.bytes / (1024 * 1024)) * 10) / 10, currentLanguage()),
      function: functionName,
    });
  }
  return { rows, digest };
}

function optionalYear(raw: unknown): number {
  return isAbsent(raw) ? new Date().getFullYear() + 1 : requiredYear(raw);
}

function requiredYear(raw: unknown): number {
  const value = Array.isArray(raw) ? raw[0]?.[0] : raw;
  const reading = readCount(value);
  if (!reading.ok || reading.value < FIRST_PLAN_YEAR || reading.value > LAST_PLAN_YEAR) {
    return fail('invalidValue', 'year.invalid', {
      value: typeof value === 'number' ? value : String(value ?? ''),
      min: String(FIRST_PLAN_YEAR),
      max: String(LAST_PLAN_YEAR),
    });
  }
  return reading.value;
}
