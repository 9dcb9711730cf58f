/** Every string the task pane shows, one table per language. Components never hold literal UI text. */
export const IT = {
  appTitle: 'Piano Offerta Abitativa',
  appSubtitle: 'Piano Annuale dell’Offerta Abitativa (L.R. 16/2016, R.R. 4/2017)',
  loading: 'Caricamento…',
  notInExcel: 'Questo pannello funziona dentro Excel. Aprite il componente aggiuntivo da Excel.',
  functionsIntro: 'Nelle celle potete usare le funzioni:',
  functionIndigenza: '=CASA.QUOTA_INDIGENZA(disponibili; [percentuale]; [maggiorazione])',
  functionSat: '=CASA.SAT_ALLOCATION(disponibili; [richiesti]; [soglia])',
};

export type Strings = typeof IT;

export const EN: Strings = {
  appTitle: 'Housing Offer Plan',
  appSubtitle: 'Annual Housing Offer Plan (Lombardy L.R. 16/2016, R.R. 4/2017)',
  loading: 'Loading…',
  notInExcel: 'This pane works inside Excel. Open the add-in from Excel.',
  functionsIntro: 'In cells you can use the functions:',
  functionIndigenza: '=CASA.QUOTA_INDIGENZA(available, [percentage], [increase])',
  functionSat: '=CASA.SAT_ALLOCATION(available, [requested], [cap])',
};

/** English when Office's display language is English, Italian otherwise. */
export function stringsFor(displayLanguage: string | undefined): Strings {
  return displayLanguage?.toLowerCase().startsWith('en') ? EN : IT;
}
