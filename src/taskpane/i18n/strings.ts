/**
 * Every string the task pane shows, one table per language. Components never hold literal UI
 * text. `EN` is typed by `IT`, so a key missing in English is a compile error.
 */
import { languageOf, type Language } from '../../core/language';

const rows = (count: number): string => (count === 1 ? '1 riga' : `${count} righe`);
const rowsEn = (count: number): string => (count === 1 ? '1 row' : `${count} rows`);

export const IT = {
  appTitle: 'Piano Offerta Abitativa',
  appSubtitle: 'Piano Annuale dell’Offerta Abitativa (L.R. 16/2016, R.R. 4/2017)',
  loading: 'Caricamento…',
  notInExcel: 'Questo pannello funziona dentro Excel. Aprite il componente aggiuntivo da Excel.',
  functionsIntro: 'Nelle celle potete usare le funzioni:',
  functionIndigenza: '=CASA.QUOTA_INDIGENZA(disponibili; [percentuale]; [maggiorazione])',
  functionSat: '=CASA.SAT_ALLOCATION(disponibili; [richiesti]; [soglia])',
  focusHint: 'Completate questo campo per creare il piano.',
  focusReasonTitle: 'Il pulsante «Crea piano» non ha creato il piano',
  dismiss: 'Chiudi il messaggio',
  genericExcelError:
    'Excel non ha completato l’operazione: riprovate; se il problema resta, chiudete e riaprite il file.',

  // Inventory source
  sourceHeading: '1. Inventario degli alloggi',
  sourceLabel: 'Dove si trova l’inventario',
  sourceHint: 'Una riga per alloggio, con le intestazioni nella prima riga.',
  sourcesLoading: 'Ricerca delle tabelle e degli intervalli denominati del file…',
  sourceTable: (name: string, address: string, rowCount: number): string =>
    `Tabella ${name} (${address}, ${rows(rowCount)})`,
  sourceName: (name: string, address: string, rowCount: number): string =>
    `Intervallo denominato ${name} (${address}, ${rows(rowCount)})`,
  sourceSelection: 'Usa la selezione',
  sourcesError: 'Non è stato possibile elencare le tabelle del file: potete comunque usare la selezione.',
  noSources:
    'Nel file non ci sono tabelle né intervalli denominati: selezionate l’inventario, intestazioni comprese, e scegliete «Usa la selezione».',
  readButton: 'Leggi l’inventario',
  readingStarted: 'Lettura in corso…',
  readingProgress: (rowsRead: number, totalRows: number): string => `Lette ${rowsRead} di ${totalRows} righe`,
  cancelButton: 'Annulla',
  readCancelled: 'Lettura annullata',
  readCancelledBody: 'L’inventario non è stato letto. Potete riprovare quando volete.',
  readFailed: 'Lettura non riuscita',
  readDone: (address: string, rowCount: number): string => `Letto ${address}: ${rows(rowCount)} di alloggi.`,

  // Columns
  columnsHeading: 'Colonne dell’inventario',
  columnsRecognised: 'Colonne riconosciute',
  columnsNoneRecognised: 'Nessuna intestazione è stata riconosciuta.',
  recognisedColumn: (field: string, letter: string, header: string): string =>
    `${field}: colonna ${letter} «${header}»`,
  mappedByHand: 'scelta a mano',
  noHeader: '(senza intestazione)',
  columnsToMap: 'Colonne da abbinare',
  columnsToMapHint: 'Indicate quale dato contiene ciascuna colonna; quelle senza dato sono ignorate.',
  columnFieldLabel: (letter: string, header: string): string => `Colonna ${letter} «${header}»`,
  ignoreColumn: 'Nessun dato (colonna ignorata)',
  missingHeading: 'Colonne obbligatorie mancanti',
  missingFieldLabel: (field: string): string => `Colonna con «${field}»`,
  chooseColumn: 'Scegliete una colonna…',
  fatalTitle: 'L’inventario non si può ancora usare',

  // Parameters
  paramsHeading: '2. Parametri del piano',
  presetsButton: 'Riempi da un modello',
  presetApplied: (label: string): string => `Parametri presi dal modello «${label}»: potete modificarli.`,
  ambitoLabel: 'Ambito territoriale',
  ambitoHint: 'Ad esempio: Ambito di Cremona.',
  capofilaLabel: 'Comune capofila',
  capofilaHint: 'Il Comune che predispone il piano per l’Ambito. Ad esempio: Comune di Cremona.',
  defaultHint: (value: string, reference: string): string => `Predefinito ${value} - ${reference}`,
  percentHint: 'Scrivete la percentuale: 30, 30 % e 0,3 significano tutti 30 %.',
  fixedHint: (value: string, reference: string): string =>
    `Fissata al ${value} dal ${reference}; per una quota più alta sugli alloggi del Comune usate la maggiorazione.`,
  countHint: 'Numero intero di alloggi; 0 se non si chiedono alloggi SAT.',
  emptyMeansDefault: 'Vuoto: si usa il valore predefinito.',
  percentSuffix: '%',
  notANumber: (label: string, text: string): string =>
    `${label}: «${text}» non è un numero. Scrivete un numero, ad esempio 20.`,
  percentOver100: (label: string, text: string, max: string, reference: string): string =>
    `${label}: ${text} è più di 100. Scrivete la percentuale come numero da 0 a 100 (30 significa 30 %); il massimo consentito è ${max} (${reference}).`,
  ordineSatPrima: 'Prima i SAT, poi l’indigenza',
  ordineSatPrimaHint:
    'Le quote (indigenza, Forze di Polizia, riserva per le categorie) si calcolano sugli alloggi assegnati con avviso, cioè disponibili meno SAT.',
  ordineSuTutti: 'Indigenza su tutti gli alloggi',
  ordineSuTuttiHint:
    'Le quote (indigenza, Forze di Polizia, riserva per le categorie) si calcolano su tutti gli alloggi disponibili, SAT compresi.',
  categoriaHeading: 'Categoria aggiuntiva di particolare rilevanza sociale',
  categoriaHint: 'R.R. 4/2017 art. 4 c. 3 lett. d e art. 14. Facoltativa.',
  categoriaNomeLabel: 'Nome della categoria',
  categoriaDescrizioneLabel: 'Descrizione e motivazione',
  reserveCategoriesLabel: 'Categorie a cui è destinata la riserva',
  reserveCategoriesHint: (reference: string): string =>
    `Una o più categorie dell’art. 14, compresa la categoria aggiuntiva del Comune (${reference}).`,

  // Per-owner values
  overridesHeading: 'Valori per ente',
  overridesHint: 'Valori diversi per un ente proprietario; per gli altri valgono i parametri sopra.',
  overridesEmpty: 'Nessun valore per ente.',
  overrideItem: (owner: string, label: string, value: string): string => `${owner}: ${label} ${value}`,
  removeOverride: (label: string, owner: string): string => `Rimuovi «${label}» per ${owner}`,
  addOverrideHeading: 'Aggiungi un valore per un ente',
  overrideOwnerLabel: 'Ente proprietario',
  overrideOwnerNeedsInventory: 'Leggete l’inventario per scegliere un ente proprietario.',
  chooseOwner: 'Scegliete un ente…',
  overrideKeyLabel: 'Parametro',
  overrideValueLabel: 'Valore',
  overrideValueHintPercent: 'Percentuale: 30 significa 30 %.',
  overrideValueHintCount: 'Numero intero di alloggi.',
  addOverrideButton: 'Aggiungi',
  overrideValueMissing: 'Scrivete il valore.',

  // Saving
  saveButton: 'Salva parametri',
  saved: 'Parametri salvati nel file: chi lo aprirà dopo di voi li ritroverà.',
  saveFailed: 'Parametri non salvati',
  savedAfterCreateFailed: 'Il piano è stato creato, ma i parametri non sono stati salvati nel file.',

  // Issues
  issuesHeading: 'Problemi nell’inventario',
  issuesNone: 'Nessun problema trovato.',
  issuesCount: (count: number): string => (count === 1 ? '1 problema' : `${count} problemi`),
  issuesErrors: 'Errori (righe escluse dal calcolo)',
  issuesWarnings: 'Avvisi',
  issuesTruncated: (shown: number, total: number): string => `Sono mostrati i primi ${shown} problemi su ${total}.`,
  goToRow: 'Vai alla riga',
  goToRowLabel: (row: number): string => `Vai alla riga ${row}`,
  goToRowFailed: 'Non è stato possibile selezionare la riga',

  // Preview
  previewHeading: (year: number): string => `3. Anteprima del piano ${year}`,
  previewNeedsInventory: 'Leggete l’inventario per vedere l’anteprima.',
  previewNeedsParams: 'Correggete i parametri segnati in rosso per vedere l’anteprima.',
  previewSummary: (units: number, groups: number): string =>
    `${units} alloggi nel calcolo, ${groups} ${groups === 1 ? 'gruppo' : 'gruppi'} per ente e comune.`,
  /** The list of the groups' figures (one small table per owner and comune). */
  tableCaption: 'Quote per ente proprietario e comune',
  /** A group's name: its heading and the name of its table of figures. */
  groupLabel: (ente: string, comune: string): string => `${ente}, ${comune}`,
  columnDisponibili: 'Disponibili',
  columnSat: 'SAT consentiti / richiesti',
  /** Beside the SAT figures when the cap lowered the request. */
  satCapped: (cap: string): string => `ridotti alla soglia del ${cap}`,
  columnPerAvviso: 'Alloggi per avviso',
  totalRow: 'Totale',
  noGroups: 'Nell’inventario non ci sono alloggi da pianificare.',
  notesHeading: 'Note',
  chartHeading: 'Disponibili, SAT e indigenza per ente e comune',
  chartAvailable: 'Disponibili',
  chartSat: 'SAT',
  chartIndigenza: 'Indigenza',
  chartGroup: (ente: string, comune: string, available: number, sat: number, indigenza: number): string =>
    `${ente}, ${comune}: ${available} disponibili, ${sat} SAT, ${indigenza} per l’indigenza`,

  // Create
  createButton: 'Crea piano',
  creating: 'Creazione del foglio in corso…',
  created: (sheetName: string): string => `Creato il foglio «${sheetName}»`,
  createFailed: 'Il piano non è stato creato',
  createHint: 'Il piano viene scritto in un foglio nuovo; gli altri fogli non cambiano.',
  reasonNoInventory: 'Per creare il piano leggete prima l’inventario.',
  reasonReading: 'Attendete la fine della lettura dell’inventario.',
  reasonFatal: 'Per creare il piano sistemate prima le colonne dell’inventario.',
  reasonInvalidParams: 'Per creare il piano correggete i parametri segnati in rosso.',
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
  focusHint: 'Fill in this field to create the plan.',
  focusReasonTitle: 'The "Create plan" button did not create the plan',
  dismiss: 'Close the message',
  genericExcelError:
    'Excel did not complete the operation: try again; if the problem persists, close and reopen the file.',

  sourceHeading: '1. Dwelling inventory',
  sourceLabel: 'Where the inventory is',
  sourceHint: 'One row per dwelling, with the headers in the first row.',
  sourcesLoading: 'Looking for the tables and named ranges of the file…',
  sourceTable: (name, address, rowCount) => `Table ${name} (${address}, ${rowsEn(rowCount)})`,
  sourceName: (name, address, rowCount) => `Named range ${name} (${address}, ${rowsEn(rowCount)})`,
  sourceSelection: 'Use the selection',
  sourcesError: 'The tables of the file could not be listed: you can still use the selection.',
  noSources:
    'The file has no tables or named ranges: select the inventory, headers included, and choose "Use the selection".',
  readButton: 'Read the inventory',
  readingStarted: 'Reading…',
  readingProgress: (rowsRead, totalRows) => `Read ${rowsRead} of ${totalRows} rows`,
  cancelButton: 'Cancel',
  readCancelled: 'Reading cancelled',
  readCancelledBody: 'The inventory was not read. You can try again whenever you like.',
  readFailed: 'Reading failed',
  readDone: (address, rowCount) => `Read ${address}: ${rowsEn(rowCount)} of dwellings.`,

  columnsHeading: 'Inventory columns',
  columnsRecognised: 'Recognised columns',
  columnsNoneRecognised: 'No header was recognised.',
  recognisedColumn: (field, letter, header) => `${field}: column ${letter} "${header}"`,
  mappedByHand: 'chosen by hand',
  noHeader: '(no header)',
  columnsToMap: 'Columns to match',
  columnsToMapHint: 'Say which data each column holds; columns without data are ignored.',
  columnFieldLabel: (letter, header) => `Column ${letter} "${header}"`,
  ignoreColumn: 'No data (column ignored)',
  missingHeading: 'Missing required columns',
  missingFieldLabel: (field) => `Column with "${field}"`,
  chooseColumn: 'Choose a column…',
  fatalTitle: 'The inventory cannot be used yet',

  paramsHeading: '2. Plan parameters',
  presetsButton: 'Fill from a preset',
  presetApplied: (label) => `Parameters taken from the preset "${label}": you can change them.`,
  ambitoLabel: 'Ambito (planning area)',
  ambitoHint: 'For example: Ambito di Cremona.',
  capofilaLabel: 'Lead municipality (Comune capofila)',
  capofilaHint: 'The Comune that prepares the plan for the Ambito. For example: Comune di Cremona.',
  defaultHint: (value, reference) => `Default ${value} - ${reference}`,
  percentHint: 'Type the percentage: 30, 30 % and 0.3 all mean 30 %.',
  fixedHint: (value, reference) =>
    `Set at ${value} by ${reference}; for a higher share on the Comune's own dwellings use the increase.`,
  countHint: 'Whole number of dwellings; 0 if no SAT dwellings are requested.',
  emptyMeansDefault: 'Empty: the default value is used.',
  percentSuffix: '%',
  notANumber: (label, text) => `${label}: "${text}" is not a number. Type a number, for example 20.`,
  percentOver100: (label, text, max, reference) =>
    `${label}: ${text} is more than 100. Type the percentage as a number from 0 to 100 (30 means 30 %); the maximum allowed is ${max} (${reference}).`,
  ordineSatPrima: 'SAT first, then poverty share',
  ordineSatPrimaHint:
    'The quotas (poverty, police, category reserve) are computed on the dwellings assigned by public call: available minus SAT.',
  ordineSuTutti: 'Poverty share on all dwellings',
  ordineSuTuttiHint:
    'The quotas (poverty, police, category reserve) are computed on all available dwellings, SAT included.',
  categoriaHeading: 'Additional category of particular social relevance',
  categoriaHint: 'R.R. 4/2017 art. 4 c. 3 lett. d and art. 14. Optional.',
  categoriaNomeLabel: 'Name of the category',
  categoriaDescrizioneLabel: 'Description and reasons',
  reserveCategoriesLabel: 'Categories the reserve serves',
  reserveCategoriesHint: (reference) =>
    `One or more art. 14 categories, the Comune's additional category included (${reference}).`,

  overridesHeading: 'Values per owner',
  overridesHint: 'Different values for one owner; the parameters above apply to the others.',
  overridesEmpty: 'No values per owner.',
  overrideItem: (owner, label, value) => `${owner}: ${label} ${value}`,
  removeOverride: (label, owner) => `Remove "${label}" for ${owner}`,
  addOverrideHeading: 'Add a value for an owner',
  overrideOwnerLabel: 'Owner',
  overrideOwnerNeedsInventory: 'Read the inventory to choose an owner.',
  chooseOwner: 'Choose an owner…',
  overrideKeyLabel: 'Parameter',
  overrideValueLabel: 'Value',
  overrideValueHintPercent: 'Percentage: 30 means 30 %.',
  overrideValueHintCount: 'Whole number of dwellings.',
  addOverrideButton: 'Add',
  overrideValueMissing: 'Type the value.',

  saveButton: 'Save parameters',
  saved: 'Parameters saved in the file: whoever opens it after you will find them.',
  saveFailed: 'Parameters not saved',
  savedAfterCreateFailed: 'The plan was created, but the parameters were not saved in the file.',

  issuesHeading: 'Problems in the inventory',
  issuesNone: 'No problems found.',
  issuesCount: (count) => (count === 1 ? '1 problem' : `${count} problems`),
  issuesErrors: 'Errors (rows left out of the calculation)',
  issuesWarnings: 'Warnings',
  issuesTruncated: (shown, total) => `Showing the first ${shown} problems of ${total}.`,
  goToRow: 'Go to row',
  goToRowLabel: (row) => `Go to row ${row}`,
  goToRowFailed: 'The row could not be selected',

  previewHeading: (year) => `3. Preview of the ${year} plan`,
  previewNeedsInventory: 'Read the inventory to see the preview.',
  previewNeedsParams: 'Correct the parameters marked in red to see the preview.',
  previewSummary: (units, groups) =>
    `${units} dwellings in the calculation, ${groups} ${groups === 1 ? 'group' : 'groups'} by owner and comune.`,
  tableCaption: 'Quotas by owner and comune',
  groupLabel: (ente, comune) => `${ente}, ${comune}`,
  columnDisponibili: 'Available',
  columnSat: 'SAT allowed / requested',
  satCapped: (cap) => `capped at ${cap}`,
  columnPerAvviso: 'Dwellings by public call',
  totalRow: 'Total',
  noGroups: 'The inventory has no dwellings to plan.',
  notesHeading: 'Notes',
  chartHeading: 'Available, SAT and poverty share by owner and comune',
  chartAvailable: 'Available',
  chartSat: 'SAT',
  chartIndigenza: 'Poverty share',
  chartGroup: (ente, comune, available, sat, indigenza) =>
    `${ente}, ${comune}: ${available} available, ${sat} SAT, ${indigenza} for the poverty share`,

  createButton: 'Create plan',
  creating: 'Creating the sheet…',
  created: (sheetName) => `Created the sheet "${sheetName}"`,
  createFailed: 'The plan was not created',
  createHint: 'The plan is written to a new sheet; the other sheets do not change.',
  reasonNoInventory: 'To create the plan, read the inventory first.',
  reasonReading: 'Wait for the inventory to be read.',
  reasonFatal: 'To create the plan, fix the inventory columns first.',
  reasonInvalidParams: 'To create the plan, correct the parameters marked in red.',
};

/** Language detection is shared with the functions and the ribbon (src/core/language.ts). */
export { languageOf, type Language };

/** The table for a language ('it', 'en') or an Office display language ('en-US', 'it-IT'). */
export function stringsFor(language: string | undefined): Strings {
  return languageOf(language) === 'en' ? EN : IT;
}

/**
 * A range as the pane shows it: the sheet's name as on its tab, without the quotes Excel puts
 * around a name with spaces, then the cells ("Inventario errato!A1:F7"). `address` may hold a
 * sheet part ("'Inventario errato'!A1:F7"): it is dropped.
 */
export function sheetRange(sheetName: string, address: string): string {
  const cells = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  return `${sheetName}!${cells}`;
}

/** Percentages and typed points are formatted by the core, as on the plan sheet and in messages. */
export { formatPercent, formatPoints } from '../../core/numbers';
