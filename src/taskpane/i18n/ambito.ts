/** The capofila's steps: the owners' communications (issue #11) and the scenarios. */
import { defineMessages } from '../../core/messages';

export const COMMUNICATION_MESSAGES = defineMessages('pane.communications', {
  ambitoInvite: { it: 'Comune capofila?', en: 'Lead municipality?' },
  ambitoLink: {
    it: 'Unite le comunicazioni degli enti e confrontate scenari',
    en: 'Merge the owners’ communications and compare scenarios',
  },
  communicationsHeading: { it: '4. Comunicazioni degli enti', en: '4. Owners’ communications' },
  communicationsIntro: {
    it: 'Entro il 31 ottobre ogni ente proprietario comunica al Comune capofila gli alloggi che si renderanno disponibili e le sue scelte (R.R. 4/2017 art. 5 c. 1).',
    en: 'By 31 October each owner tells the lead municipality the dwellings that will become available and its choices (R.R. 4/2017 art. 5 c. 1).',
  },
  prepareHeading: { it: 'Prepara la comunicazione di un ente', en: 'Prepare an owner’s communication' },
  prepareOwnerLabel: { it: 'Ente a cui inviarla', en: 'Owner to send it to' },
  prepareOwnerHint: {
    it: 'Come compare negli alloggi, per esempio «Comune di Castelverde». Dall’inventario letto la comunicazione prende gli alloggi dell’ente.',
    en: 'As written in the dwellings, e.g. "Comune di Castelverde". The communication takes the owner’s dwellings from the inventory read.',
  },
  prepareButton: { it: 'Prepara la comunicazione', en: 'Prepare the communication' },
  prepareFailed: { it: 'La comunicazione non è stata preparata', en: 'The communication was not prepared' },
  prepareNeedsParams: {
    it: 'Per preparare una comunicazione servono parametri validi (l’anno del piano).',
    en: 'Preparing a communication needs valid parameters (the plan year).',
  },
  busy: { it: 'In corso…', en: 'Working…' },
  importHeading: { it: 'Importa le comunicazioni ricevute', en: 'Import the communications received' },
  importButton: { it: 'Importa comunicazioni…', en: 'Import communications…' },
  importHint: {
    it: 'Scegliete i file .xlsx ricevuti: i loro fogli sono aggiunti in fondo a questa cartella di lavoro, nessun foglio esistente cambia.',
    en: 'Choose the .xlsx files received: their sheets are added at the end of this workbook, no existing sheet changes.',
  },
  importUnavailable: {
    it: 'Questa versione di Excel non può aggiungere i fogli di un altro file (serve Excel per Microsoft 365 o Excel sul web). Copiate i fogli delle comunicazioni in questa cartella di lavoro (tasto destro sulla scheda del foglio > Sposta o copia), poi «Cerca i fogli».',
    en: 'This version of Excel cannot add the sheets of another file (Excel for Microsoft 365 or Excel on the web is needed). Copy the communications’ sheets into this workbook (right-click the sheet tab > Move or Copy), then "Find the sheets".',
  },
  importFailed: { it: 'Importazione non riuscita', en: 'Import failed' },
  sourcesHeading: { it: 'Fonti del piano', en: 'Sources of the plan' },
  sourcesHint: {
    it: 'Il piano unisce le fonti spuntate; ogni gruppo ricorda da quale file o foglio viene.',
    en: 'The plan merges the sources ticked; every group remembers the file or sheet it comes from.',
  },
  noSourcesYet: {
    it: 'Nessuna fonte: leggete l’inventario, importate le comunicazioni o cercate i fogli.',
    en: 'No source: read the inventory, import the communications or find the sheets.',
  },
  findSheets: { it: 'Cerca i fogli', en: 'Find the sheets' },
  inventoryUnticked: {
    it: 'L’inventario letto non è spuntato: gli alloggi degli enti sono nelle loro comunicazioni e verrebbero contati due volte.',
    en: 'The inventory read is not ticked: the owners’ dwellings are in their communications and would be counted twice.',
  },
  entiLabel: { it: 'Enti dell’Ambito', en: 'Owners of the Ambito' },
  entiHint: {
    it: 'Uno per riga (oppure un foglio «Enti dell’Ambito» tra le fonti): il piano elenca chi non ha inviato la comunicazione.',
    en: 'One per line (or an "Enti dell’Ambito" sheet among the sources): the plan lists who has not sent its communication.',
  },
  mergeButton: { it: 'Unisci nel piano', en: 'Merge into the plan' },
  mergeFailed: { it: 'Le comunicazioni non sono state unite', en: 'The communications were not merged' },
  ownersHeading: { it: 'Enti proprietari', en: 'Owners' },
  summaryEmpty: {
    it: 'Preparate, importate e unite le comunicazioni degli enti proprietari.',
    en: 'Prepare, import and merge the owners’ communications.',
  },
  /** The step, closed: its three parts (received, missing, problems), each counted. */
  summary: { it: '{received}; {missing}; {problems}.', en: '{received}; {missing}; {problems}.' },
  summaryReceivedOne: { it: '1 comunicazione unita', en: '1 communication merged' },
  summaryReceivedOther: { it: '{received} comunicazioni unite', en: '{received} communications merged' },
  summaryMissingNone: { it: 'nessuna mancante', en: 'none missing' },
  summaryMissingSome: { it: '{missing} mancanti', en: '{missing} missing' },
  prepareMissingButtonOne: {
    it: 'Prepara le comunicazioni mancanti (1 ente)',
    en: 'Prepare the missing communications (1 owner)',
  },
  prepareMissingButtonOther: {
    it: 'Prepara le comunicazioni mancanti ({count} enti)',
    en: 'Prepare the missing communications ({count} owners)',
  },
  /** A communication's dwellings, when it has none: `{dwellings}` below. */
  emptyDwellings: { it: 'tabella degli alloggi vuota', en: 'empty table of dwellings' },
  preparedOpened: {
    it: '«{file}» ({dwellings}) è aperta in una nuova cartella di lavoro: salvatela e inviatela all’ente.',
    en: '"{file}" ({dwellings}) is open in a new workbook: save it and send it to the owner.',
  },
  preparedReady: { it: '«{file}» ({dwellings}) è pronta.', en: '"{file}" ({dwellings}) is ready.' },
  downloadLink: { it: 'Scarica «{file}»', en: 'Download "{file}"' },
  importDone: { it: '{files}: {sheets}.', en: '{files}: {sheets}.' },
  importFilesOne: { it: '1 file importato', en: '1 file imported' },
  importFilesOther: { it: '{files} file importati', en: '{files} files imported' },
  importSheetsOne: { it: '1 foglio aggiunto', en: '1 sheet added' },
  importSheetsOther: { it: '{sheets} fogli aggiunti', en: '{sheets} sheets added' },
  sourceInventory: { it: 'Inventario letto: {label}', en: 'Inventory read: {label}' },
  /** A file and its sheets, joined by commas. */
  sourceCommunication: { it: '{file} (fogli {sheets})', en: '{file} (sheets {sheets})' },
  sourceSheet: { it: 'Foglio «{name}»', en: 'Sheet "{name}"' },
  mergeDone: {
    it: 'Comunicazioni unite: {owners}, {dwellings}. L’anteprima mostra il piano unito.',
    en: 'Communications merged: {owners}, {dwellings}. The preview shows the merged plan.',
  },
  mergeProblemsHeadingOne: { it: '1 problema nelle comunicazioni', en: '1 problem in the communications' },
  mergeProblemsHeadingOther: {
    it: '{count} problemi nelle comunicazioni',
    en: '{count} problems in the communications',
  },
  mergedPreviewOne: { it: 'Piano unito da 1 comunicazione.', en: 'Plan merged from 1 communication.' },
  mergedPreviewOther: {
    it: 'Piano unito da {sources} comunicazioni.',
    en: 'Plan merged from {sources} communications.',
  },
});

