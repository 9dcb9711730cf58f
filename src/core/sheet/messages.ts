/**
 * The plan sheet's words, in Italian (default) and English: one table per part of the act.
 * Proper names (Comune di Cremona, ALER ...) and the terms of art (SAP, SAS, SAT) stay as they
 * are in both languages. The sections read them through `sheetStrings(language)` (strings.ts).
 */
import { defineMessages } from '../messages';

/** Rows 1-3, the sheet's name, and the printed pages' header and footer. */
export const SHEET_TITLE = defineMessages('sheet.title', {
  sheetName: { it: 'Piano {year}', en: 'Plan {year}' },
  title: {
    it: "Piano Annuale dell'Offerta Abitativa {year}",
    en: "Annual Housing Offer Plan {year} (Piano Annuale dell'Offerta Abitativa)",
  },
  /** When the name the clerk typed does not start with "Ambito" already. */
  ambito: { it: 'Ambito {ambito}', en: 'Ambito {ambito}' },
  capofila: { it: 'Comune capofila: {capofila}', en: 'Lead Comune: {capofila}' },
  /** `date`: dd/mm/yyyy in Italian, "27 Nov 2026" in English (no day/month ambiguity). */
  generatedOn: { it: 'Generato il {date}', en: 'Generated on {date}' },
  fingerprint: {
    it: 'impronta dell’inventario {fingerprint} (serve a verificare che il piano corrisponda all’inventario letto)',
    en: 'inventory fingerprint {fingerprint} (it shows whether the plan matches the inventory that was read)',
  },
  dwellingsRead: { it: 'alloggi letti: {count}', en: 'dwellings read: {count}' },
  /** The printed pages' footer: `page` and `pages` stand for the numbers. */
  pageNumber: { it: 'Pagina {page} di {pages}', en: 'Page {page} of {pages}' },
});

/** The sections' headers, in the order of the sheet. */
export const SHEET_SECTIONS = defineMessages('sheet.sections', {
  parameters: { it: 'Parametri del piano', en: 'Plan parameters' },
  calendar: { it: 'Calendario del piano', en: 'Calendar of the plan' },
  stock: {
    it: 'Patrimonio per ente proprietario e comune (SAP, SAS, SAT)',
    en: 'Housing stock by owner and comune (SAP, SAS, SAT)',
  },
  available: { it: 'Alloggi disponibili nel {year} per fonte', en: 'Dwellings available in {year} by source' },
  split: {
    it: 'Ripartizione degli alloggi disponibili per ente proprietario e comune',
    en: 'Split of the available dwellings by owner and comune',
  },
  reserve: {
    it: 'Riserva per le categorie dell’art. 14 (R.R. 4/2017 art. 4 c. 3 lett. c bis)',
    en: 'Reserve for the art. 14 categories (R.R. 4/2017 art. 4 c. 3 lett. c bis)',
  },
  category: {
    it: 'Categoria aggiuntiva di particolare e motivata rilevanza sociale',
    en: 'Additional category of particular social relevance',
  },
  measures: {
    it: 'Misure per l’accesso e il mantenimento dell’abitazione (R.R. 4/2017 art. 4 c. 3 lett. f)',
    en: 'Measures supporting access to and keeping of housing (R.R. 4/2017 art. 4 c. 3 lett. f)',
  },
  /** Lett. g, for the year before the plan. */
  previousYear: {
    it: 'Alloggi assegnati nel {year} (R.R. 4/2017 art. 4 c. 3 lett. g)',
    en: 'Dwellings assigned in {year} (R.R. 4/2017 art. 4 c. 3 lett. g)',
  },
  threeYears: {
    it: 'Alloggi disponibili nel triennio {first}-{last} (R.R. 4/2017 art. 5 c. 1)',
    en: 'Dwellings available over {first}-{last} (R.R. 4/2017 art. 5 c. 1)',
  },
  notes: { it: 'Note', en: 'Notes' },
});

