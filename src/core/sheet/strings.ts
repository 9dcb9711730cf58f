/**
 * The plan sheet's words, in Italian (default) and English. Proper names (Comune di Cremona,
 * ALER ...) and the terms of art (SAP, SAS, SAT) stay as they are in both languages.
 */
import { citation } from '../messages/citations';
import { formatPercent } from '../numbers';
import type { Ordine, OwnerParamKey } from '../plan/params';
import type { Exclusion, OwnerKind } from '../types';

export type SheetLanguage = 'it' | 'en';

export interface SheetStrings {
  /** A legal reference as the language writes it (citations.ts): "art. 7 bis e ..." / "art. 7 bis and ...". */
  citation: (reference: string) => string;
  sheetName: (year: number) => string;
  title: (year: number) => string;
  ambito: (ambito: string) => string;
  capofila: (capofila: string) => string;
  generatedOn: (date: string) => string;
  /** The generation date: dd/mm/yyyy in Italian, "27 Nov 2026" in English (no day/month ambiguity). */
  date: (date: Date) => string;
  fingerprint: (fingerprint: string) => string;
  dwellingsRead: (count: number) => string;
  sections: {
    parameters: string;
    stock: string;
    available: (year: number) => string;
    split: string;
    category: string;
    reserve: string;
    calendar: string;
    measures: string;
    /** Lett. g, for the year before the plan. */
    previousYear: (year: number) => string;
    threeYears: (first: number, last: number) => string;
    notes: string;
  };
  calendarCommunications: (date: string, reference: string) => string;
  calendarApproval: (date: string, reference: string) => string;
  measureHeaders: { measure: string; amount: string };
  noMeasures: string;
  previousYearHeaders: { owner: string; comune: string; assigned: string; source: string };
  assignedSource: { inventario: string; ente: string; unknown: string };
  /** "n.d.": a figure nobody gave. */
  notGiven: string;
  threeYearsHeaders: { owner: string; comune: string; total: string };
  threeYearsNote: string;
  parameterHeaders: { label: string; value: string; reference: string };
  /**
   * The values of the reading cell, as the act reads them; the formulas compare the cell with
   * them. No commas: Excel's drop-down list separates its values with commas.
   */
  readingLabels: Record<Ordine, string>;
  /** Explains the two values of the reading cell in words, after its legal reference. */
  readingChoices: string;
  /** Label of the parameter row listing an owner's own values ("Valori propri - Comune di Cremona"). */
  ownerValuesLabel: (owner: string) => string;
  /** Short names of the values an owner may set, as listed in that row. */
  ownerValueNames: Record<OwnerParamKey, string>;
  /** Reference column of that row: the legal references, and where those values are used. */
  ownerValuesReference: (references: string) => string;
  ownerKind: Record<OwnerKind, string>;
  stockHeaders: { owner: string; comune: string; kind: string; sap: string; sas: string; sat: string; total: string };
  availableHeaders: {
    owner: string;
    comune: string;
    libero: string;
    turnover: string;
    nuovi: string;
    carenza: string;
    privati: string;
    total: string;
  };
  splitHeaders: {
    owner: string;
    comune: string;
    available: string;
    satRequested: string;
    satCap: string;
    satAllowed: string;
    /** The base of every quota of the split; the quotas' own headers come from quota.ts. */
    base: string;
    byCall: string;
  };
  total: string;
  noDwellings: string;
  /** The reserve's share, its base and rounding, its article and the column that holds it. */
  reserveShare: (share: string, reference: string, column: string) => string;
  /** The categories the reserve serves (general list), or that none is given. */
  reserveCategories: (categories: string) => string;
  reserveNoCategories: string;
  /** An owner whose reserve differs from the general one. */
  reserveOwner: (owner: string, share: string, categories: string) => string;
  /** Before 2025 the additional category has no reserve: points in the call's ranking. */
  categoryNoReserve: (year: number, reference: string) => string;
  /** From 2025: whether the additional category is among those the reserve serves. */
  categoryInReserve: string;
  categoryNotInReserve: string;
  overrides: (owner: string, values: string) => string;
  /** What the act says of the inventory as a whole (the clerk's instructions stay in the pane). */
  inventoryNotes: {
    /** Without a service column every dwelling is SAP. */
    allSap: string;
    /** Without a code column duplicates could not be checked. */
    noCodes: string;
    /** Points to the annex. */
    excluded: (count: number) => string;
  };
  /** The annex: the dwellings of the inventory left out of the count, one row each. */
  annex: {
    title: string;
    intro: string;
    /** `rowIn`: the row's header when every row listed is in the same file or sheet (`place`). */
    headers: { code: string; row: string; rowIn: (place: string) => string; reason: string };
    /** In the code column of a row without a code. */
    noCode: string;
    /** Why, in a few words. */
    reason: (exclusion: Exclusion) => string;
    /** The file and sheet of the rows: in the row's header, or in front of the reasons when they differ. */
    place: (file: string | undefined, sheet: string | undefined) => string;
    /** After the last row listed, when there are more. */
    more: (count: number) => string;
  };
  /** The approval block, left blank to fill in. */
  approval: { title: string; body: string; date: string; number: string; hint: string };
  /** The printed pages' footer: "Pagina 2 di 3" (`page` and `pages` stand for the numbers). */
  pageNumber: (page: string, pages: string) => string;
  validation: {
    title: string;
    /** `reference` is absent when no article sets the maximum (it is 100 % of the dwellings). */
    percent: (max: string, reference?: string) => string;
    fixed: (share: string, reference: string) => string;
    notProvided: (year: number, reference: string) => string;
    count: (max: number) => string;
    year: (first: number, last: number) => string;
    reading: string;
    error: (rule: string) => string;
  };
  /** A percentage as the reader writes it: "12,5 %" or "12.5 %". */
  percent: (share: number) => string;
}