/** Where an owner's communication stands (core/merge's `stato`). */
export const OWNER_STATUS = defineMessages('pane.communications.status', {
  ricevuta: { it: 'ricevuta', en: 'received' },
  'in-ritardo': { it: 'in ritardo', en: 'late' },
  mancante: { it: 'mancante', en: 'missing' },
});

export const SCENARIO_MESSAGES = defineMessages('pane.scenarios', {
  scenariosHeading: { it: '5. Scenari', en: '5. Scenarios' },
  scenariosIntro: {
    it: 'Stessi alloggi, altri parametri: scrivete chiave=valore separati da virgole, per esempio «maggiorazione=20%» oppure «Comune di Cremona:satRichiesti=8». Un valore senza ente vale per tutti gli enti.',
    en: 'Same dwellings, other parameters: write key=value separated by commas, e.g. "maggiorazione=20%" or "Comune di Cremona:satRichiesti=8". A value without an owner applies to every owner.',
  },
  scenarioAdd: { it: 'Aggiungi uno scenario', en: 'Add a scenario' },
  compareButton: { it: 'Confronta', en: 'Compare' },
  compareNeeds: {
    it: 'Leggete l’inventario o unite le comunicazioni, con parametri validi, per confrontare scenari.',
    en: 'Read the inventory or merge the communications, with valid parameters, to compare scenarios.',
  },
  comparisonTotals: { it: 'Totali per scenario', en: 'Totals by scenario' },
  comparisonGroups: { it: 'Gruppi che cambiano', en: 'Groups that change' },
  comparisonParameters: { it: 'Parametri che cambiano', en: 'Parameters that change' },
  everyOwner: { it: 'tutti gli enti', en: 'every owner' },
  backToPlan: { it: 'Torna ai parametri del piano', en: 'Back to the plan’s parameters' },
  scenarioPreview: { it: 'Il piano usa lo scenario «{name}».', en: 'The plan uses the scenario "{name}".' },
  /** The note the plan carries when a scenario is made the plan. */
  summaryNone: { it: 'Nessun confronto.', en: 'No comparison.' },
  summaryOne: { it: '1 scenario confrontato con il piano.', en: '1 scenario compared with the plan.' },
  summaryOther: { it: '{count} scenari confrontati con il piano.', en: '{count} scenarios compared with the plan.' },
  scenarioName: { it: 'Nome dello scenario {index}', en: 'Name of scenario {index}' },
  scenarioValues: { it: 'Parametri dello scenario {index}', en: 'Parameters of scenario {index}' },
  scenarioRemove: { it: 'Togli lo scenario {index}', en: 'Remove scenario {index}' },
  useScenario: { it: 'Usa «{name}» come piano', en: 'Use "{name}" as the plan' },
});
