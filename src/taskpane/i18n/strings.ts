/**
 * Every string the task pane shows, one table per language. Components never hold literal UI
 * text. `EN` is typed by `IT`, so a key missing in English is a compile error.
 */
import { languageOf, type Language } from '../../core/language';
import { citation } from '../../core/messages/citations';

const rows = (count: number): string => (count === 1 ? '1 riga' : `${count} righe`);
const rowsEn = (count: number): string => (count === 1 ? '1 row' : `${count} rows`);

export const IT = {
  /** A legal reference as the language writes it (core/messages/citations.ts). */
  citation: (reference: string): string => citation(reference, 'it'),
  appTitle: 'Piano Offerta Abitativa',
  appSubtitle: 'L.R. 16/2016, R.R. 4/2017',
  loading: 'Caricamento…',
  notInExcel: 'Questo pannello funziona dentro Excel. Aprite il componente aggiuntivo da Excel.',
  // Functions for cells (the pane's "Funzioni" and the help page)
  functionsHeading: 'Funzioni per le celle',
  functionsSummary: (count: number): string => `${count} funzioni CASA, un esempio ciascuna`,
  functionsIntro:
    'Selezionate una cella vuota fuori dall’inventario e fate clic su «Inserisci»: la formula si può poi modificare come ogni altra.',
  functionsHelp: 'Tutti gli argomenti e i messaggi di errore nella guida',
  functionInsert: 'Inserisci',
  functionNeedsInventory: 'Leggete l’inventario per un esempio sui vostri dati.',
  functionInserted: (formula: string, address: string): string => `Scritta ${formula} in ${address}.`,
  functionInsertFailed: 'Formula non scritta',
  functionDescriptions: {
    QUOTA_INDIGENZA:
      'Alloggi per l’indigenza: il 20 % regionale più il 10 % del Comune di 14 alloggi per avviso, per eccesso.',
    SAT_ALLOCATION: 'Alloggi SAT: 5 richiesti, ma non oltre il 25 % di 18 disponibili, per difetto.',
    QUOTA_FORZE_POLIZIA:
      'Forze di Polizia e Vigili del Fuoco: il 10 % di 14 alloggi per avviso, per eccesso, entro il massimo dell’anno.',
    QUOTA_POLIZIA_LOCALE: 'Polizia Locale: il 5 % di 14 alloggi per avviso, per eccesso (dal piano 2025).',
    DISPONIBILI: 'Alloggi disponibili nell’anno nell’inventario (intervallo con le intestazioni).',
    PIANO: 'La tabella del piano per ente e comune, che si espande sotto e a destra della cella.',
  },
  /** The help page shipped with the add-in, in the display language. */
  helpUrl: 'help.html',
  focusHint: 'Completate questo campo per creare il piano.',
  focusReasonTitle: 'Il pulsante «Crea piano» non ha creato il piano',
  dismiss: 'Chiudi il messaggio',
  helpLink: 'Guida',
  goToFirstError: 'Vai al primo errore',
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
  inventoryNotRead: 'Inventario non ancora letto.',
  /** The inventory step, closed: what was read, in one line. */
  inventorySummary: (rowCount: number, source: string, columns: number, problems: number): string =>
    `${rowCount} ${rowCount === 1 ? 'alloggio letto' : 'alloggi letti'} da ${source} · ${columns} ${
      columns === 1 ? 'colonna riconosciuta' : 'colonne riconosciute'
    } · ${problems === 0 ? 'nessun problema' : problems === 1 ? '1 problema' : `${problems} problemi`}`,
  issuesCountSentence: (count: number): string =>
    count === 0
      ? 'Nessun problema nell’inventario.'
      : count === 1
        ? '1 problema nell’inventario.'
        : `${count} problemi nell’inventario.`,

  // Columns
  columnsHeading: 'Colonne dell’inventario',
  columnsRecognised: 'Colonne riconosciute',
  columnsRecognisedShow: (count: number): string =>
    count === 1 ? 'Mostra la colonna riconosciuta' : `Mostra le ${count} colonne riconosciute`,
  columnsRecognisedHide: (count: number): string =>
    count === 1 ? 'Nascondi la colonna riconosciuta' : `Nascondi le ${count} colonne riconosciute`,
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
  missingFieldMessage: 'Scegliete la colonna: senza questo dato l’inventario non si può usare.',
  fatalTitle: 'L’inventario non si può ancora usare',

  // Parameters
  paramsHeading: '2. Parametri del piano',
  /** The parameters step, closed: the plan it describes, in one line. */
  paramsSummary: (year: number, ambito: string, owners: number, problems: number): string =>
    [
      `Piano ${year}`,
      ambito === '' ? 'Ambito da indicare' : ambito,
      owners === 0 ? undefined : owners === 1 ? 'valori propri di 1 ente' : `valori propri di ${owners} enti`,
      problems === 0 ? undefined : problems === 1 ? '1 valore da correggere' : `${problems} valori da correggere`,
    ]
      .filter((part) => part !== undefined)
      .join(' · '),
  paramsDone: 'Continua',
  presetsButton: 'Riempi da un modello',
  presetApplied: (label: string): string => `Parametri presi dal modello «${label}»: potete modificarli.`,
  presetChoose: 'Modello',
  presetSets: 'Imposta:',
  presetSetting: (label: string, value: string): string => `• ${label}: ${value}`,
  presetSetsNothing: 'Nessuna scelta locale: solo le regole regionali.',
  presetRulesTail: (year: number): string =>
    `Le altre quote tornano alle regole regionali del piano ${year}; l’anno, l’Ambito e il Comune capofila restano i vostri se il modello non li indica.`,
  presetYearLabel: 'Anno del modello',
  presetTakeYear: (presetYear: number, formYear: number): string =>
    `Usa anche l’anno del modello: piano ${presetYear} invece del ${formYear}`,
  presetChanges: 'Cosa cambia',
  presetNoChanges: 'Nessun campo cambia.',
  presetChange: (label: string, from: string, to: string): string => `${label}: ${from} → ${to}`,
  presetReplacesMark: 'sostituisce un valore già presente',
  presetReplaces: 'Alcuni valori già presenti saranno sostituiti. Dopo l’applicazione, «Annulla» li rimette com’erano.',
  presetApply: 'Applica il modello',
  presetClose: 'Chiudi',
  presetDone: (label: string, changed: number): string =>
    `Parametri presi dal modello «${label}»: ${changed === 1 ? '1 campo cambiato' : `${changed} campi cambiati`}.`,
  presetUndo: 'Annulla',
  presetUndone: 'Modello annullato: i parametri sono tornati com’erano.',
  emptyValue: '(vuoto)',
  ordineNames: {
    'sat-prima': 'Prima i SAT, poi l’indigenza',
    'indigenza-su-tutti': 'Indigenza su tutti gli alloggi',
  },
  ambitoLabel: 'Ambito territoriale',
  ambitoHint: 'Ad esempio: Ambito di Cremona.',
  capofilaLabel: 'Comune capofila',
  capofilaHint: 'Il Comune che predispone il piano per l’Ambito. Ad esempio: Comune di Cremona.',
  ambitoMissing: 'Scrivete l’Ambito territoriale: il piano lo riporta nell’intestazione.',
  capofilaMissing: 'Scrivete il Comune capofila: il piano lo riporta nell’intestazione.',
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
  ordineSatPrimaHint:
    'Le quote (indigenza, Forze di Polizia, riserva per le categorie) si calcolano sugli alloggi assegnati con avviso, cioè disponibili meno SAT.',
  ordineSuTuttiHint:
    'Le quote (indigenza, Forze di Polizia, riserva per le categorie) si calcolano su tutti gli alloggi disponibili, SAT compresi.',
  categoriaHeading: 'Categoria aggiuntiva di particolare rilevanza sociale',
  categoriaHint: 'R.R. 4/2017 art. 4 c. 3 lett. d e art. 14. Facoltativa.',
  categoriaNomeLabel: 'Nome della categoria',
  categoriaDescrizioneLabel: 'Descrizione e motivazione',
  measuresHeading: 'Misure per l’accesso e il mantenimento dell’abitazione',
  measuresHint:
    'R.R. 4/2017 art. 4 c. 3 lett. f (Titolo V L.R. 16/2016). Sono stampate nel piano, con l’importo se c’è.',
  measuresEmpty: 'Nessuna misura indicata.',
  measureItem: (text: string, amount?: string): string => (amount ? `${text}: ${amount}` : text),
  measureTextLabel: 'Misura',
  measureAmountLabel: 'Importo in euro (facoltativo)',
  addMeasureButton: 'Aggiungi la misura',
  removeMeasure: (text: string): string => `Rimuovi la misura «${text}»`,
  measureTextMissing: 'Scrivete in che cosa consiste la misura, ad esempio «Fondo per la morosità incolpevole».',
  measureAmountInvalid: (text: string): string =>
    `«${text}» non è un importo in euro: scrivete ad esempio 25.000 oppure 12.500,50.`,
  threeYearsHeading: (first: number, last: number): string => `Alloggi disponibili nel triennio ${first}-${last}`,
  threeYearsAlternative: (years: string): string => `Alloggi disponibili per anno: ${years}.`,
  threeYearsHint: 'I già liberi contano nel primo anno, gli altri nell’anno in cui si liberano.',
  reserveCategoriesLabel: 'Categorie a cui è destinata la riserva',
  reserveCategoriesHint: (reference: string): string =>
    `Una o più categorie dell’art. 14, compresa la categoria aggiuntiva del Comune (${reference}).`,

  // Per-owner values
  overridesHeading: 'Valori per ente',
  overridesHint:
    'Valori diversi per un ente proprietario; per gli altri valgono i parametri sopra. Ogni valore proprio compare sotto il campo che sostituisce.',
  overridesEmpty: 'Nessun valore per ente.',
  /** Under a general field: one owner's own value, which replaces it for that owner. */
  ownValueItem: (owner: string, value: string): string => `Valore proprio di ${owner}: ${value}`,
  ownValuesOf: (label: string): string => `Valori propri degli enti per «${label}»`,
  ownValueLabel: (owner: string, label: string): string => `${label} per ${owner}`,
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
  issuesShowAll: (total: number): string => `Mostra tutti i problemi (${total})`,
  issuesShowFirst: (count: number): string => `Mostra solo i primi ${count}`,
  goToRow: (row: number): string => `Vai alla riga ${row}`,
  goToCell: (cell: string): string => `Vai alla cella ${cell}`,
  goToRowFailed: 'Non è stato possibile selezionare la cella',
  recheck: 'Ricontrolla l’inventario',
  correctingHint: 'Correggete la cella in Excel e tornate qui: l’elenco si aggiorna da solo.',
  rereadDone: (now: number, before: number): string =>
    `Inventario riletto: ${now === 0 ? 'nessun problema' : now === 1 ? '1 problema' : `${now} problemi`} (prima ${before}).`,

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
  figureDisponibili: 'Disponibili',
  figurePerAvviso: 'Per avviso',
  /** A group without SAT: every available dwelling is assigned by avviso. */
  figureAllByCall: 'Disponibili, tutti per avviso',
  /** The parts of the available dwellings that are not quotas of the split (those are in core/quota.ts). */
  quotaNames: { sat: 'SAT', ordinari: 'Graduatoria ordinaria' },
  /** A figure's label with its share and whether it is the owner's own choice. */
  quotaPart: (name: string, share: string | undefined, ownValue: boolean): string => {
    const details = [share, ownValue ? 'valore dell’ente' : undefined].filter((part) => part !== undefined);
    return details.length === 0 ? name : `${name} (${details.join(', ')})`;
  },
  /** "4 su 5 richiesti (ridotti alla soglia del 25 %)". */
  satValue: (allowed: number, requested: number, cap: string | undefined): string =>
    requested === 0
      ? `${allowed} (nessuna richiesta)`
      : `${allowed} su ${requested} richiesti${cap === undefined ? '' : ` (ridotti alla soglia del ${cap})`}`,
  previewExplain: 'Le quote riservate sono una parte degli alloggi per avviso, non si aggiungono.',
  quotasExceed: (excess: number): string =>
    `Le quote riservate superano di ${excess} gli alloggi per avviso: rivedete le percentuali.`,
  totalRow: 'Totale dell’Ambito',
  noGroups: 'Nell’inventario non ci sono alloggi da pianificare.',
  notesHeading: 'Note del piano',
  notesShow: (count: number): string =>
    count === 1 ? 'Mostra la nota del piano' : `Mostra le ${count} note del piano`,
  notesHide: (count: number): string =>
    count === 1 ? 'Nascondi la nota del piano' : `Nascondi le ${count} note del piano`,

  // Create
  createButton: 'Crea piano',
  creating: 'Creazione del foglio in corso…',
  created: (sheetName: string): string => `Creato il foglio «${sheetName}»`,
  createdSheets: (sheetNames: string[]): string => `Creati i fogli ${sheetNames.map((name) => `«${name}»`).join(', ')}`,
  ribbonCreated: (sheetName: string): string =>
    `Il pulsante «Crea piano» della barra multifunzione ha creato il foglio «${sheetName}».`,
  createFailed: 'Il piano non è stato creato',
  createHint: 'Il piano viene scritto in un foglio nuovo; gli altri fogli non cambiano.',
  /** What "Crea piano" waits for, as one sentence: "Per creare il piano leggete …; scrivete …." */
  createNeeds: (reasons: string[]): string => `Per creare il piano ${reasons.join('; ')}.`,
  reasonNoInventory: 'leggete prima l’inventario',
  reasonReading: 'attendete la fine della lettura dell’inventario',
  reasonFatal: 'sistemate prima le colonne dell’inventario',
  reasonInvalidParams: 'correggete i parametri segnati in rosso',
  reasonMissing: 'scrivete l’Ambito e il Comune capofila',
  previewNeedsColumns: 'Sistemate le colonne dell’inventario per vedere l’anteprima.',
  inventoryChanged:
    'L’inventario è cambiato dall’ultima lettura: l’anteprima ora mostra i dati attuali. Controllatela e premete di nuovo «Crea piano».',
  inventoryUnusable: 'L’inventario, riletto ora, non si può usare: vedete i problemi elencati qui sopra.',
  communicationsChanged:
    'Le comunicazioni sono cambiate dall’unione: l’anteprima ora mostra i dati attuali. Controllatela e premete di nuovo «Crea piano».',

  // The owners' communications (issue #11)
  ambitoInvite: 'Comune capofila?',
  ambitoLink: 'Unite le comunicazioni degli enti e confrontate scenari',
  communicationsHeading: '4. Comunicazioni degli enti',
  communicationsSummary: (received: number, missing: number, problems: number): string =>
    received === 0
      ? 'Preparate, importate e unite le comunicazioni degli enti proprietari.'
      : `${received} ${received === 1 ? 'comunicazione unita' : 'comunicazioni unite'}; ${missing === 0 ? 'nessuna mancante' : `${missing} mancanti`}; ${problems === 1 ? '1 problema' : `${problems} problemi`}.`,
  communicationsIntro:
    'Entro il 31 ottobre ogni ente proprietario comunica al Comune capofila gli alloggi che si renderanno disponibili e le sue scelte (R.R. 4/2017 art. 5 c. 1).',
  prepareHeading: 'Prepara la comunicazione di un ente',
  prepareOwnerLabel: 'Ente a cui inviarla',
  prepareOwnerHint:
    'Come compare negli alloggi, per esempio «Comune di Castelverde». Dall’inventario letto la comunicazione prende gli alloggi dell’ente.',
  prepareButton: 'Prepara la comunicazione',
  prepareMissingButton: (count: number): string =>
    `Prepara le comunicazioni mancanti (${count === 1 ? '1 ente' : `${count} enti`})`,
  preparedOpened: (file: string, dwellings: number): string =>
    `«${file}» (${dwellings === 0 ? 'tabella degli alloggi vuota' : dwellings === 1 ? '1 alloggio' : `${dwellings} alloggi`}) è aperta in una nuova cartella di lavoro: salvatela e inviatela all’ente.`,
  preparedReady: (file: string, dwellings: number): string =>
    `«${file}» (${dwellings === 0 ? 'tabella degli alloggi vuota' : dwellings === 1 ? '1 alloggio' : `${dwellings} alloggi`}) è pronta.`,
  downloadLink: (file: string): string => `Scarica «${file}»`,
  prepareFailed: 'La comunicazione non è stata preparata',
  prepareNeedsParams: 'Per preparare una comunicazione servono parametri validi (l’anno del piano).',
  importHeading: 'Importa le comunicazioni ricevute',
  importButton: 'Importa comunicazioni…',
  importHint:
    'Scegliete i file .xlsx ricevuti: i loro fogli sono aggiunti in fondo a questa cartella di lavoro, nessun foglio esistente cambia.',
  importUnavailable:
    'Questa versione di Excel non può aggiungere i fogli di un altro file (serve Excel per Microsoft 365 o Excel sul web). Copiate i fogli delle comunicazioni in questa cartella di lavoro (tasto destro sulla scheda del foglio > Sposta o copia), poi «Cerca i fogli».',
  importDone: (files: number, sheets: number): string =>
    `${files === 1 ? '1 file importato' : `${files} file importati`}: ${sheets === 1 ? '1 foglio aggiunto' : `${sheets} fogli aggiunti`}.`,
  importFailed: 'Importazione non riuscita',
  sourcesHeading: 'Fonti del piano',
  sourcesHint: 'Il piano unisce le fonti spuntate; ogni gruppo ricorda da quale file o foglio viene.',
  sourceInventory: (label: string): string => `Inventario letto: ${label}`,
  sourceCommunication: (file: string, sheets: string[]): string => `${file} (fogli ${sheets.join(', ')})`,
  sourceSheet: (name: string): string => `Foglio «${name}»`,
  noSourcesYet: 'Nessuna fonte: leggete l’inventario, importate le comunicazioni o cercate i fogli.',
  findSheets: 'Cerca i fogli',
  inventoryUnticked:
    'L’inventario letto non è spuntato: gli alloggi degli enti sono nelle loro comunicazioni e verrebbero contati due volte.',
  entiLabel: 'Enti dell’Ambito',
  entiHint:
    'Uno per riga (oppure un foglio «Enti dell’Ambito» tra le fonti): il piano elenca chi non ha inviato la comunicazione.',
  mergeButton: 'Unisci nel piano',
  mergeDone: (owners: number, dwellings: number): string =>
    `Comunicazioni unite: ${owners === 1 ? '1 ente' : `${owners} enti`}, ${dwellings} alloggi. L’anteprima mostra il piano unito.`,
  mergeFailed: 'Le comunicazioni non sono state unite',
  ownersHeading: 'Enti proprietari',
  ownerStatus: { ricevuta: 'ricevuta', 'in-ritardo': 'in ritardo', mancante: 'mancante' } as Record<string, string>,
  ownerDetail: (dwellings: number, files: string[]): string =>
    `${dwellings === 1 ? '1 alloggio' : `${dwellings} alloggi`}${files.length ? ` - ${files.join(', ')}` : ''}`,
  mergeProblemsHeading: (count: number): string =>
    count === 1 ? '1 problema nelle comunicazioni' : `${count} problemi nelle comunicazioni`,
  mergedPreview: (sources: number): string =>
    `Piano unito da ${sources === 1 ? '1 comunicazione' : `${sources} comunicazioni`}.`,
  scenarioPreview: (name: string): string => `Il piano usa lo scenario «${name}».`,

  // Scenarios
  scenariosHeading: '5. Scenari',
  scenariosSummary: (count: number, chosen?: string): string =>
    chosen
      ? `Il piano usa lo scenario «${chosen}».`
      : count === 0
        ? 'Nessun confronto.'
        : `${count} scenari confrontati con il piano.`,
  scenariosIntro:
    'Stessi alloggi, altri parametri: scrivete chiave=valore separati da virgole, per esempio «maggiorazione=20%» oppure «Comune di Cremona:satRichiesti=8». Un valore senza ente vale per tutti gli enti.',
  scenarioName: (index: number): string => `Nome dello scenario ${index}`,
  scenarioValues: (index: number): string => `Parametri dello scenario ${index}`,
  scenarioAdd: 'Aggiungi uno scenario',
  scenarioRemove: (index: number): string => `Togli lo scenario ${index}`,
  compareButton: 'Confronta',
  compareNeeds: 'Leggete l’inventario o unite le comunicazioni, con parametri validi, per confrontare scenari.',
  comparisonTotals: 'Totali per scenario',
  comparisonGroups: 'Gruppi che cambiano',
  comparisonNoGroups: 'Nessun gruppo cambia da uno scenario all’altro.',
  comparisonParameters: 'Parametri che cambiano',
  everyOwner: 'tutti gli enti',
  useScenario: (name: string): string => `Usa «${name}» come piano`,
  backToPlan: 'Torna ai parametri del piano',
};

