/** Command-line arguments of casa-piano, turned into plan parameters. Errors are Italian sentences (cli/messages.ts). */
import { parseNumberText, readCount, readPercent } from '../core/numbers';
import {
  CATEGORIE_ART14,
  OWNER_PARAM_KEYS,
  categoryOf,
  ORDINI,
  type CategoriaArt14,
  type Misura,
  type OwnerParamKey,
  type OwnerValues,
  type Ordine,
  type PlanParams,
} from '../core/plan/params';
import { PRESETS, presetById } from '../core/plan/presets';
import { CLI } from './messages';
import { InputError } from './read';

export interface CliOptions {
  /** The first inventory or communication given (see `inputs`). */
  input?: string;
  /** Every inventory, communication or folder of them given, in order. */
  inputs: string[];
  sheet?: string;
  /** `--comunicazione ENTE`: write that owner's communication workbook instead of the plan. */
  comunicazione?: string;
  /** `--enti "A; B"`: the owners of the Ambito, to list the missing communications. */
  enti?: string;
  /** `--scenario "Nome:chiave=valore,..."`, in order (read once the plan year is known). */
  scenari: string[];
  /** `--usa-scenario NOME`: the scenario made the plan. */
  usaScenario?: string;
  /** True when the plan year was given (--anno, --param anno=, a preset tied to a year). */
  annoIndicato: boolean;
  output?: string;
  json: boolean;
  force: boolean;
  help: boolean;
  params: PlanParams;
}

export const USAGE = CLI.usage({
  presets: PRESETS.map((preset) => CLI.preset({ id: preset.id, label: preset.label.it })).join(', '),
  categories: CATEGORIE_ART14.join(', '),
});

/** "a oppure b oppure c". */
const alternatives = (choices: readonly string[]): string =>
  choices.reduce((first, second) => CLI.alternative({ first, second }));

const TEXT_KEYS = ['ambito', 'capofila', 'categoria', 'categoriaDescrizione'] as const;

function percentValue(key: string, raw: string): number {
  const reading = readPercent(raw);
  if (reading.ok) return reading.value;
  throw new InputError(
    reading.problem === 'percent-above-one' ? CLI['percent-above-one']({ key, raw }) : CLI['not-percent']({ key, raw }),
  );
}

function countValue(key: string, raw: string): number {
  const reading = readCount(raw);
  if (reading.ok) return reading.value;
  throw new InputError(CLI['not-count']({ key, raw }));
}

function yearValue(raw: string): number {
  const text = raw.trim();
  if (/^\d{4}$/.test(text)) return Number(text);
  throw new InputError(CLI['bad-year']({ raw, example: String(new Date().getFullYear() + 1) }));
}

/** "anziani, disabili" or "Anziani; Persone con disabilità": the art. 14 categories, by key or Italian name. */
function categoriesValue(key: string, raw: string): CategoriaArt14[] {
  const names = raw
    .split(/[,;]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.map((name) => {
    const found = categoryOf(name);
    if (found === undefined) {
      throw new InputError(CLI['unknown-category']({ key, name, categories: CATEGORIE_ART14.join(', ') }));
    }
    return found;
  });
}

/** Values that are given for one owner (or, for the categories, for all) but are not shares. */
const DECLARATION_KEYS = ['riservaCategorie', 'assegnatiAnnoPrecedente'] as const;

/**
 * "Fondo morosità incolpevole|25.000; Sportello casa": measures (lett. f) separated by ';', each a
 * text and, after '|', its amount in euro (Italian or plain digits, '€' allowed).
 */
function measuresValue(raw: string): Misura[] {
  return raw
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const bar = item.lastIndexOf('|');
      const testo = (bar >= 0 ? item.slice(0, bar) : item).trim();
      if (testo === '') throw new InputError(CLI['measure-without-text']({ item }));
      if (bar < 0) return { testo };
      const amountText = item
        .slice(bar + 1)
        .replace(/€|euro|eur/gi, '')
        .trim();
      const importo = parseNumberText(amountText);
      if (importo === undefined || importo < 0) {
        throw new InputError(CLI['measure-bad-amount']({ amount: item.slice(bar + 1).trim(), measure: testo }));
      }
      return { testo, importo };
    });
}

function ownerValue(key: OwnerParamKey, raw: string): number {
  return key === 'satRichiesti' ? countValue(key, raw) : percentValue(key, raw);
}

