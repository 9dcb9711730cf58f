/**
 * The pane's general texts, the "Funzioni" step, the counts that several steps share, and the
 * footer's "Crea piano": message tables (src/core/messages), read through `stringsFor`.
 */
import { defineMessages } from '../../core/messages';

export const APP_MESSAGES = defineMessages('pane.app', {
  appTitle: { it: 'Piano Offerta Abitativa', en: 'Housing Offer Plan' },
  appSubtitle: { it: 'L.R. 16/2016, R.R. 4/2017', en: 'Lombardy L.R. 16/2016, R.R. 4/2017' },
  loading: { it: 'Caricamento…', en: 'Loading…' },
  notInExcel: {
    it: 'Questo pannello funziona dentro Excel. Aprite il componente aggiuntivo da Excel.',
    en: 'This pane works inside Excel. Open the add-in from Excel.',
  },
  helpUrl: { it: 'help.html', en: 'help.html#en' },
  focusHint: { it: 'Completate questo campo per creare il piano.', en: 'Fill in this field to create the plan.' },
  focusReasonTitle: {
    it: 'Il pulsante «Crea piano» non ha creato il piano',
    en: 'The "Create plan" button did not create the plan',
  },
  dismiss: { it: 'Chiudi il messaggio', en: 'Close the message' },
  helpLink: { it: 'Guida', en: 'Help' },
  goToFirstError: { it: 'Vai al primo errore', en: 'Go to the first error' },
  genericExcelError: {
    it: 'Excel non ha completato l’operazione: riprovate; se il problema resta, chiudete e riaprite il file.',
    en: 'Excel did not complete the operation: try again; if the problem persists, close and reopen the file.',
  },
  /** A name the pane quotes: a sheet, a file. */
  quoted: { it: '«{name}»', en: '"{name}"' },
});

export const FUNCTIONS_MESSAGES = defineMessages('pane.functions', {
  functionsHeading: { it: 'Funzioni per le celle', en: 'Functions for cells' },
  functionsIntro: {
    it: 'Selezionate una cella vuota fuori dall’inventario e fate clic su «Inserisci»: la formula si può poi modificare come ogni altra.',
    en: 'Select an empty cell outside the inventory and click "Insert": the formula can then be edited like any other.',
  },
  functionsHelp: {
    it: 'Tutti gli argomenti e i messaggi di errore nella guida',
    en: 'Every argument and error message in the help',
  },
  functionInsert: { it: 'Inserisci', en: 'Insert' },
  functionNeedsInventory: {
    it: 'Leggete l’inventario per un esempio sui vostri dati.',
    en: 'Read the inventory for an example on your data.',
  },
  functionInsertFailed: { it: 'Formula non scritta', en: 'Formula not written' },
  functionsSummary: {
    it: '{count} funzioni CASA, un esempio ciascuna',
    en: '{count} CASA functions, one example each',
  },
  functionInserted: { it: 'Scritta {formula} in {address}.', en: 'Wrote {formula} in {address}.' },
  /** How Excel separates a formula's arguments in the display language: "=CASA.SAT_ALLOCATION(18;5)". */
  argumentSeparator: { it: ';', en: ',' },
});

