/**
 * An owner's choices as values to compare and to name: the per-owner shares and counts, and the
 * categories of the art. 14 reserve. Used where two sources disagree (merge.ts) and where the
 * capofila's own value replaces the owner's (plan.ts). Pure.
 */
import { formatPercent } from '../numbers';
import { CATEGORIE_ART14_LABELS, paramDefinitions, type CategoriaArt14, type OwnerValues } from '../plan/params';
import { toPpm } from '../rules';
import type { Bilingual } from './place';
import { SCELTE_LABELS, type ChoiceKey } from './scelte';

export type ChoiceValue = number | readonly CategoriaArt14[];

/** The choices set in `values`, in a stable order. */
export function choiceEntries(values: OwnerValues): [ChoiceKey, ChoiceValue][] {
  return (Object.entries(values) as [ChoiceKey, ChoiceValue | undefined][]).filter(
    (entry): entry is [ChoiceKey, ChoiceValue] => entry[1] !== undefined,
  );
}

const isPercent = (key: ChoiceKey, anno: number): boolean =>
  paramDefinitions(anno).find((definition) => definition.key === key)?.kind === 'percent';

/** Equal as the engine reads them: shares to the ppm, categories in any order. */
export function sameChoice(key: ChoiceKey, a: ChoiceValue, b: ChoiceValue, anno: number): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    const sorted = (value: ChoiceValue): string => [...(value as readonly string[])].sort().join('|');
    return sorted(a) === sorted(b);
  }
  return isPercent(key, anno) ? toPpm(a as number) === toPpm(b as number) : a === b;
}

/** The choice's name, as the pane shows it. */
export function choiceLabel(key: ChoiceKey, anno: number): Bilingual {
  if (key === 'riservaCategorie') return SCELTE_LABELS.categories;
  const definition = paramDefinitions(anno).find((candidate) => candidate.key === key);
  return definition ? definition.label : { it: key, en: key };
}

/** The value as the reader writes it: "10 %", "5", "Anziani; Persone con disabilità". */
export function choiceText(key: ChoiceKey, value: ChoiceValue, anno: number): Bilingual {
  if (Array.isArray(value)) {
    const names = (language: 'it' | 'en'): string =>
      (value as readonly CategoriaArt14[]).map((category) => CATEGORIE_ART14_LABELS[category][language]).join('; ') ||
      '-';
    return { it: names('it'), en: names('en') };
  }
  const number = value as number;
  return isPercent(key, anno)
    ? { it: formatPercent(number, 'it'), en: formatPercent(number, 'en') }
    : { it: String(number), en: String(number) };
}