export type Strings = typeof IT;

export const EN: Strings = {
  citation: (reference) => citation(reference, 'en'),
  appTitle: 'Housing Offer Plan',
  appSubtitle: 'Lombardy L.R. 16/2016, R.R. 4/2017',
  loading: 'Loading…',
  notInExcel: 'This pane works inside Excel. Open the add-in from Excel.',
  functionsHeading: 'Functions for cells',
  functionsSummary: (count) =>
    `${count} CASA functions for your sheets: a click writes the example in the selected cell.`,
  functionsIntro:
    'Select an empty cell outside the inventory and click "Insert": the formula can then be edited like any other.',
  functionsHelp: 'Every argument and error message in the help',
  functionInsert: 'Insert',
  functionNeedsInventory: 'Read the inventory for an example on your data.',
  functionInserted: (formula, address) => `Wrote ${formula} in ${address}.`,
  functionInsertFailed: 'Formula not written',
  functionDescriptions: {
    QUOTA_INDIGENZA:
      'Poverty quota: the regional 20 % plus the Comune’s 10 % of 14 dwellings by public call, rounded up.',
    SAT_ALLOCATION: 'SAT dwellings: 5 requested, but no more than 25 % of 18 available, rounded down.',
    QUOTA_FORZE_POLIZIA:
      'Police and firefighters: 10 % of 14 dwellings by public call, rounded up, within the maximum of the year.',
    QUOTA_POLIZIA_LOCALE: 'Local police: 5 % of 14 dwellings by public call, rounded up (from the 2025 plan).',
    DISPONIBILI: 'Dwellings available in the year in the inventory (the range with its headers).',
    PIANO: 'The plan table by owner and comune, spilling below and to the right of the cell.',
  },
  helpUrl: 'help.html#en',
  focusHint: 'Fill in this field to create the plan.',
  focusReasonTitle: 'The "Create plan" button did not create the plan',
  dismiss: 'Close the message',
  helpLink: 'Help',
  goToFirstError: 'Go to the first error',
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
  inventoryNotRead: 'Inventory not read yet.',
  inventorySummary: (rowCount, source, columns, problems) =>
    `${rowCount} ${rowCount === 1 ? 'dwelling' : 'dwellings'} read from ${source} · ${columns} ${
      columns === 1 ? 'column' : 'columns'
    } recognised · ${problems === 0 ? 'no problems' : problems === 1 ? '1 problem' : `${problems} problems`}`,
  issuesCountSentence: (count) =>
    count === 0
      ? 'No problems in the inventory.'
      : count === 1
        ? '1 problem in the inventory.'
        : `${count} problems in the inventory.`,

  columnsHeading: 'Inventory columns',
  columnsRecognised: 'Recognised columns',
  columnsRecognisedShow: (count) =>
    count === 1 ? 'Show the recognised column' : `Show the ${count} recognised columns`,
  columnsRecognisedHide: (count) =>
    count === 1 ? 'Hide the recognised column' : `Hide the ${count} recognised columns`,
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
  missingFieldMessage: 'Choose the column: without this data the inventory cannot be used.',
  fatalTitle: 'The inventory cannot be used yet',

  paramsHeading: '2. Plan parameters',
  paramsSummary: (year, ambito, owners, problems) =>
    [
      `${year} plan`,
      ambito === '' ? 'Ambito to be filled in' : ambito,
      owners === 0 ? undefined : owners === 1 ? 'own values of 1 owner' : `own values of ${owners} owners`,
      problems === 0 ? undefined : problems === 1 ? '1 value to correct' : `${problems} values to correct`,
    ]
      .filter((part) => part !== undefined)
      .join(' · '),
  paramsDone: 'Continue',
  presetsButton: 'Fill from a preset',
  presetApplied: (label) => `Parameters taken from the preset "${label}": you can change them.`,
  presetChoose: 'Preset',
  presetSets: 'Sets:',
  presetSetting: (label, value) => `• ${label}: ${value}`,
  presetSetsNothing: 'No local choices: only the regional rules.',
  presetRulesTail: (year) =>
    `The other shares go back to the regional rules of the ${year} plan; the year, the Ambito and the lead municipality stay yours unless the preset names them.`,
  presetYearLabel: 'Year of the preset',
  presetTakeYear: (presetYear, formYear) => `Also use the preset's year: the ${presetYear} plan instead of ${formYear}`,
  presetChanges: 'What changes',
  presetNoChanges: 'No field changes.',
  presetChange: (label, from, to) => `${label}: ${from} → ${to}`,
  presetReplacesMark: 'replaces a value already there',
  presetReplaces: 'Some values already there will be replaced. After applying, "Undo" puts them back.',
  presetApply: 'Apply the preset',
  presetClose: 'Close',
  presetDone: (label, changed) =>
    `Parameters taken from the preset "${label}": ${changed === 1 ? '1 field changed' : `${changed} fields changed`}.`,
  presetUndo: 'Undo',
  presetUndone: 'Preset undone: the parameters are back as they were.',
  emptyValue: '(empty)',
  ordineNames: {
    'sat-prima': 'SAT first, then poverty share',
    'indigenza-su-tutti': 'Poverty share on all dwellings',
  },
  ambitoLabel: 'Ambito (planning area)',
  ambitoHint: 'For example: Ambito di Cremona.',
  capofilaLabel: 'Lead municipality (Comune capofila)',
  capofilaHint: 'The Comune that prepares the plan for the Ambito. For example: Comune di Cremona.',
  ambitoMissing: 'Type the Ambito: the plan shows it in its heading.',
  capofilaMissing: 'Type the lead municipality: the plan shows it in its heading.',
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
  ordineSatPrimaHint:
    'The quotas (poverty, police, category reserve) are computed on the dwellings assigned by public call: available minus SAT.',
  ordineSuTuttiHint:
    'The quotas (poverty, police, category reserve) are computed on all available dwellings, SAT included.',
  categoriaHeading: 'Additional category of particular social relevance',
  categoriaHint: 'R.R. 4/2017 art. 4 c. 3 lett. d and art. 14. Optional.',
  categoriaNomeLabel: 'Name of the category',
  categoriaDescrizioneLabel: 'Description and reasons',
  measuresHeading: 'Measures supporting access to and keeping of housing',
  measuresHint:
    'R.R. 4/2017 art. 4 c. 3 lett. f (Titolo V L.R. 16/2016). Printed in the plan, with the amount when there is one.',
  measuresEmpty: 'No measure given.',
  measureItem: (text, amount) => (amount ? `${text}: ${amount}` : text),
  measureTextLabel: 'Measure',
  measureAmountLabel: 'Amount in euro (optional)',
  addMeasureButton: 'Add the measure',
  removeMeasure: (text) => `Remove the measure "${text}"`,
  measureTextMissing: 'Write what the measure is, e.g. "Fund for involuntary rent arrears".',
  measureAmountInvalid: (text) => `"${text}" is not an amount in euro: write e.g. 25,000 or 12,500.50.`,
  threeYearsHeading: (first, last) => `Dwellings available over ${first}-${last}`,
  threeYearsAlternative: (years) => `Dwellings available per year: ${years}.`,
  threeYearsHint: 'Those already free count in the first year, the others in the year they free up.',
  reserveCategoriesLabel: 'Categories the reserve serves',
  reserveCategoriesHint: (reference) =>
    `One or more art. 14 categories, the Comune's additional category included (${reference}).`,

  overridesHeading: 'Values per owner',
  overridesHint:
    'Different values for one owner; the parameters above apply to the others. Each own value shows under the field it replaces.',
  overridesEmpty: 'No values per owner.',
  ownValueItem: (owner, value) => `Own value of ${owner}: ${value}`,
  ownValuesOf: (label) => `Owners' own values for "${label}"`,
  ownValueLabel: (owner, label) => `${label} for ${owner}`,
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
  issuesShowAll: (total) => `Show all the problems (${total})`,
  issuesShowFirst: (count) => `Show only the first ${count}`,
  goToRow: (row) => `Go to row ${row}`,
  goToCell: (cell) => `Go to cell ${cell}`,
  goToRowFailed: 'The cell could not be selected',
  recheck: 'Check the inventory again',
  correctingHint: 'Correct the cell in Excel and come back here: the list refreshes by itself.',
  rereadDone: (now, before) =>
    `Inventory read again: ${now === 0 ? 'no problems' : now === 1 ? '1 problem' : `${now} problems`} (${before} before).`,

  previewHeading: (year) => `3. Preview of the ${year} plan`,
  previewNeedsInventory: 'Read the inventory to see the preview.',
  previewNeedsParams: 'Correct the parameters marked in red to see the preview.',
  previewSummary: (units, groups) =>
    `${units} dwellings in the calculation, ${groups} ${groups === 1 ? 'group' : 'groups'} by owner and comune.`,
  tableCaption: 'Quotas by owner and comune',
  groupLabel: (ente, comune) => `${ente}, ${comune}`,
  figureDisponibili: 'Available',
  figurePerAvviso: 'By public call',
  figureAllByCall: 'Available, all by public call',
  quotaNames: { sat: 'SAT', ordinari: 'Ordinary ranking' },
  quotaPart: (name, share, ownValue) => {
    const details = [share, ownValue ? 'owner’s own value' : undefined].filter((part) => part !== undefined);
    return details.length === 0 ? name : `${name} (${details.join(', ')})`;
  },
  satValue: (allowed, requested, cap) =>
    requested === 0
      ? `${allowed} (none requested)`
      : `${allowed} of ${requested} requested${cap === undefined ? '' : ` (reduced to the ${cap} cap)`}`,
  previewExplain: 'The reserved quotas are part of the dwellings by public call, not extra.',
  quotasExceed: (excess) =>
    `The reserved quotas exceed the dwellings by public call by ${excess}: review the percentages.`,
  totalRow: 'Total for the Ambito',
  noGroups: 'The inventory has no dwellings to plan.',
  notesHeading: 'Notes of the plan',
  notesShow: (count) => (count === 1 ? 'Show the note of the plan' : `Show the ${count} notes of the plan`),
  notesHide: (count) => (count === 1 ? 'Hide the note of the plan' : `Hide the ${count} notes of the plan`),

  createButton: 'Create plan',
  creating: 'Creating the sheet…',
  created: (sheetName) => `Created the sheet "${sheetName}"`,
  createdSheets: (sheetNames) => `Created the sheets ${sheetNames.map((name) => `"${name}"`).join(', ')}`,
  ribbonCreated: (sheetName) => `The ribbon's "Create plan" button created the sheet "${sheetName}".`,
  createFailed: 'The plan was not created',
  createHint: 'The plan is written to a new sheet; the other sheets do not change.',
  createNeeds: (reasons) => `To create the plan, ${reasons.join('; ')}.`,
  reasonNoInventory: 'read the inventory first',
  reasonReading: 'wait for the inventory to be read',
  reasonFatal: 'fix the inventory columns first',
  reasonInvalidParams: 'correct the parameters marked in red',
  reasonMissing: 'type the Ambito and the lead municipality',
  previewNeedsColumns: 'Fix the inventory columns to see the preview.',
  inventoryChanged:
    'The inventory has changed since it was read: the preview now shows the current data. Check it and press "Create plan" again.',
  inventoryUnusable: 'The inventory, read again now, cannot be used: see the problems listed above.',
  communicationsChanged:
    'The communications have changed since they were merged: the preview now shows the current data. Check it and press "Create plan" again.',

  ambitoInvite: 'Lead municipality?',
  ambitoLink: 'Merge the owners’ communications and compare scenarios',
  communicationsHeading: '4. Owners’ communications',
  communicationsSummary: (received, missing, problems) =>
    received === 0
      ? 'Prepare, import and merge the owners’ communications.'
      : `${received} ${received === 1 ? 'communication merged' : 'communications merged'}; ${missing === 0 ? 'none missing' : `${missing} missing`}; ${problems === 1 ? '1 problem' : `${problems} problems`}.`,
  communicationsIntro:
    'By 31 October each owner tells the lead municipality the dwellings that will become available and its choices (R.R. 4/2017 art. 5 c. 1).',
  prepareHeading: 'Prepare an owner’s communication',
  prepareOwnerLabel: 'Owner to send it to',
  prepareOwnerHint:
    'As written in the dwellings, e.g. "Comune di Castelverde". The communication takes the owner’s dwellings from the inventory read.',
  prepareButton: 'Prepare the communication',
  prepareMissingButton: (count) =>
    `Prepare the missing communications (${count === 1 ? '1 owner' : `${count} owners`})`,
  preparedOpened: (file, dwellings) =>
    `"${file}" (${dwellings === 0 ? 'empty table of dwellings' : dwellings === 1 ? '1 dwelling' : `${dwellings} dwellings`}) is open in a new workbook: save it and send it to the owner.`,
  preparedReady: (file, dwellings) =>
    `"${file}" (${dwellings === 0 ? 'empty table of dwellings' : dwellings === 1 ? '1 dwelling' : `${dwellings} dwellings`}) is ready.`,
  downloadLink: (file) => `Download "${file}"`,
  prepareFailed: 'The communication was not prepared',
  prepareNeedsParams: 'Preparing a communication needs valid parameters (the plan year).',
  importHeading: 'Import the communications received',
  importButton: 'Import communications…',
  importHint:
    'Choose the .xlsx files received: their sheets are added at the end of this workbook, no existing sheet changes.',
  importUnavailable:
    'This version of Excel cannot add the sheets of another file (Excel for Microsoft 365 or Excel on the web is needed). Copy the communications’ sheets into this workbook (right-click the sheet tab > Move or Copy), then "Find the sheets".',
  importDone: (files, sheets) =>
    `${files === 1 ? '1 file imported' : `${files} files imported`}: ${sheets === 1 ? '1 sheet added' : `${sheets} sheets added`}.`,
  importFailed: 'Import failed',
  sourcesHeading: 'Sources of the plan',
  sourcesHint: 'The plan merges the sources ticked; every group remembers the file or sheet it comes from.',
  sourceInventory: (label) => `Inventory read: ${label}`,
  sourceCommunication: (file, sheets) => `${file} (sheets ${sheets.join(', ')})`,
  sourceSheet: (name) => `Sheet "${name}"`,
  noSourcesYet: 'No source: read the inventory, import the communications or find the sheets.',
  findSheets: 'Find the sheets',
  inventoryUnticked:
    'The inventory read is not ticked: the owners’ dwellings are in their communications and would be counted twice.',
  entiLabel: 'Owners of the Ambito',
  entiHint:
    'One per line (or an "Enti dell’Ambito" sheet among the sources): the plan lists who has not sent its communication.',
  mergeButton: 'Merge into the plan',
  mergeDone: (owners, dwellings) =>
    `Communications merged: ${owners === 1 ? '1 owner' : `${owners} owners`}, ${dwellings} dwellings. The preview shows the merged plan.`,
  mergeFailed: 'The communications were not merged',
  ownersHeading: 'Owners',
  ownerStatus: { ricevuta: 'received', 'in-ritardo': 'late', mancante: 'missing' },
  ownerDetail: (dwellings, files) =>
    `${dwellings === 1 ? '1 dwelling' : `${dwellings} dwellings`}${files.length ? ` - ${files.join(', ')}` : ''}`,
  mergeProblemsHeading: (count) =>
    count === 1 ? '1 problem in the communications' : `${count} problems in the communications`,
  mergedPreview: (sources) => `Plan merged from ${sources === 1 ? '1 communication' : `${sources} communications`}.`,
  scenarioPreview: (name) => `The plan uses the scenario "${name}".`,

  scenariosHeading: '5. Scenarios',
  scenariosSummary: (count, chosen) =>
    chosen
      ? `The plan uses the scenario "${chosen}".`
      : count === 0
        ? 'No comparison.'
        : `${count} scenarios compared with the plan.`,
  scenariosIntro:
    'Same dwellings, other parameters: write key=value separated by commas, e.g. "maggiorazione=20%" or "Comune di Cremona:satRichiesti=8". A value without an owner applies to every owner.',
  scenarioName: (index) => `Name of scenario ${index}`,
  scenarioValues: (index) => `Parameters of scenario ${index}`,
  scenarioAdd: 'Add a scenario',
  scenarioRemove: (index) => `Remove scenario ${index}`,
  compareButton: 'Compare',
  compareNeeds: 'Read the inventory or merge the communications, with valid parameters, to compare scenarios.',
  comparisonTotals: 'Totals by scenario',
  comparisonGroups: 'Groups that change',
  comparisonNoGroups: 'No group changes from one scenario to another.',
  comparisonParameters: 'Parameters that change',
  everyOwner: 'every owner',
  useScenario: (name) => `Use "${name}" as the plan`,
  backToPlan: 'Back to the plan’s parameters',
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