/** The column headers of the sheet's tables. */
export const SHEET_HEADERS = defineMessages('sheet.headers', {
  parameter: { it: 'Parametro', en: 'Parameter' },
  value: { it: 'Valore', en: 'Value' },
  reference: { it: 'Riferimento normativo', en: 'Legal reference' },
  owner: { it: 'Ente proprietario', en: 'Owner' },
  comune: { it: 'Comune', en: 'Comune' },
  kind: { it: 'Tipo di ente', en: 'Kind of owner' },
  sap: { it: 'SAP', en: 'SAP' },
  sas: { it: 'SAS', en: 'SAS' },
  sat: { it: 'SAT', en: 'SAT' },
  totalDwellings: { it: 'Totale alloggi', en: 'Total dwellings' },
  libero: { it: 'Liberi', en: 'Vacant' },
  turnover: { it: 'Turnover', en: 'Turnover' },
  nuovi: { it: 'Nuovi o recuperati', en: 'New or recovered' },
  carenza: { it: 'Carenza manutentiva', en: 'Maintenance shortfall' },
  privati: { it: 'Conferiti da privati', en: 'Conferred by private parties' },
  totalAvailable: { it: 'Totale disponibili', en: 'Total available' },
  available: { it: 'Alloggi disponibili', en: 'Available dwellings' },
  satRequested: { it: 'SAT richiesti', en: 'SAT requested' },
  satCap: { it: 'Soglia massima SAT', en: 'SAT cap' },
  satAllowed: { it: 'SAT consentiti', en: 'SAT allowed' },
  /** The base of every quota of the split; the quotas' own headers come from quota.ts. */
  base: { it: 'Base delle quote', en: 'Base of the quotas' },
  byCall: { it: 'Alloggi per avviso', en: 'Dwellings by public call' },
  measure: { it: 'Misura', en: 'Measure' },
  amount: { it: 'Importo (euro)', en: 'Amount (euro)' },
  assigned: { it: 'Alloggi assegnati', en: 'Dwellings assigned' },
  source: { it: 'Fonte', en: 'Source' },
  threeYearsTotal: { it: 'Totale triennio', en: 'Three-year total' },
});

/** The texts written in the tables' cells and below them. */
export const SHEET_CELLS = defineMessages('sheet.cells', {
  /** The label of a totals row. */
  total: { it: 'Totale', en: 'Total' },
  /** A figure nobody gave. */
  notGiven: { it: 'n.d.', en: 'n/a' },
  comune: { it: 'Comune', en: 'Comune' },
  aler: { it: 'ALER', en: 'ALER' },
  assignedFromInventory: { it: 'date di assegnazione dell’inventario', en: 'assignment dates of the inventory' },
  assignedDeclared: { it: 'dichiarato dall’ente', en: 'declared by the owner' },
  assignedUnknown: { it: 'non indicato', en: 'not given' },
  noMeasures: { it: 'Nessuna misura indicata.', en: 'No measure given.' },
  threeYearsNote: {
    it: 'Gli alloggi già liberi contano nel primo anno, gli altri nell’anno della loro data di disponibilità; gli alloggi occupati, quelli che aspettano una data e i SAS non sono contati.',
    en: 'Dwellings already free count in the first year, the others in the year of their availability date; occupied dwellings, those waiting for a date and SAS are not counted.',
  },
});

/**
 * The values of the reading cell, as the act reads them; the formulas compare the cell with
 * them. No commas: Excel's drop-down list separates its values with commas.
 */
export const SHEET_READING = defineMessages('sheet.reading', {
  'sat-prima': { it: "Prima i SAT poi l'indigenza sui restanti", en: 'SAT first then poverty share on the rest' },
  'indigenza-su-tutti': {
    it: 'Indigenza su tutti gli alloggi disponibili',
    en: 'Poverty share on all available dwellings',
  },
});

