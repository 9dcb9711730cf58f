/** The parameters step: the fields, their hints and refusals, the presets and the owners' own values. */
import { defineMessages } from '../../core/messages';

export const PARAMS_STEP_MESSAGES = defineMessages('pane.params', {
  paramsHeading: { it: '2. Parametri del piano', en: '2. Plan parameters' },
  paramsDone: { it: 'Continua', en: 'Continue' },
  emptyValue: { it: '(vuoto)', en: '(empty)' },
  ambitoLabel: { it: 'Ambito territoriale', en: 'Ambito (planning area)' },
  ambitoHint: { it: 'Ad esempio: Ambito di Cremona.', en: 'For example: Ambito di Cremona.' },
  capofilaLabel: { it: 'Comune capofila', en: 'Lead municipality (Comune capofila)' },
  capofilaHint: {
    it: 'Il Comune che predispone il piano per l’Ambito. Ad esempio: Comune di Cremona.',
    en: 'The Comune that prepares the plan for the Ambito. For example: Comune di Cremona.',
  },
  percentHint: {
    it: 'Scrivete la percentuale: 30, 30 % e 0,3 significano tutti 30 %.',
    en: 'Type the percentage: 30, 30 % and 0.3 all mean 30 %.',
  },
  countHint: {
    it: 'Numero intero di alloggi; 0 se non si chiedono alloggi SAT.',
    en: 'Whole number of dwellings; 0 if no SAT dwellings are requested.',
  },
  emptyMeansDefault: { it: 'Vuoto: si usa il valore predefinito.', en: 'Empty: the default value is used.' },
  percentSuffix: { it: '%', en: '%' },
  ordineSatPrimaHint: {
    it: 'Le quote (indigenza, Forze di Polizia, riserva per le categorie) si calcolano sugli alloggi assegnati con avviso, cioè disponibili meno SAT.',
    en: 'The quotas (poverty, police, category reserve) are computed on the dwellings assigned by public call: available minus SAT.',
  },
  ordineSuTuttiHint: {
    it: 'Le quote (indigenza, Forze di Polizia, riserva per le categorie) si calcolano su tutti gli alloggi disponibili, SAT compresi.',
    en: 'The quotas (poverty, police, category reserve) are computed on all available dwellings, SAT included.',
  },
  categoriaHeading: {
    it: 'Categoria aggiuntiva di particolare rilevanza sociale',
    en: 'Additional category of particular social relevance',
  },
  categoriaHint: {
    it: 'R.R. 4/2017 art. 4 c. 3 lett. d e art. 14. Facoltativa.',
    en: 'R.R. 4/2017 art. 4 c. 3 lett. d and art. 14. Optional.',
  },
  categoriaNomeLabel: { it: 'Nome della categoria', en: 'Name of the category' },
  categoriaDescrizioneLabel: { it: 'Descrizione e motivazione', en: 'Description and reasons' },
  measuresHeading: {
    it: 'Misure per l’accesso e il mantenimento dell’abitazione',
    en: 'Measures supporting access to and keeping of housing',
  },
  measuresHint: {
    it: 'R.R. 4/2017 art. 4 c. 3 lett. f (Titolo V L.R. 16/2016). Sono stampate nel piano, con l’importo se c’è.',
    en: 'R.R. 4/2017 art. 4 c. 3 lett. f (Titolo V L.R. 16/2016). Printed in the plan, with the amount when there is one.',
  },
  measuresEmpty: { it: 'Nessuna misura indicata.', en: 'No measure given.' },
  measureTextLabel: { it: 'Misura', en: 'Measure' },
  measureAmountLabel: { it: 'Importo in euro (facoltativo)', en: 'Amount in euro (optional)' },
  addMeasureButton: { it: 'Aggiungi la misura', en: 'Add the measure' },
  measureTextMissing: {
    it: 'Scrivete in che cosa consiste la misura, ad esempio «Fondo per la morosità incolpevole».',
    en: 'Write what the measure is, e.g. "Fund for involuntary rent arrears".',
  },
  threeYearsHint: {
    it: 'I già liberi contano nel primo anno, gli altri nell’anno in cui si liberano.',
    en: 'Those already free count in the first year, the others in the year they free up.',
  },
  reserveCategoriesLabel: { it: 'Categorie a cui è destinata la riserva', en: 'Categories the reserve serves' },
  saveButton: { it: 'Salva parametri', en: 'Save parameters' },
  saved: {
    it: 'Parametri salvati nel file: chi lo aprirà dopo di voi li ritroverà.',
    en: 'Parameters saved in the file: whoever opens it after you will find them.',
  },
  saveFailed: { it: 'Parametri non salvati', en: 'Parameters not saved' },
  savedAfterCreateFailed: {
    it: 'Il piano è stato creato, ma i parametri non sono stati salvati nel file.',
    en: 'The plan was created, but the parameters were not saved in the file.',
  },
  /** The parameters step, closed: the plan it describes, in one line (its parts joined by " · "). */
  summaryYear: { it: 'Piano {year}', en: '{year} plan' },
  summaryAmbitoMissing: { it: 'Ambito da indicare', en: 'Ambito to be filled in' },
  summaryOwnersOne: { it: 'valori propri di 1 ente', en: 'own values of 1 owner' },
  summaryOwnersOther: { it: 'valori propri di {owners} enti', en: 'own values of {owners} owners' },
  summaryProblemsOne: { it: '1 valore da correggere', en: '1 value to correct' },
  summaryProblemsOther: { it: '{problems} valori da correggere', en: '{problems} values to correct' },
  defaultHint: { it: 'Predefinito {value} - {reference}', en: 'Default {value} - {reference}' },
  fixedHint: {
    it: 'Fissata al {value} dal {reference}; per una quota più alta sugli alloggi del Comune usate la maggiorazione.',
    en: "Set at {value} by {reference}; for a higher share on the Comune's own dwellings use the increase.",
  },
  notANumber: {
    it: '{label}: «{text}» non è un numero. Scrivete un numero, ad esempio 20.',
    en: '{label}: "{text}" is not a number. Type a number, for example 20.',
  },
  percentOver100: {
    it: '{label}: {text} è più di 100. Scrivete la percentuale come numero da 0 a 100 (30 significa 30 %); il massimo consentito è {max} ({reference}).',
    en: '{label}: {text} is more than 100. Type the percentage as a number from 0 to 100 (30 means 30 %); the maximum allowed is {max} ({reference}).',
  },
  measureItemWithAmount: { it: '{text}: {amount}', en: '{text}: {amount}' },
  removeMeasure: { it: 'Rimuovi la misura «{text}»', en: 'Remove the measure "{text}"' },
  measureAmountInvalid: {
    it: '«{text}» non è un importo in euro: scrivete ad esempio 25.000 oppure 12.500,50.',
    en: '"{text}" is not an amount in euro: write e.g. 25,000 or 12,500.50.',
  },
  /** The locale that writes an amount in euro in the display language ("12.500,50 €", "€12,500.50"). */
  amountLocale: { it: 'it-IT', en: 'en-GB' },
  threeYearsHeading: {
    it: 'Alloggi disponibili nel triennio {first}-{last}',
    en: 'Dwellings available over {first}-{last}',
  },
  threeYearsAlternative: { it: 'Alloggi disponibili per anno: {years}.', en: 'Dwellings available per year: {years}.' },
  reserveCategoriesHint: {
    it: 'Una o più categorie dell’art. 14, compresa la categoria aggiuntiva del Comune ({reference}).',
    en: "One or more art. 14 categories, the Comune's additional category included ({reference}).",
  },
});

