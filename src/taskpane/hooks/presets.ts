/**
 * Presets as the pane applies them, respecting what the clerk typed:
 * - a preset sets what it names (its local choices: Ambito, capofila, category, owners' values,
 *   shares that differ from the regional rules) and brings every other share back to the
 *   regional rules of the plan year;
 * - the plan year stays the one in the form unless the clerk takes the preset's own year;
 * - Ambito and Comune capofila are kept unless the preset names them;
 * - before applying, the pane lists every field that changes (`formChanges`), marking those that
 *   held a value of their own; the previous form is kept for "Annulla".
 */
import {
  CATEGORIE_ART14,
  CATEGORIE_ART14_LABELS,
  OWNER_PARAM_KEYS,
  defaultParams,
  paramDefinitions,
  type CategoriaArt14,
  type PlanParams,
} from '../../core/plan/params';
import type { Preset } from '../../core/plan/presets';
import { formatPercent, type Language, type Strings } from '../i18n/strings';
import { PERCENT_KEYS, paramsToForm, type ParamForm, type TextKey } from './paramForm';

/** The year a preset belongs to (Cremona 2022), or undefined when it fits any year. */
export function presetYear(preset: Preset): number | undefined {
  const first = preset.params(2030).anno;
  return first === preset.params(2031).anno ? first : undefined;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A list of art. 14 categories in words, in the order of the regulation. */
function categoriesText(categories: readonly CategoriaArt14[] | undefined, language: Language): string {
  return CATEGORIE_ART14.filter((category) => categories?.includes(category))
    .map((category) => CATEGORIE_ART14_LABELS[category][language])
    .join(', ');
}

/**
 * The parameters a preset gives over the current form: its own choices on the regional rules of
 * the target year, the form's Ambito and capofila where it names none.
 */
export function presetTarget(preset: Preset, form: ParamForm, formYear: number, takeYear: boolean): PlanParams {
  const tied = presetYear(preset);
  const sourceYear = tied ?? formYear;
  const chosen = preset.params(sourceYear);
  const rules = defaultParams(sourceYear);
  const target = defaultParams(tied !== undefined && takeYear ? tied : formYear);
  for (const key of OWNER_PARAM_KEYS) if (chosen[key] !== rules[key]) target[key] = chosen[key];
  if (chosen.ordine !== rules.ordine) target.ordine = chosen.ordine;
  if (categoriesText(chosen.riservaCategorie, 'it') !== categoriesText(rules.riservaCategorie, 'it'))
    target.riservaCategorie = [...chosen.riservaCategorie];
  target.enti = clone(chosen.enti);
  if (chosen.categoria) target.categoria = clone(chosen.categoria);
  target.ambito = chosen.ambito !== '' ? chosen.ambito : form.texts.ambito.trim();
  target.capofila = chosen.capofila !== '' ? chosen.capofila : form.texts.capofila.trim();
  return target;
}

export interface PresetSetting {
  label: string;
  value: string;
}

function valueText(key: string, value: number, year: number, language: Language): string {
  const definition = paramDefinitions(year).find((candidate) => candidate.key === key);
  return definition?.kind === 'percent' ? formatPercent(value, language) : String(value);
}

function labelOf(key: string, year: number, language: Language): string {
  return paramDefinitions(year).find((candidate) => candidate.key === key)?.label[language] ?? key;
}

/** What a preset sets beyond the regional rules, in words: the preset's description. */
export function presetSettings(
  preset: Preset,
  formYear: number,
  language: Language,
  strings: Strings,
): PresetSetting[] {
  const tied = presetYear(preset);
  const year = tied ?? formYear;
  const chosen = preset.params(year);
  const rules = defaultParams(year);
  const settings: PresetSetting[] = [];
  if (tied !== undefined) settings.push({ label: strings.presetYearLabel, value: String(tied) });
  if (chosen.ambito !== '') settings.push({ label: strings.ambitoLabel, value: chosen.ambito });
  if (chosen.capofila !== '') settings.push({ label: strings.capofilaLabel, value: chosen.capofila });
  for (const key of OWNER_PARAM_KEYS) {
    if (chosen[key] !== rules[key])
      settings.push({ label: labelOf(key, year, language), value: valueText(key, chosen[key], year, language) });
  }
  if (chosen.categoria) settings.push({ label: strings.categoriaNomeLabel, value: chosen.categoria.nome });
  const categories = categoriesText(chosen.riservaCategorie, language);
  if (categories !== categoriesText(rules.riservaCategorie, language))
    settings.push({ label: strings.reserveCategoriesLabel, value: categories || strings.emptyValue });
  for (const [owner, values] of Object.entries(chosen.enti)) {
    for (const key of OWNER_PARAM_KEYS) {
      const value = values[key];
      if (value === undefined) continue;
      settings.push({
        label: strings.ownValueLabel({ owner, label: labelOf(key, year, language) }),
        value: valueText(key, value, year, language),
      });
    }
    if (values.riservaCategorie !== undefined) {
      settings.push({
        label: strings.ownValueLabel({ owner, label: strings.reserveCategoriesLabel }),
        value: categoriesText(values.riservaCategorie, language) || strings.emptyValue,
      });
    }
  }
  return settings;
}

export interface FieldChange {
  key: string;
  label: string;
  from: string;
  to: string;
  /** The field held a value of its own (not the regional default, not empty): it is replaced. */
  replacesOwnValue: boolean;
}

const TEXT_KEYS: readonly TextKey[] = [
  'anno',
  'ambito',
  'capofila',
  ...PERCENT_KEYS,
  'satRichiesti',
  'categoriaNome',
  'categoriaDescrizione',
];

function shortText(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 48 ? `${trimmed.slice(0, 47)}…` : trimmed;
}

/** Every field that differs between two forms, in the order of the form. */
export function formChanges(
  before: ParamForm,
  after: ParamForm,
  formYear: number,
  language: Language,
  strings: Strings,
): FieldChange[] {
  const defaults = paramsToForm(defaultParams(formYear), language);
  const shown = (key: TextKey, text: string): string => {
    if (text.trim() === '') return strings.emptyValue;
    return (PERCENT_KEYS as readonly string[]).includes(key) ? `${text.trim()} %` : shortText(text);
  };
  const label = (key: TextKey): string =>
    ({
      ambito: strings.ambitoLabel,
      capofila: strings.capofilaLabel,
      categoriaNome: strings.categoriaNomeLabel,
      categoriaDescrizione: strings.categoriaDescrizioneLabel,
    })[key as string] ?? labelOf(key, formYear, language);

  const changes: FieldChange[] = [];
  for (const key of TEXT_KEYS) {
    const from = before.texts[key];
    const to = after.texts[key];
    if (from.trim() === to.trim()) continue;
    changes.push({
      key,
      label: label(key),
      from: shown(key, from),
      to: shown(key, to),
      replacesOwnValue: from.trim() !== '' && from.trim() !== defaults.texts[key].trim(),
    });
  }
  if (before.ordine !== after.ordine) {
    changes.push({
      key: 'ordine',
      label: labelOf('ordine', formYear, language),
      from: strings.ordineNames[before.ordine],
      to: strings.ordineNames[after.ordine],
      replacesOwnValue: before.ordine !== defaults.ordine,
    });
  }
  const categoriesBefore = categoriesText(before.riservaCategorie, language);
  const categoriesAfter = categoriesText(after.riservaCategorie, language);
  if (categoriesBefore !== categoriesAfter) {
    changes.push({
      key: 'riservaCategorie',
      label: strings.reserveCategoriesLabel,
      from: categoriesBefore || strings.emptyValue,
      to: categoriesAfter || strings.emptyValue,
      replacesOwnValue: categoriesBefore !== '',
    });
  }
  const owners = [...new Set([...Object.keys(before.enti), ...Object.keys(after.enti)])];
  for (const owner of owners) {
    for (const key of OWNER_PARAM_KEYS) {
      const from = before.enti[owner]?.[key];
      const to = after.enti[owner]?.[key];
      if (from === to) continue;
      changes.push({
        key: `${owner}:${key}`,
        label: strings.ownValueLabel({ owner, label: labelOf(key, formYear, language) }),
        from: from === undefined ? strings.emptyValue : valueText(key, from, formYear, language),
        to: to === undefined ? strings.emptyValue : valueText(key, to, formYear, language),
        replacesOwnValue: from !== undefined,
      });
    }
    const from = before.enti[owner]?.riservaCategorie;
    const to = after.enti[owner]?.riservaCategorie;
    if (
      categoriesText(from, language) !== categoriesText(to, language) ||
      (from === undefined) !== (to === undefined)
    ) {
      changes.push({
        key: `${owner}:riservaCategorie`,
        label: strings.ownValueLabel({ owner, label: strings.reserveCategoriesLabel }),
        from: from === undefined ? strings.emptyValue : categoriesText(from, language) || strings.emptyValue,
        to: to === undefined ? strings.emptyValue : categoriesText(to, language) || strings.emptyValue,
        replacesOwnValue: from !== undefined,
      });
    }
  }
  return changes;
}