/** The values of the reading cell (no commas: see `readingLabels`). */
const READING_IT: Record<Ordine, string> = {
  'sat-prima': "Prima i SAT poi l'indigenza sui restanti",
  'indigenza-su-tutti': 'Indigenza su tutti gli alloggi disponibili',
};
const READING_EN: Record<Ordine, string> = {
  'sat-prima': 'SAT first then poverty share on the rest',
  'indigenza-su-tutti': 'Poverty share on all available dwellings',
};

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const IT: SheetStrings = {
  citation: (reference) => citation(reference, 'it'),
  sheetName: (year) => `Piano ${year}`,
  title: (year) => `Piano Annuale dell'Offerta Abitativa ${year}`,
  ambito: (ambito) => (/^ambito\b/i.test(ambito) ? ambito : `Ambito ${ambito}`),
  capofila: (capofila) => `Comune capofila: ${capofila}`,
  generatedOn: (date) => `Generato il ${date}`,
  date: (date) =>
    `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`,
  fingerprint: (fingerprint) =>
    `impronta dell’inventario ${fingerprint} (serve a verificare che il piano corrisponda all’inventario letto)`,
  dwellingsRead: (count) => `alloggi letti: ${count}`,
  sections: {
    parameters: 'Parametri del piano',
    stock: 'Patrimonio per ente proprietario e comune (SAP, SAS, SAT)',
    available: (year) => `Alloggi disponibili nel ${year} per fonte`,
    split: 'Ripartizione degli alloggi disponibili per ente proprietario e comune',
    category: 'Categoria aggiuntiva di particolare e motivata rilevanza sociale',
    reserve: 'Riserva per le categorie dell’art. 14 (R.R. 4/2017 art. 4 c. 3 lett. c bis)',
    calendar: 'Calendario del piano',
    measures: 'Misure per l’accesso e il mantenimento dell’abitazione (R.R. 4/2017 art. 4 c. 3 lett. f)',
    previousYear: (year) => `Alloggi assegnati nel ${year} (R.R. 4/2017 art. 4 c. 3 lett. g)`,
    threeYears: (first, last) => `Alloggi disponibili nel triennio ${first}-${last} (R.R. 4/2017 art. 5 c. 1)`,
    notes: 'Note',
  },
  calendarCommunications: (date, reference) =>
    `Comunicazione al Comune capofila, da parte di ogni ente proprietario, degli alloggi disponibili nel triennio: entro il ${date} (${reference}).`,
  calendarApproval: (date, reference) =>
    `Approvazione del piano da parte dell’Assemblea dei sindaci: entro il ${date} (${reference}).`,
  measureHeaders: { measure: 'Misura', amount: 'Importo (euro)' },
  noMeasures: 'Nessuna misura indicata.',
  previousYearHeaders: { owner: 'Ente proprietario', comune: 'Comune', assigned: 'Alloggi assegnati', source: 'Fonte' },
  assignedSource: {
    inventario: 'date di assegnazione dell’inventario',
    ente: 'dichiarato dall’ente',
    unknown: 'non indicato',
  },
  notGiven: 'n.d.',
  threeYearsHeaders: { owner: 'Ente proprietario', comune: 'Comune', total: 'Totale triennio' },
  threeYearsNote:
    'Gli alloggi già liberi contano nel primo anno, gli altri nell’anno della loro data di disponibilità; gli occupati senza data e i SAS non sono contati.',
  parameterHeaders: { label: 'Parametro', value: 'Valore', reference: 'Riferimento normativo' },
  readingLabels: READING_IT,
  readingChoices:
    `«${READING_IT['sat-prima']}»: l’indigenza e le altre quote si calcolano sugli alloggi per avviso (disponibili meno SAT); ` +
    `«${READING_IT['indigenza-su-tutti']}»: su tutti gli alloggi disponibili.`,
  ownerValuesLabel: (owner) => `Valori propri - ${owner}`,
  ownerValueNames: {
    indigenza: 'quota indigenza',
    maggiorazione: 'maggiorazione indigenza',
    satRichiesti: 'alloggi SAT richiesti',
    satSoglia: 'soglia massima SAT',
    forzePolizia: 'quota Forze di Polizia',
    poliziaLocale: 'quota Polizia Locale',
    categoriaQuota: 'riserva categorie art. 14',
  },
  ownerValuesReference: (references) =>
    `${references} - Valgono solo per questo ente, al posto dei valori generali sopra; nella ripartizione sono in corsivo.`,
  ownerKind: { comune: 'Comune', aler: 'ALER' },
  stockHeaders: {
    owner: 'Ente proprietario',
    comune: 'Comune',
    kind: 'Tipo di ente',
    sap: 'SAP',
    sas: 'SAS',
    sat: 'SAT',
    total: 'Totale alloggi',
  },
  availableHeaders: {
    owner: 'Ente proprietario',
    comune: 'Comune',
    libero: 'Liberi',
    turnover: 'Turnover',
    nuovi: 'Nuovi o recuperati',
    carenza: 'Carenza manutentiva',
    privati: 'Conferiti da privati',
    total: 'Totale disponibili',
  },
  splitHeaders: {
    owner: 'Ente proprietario',
    comune: 'Comune',
    available: 'Alloggi disponibili',
    satRequested: 'SAT richiesti',
    satCap: 'Soglia massima SAT',
    satAllowed: 'SAT consentiti',
    base: 'Base delle quote',
    byCall: 'Alloggi per avviso',
  },
  total: 'Totale',
  noDwellings: 'Nessun alloggio nell’inventario.',
  reserveShare: (share, reference, column) =>
    `Quota di riserva: ${share} della base delle quote, arrotondata all’unità superiore per ente e comune; colonna «${column}» della ripartizione. Riferimento: ${reference}.`,
  reserveCategories: (categories) => `Categorie a cui è destinata: ${categories}.`,
  reserveNoCategories: 'Categorie a cui è destinata: non indicate.',
  reserveOwner: (owner, share, categories) => `${owner}: riserva del ${share}, categorie: ${categories}.`,
  categoryNoReserve: (year, reference) =>
    `Per il piano ${year} la categoria aggiuntiva non ha una riserva di alloggi: dà punteggio nella graduatoria dell’avviso (R.R. 4/2017 art. 14). La riserva fino al 20 % per le categorie dell’art. 14 (${reference}) vale dal piano 2025.`,
  categoryInReserve: 'È tra le categorie della riserva (sezione precedente).',
  categoryNotInReserve:
    'Non è tra le categorie della riserva: dà punteggio nella graduatoria dell’avviso (R.R. 4/2017 art. 14).',
  overrides: (owner, values) =>
    `Valori personalizzati per ${owner}: ${values}. Nella ripartizione sono scritti in corsivo e non seguono i parametri generali.`,
  inventoryNotes: {
    allSap: 'L’inventario non indica il servizio degli alloggi: sono considerati tutti SAP.',
    noCodes:
      'L’inventario non riporta i codici degli alloggi: non è stato possibile verificare che nessun alloggio vi compaia due volte.',
    excluded: (count) =>
      count === 1
        ? 'Un alloggio dell’inventario è escluso dal conteggio per dati mancanti o errati: è elencato nell’allegato in fondo.'
        : `${count} alloggi dell’inventario sono esclusi dal conteggio per dati mancanti o errati: sono elencati nell’allegato in fondo.`,
  },
  annex: {
    title: 'Allegato: alloggi dell’inventario non conteggiati',
    intro:
      'Le righe con dati errati o incompleti sono escluse dal piano; gli alloggi senza data di disponibilità sono contati nel patrimonio ma non tra i disponibili.',
    headers: {
      code: 'Codice alloggio',
      row: 'Riga dell’inventario',
      rowIn: (place) => `Riga (${place})`,
      reason: 'Motivo',
    },
    noCode: 'senza codice',
    reason: (exclusion) => {
      switch (exclusion.reason) {
        case 'missing-owner':
          return 'manca l’ente proprietario';
        case 'missing-comune':
          return 'manca il comune';
        case 'missing-status':
          return 'manca lo stato dell’alloggio';
        case 'unknown-status':
          return 'stato dell’alloggio non riconosciuto';
        case 'unknown-service':
          return 'servizio non riconosciuto (né SAP, né SAS, né SAT)';
        case 'invalid-date':
          return 'data di disponibilità non valida';
        case 'no-availability-date':
          return 'senza data di disponibilità: nel patrimonio, non tra i disponibili';
        case 'error-value':
          return `valore di errore nella colonna «${exclusion.column}»`;
        case 'duplicate-code':
          return `codice già presente alla riga ${exclusion.firstRow}`;
        case 'same-dwelling':
          return `lo stesso alloggio è comunicato anche in ${[IT.annex.place(exclusion.other.file, exclusion.other.sheet), exclusion.other.row ? `riga ${exclusion.other.row}` : ''].filter(Boolean).join(', ')}`;
      }
    },
    place: (file, sheet) => [file ? `file «${file}»` : '', sheet ? `foglio «${sheet}»` : ''].filter(Boolean).join(', '),
    more: (count) => (count === 1 ? 'Un altro alloggio non è elencato.' : `Altri ${count} alloggi non sono elencati.`),
  },
  approval: {
    title: 'Approvazione',
    body: 'Organo che approva',
    date: 'Data di approvazione',
    number: 'Numero dell’atto',
    hint: 'Da compilare dopo l’approvazione del piano.',
  },
  pageNumber: (page, pages) => `Pagina ${page} di ${pages}`,
  validation: {
    title: 'Parametro del piano',
    percent: (max, reference) => `Una percentuale da 0 % a ${max}${reference ? ` (${reference})` : ''}.`,
    fixed: (share, reference) =>
      `Il ${share} fissato dal ${reference}. Per aumentarla sugli alloggi comunali usate la maggiorazione.`,
    notProvided: (year, reference) => `Non prevista per il piano ${year} (${reference}): lasciate 0 %.`,
    count: (max) => `Un numero intero di alloggi da 0 a ${max}.`,
    year: (first, last) => `Un anno da ${first} a ${last}.`,
    reading: `Scegliete «${READING_IT['sat-prima']}» oppure «${READING_IT['indigenza-su-tutti']}».`,
    error: (rule) => `Valore non valido. ${rule}`,
  },
  percent: (share) => formatPercent(share, 'it'),
};

