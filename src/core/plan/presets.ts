/** Presets that fill the parameters: the regional base rules, and the Comune di Cremona's 2022 note. */
import { bilingual, defineMessages, type Bilingual } from '../messages';
import { defaultParams, type PlanParams } from './params';

export type PresetId = 'regione' | 'cremona-2022';

export interface Preset {
  id: PresetId;
  label: Bilingual;
  /** Parameters for the given year (a preset tied to a year ignores it). */
  params: (year: number) => PlanParams;
}

/** The presets' names, by id. */
export const PRESET_MESSAGES = defineMessages('presets', {
  regione: { it: 'Regione Lombardia - regole base', en: 'Lombardy Region - base rules' },
  'cremona-2022': { it: 'Cremona 2022', en: 'Cremona 2022' },
});

/** Nota del Settore Politiche Sociali del Comune di Cremona, 27 ottobre 2021, points 1-3. */
const CREMONA_CATEGORY = {
  nome: 'Beneficiari di progetti di protezione sociale',
  descrizione:
    'Soggetti beneficiari di progetti di protezione sociale a seguito di condizione di accertata emergenza ' +
    'abitativa e che siano inseriti in alloggi temporanei non afferenti ai Servizi Abitativi Transitori, ' +
    'come attestato da apposita documentazione prodotta dal Servizio Sociale Territoriale.',
};

export const PRESETS: readonly Preset[] = [
  {
    id: 'regione',
    label: bilingual(PRESET_MESSAGES.regione),
    params: (year) => defaultParams(year),
  },
  {
    id: 'cremona-2022',
    label: bilingual(PRESET_MESSAGES['cremona-2022']),
    params: () => ({
      ...defaultParams(2022),
      ambito: 'Ambito di Cremona',
      capofila: 'Comune di Cremona',
      categoria: CREMONA_CATEGORY,
      // Point 1: +10 % over the regional 20 %, and point 3: 5 SAT dwellings within 25 %,
      // both on the Comune di Cremona's own stock.
      enti: { 'Comune di Cremona': { maggiorazione: 0.1, satRichiesti: 5 } },
    }),
  },
];

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