/** The parameters' section: the reading's two values explained, and the owners' own values. */
export const SHEET_PARAMETERS_TEXT = defineMessages('sheet.parameters', {
  /** After the reading's legal reference: `satFirst` and `onAll` are the two values of the cell. */
  readingChoices: {
    it: '«{satFirst}»: l’indigenza e le altre quote si calcolano sugli alloggi per avviso (disponibili meno SAT); «{onAll}»: su tutti gli alloggi disponibili.',
    en: '"{satFirst}": the poverty share and the other quotas are computed on the dwellings by public call (available minus SAT); "{onAll}": on all available dwellings.',
  },
  /** Label of the row listing an owner's own values ("Valori propri - Comune di Cremona"). */
  ownerValuesLabel: { it: 'Valori propri - {owner}', en: 'Own values - {owner}' },
  /** Reference column of that row: the legal references, and where those values are used. */
  ownerValuesReference: {
    it: '{references} - Valgono solo per questo ente, al posto dei valori generali sopra; nella ripartizione sono in corsivo.',
    en: '{references} - They apply to this owner only, instead of the general values above; in the split they are in italics.',
  },
});

/** Short names of the values an owner may set, as listed in the row of its own values. */
export const SHEET_OWNER_VALUES = defineMessages('sheet.ownerValues', {
  indigenza: { it: 'quota indigenza', en: 'poverty share' },
  maggiorazione: { it: 'maggiorazione indigenza', en: 'poverty share increase' },
  satRichiesti: { it: 'alloggi SAT richiesti', en: 'SAT dwellings requested' },
  satSoglia: { it: 'soglia massima SAT', en: 'SAT cap' },
  forzePolizia: { it: 'quota Forze di Polizia', en: 'police share' },
  poliziaLocale: { it: 'quota Polizia Locale', en: 'local police share' },
  categoriaQuota: { it: 'riserva categorie art. 14', en: 'art. 14 reserve' },
});

/** The calendar of the plan year. */
export const SHEET_CALENDAR = defineMessages('sheet.calendar', {
  communications: {
    it: 'Comunicazione al Comune capofila, da parte di ogni ente proprietario, degli alloggi disponibili nel triennio: entro il {date} ({reference}).',
    en: 'Each owner communicates to the lead Comune the dwellings available over the three years: by {date} ({reference}).',
  },
  approval: {
    it: 'Approvazione del piano da parte dell’Assemblea dei sindaci: entro il {date} ({reference}).',
    en: 'Approval of the plan by the Assemblea dei sindaci: by {date} ({reference}).',
  },
});

/** The reserve for the art. 14 categories, and the Comune's additional category. */
export const SHEET_RESERVE = defineMessages('sheet.reserve', {
  /** The reserve's share, its base and rounding, its article and the column that holds it. */
  share: {
    it: 'Quota di riserva: {share} della base delle quote, arrotondata all’unità superiore per ente e comune; colonna «{column}» della ripartizione. Riferimento: {reference}.',
    en: 'Reserve: {share} of the base of the quotas, rounded up per owner and comune; column "{column}" of the split. Reference: {reference}.',
  },
  categories: { it: 'Categorie a cui è destinata: {categories}.', en: 'Categories it serves: {categories}.' },
  noCategories: { it: 'Categorie a cui è destinata: non indicate.', en: 'Categories it serves: not given.' },
  /** An owner whose reserve differs from the general one. */
  owner: {
    it: '{owner}: riserva del {share}, categorie: {categories}.',
    en: '{owner}: reserve of {share}, categories: {categories}.',
  },
  /** Before 2025 the additional category has no reserve: points in the call's ranking. */
  categoryNoReserve: {
    it: 'Per il piano {year} la categoria aggiuntiva non ha una riserva di alloggi: dà punteggio nella graduatoria dell’avviso (R.R. 4/2017 art. 14). La riserva fino al 20 % per le categorie dell’art. 14 ({reference}) vale dal piano 2025.',
    en: 'For the {year} plan the additional category has no reserve of dwellings: it gives points in the ranking of the call (R.R. 4/2017 art. 14). The reserve of up to 20 % for the art. 14 categories ({reference}) applies from the 2025 plan.',
  },
  /** From 2025: whether the additional category is among those the reserve serves. */
  categoryInReserve: {
    it: 'È tra le categorie della riserva (sezione precedente).',
    en: 'It is among the categories of the reserve (previous section).',
  },
  categoryNotInReserve: {
    it: 'Non è tra le categorie della riserva: dà punteggio nella graduatoria dell’avviso (R.R. 4/2017 art. 14).',
    en: 'It is not among the categories of the reserve: it gives points in the ranking of the call (R.R. 4/2017 art. 14).',
  },
});