/** Applies one `--param` to the parameters (returns new parameters). */
export function applyParam(params: PlanParams, assignment: string): PlanParams {
  const equals = assignment.indexOf('=');
  if (equals <= 0) throw new InputError(CLI['bad-assignment']({ assignment }));
  const left = assignment.slice(0, equals).trim();
  const raw = assignment.slice(equals + 1).trim();
  const colon = left.lastIndexOf(':');
  const ente = colon > 0 ? left.slice(0, colon).trim() : undefined;
  const key = colon > 0 ? left.slice(colon + 1).trim() : left;

  const forOwner = (values: OwnerValues): PlanParams => {
    const current: OwnerValues = params.enti[ente as string] ?? {};
    return { ...params, enti: { ...params.enti, [ente as string]: { ...current, ...values } } };
  };
  if ((OWNER_PARAM_KEYS as readonly string[]).includes(key)) {
    const value = ownerValue(key as OwnerParamKey, raw);
    return ente === undefined ? { ...params, [key]: value } : forOwner({ [key]: value });
  }
  if (key === 'riservaCategorie') {
    const categories = categoriesValue(key, raw);
    return ente === undefined
      ? { ...params, riservaCategorie: categories }
      : forOwner({ riservaCategorie: categories });
  }
  if (key === 'assegnatiAnnoPrecedente') {
    if (ente === undefined) {
      throw new InputError(CLI['assigned-per-owner']);
    }
    return forOwner({ assegnatiAnnoPrecedente: countValue(key, raw) });
  }
  if (ente !== undefined) {
    throw new InputError(CLI['not-per-owner']({ key, keys: [...OWNER_PARAM_KEYS, ...DECLARATION_KEYS].join(', ') }));
  }
  if (key === 'misure') return { ...params, misure: [...(params.misure ?? []), ...measuresValue(raw)] };
  if (key === 'anno') return { ...params, anno: yearValue(raw) };
  if (key === 'ordine') {
    if (!(ORDINI as readonly string[]).includes(raw)) {
      throw new InputError(CLI['bad-order']({ raw, choices: alternatives(ORDINI) }));
    }
    return { ...params, ordine: raw as Ordine };
  }
  if ((TEXT_KEYS as readonly string[]).includes(key)) {
    if (key === 'ambito' || key === 'capofila') return { ...params, [key]: raw };
    const categoria = params.categoria ?? { nome: '', descrizione: '' };
    return {
      ...params,
      categoria: key === 'categoria' ? { ...categoria, nome: raw } : { ...categoria, descrizione: raw },
    };
  }
  throw new InputError(
    CLI['unknown-parameter']({
      key,
      keys: ['anno', 'ordine', ...OWNER_PARAM_KEYS, ...DECLARATION_KEYS, 'misure', ...TEXT_KEYS].join(', '),
    }),
  );
}

function valueAfter(args: string[], index: number, flag: string): string {
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new InputError(CLI['missing-value']({ flag }));
  return value;
}

/** Parses the command line. The preset is applied first, then --anno, then every --param in order. */
export function parseArgs(args: string[], defaultYear: number): CliOptions {
  let sheet: string | undefined;
  let output: string | undefined;
  let comunicazione: string | undefined;
  let enti: string | undefined;
  let usaScenario: string | undefined;
  const scenari: string[] = [];
  const inputs: string[] = [];
  let presetId = 'regione';
  let year: number | undefined;
  let json = false;
  let force = false;
  let help = false;
  const assignments: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const take = (): string => {
      if (inline !== undefined) return inline;
      const value = valueAfter(args, index, flag);
      index += 1;
      return value;
    };
    switch (flag) {
      case '--sheet':
        sheet = take();
        break;
      case '--anno':
        year = yearValue(take());
        break;
      case '--preset':
        presetId = take();
        break;
      case '--param':
        assignments.push(take());
        break;
      case '-o':
      case '--output':
        output = take();
        break;
      case '--comunicazione':
        comunicazione = take();
        break;
      case '--enti':
        enti = take();
        break;
      case '--scenario':
        scenari.push(take());
        break;
      case '--usa-scenario':
        usaScenario = take();
        break;
      case '--json':
        json = true;
        break;
      case '--force':
        force = true;
        break;
      case '-h':
      case '--help':
        help = true;
        break;
      default:
        if (arg.startsWith('-')) throw new InputError(CLI['unknown-option']({ option: arg, usage: USAGE }));
        inputs.push(arg);
    }
  }
  const preset = presetById(presetId);
  if (!preset) {
    throw new InputError(
      CLI['unknown-preset']({ preset: presetId, choices: alternatives(PRESETS.map((candidate) => candidate.id)) }),
    );
  }
  let params = preset.params(year ?? defaultYear);
  if (year !== undefined) params = { ...params, anno: year };
  for (const assignment of assignments) params = applyParam(params, assignment);
  if (usaScenario !== undefined && !scenari.some((spec) => spec.split(':')[0].trim() === usaScenario?.trim())) {
    throw new InputError(
      CLI['unknown-scenario']({
        name: usaScenario,
        names: scenari.map((spec) => spec.split(':')[0].trim()).join(', ') || CLI.none,
      }),
    );
  }
  const annoIndicato =
    year !== undefined || presetId !== 'regione' || assignments.some((assignment) => /^\s*anno\s*=/.test(assignment));
  return {
    input: inputs[0],
    inputs,
    annoIndicato,
    sheet,
    ...(comunicazione !== undefined ? { comunicazione } : {}),
    ...(enti !== undefined ? { enti } : {}),
    scenari,
    ...(usaScenario !== undefined ? { usaScenario } : {}),
    output,
    json,
    force,
    help,
    params,
  };
}