/** One line per custom function, with the numbers of the pane's example. */
export const FUNCTION_DESCRIPTIONS = defineMessages('pane.functions.descriptions', {
  QUOTA_INDIGENZA: {
    it: 'Alloggi per l’indigenza: il 20 % regionale più il 10 % del Comune di 14 alloggi per avviso, per eccesso.',
    en: 'Poverty quota: the regional 20 % plus the Comune’s 10 % of 14 dwellings by public call, rounded up.',
  },
  SAT_ALLOCATION: {
    it: 'Alloggi SAT: 5 richiesti, ma non oltre il 25 % di 18 disponibili, per difetto.',
    en: 'SAT dwellings: 5 requested, but no more than 25 % of 18 available, rounded down.',
  },
  QUOTA_FORZE_POLIZIA: {
    it: 'Forze di Polizia e Vigili del Fuoco: il 10 % di 14 alloggi per avviso, per eccesso, entro il massimo dell’anno.',
    en: 'Police and firefighters: 10 % of 14 dwellings by public call, rounded up, within the maximum of the year.',
  },
  QUOTA_POLIZIA_LOCALE: {
    it: 'Polizia Locale: il 5 % di 14 alloggi per avviso, per eccesso (dal piano 2025).',
    en: 'Local police: 5 % of 14 dwellings by public call, rounded up (from the 2025 plan).',
  },
  DISPONIBILI: {
    it: 'Alloggi disponibili nell’anno nell’inventario (intervallo con le intestazioni).',
    en: 'Dwellings available in the year in the inventory (the range with its headers).',
  },
  PIANO: {
    it: 'La tabella del piano per ente e comune, che si espande sotto e a destra della cella.',
    en: 'The plan table by owner and comune, spilling below and to the right of the cell.',
  },
});

/** Counted words several steps share: the singular and the plural (and "none" where a sentence says it). */
export const COUNT_MESSAGES = defineMessages('pane.counts', {
  problemsNone: { it: 'nessun problema', en: 'no problems' },
  problemsOne: { it: '1 problema', en: '1 problem' },
  problemsOther: { it: '{count} problemi', en: '{count} problems' },
  dwellingsOne: { it: '1 alloggio', en: '1 dwelling' },
  dwellingsOther: { it: '{count} alloggi', en: '{count} dwellings' },
  ownersOne: { it: '1 ente', en: '1 owner' },
  ownersOther: { it: '{count} enti', en: '{count} owners' },
});

export const CREATE_MESSAGES = defineMessages('pane.create', {
  createButton: { it: 'Crea piano', en: 'Create plan' },
  creating: { it: 'Creazione del foglio in corso…', en: 'Creating the sheet…' },
  createFailed: { it: 'Il piano non è stato creato', en: 'The plan was not created' },
  createHint: {
    it: 'Il piano viene scritto in un foglio nuovo; gli altri fogli non cambiano.',
    en: 'The plan is written to a new sheet; the other sheets do not change.',
  },
  reasonNoInventory: { it: 'leggete prima l’inventario', en: 'read the inventory first' },
  reasonReading: { it: 'attendete la fine della lettura dell’inventario', en: 'wait for the inventory to be read' },
  reasonFatal: { it: 'sistemate prima le colonne dell’inventario', en: 'fix the inventory columns first' },
  reasonInvalidParams: { it: 'correggete i parametri segnati in rosso', en: 'correct the parameters marked in red' },
  reasonMissing: { it: 'scrivete l’Ambito e il Comune capofila', en: 'type the Ambito and the lead municipality' },
  inventoryChanged: {
    it: 'L’inventario è cambiato dall’ultima lettura: l’anteprima ora mostra i dati attuali. Controllatela e premete di nuovo «Crea piano».',
    en: 'The inventory has changed since it was read: the preview now shows the current data. Check it and press "Create plan" again.',
  },
  inventoryUnusable: {
    it: 'L’inventario, riletto ora, non si può usare: vedete i problemi elencati qui sopra.',
    en: 'The inventory, read again now, cannot be used: see the problems listed above.',
  },
  communicationsChanged: {
    it: 'Le comunicazioni sono cambiate dall’unione: l’anteprima ora mostra i dati attuali. Controllatela e premete di nuovo «Crea piano».',
    en: 'The communications have changed since they were merged: the preview now shows the current data. Check it and press "Create plan" again.',
  },
  created: { it: 'Creato il foglio «{sheetName}»', en: 'Created the sheet "{sheetName}"' },
  /** The sheets' names, each quoted (APP_MESSAGES.quoted) and joined by commas. */
  createdSheets: { it: 'Creati i fogli {sheetNames}', en: 'Created the sheets {sheetNames}' },
  /** What "Crea piano" waits for, as one sentence: "Per creare il piano leggete …; scrivete …." */
  createNeeds: { it: 'Per creare il piano {reasons}.', en: 'To create the plan, {reasons}.' },
});
