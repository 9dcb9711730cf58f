/**
 * What the ribbon's "Crea piano" says: that it wrote the plan, or why it cannot (the pane opens on
 * the field to fix, with this reason).
 */
import { defineMessages } from '../core/messages';

export const RIBBON_MESSAGES = defineMessages('ribbon', {
  /** What the pane says once the button has written the plan (shown when the pane is open). */
  created: {
    it: 'Il pulsante «Crea piano» della barra multifunzione ha creato il foglio «{sheetName}».',
    en: 'The ribbon\'s "Create plan" button created the sheet "{sheetName}".',
  },
  needsSource: {
    it: 'Scegliete l’inventario nel pannello e create il piano una prima volta: il pulsante userà poi le stesse scelte.',
    en: 'Choose the inventory in the pane and create the plan once: the button will then reuse those choices.',
  },
  needsParams: {
    it: 'Mancano i parametri del piano: compilateli nel pannello e salvateli.',
    en: 'The plan parameters are missing: fill them in the pane and save them.',
  },
  sourceUnreadable: {
    it: 'L’inventario salvato non si può leggere: sceglietelo di nuovo nel pannello.',
    en: 'The saved inventory cannot be read: choose it again in the pane.',
  },
});
