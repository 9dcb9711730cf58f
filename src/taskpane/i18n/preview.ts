/** The preview step: the split by owner and comune, its figures and the plan's notes. */
import { defineMessages } from '../../core/messages';

export const PREVIEW_MESSAGES = defineMessages('pane.preview', {
  previewNeedsInventory: {
    it: 'Leggete l’inventario per vedere l’anteprima.',
    en: 'Read the inventory to see the preview.',
  },
  previewNeedsParams: {
    it: 'Correggete i parametri segnati in rosso per vedere l’anteprima.',
    en: 'Correct the parameters marked in red to see the preview.',
  },
  previewNeedsColumns: {
    it: 'Sistemate le colonne dell’inventario per vedere l’anteprima.',
    en: 'Fix the inventory columns to see the preview.',
  },
  tableCaption: { it: 'Quote per ente proprietario e comune', en: 'Quotas by owner and comune' },
  figureDisponibili: { it: 'Disponibili', en: 'Available' },
  figurePerAvviso: { it: 'Per avviso', en: 'By public call' },
  figureAllByCall: { it: 'Disponibili, tutti per avviso', en: 'Available, all by public call' },
  previewExplain: {
    it: 'Le quote riservate sono una parte degli alloggi per avviso, non si aggiungono.',
    en: 'The reserved quotas are part of the dwellings by public call, not extra.',
  },
  totalRow: { it: 'Totale dell’Ambito', en: 'Total for the Ambito' },
  noGroups: {
    it: 'Nell’inventario non ci sono alloggi da pianificare.',
    en: 'The inventory has no dwellings to plan.',
  },
  notesHeading: { it: 'Note del piano', en: 'Notes of the plan' },
  previewHeading: { it: '3. Anteprima del piano {year}', en: '3. Preview of the {year} plan' },
  previewSummaryOne: {
    it: '{units} nel calcolo, 1 gruppo per ente e comune.',
    en: '{units} in the calculation, 1 group by owner and comune.',
  },
  previewSummaryOther: {
    it: '{units} nel calcolo, {groups} gruppi per ente e comune.',
    en: '{units} in the calculation, {groups} groups by owner and comune.',
  },
  /** A group's name: its heading and the name of its table of figures. */
  groupLabel: { it: '{ente}, {comune}', en: '{ente}, {comune}' },
  /** A figure's label with its share and whether it is the owner's own choice. */
  quotaPartShare: { it: '{name} ({share})', en: '{name} ({share})' },
  quotaPartOwn: { it: '{name} (valore dell’ente)', en: '{name} (owner’s own value)' },
  quotaPartShareOwn: { it: '{name} ({share}, valore dell’ente)', en: '{name} ({share}, owner’s own value)' },
  /** "4 su 5 richiesti (ridotti alla soglia del 25 %)". */
  satNoneRequested: { it: '{allowed} (nessuna richiesta)', en: '{allowed} (none requested)' },
  satOfRequested: { it: '{allowed} su {requested} richiesti', en: '{allowed} of {requested} requested' },
  satCapped: {
    it: '{allowed} su {requested} richiesti (ridotti alla soglia del {cap})',
    en: '{allowed} of {requested} requested (reduced to the {cap} cap)',
  },
  quotasExceed: {
    it: 'Le quote riservate superano di {excess} gli alloggi per avviso: rivedete le percentuali.',
    en: 'The reserved quotas exceed the dwellings by public call by {excess}: review the percentages.',
  },
  notesShowOne: { it: 'Mostra la nota del piano', en: 'Show the note of the plan' },
  notesShowOther: { it: 'Mostra le {count} note del piano', en: 'Show the {count} notes of the plan' },
  notesHideOne: { it: 'Nascondi la nota del piano', en: 'Hide the note of the plan' },
  notesHideOther: { it: 'Nascondi le {count} note del piano', en: 'Hide the {count} notes of the plan' },
});

/** The parts of the available dwellings that are not quotas of the split (those are in core/quota.ts). */
export const QUOTA_NAMES = defineMessages('pane.preview.quotas', {
  sat: { it: 'SAT', en: 'SAT' },
  ordinari: { it: 'Graduatoria ordinaria', en: 'Ordinary ranking' },
});