/** The notes: what the act says of the owners' own values and of the inventory as a whole. */
export const SHEET_NOTES = defineMessages('sheet.notes', {
  noDwellings: { it: 'Nessun alloggio nell’inventario.', en: 'No dwellings in the inventory.' },
  overrides: {
    it: 'Valori personalizzati per {owner}: {values}. Nella ripartizione sono scritti in corsivo e non seguono i parametri generali.',
    en: 'Values set for {owner}: {values}. In the split they are written in italics and do not follow the general parameters.',
  },
  /** Without a service column every dwelling is SAP. */
  allSap: {
    it: 'L’inventario non indica il servizio degli alloggi: sono considerati tutti SAP.',
    en: 'The inventory does not give the dwellings’ service: they are all treated as SAP.',
  },
  /** Without a code column duplicates could not be checked. */
  noCodes: {
    it: 'L’inventario non riporta i codici degli alloggi: non è stato possibile verificare che nessun alloggio vi compaia due volte.',
    en: 'The inventory has no dwelling codes: it could not be checked that no dwelling appears in it twice.',
  },
  /** Points to the annex. */
  excludedOne: {
    it: 'Un alloggio dell’inventario è escluso dal conteggio per dati mancanti o errati: è elencato nell’allegato in fondo.',
    en: 'One dwelling of the inventory is left out of the count for missing or wrong data: it is listed in the annex at the end.',
  },
  excludedOther: {
    it: '{count} alloggi dell’inventario sono esclusi dal conteggio per dati mancanti o errati: sono elencati nell’allegato in fondo.',
    en: '{count} dwellings of the inventory are left out of the count for missing or wrong data: they are listed in the annex at the end.',
  },
});

/** The annex: the dwellings of the inventory left out of the count, one row each. */
export const SHEET_ANNEX = defineMessages('sheet.annex', {
  title: {
    it: 'Allegato: alloggi dell’inventario non conteggiati',
    en: 'Annex: dwellings of the inventory not counted',
  },
  intro: {
    it: 'Le righe con dati errati o incompleti sono escluse dal piano; gli alloggi senza data di disponibilità sono contati nel patrimonio ma non tra i disponibili.',
    en: 'Rows with wrong or incomplete data are left out of the plan; dwellings without an availability date are counted in the stock but not among the available ones.',
  },
  code: { it: 'Codice alloggio', en: 'Dwelling code' },
  row: { it: 'Riga dell’inventario', en: 'Row of the inventory' },
  /** The row's header when every row listed is in the same file or sheet (`place`). */
  rowIn: { it: 'Riga ({place})', en: 'Row ({place})' },
  reason: { it: 'Motivo', en: 'Reason' },
  /** In the code column of a row without a code. */
  noCode: { it: 'senza codice', en: 'no code' },
  /** The file and the sheet of the rows, joined with a comma when both are known. */
  placeFile: { it: 'file «{file}»', en: 'file "{file}"' },
  placeSheet: { it: 'foglio «{sheet}»', en: 'sheet "{sheet}"' },
  placeRow: { it: 'riga {row}', en: 'row {row}' },
  /** In front of the reasons when the rows are in different files or sheets. */
  placed: { it: '{place}: {reasons}', en: '{place}: {reasons}' },
  /** After the last row listed, when there are more. */
  moreOne: { it: 'Un altro alloggio non è elencato.', en: 'One more dwelling is not listed.' },
  moreOther: { it: 'Altri {count} alloggi non sono elencati.', en: '{count} more dwellings are not listed.' },
});

