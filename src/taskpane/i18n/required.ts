/**
 * The two fields a plan cannot go without, said by the pane's form and by the ribbon's
 * "Crea piano": a table of their own, so that the ribbon (in the small entry) does not carry the
 * whole parameters step.
 */
import { defineMessages } from '../../core/messages';

export const REQUIRED_MESSAGES = defineMessages('pane.params.required', {
  ambitoMissing: {
    it: 'Scrivete l’Ambito territoriale: il piano lo riporta nell’intestazione.',
    en: 'Type the Ambito: the plan shows it in its heading.',
  },
  capofilaMissing: {
    it: 'Scrivete il Comune capofila: il piano lo riporta nell’intestazione.',
    en: 'Type the lead municipality: the plan shows it in its heading.',
  },
});
