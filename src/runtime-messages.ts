/** What the small entry (runtime.ts) writes in the pane's place while its chunk loads, or when it fails. */
import { defineMessages } from './core/messages';

export const RUNTIME_MESSAGES = defineMessages('runtime', {
  loading: { it: 'Caricamento del pannello…', en: 'Loading the pane…' },
  failed: {
    it: 'Il pannello non si è caricato. Chiudetelo e riapritelo; le funzioni CASA nelle celle continuano a funzionare.',
    en: 'The pane did not load. Close it and open it again; the CASA functions in cells keep working.',
  },
});