const EN: SheetStrings = {
  citation: (reference) => citation(reference, 'en'),
  sheetName: (year) => `Plan ${year}`,
  title: (year) => `Annual Housing Offer Plan ${year} (Piano Annuale dell'Offerta Abitativa)`,
  ambito: (ambito) => (/^ambito\b/i.test(ambito) ? ambito : `Ambito ${ambito}`),
  capofila: (capofila) => `Lead Comune: ${capofila}`,
  generatedOn: (date) => `Generated on ${date}`,
  date: (date) => `${date.getDate()} ${MONTHS_EN[date.getMonth()]} ${date.getFullYear()}`,
  fingerprint: (fingerprint) =>
    `inventory fingerprint ${fingerprint} (it shows whether the plan matches the inventory that was read)`,
  dwellingsRead: (count) => `dwellings read: ${count}`,
  sections: {
    parameters: 'Plan parameters',
    stock: 'Housing stock by owner and comune (SAP, SAS, SAT)',
    available: (year) => `Dwellings available in ${year} by source`,
    split: 'Split of the available dwellings by owner and comune',
    category: 'Additional category of particular social relevance',
    reserve: 'Reserve for the art. 14 categories (R.R. 4/2017 art. 4 c. 3 lett. c bis)',
    calendar: 'Calendar of the plan',
    measures: 'Measures supporting access to and keeping of housing (R.R. 4/2017 art. 4 c. 3 lett. f)',
    previousYear: (year) => `Dwellings assigned in ${year} (R.R. 4/2017 art. 4 c. 3 lett. g)`,
    threeYears: (first, last) => `Dwellings available over ${first}-${last} (R.R. 4/2017 art. 5 c. 1)`,
    notes: 'Notes',
  },
  calendarCommunications: (date, reference) =>
    `Each owner communicates to the lead Comune the dwellings available over the three years: by ${date} (${reference}).`,
  calendarApproval: (date, reference) =>
    `Approval of the plan by the Assemblea dei sindaci: by ${date} (${reference}).`,
  measureHeaders: { measure: 'Measure', amount: 'Amount (euro)' },
  noMeasures: 'No measure given.',
  previousYearHeaders: { owner: 'Owner', comune: 'Comune', assigned: 'Dwellings assigned', source: 'Source' },
  assignedSource: {
    inventario: 'assignment dates of the inventory',
    ente: 'declared by the owner',
    unknown: 'not given',
  },
  notGiven: 'n/a',
  threeYearsHeaders: { owner: 'Owner', comune: 'Comune', total: 'Three-year total' },
  threeYearsNote:
    'Dwellings already free count in the first year, the others in the year of their availability date; occupied ones without a date and SAS are not counted.',
  parameterHeaders: { label: 'Parameter', value: 'Value', reference: 'Legal reference' },
  readingLabels: READING_EN,
  readingChoices:
    `"${READING_EN['sat-prima']}": the poverty share and the other quotas are computed on the dwellings by public call (available minus SAT); ` +
    `"${READING_EN['indigenza-su-tutti']}": on all available dwellings.`,
  ownerValuesLabel: (owner) => `Own values - ${owner}`,
  ownerValueNames: {
    indigenza: 'poverty share',
    maggiorazione: 'poverty share increase',
    satRichiesti: 'SAT dwellings requested',
    satSoglia: 'SAT cap',
    forzePolizia: 'police share',
    poliziaLocale: 'local police share',
    categoriaQuota: 'art. 14 reserve',
  },
  ownerValuesReference: (references) =>
    `${references} - They apply to this owner only, instead of the general values above; in the split they are in italics.`,
  ownerKind: { comune: 'Comune', aler: 'ALER' },
  stockHeaders: {
    owner: 'Owner',
    comune: 'Comune',
    kind: 'Kind of owner',
    sap: 'SAP',
    sas: 'SAS',
    sat: 'SAT',
    total: 'Total dwellings',
  },
  availableHeaders: {
    owner: 'Owner',
    comune: 'Comune',
    libero: 'Vacant',
    turnover: 'Turnover',
    nuovi: 'New or recovered',
    carenza: 'Maintenance shortfall',
    privati: 'Conferred by private parties',
    total: 'Total available',
  },
  splitHeaders: {
    owner: 'Owner',
    comune: 'Comune',
    available: 'Available dwellings',
    satRequested: 'SAT requested',
    satCap: 'SAT cap',
    satAllowed: 'SAT allowed',
    base: 'Base of the quotas',
    byCall: 'Dwellings by public call',
  },
  total: 'Total',
  noDwellings: 'No dwellings in the inventory.',
  reserveShare: (share, reference, column) =>
    `Reserve: ${share} of the base of the quotas, rounded up per owner and comune; column "${column}" of the split. Reference: ${reference}.`,
  reserveCategories: (categories) => `Categories it serves: ${categories}.`,
  reserveNoCategories: 'Categories it serves: not given.',
  reserveOwner: (owner, share, categories) => `${owner}: reserve of ${share}, categories: ${categories}.`,
  categoryNoReserve: (year, reference) =>
    `For the ${year} plan the additional category has no reserve of dwellings: it gives points in the ranking of the call (R.R. 4/2017 art. 14). The reserve of up to 20 % for the art. 14 categories (${reference}) applies from the 2025 plan.`,
  categoryInReserve: 'It is among the categories of the reserve (previous section).',
  categoryNotInReserve:
    'It is not among the categories of the reserve: it gives points in the ranking of the call (R.R. 4/2017 art. 14).',
  overrides: (owner, values) =>
    `Values set for ${owner}: ${values}. In the split they are written in italics and do not follow the general parameters.`,
  inventoryNotes: {
    allSap: 'The inventory does not give the dwellings’ service: they are all treated as SAP.',
    noCodes: 'The inventory has no dwelling codes: it could not be checked that no dwelling appears in it twice.',
    excluded: (count) =>
      count === 1
        ? 'One dwelling of the inventory is left out of the count for missing or wrong data: it is listed in the annex at the end.'
        : `${count} dwellings of the inventory are left out of the count for missing or wrong data: they are listed in the annex at the end.`,
  },
  annex: {
    title: 'Annex: dwellings of the inventory not counted',
    intro:
      'Rows with wrong or incomplete data are left out of the plan; dwellings without an availability date are counted in the stock but not among the available ones.',
    headers: {
      code: 'Dwelling code',
      row: 'Row of the inventory',
      rowIn: (place) => `Row (${place})`,
      reason: 'Reason',
    },
    noCode: 'no code',
    reason: (exclusion) => {
      switch (exclusion.reason) {
        case 'missing-owner':
          return 'owner missing';
        case 'missing-comune':
          return 'comune missing';
        case 'missing-status':
          return 'dwelling status missing';
        case 'unknown-status':
          return 'dwelling status not recognised';
        case 'unknown-service':
          return 'service not recognised (neither SAP, SAS nor SAT)';
        case 'invalid-date':
          return 'availability date not valid';
        case 'no-availability-date':
          return 'no availability date: in the stock, not among the available dwellings';
        case 'error-value':
          return `error value in the column "${exclusion.column}"`;
        case 'duplicate-code':
          return `code already in row ${exclusion.firstRow}`;
        case 'same-dwelling':
          return `the same dwelling is also communicated in ${[EN.annex.place(exclusion.other.file, exclusion.other.sheet), exclusion.other.row ? `row ${exclusion.other.row}` : ''].filter(Boolean).join(', ')}`;
      }
    },
    place: (file, sheet) => [file ? `file "${file}"` : '', sheet ? `sheet "${sheet}"` : ''].filter(Boolean).join(', '),
    more: (count) => (count === 1 ? 'One more dwelling is not listed.' : `${count} more dwellings are not listed.`),
  },
  approval: {
    title: 'Approval',
    body: 'Approving body',
    date: 'Date of approval',
    number: 'Act number',
    hint: 'To be filled in after the plan is approved.',
  },
  pageNumber: (page, pages) => `Page ${page} of ${pages}`,
  validation: {
    title: 'Plan parameter',
    percent: (max, reference) => `A percentage from 0 % to ${max}${reference ? ` (${reference})` : ''}.`,
    fixed: (share, reference) =>
      `The ${share} set by ${reference}. To raise it on Comune-owned dwellings use the increase.`,
    notProvided: (year, reference) => `Not provided for the ${year} plan (${reference}): leave 0 %.`,
    count: (max) => `A whole number of dwellings from 0 to ${max}.`,
    year: (first, last) => `A year from ${first} to ${last}.`,
    reading: `Choose "${READING_EN['sat-prima']}" or "${READING_EN['indigenza-su-tutti']}".`,
    error: (rule) => `Value not valid. ${rule}`,
  },
  percent: (share) => formatPercent(share, 'en'),
};

export const SHEET_STRINGS: Record<SheetLanguage, SheetStrings> = { it: IT, en: EN };

export function sheetStrings(language: SheetLanguage = 'it'): SheetStrings {
  return SHEET_STRINGS[language];
}