/** The two readings of the split (PlanParams.ordine). */
export const ORDINE_NAMES = defineMessages('pane.params.ordine', {
  'sat-prima': { it: 'Prima i SAT, poi l’indigenza', en: 'SAT first, then poverty share' },
  'indigenza-su-tutti': { it: 'Indigenza su tutti gli alloggi', en: 'Poverty share on all dwellings' },
});

export const PRESET_MESSAGES = defineMessages('pane.presets', {
  presetsButton: { it: 'Riempi da un modello', en: 'Fill from a preset' },
  presetChoose: { it: 'Modello', en: 'Preset' },
  presetSets: { it: 'Imposta:', en: 'Sets:' },
  presetSetsNothing: {
    it: 'Nessuna scelta locale: solo le regole regionali.',
    en: 'No local choices: only the regional rules.',
  },
  presetYearLabel: { it: 'Anno del modello', en: 'Year of the preset' },
  presetChanges: { it: 'Cosa cambia', en: 'What changes' },
  presetNoChanges: { it: 'Nessun campo cambia.', en: 'No field changes.' },
  presetReplacesMark: { it: 'sostituisce un valore già presente', en: 'replaces a value already there' },
  presetReplaces: {
    it: 'Alcuni valori già presenti saranno sostituiti. Dopo l’applicazione, «Annulla» li rimette com’erano.',
    en: 'Some values already there will be replaced. After applying, "Undo" puts them back.',
  },
  presetApply: { it: 'Applica il modello', en: 'Apply the preset' },
  presetClose: { it: 'Chiudi', en: 'Close' },
  presetUndo: { it: 'Annulla', en: 'Undo' },
  presetUndone: {
    it: 'Modello annullato: i parametri sono tornati com’erano.',
    en: 'Preset undone: the parameters are back as they were.',
  },
  presetApplied: {
    it: 'Parametri presi dal modello «{label}»: potete modificarli.',
    en: 'Parameters taken from the preset "{label}": you can change them.',
  },
  presetSetting: { it: '• {label}: {value}', en: '• {label}: {value}' },
  presetRulesTail: {
    it: 'Le altre quote tornano alle regole regionali del piano {year}; l’anno, l’Ambito e il Comune capofila restano i vostri se il modello non li indica.',
    en: 'The other shares go back to the regional rules of the {year} plan; the year, the Ambito and the lead municipality stay yours unless the preset names them.',
  },
  presetTakeYear: {
    it: 'Usa anche l’anno del modello: piano {presetYear} invece del {formYear}',
    en: "Also use the preset's year: the {presetYear} plan instead of {formYear}",
  },
  presetChange: { it: '{label}: {from} → {to}', en: '{label}: {from} → {to}' },
  presetDoneOne: {
    it: 'Parametri presi dal modello «{label}»: 1 campo cambiato.',
    en: 'Parameters taken from the preset "{label}": 1 field changed.',
  },
  presetDoneOther: {
    it: 'Parametri presi dal modello «{label}»: {changed} campi cambiati.',
    en: 'Parameters taken from the preset "{label}": {changed} fields changed.',
  },
});