/** Why a dwelling is in the annex, in a few words (Exclusion['reason']). */
export const SHEET_ANNEX_REASONS = defineMessages('sheet.annexReasons', {
  'missing-owner': { it: 'manca l’ente proprietario', en: 'owner missing' },
  'missing-comune': { it: 'manca il comune', en: 'comune missing' },
  'missing-status': { it: 'manca lo stato dell’alloggio', en: 'dwelling status missing' },
  'unknown-status': { it: 'stato dell’alloggio non riconosciuto', en: 'dwelling status not recognised' },
  'unknown-service': {
    it: 'servizio non riconosciuto (né SAP, né SAS, né SAT)',
    en: 'service not recognised (neither SAP, SAS nor SAT)',
  },
  'invalid-date': { it: 'data di disponibilità non valida', en: 'availability date not valid' },
  'no-availability-date': {
    it: 'senza data di disponibilità: nel patrimonio, non tra i disponibili',
    en: 'no availability date: in the stock, not among the available dwellings',
  },
  'error-value': { it: 'valore di errore nella colonna «{column}»', en: 'error value in the column "{column}"' },
  'duplicate-code': { it: 'codice già presente alla riga {firstRow}', en: 'code already in row {firstRow}' },
  /** `place`: the other file, sheet and row, as the annex writes a place. */
  'same-dwelling': {
    it: 'lo stesso alloggio è comunicato anche in {place}',
    en: 'the same dwelling is also communicated in {place}',
  },
});

/** The approval block, left blank to fill in. */
export const SHEET_APPROVAL = defineMessages('sheet.approval', {
  title: { it: 'Approvazione', en: 'Approval' },
  hint: { it: 'Da compilare dopo l’approvazione del piano.', en: 'To be filled in after the plan is approved.' },
  body: { it: 'Organo che approva', en: 'Approving body' },
  date: { it: 'Data di approvazione', en: 'Date of approval' },
  number: { it: 'Numero dell’atto', en: 'Act number' },
});

/** The drop-down help and error of the parameter cells (Excel's data validation). */
export const SHEET_VALIDATION = defineMessages('sheet.validation', {
  title: { it: 'Parametro del piano', en: 'Plan parameter' },
  /** No article sets the maximum (it is 100 % of the dwellings). */
  percent: { it: 'Una percentuale da 0 % a {max}.', en: 'A percentage from 0 % to {max}.' },
  percentWithReference: {
    it: 'Una percentuale da 0 % a {max} ({reference}).',
    en: 'A percentage from 0 % to {max} ({reference}).',
  },
  fixed: {
    it: 'Il {share} fissato dal {reference}. Per aumentarla sugli alloggi comunali usate la maggiorazione.',
    en: 'The {share} set by {reference}. To raise it on Comune-owned dwellings use the increase.',
  },
  notProvided: {
    it: 'Non prevista per il piano {year} ({reference}): lasciate 0 %.',
    en: 'Not provided for the {year} plan ({reference}): leave 0 %.',
  },
  count: { it: 'Un numero intero di alloggi da 0 a {max}.', en: 'A whole number of dwellings from 0 to {max}.' },
  year: { it: 'Un anno da {first} a {last}.', en: 'A year from {first} to {last}.' },
  /** `satFirst` and `onAll`: the two values of the reading cell. */
  reading: { it: 'Scegliete «{satFirst}» oppure «{onAll}».', en: 'Choose "{satFirst}" or "{onAll}".' },
  error: { it: 'Valore non valido. {rule}', en: 'Value not valid. {rule}' },
});
