/**
 * Legal references in English. The rules (rules.ts, params.ts) name their articles as the
 * Lombard acts are cited, in Italian; most citations are the same in English ("R.R. 4/2017
 * art. 7 bis"), but a few carry Italian words ("e", "dal piano 2025", "come modificato dal").
 * Those are translated here, citation by citation; `cite` is how any text in English names one.
 */
import { defineMessages, type Bilingual } from './index';

const CITATIONS = defineMessages('citation', {
  rules2019: {
    it: 'R.R. 4/2017 come modificato dal R.R. 3/2019',
    en: 'R.R. 4/2017 as amended by R.R. 3/2019',
  },
  rules2025: {
    it: 'R.R. 4/2017 come modificato dal R.R. 2/2025',
    en: 'R.R. 4/2017 as amended by R.R. 2/2025',
  },
  reserveFrom2025: {
    it: 'R.R. 4/2017 art. 4 c. 3 lett. c bis, dal piano 2025 (R.R. 2/2025)',
    en: 'R.R. 4/2017 art. 4 c. 3 lett. c bis, from the 2025 plan (R.R. 2/2025)',
  },
  localPoliceFrom2025: {
    it: 'R.R. 4/2017 art. 7 ter, dal piano 2025 (R.R. 2/2025)',
    en: 'R.R. 4/2017 art. 7 ter, from the 2025 plan (R.R. 2/2025)',
  },
  police2025: {
    it: 'R.R. 4/2017 art. 7 bis e art. 4 c. 3 lett. d bis (R.R. 2/2025)',
    en: 'R.R. 4/2017 art. 7 bis and art. 4 c. 3 lett. d bis (R.R. 2/2025)',
  },
  localPolice2025: {
    it: 'R.R. 4/2017 art. 7 ter e art. 4 c. 3 lett. d bis (R.R. 2/2025)',
    en: 'R.R. 4/2017 art. 7 ter and art. 4 c. 3 lett. d bis (R.R. 2/2025)',
  },
});

const ENGLISH = new Map<string, string>(Object.values(CITATIONS).map((citation) => [citation.it, citation.en]));

/**
 * A legal reference in both languages. Several references joined by "; " are translated one by
 * one; a reference without Italian words is the same in both.
 */
export function cite(reference: string): Bilingual {
  const en = reference
    .split('; ')
    .map((part) => ENGLISH.get(part) ?? part)
    .join('; ');
  return { it: reference, en };
}

/** A legal reference as written in `language`. */
export function citation(reference: string, language: 'it' | 'en'): string {
  return cite(reference)[language];
}