export const OVERRIDE_MESSAGES = defineMessages('pane.overrides', {
  overridesHeading: { it: 'Valori per ente', en: 'Values per owner' },
  overridesHint: {
    it: 'Valori diversi per un ente proprietario; per gli altri valgono i parametri sopra. Ogni valore proprio compare sotto il campo che sostituisce.',
    en: 'Different values for one owner; the parameters above apply to the others. Each own value shows under the field it replaces.',
  },
  overridesEmpty: { it: 'Nessun valore per ente.', en: 'No values per owner.' },
  addOverrideHeading: { it: 'Aggiungi un valore per un ente', en: 'Add a value for an owner' },
  overrideOwnerLabel: { it: 'Ente proprietario', en: 'Owner' },
  overrideOwnerNeedsInventory: {
    it: 'Leggete l’inventario per scegliere un ente proprietario.',
    en: 'Read the inventory to choose an owner.',
  },
  chooseOwner: { it: 'Scegliete un ente…', en: 'Choose an owner…' },
  overrideKeyLabel: { it: 'Parametro', en: 'Parameter' },
  overrideValueLabel: { it: 'Valore', en: 'Value' },
  overrideValueHintPercent: { it: 'Percentuale: 30 significa 30 %.', en: 'Percentage: 30 means 30 %.' },
  overrideValueHintCount: { it: 'Numero intero di alloggi.', en: 'Whole number of dwellings.' },
  addOverrideButton: { it: 'Aggiungi', en: 'Add' },
  overrideValueMissing: { it: 'Scrivete il valore.', en: 'Type the value.' },
  /** Under a general field: one owner's own value, which replaces it for that owner. */
  ownValueItem: { it: 'Valore proprio di {owner}: {value}', en: 'Own value of {owner}: {value}' },
  ownValuesOf: { it: 'Valori propri degli enti per «{label}»', en: 'Owners\' own values for "{label}"' },
  ownValueLabel: { it: '{label} per {owner}', en: '{label} for {owner}' },
  removeOverride: { it: 'Rimuovi «{label}» per {owner}', en: 'Remove "{label}" for {owner}' },
});
