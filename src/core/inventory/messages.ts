/**
 * Every message the inventory parser can show, in Italian and English, with its severity.
 *
 * Convention: an 'errore' on a data row means the row is left out of the units; an 'avviso'
 * means the row (or the inventory) is kept and something was assumed or dropped, as the
 * message says. The place (sheet, row, cell and header) is written in front of every message
 * by `makeIssue`, so builders only say what is wrong and what to do.
 */
import type { Exclusion, InventoryIssue, Severity, UnitStatus } from '../types';

/** Where an issue is: Excel row (0 = the whole range), A1 cell and header as written. */
export interface IssuePlace {
  row: number;
  cell?: string;
  column?: string;
}

export interface MessageContext {
  sheetName?: string;
}

interface Bilingual {
  it: string;
  en: string;
}

/** 'cell' issues name sheet, row and cell; 'sheet' issues concern the whole inventory. */
type Scope = 'cell' | 'sheet';

interface IssueTemplate<Args> {
  severity: Severity;
  scope: Scope;
  text: (args: Args) => Bilingual;
  /** For the errors that leave their row out of the plan: why, for the plan sheet's annex. */
  exclusion?: (args: Args, place: IssuePlace) => Exclusion;
}

function template<Args>(
  severity: Severity,
  scope: Scope,
  text: (args: Args) => Bilingual,
  exclusion?: (args: Args, place: IssuePlace) => Exclusion,
): IssueTemplate<Args> {
  return exclusion ? { severity, scope, text, exclusion } : { severity, scope, text };
}

const MISSING_REASONS = { owner: 'missing-owner', comune: 'missing-comune', status: 'missing-status' } as const;

const RECOGNISED_STATUSES: Bilingual = {
  it:
    'libero (o sfitto, vuoto), in turnover (o in rilascio), in ristrutturazione (o recupero), ' +
    'nuova costruzione (o nuova edificazione), occupato (o assegnato, locato), carenza manutentiva (o stato di fatto)',
  en:
    'libero (or sfitto, vuoto), in turnover (or in rilascio), in ristrutturazione (or recupero), ' +
    'nuova costruzione (or nuova edificazione), occupato (or assegnato, locato), carenza manutentiva (or stato di fatto)',
};

const RECOGNISED_ORIGINS =
  'turnover, nuova edificazione (o nuova costruzione), recupero (o ristrutturazione), carenza manutentiva, conferito da privati';
const RECOGNISED_ORIGINS_EN =
  'turnover, nuova edificazione (or nuova costruzione), recupero (or ristrutturazione), carenza manutentiva, conferito da privati';

const ROW_EXCLUDED = { it: 'la riga è esclusa dal calcolo', en: 'the row is left out of the calculation' };

/** How a status without a date is named in the "no availability date" warnings. */
const STATUS_PHRASES: Readonly<Record<UnitStatus, Bilingual>> = {
  libero: { it: 'libera', en: 'free' },
  turnover: { it: 'in turnover', en: 'in turnover' },
  ristrutturazione: { it: 'in ristrutturazione', en: 'under renovation' },
  'nuova-costruzione': { it: 'di nuova costruzione', en: 'newly built' },
  occupato: { it: 'occupata', en: 'occupied' },
  'carenza-manutentiva': { it: 'in carenza manutentiva', en: 'with a maintenance shortfall' },
};

/** Required values, what is missing and what to write. */
const MISSING_VALUES = {
  owner: {
    it: "manca l'ente proprietario. Scrivete il Comune o l'ALER proprietario (per esempio «Comune di Cremona» o «ALER Brescia-Cremona-Mantova»)",
    en: 'the owner is missing. Write the owning Comune or ALER (for example "Comune di Cremona" or "ALER Brescia-Cremona-Mantova")',
  },
  comune: {
    it: "manca il comune. Scrivete il comune in cui si trova l'alloggio",
    en: 'the municipality is missing. Write the comune where the dwelling lies',
  },
  status: {
    it: `manca lo stato dell'alloggio. Scrivete uno di questi valori: ${RECOGNISED_STATUSES.it}`,
    en: `the dwelling's status is missing. Write one of: ${RECOGNISED_STATUSES.en}`,
  },
} as const;

export type RequiredValue = keyof typeof MISSING_VALUES;

function quotedIt(values: readonly string[]): string {
  return values.map((value) => `«${value}»`).join(', ');
}

function quotedEn(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

/** The table of issue kinds: severity, scope and text. */
export const ISSUES = {
  emptyInventory: template<{ hasHeader: boolean; headerRow: number }>('errore', 'sheet', ({ hasHeader, headerRow }) =>
    hasHeader
      ? {
          it: `l'inventario è vuoto: sotto le intestazioni (riga ${headerRow}) non c'è nessun alloggio. Selezionate l'intervallo che comprende anche le righe degli alloggi.`,
          en: `the inventory is empty: there is no dwelling below the headers (row ${headerRow}). Select a range that also includes the dwelling rows.`,
        }
      : {
          it: "l'inventario è vuoto: non ci sono né intestazioni né alloggi. Selezionate il foglio o l'intervallo con l'elenco degli alloggi, intestazioni nella prima riga.",
          en: 'the inventory is empty: there are neither headers nor dwellings. Select the sheet or range that lists the dwellings, with the headers in its first row.',
        },
  ),

  missingColumns: template<{ missingIt: string[]; missingEn: string[]; headers: string[]; headerRow: number }>(
    'errore',
    'sheet',
    ({ missingIt, missingEn, headers, headerRow }) => ({
      it:
        `mancano le colonne obbligatorie: ${missingIt.join(', ')}. ` +
        `Intestazioni trovate (riga ${headerRow}): ${headers.length ? quotedIt(headers) : 'nessuna'}. ` +
        'Rinominate le colonne o associatele a mano.',
      en:
        `required columns are missing: ${missingEn.join(', ')}. ` +
        `Headers found (row ${headerRow}): ${headers.length ? quotedEn(headers) : 'none'}. ` +
        'Rename the columns or map them by hand.',
    }),
  ),

  duplicateColumn: template<{ fieldIt: string; fieldEn: string; firstLetter: string; firstHeader: string }>(
    'avviso',
    'cell',
    ({ fieldIt, fieldEn, firstLetter, firstHeader }) => ({
      it: `anche questa colonna indica il campo ${fieldIt}, già letto dalla colonna ${firstLetter} («${firstHeader}»): si usa la colonna ${firstLetter} e questa è ignorata. Se serve questa, associatela a mano.`,
      en: `this column also holds the field ${fieldEn}, already read from column ${firstLetter} ("${firstHeader}"): column ${firstLetter} is used and this one is ignored. If you need this one, map it by hand.`,
    }),
  ),

  mappingOutOfRange: template<{
    fieldIt: string;
    fieldEn: string;
    index: number;
    lastLetter: string;
    firstLetter: string;
  }>('avviso', 'sheet', ({ fieldIt, fieldEn, index, firstLetter, lastLetter }) => ({
    it: `l'associazione a mano del campo ${fieldIt} indica la colonna n. ${index + 1} dell'intervallo, che va solo da ${firstLetter} a ${lastLetter}: l'associazione è ignorata. Scegliete di nuovo la colonna.`,
    en: `the manual mapping of the field ${fieldEn} points to column no. ${index + 1} of the range, which only spans ${firstLetter} to ${lastLetter}: the mapping is ignored. Choose the column again.`,
  })),

  noCodeColumn: template<Record<string, never>>('avviso', 'sheet', () => ({
    it: "nessuna colonna contiene il codice dell'alloggio o l'ID della piattaforma (per esempio «Codice alloggio» o «ID alloggio (piattaforma)»): non è possibile controllare se un alloggio compare due volte. Aggiungete una colonna con i codici o associatela a mano.",
    en: 'no column holds the dwelling code or the platform ID (for example "Codice alloggio" or "ID alloggio (piattaforma)"): duplicate dwellings cannot be checked. Add a column with the codes or map it by hand.',
  })),

  noServiceColumn: template<Record<string, never>>('avviso', 'sheet', () => ({
    it: "nessuna colonna indica il servizio (SAP, SAS o SAT; per esempio «Destinazione»): ogni alloggio è considerato SAP. Se l'inventario contiene alloggi SAS o SAT, aggiungete la colonna o associatela a mano.",
    en: 'no column gives the service (SAP, SAS or SAT; for example "Destinazione"): every dwelling is treated as SAP. If the inventory holds SAS or SAT dwellings, add the column or map it by hand.',
  })),

  noDateColumn: template<{ count: number }>('avviso', 'sheet', ({ count }) => ({
    it: `nessuna colonna indica la data di disponibilità: ${count === 1 ? "un'unità in turnover, in ristrutturazione o di nuova costruzione è" : `${count} unità in turnover, in ristrutturazione o di nuova costruzione sono`} senza data di disponibilità: ${count === 1 ? 'non è contata tra le disponibili' : 'non sono contate tra le disponibili'}. Aggiungete la colonna «Data disponibilità» o associatela a mano.`,
    en: `no column gives the availability date: ${count === 1 ? 'one unit in turnover, under renovation or newly built has' : `${count} units in turnover, under renovation or newly built have`} no availability date and ${count === 1 ? 'is' : 'are'} not counted as available. Add a "Data disponibilità" column or map it by hand.`,
  })),

  missingValue: template<{ field: RequiredValue }>(
    'errore',
    'cell',
    ({ field }) => ({
      it: `${MISSING_VALUES[field].it}: finché manca, ${ROW_EXCLUDED.it}.`,
      en: `${MISSING_VALUES[field].en}: until then, ${ROW_EXCLUDED.en}.`,
    }),
    ({ field }) => ({ reason: MISSING_REASONS[field] }),
  ),

  errorValue: template<{ error: string }>(
    'errore',
    'cell',
    ({ error }) => ({
      it: `la cella contiene l'errore ${error}. Correggete la formula o scrivete il valore: finché c'è l'errore, ${ROW_EXCLUDED.it}.`,
      en: `the cell contains the error ${error}. Fix the formula or type the value: until then, ${ROW_EXCLUDED.en}.`,
    }),
    (_, place) => ({ reason: 'error-value', column: place.column ?? place.cell ?? '' }),
  ),

  unknownStatus: template<{ value: string }>(
    'errore',
    'cell',
    ({ value }) => ({
      it: `«${value}» non è uno stato riconosciuto. Valori accettati: ${RECOGNISED_STATUSES.it}. Correggete la cella: finché non è riconosciuto, ${ROW_EXCLUDED.it}.`,
      en: `"${value}" is not a recognised status. Accepted values: ${RECOGNISED_STATUSES.en}. Correct the cell: until then, ${ROW_EXCLUDED.en}.`,
    }),
    () => ({ reason: 'unknown-status' }),
  ),

  unknownService: template<{ value: string }>(
    'errore',
    'cell',
    ({ value }) => ({
      it: `«${value}» non è un servizio riconosciuto. Valori accettati: SAP, SAS, SAT (o per esteso: servizi abitativi pubblici, sociali, transitori). Correggete la cella: finché non è riconosciuto, ${ROW_EXCLUDED.it}.`,
      en: `"${value}" is not a recognised service. Accepted values: SAP, SAS, SAT (or in full: servizi abitativi pubblici, sociali, transitori). Correct the cell: until then, ${ROW_EXCLUDED.en}.`,
    }),
    () => ({ reason: 'unknown-service' }),
  ),

  invalidDate: template<{ value: string }>(
    'errore',
    'cell',
    ({ value }) => ({
      it: `«${value}» non è una data valida. Scrivete la data come gg/mm/aaaa (per esempio 01/03/2025): finché non è corretta, ${ROW_EXCLUDED.it}.`,
      en: `"${value}" is not a valid date. Write the date as dd/mm/yyyy (for example 01/03/2025): until then, ${ROW_EXCLUDED.en}.`,
    }),
    () => ({ reason: 'invalid-date' }),
  ),

  textInNumber: template<{ value: string }>('avviso', 'cell', ({ value }) => ({
    it: `«${value}» non è un numero: il valore è ignorato e l'alloggio resta nell'inventario. Scrivete solo la cifra (per esempio 45,5).`,
    en: `"${value}" is not a number: the value is ignored and the dwelling stays in the inventory. Write the figure alone (for example 45,5).`,
  })),

  negativeNumber: template<{ value: string }>('avviso', 'cell', ({ value }) => ({
    it: `il valore ${value} è negativo: è ignorato e l'alloggio resta nell'inventario. Correggete la cella.`,
    en: `the value ${value} is negative: it is ignored and the dwelling stays in the inventory. Correct the cell.`,
  })),

  invalidYesNo: template<{ value: string }>('avviso', 'cell', ({ value }) => ({
    it: `«${value}» non è né sì né no: l'alloggio è considerato senza carenza manutentiva, salvo che lo stato lo indichi. Scrivete sì o no.`,
    en: `"${value}" is neither yes nor no: the dwelling is treated as having no maintenance shortfall unless its status says so. Write sì or no.`,
  })),

  unknownOrigin: template<{ value: string }>('avviso', 'cell', ({ value }) => ({
    it: `«${value}» non è un'origine della disponibilità riconosciuta: il valore è ignorato. Valori accettati: ${RECOGNISED_ORIGINS}.`,
    en: `"${value}" is not a recognised source of availability: the value is ignored. Accepted values: ${RECOGNISED_ORIGINS_EN}.`,
  })),

  duplicateCode: template<{ code: string; firstRow: number }>(
    'errore',
    'cell',
    ({ code, firstRow }) => ({
      it: `codice ${code} duplicato: compare già alla riga ${firstRow}. Correggete il codice o eliminate la riga doppia: finché è doppia, ${ROW_EXCLUDED.it}.`,
      en: `duplicate code ${code}: it already appears in row ${firstRow}. Correct the code or delete the duplicate row: until then, ${ROW_EXCLUDED.en}.`,
    }),
    ({ firstRow }) => ({ reason: 'duplicate-code', firstRow }),
  ),

  missingCode: template<Record<string, never>>('avviso', 'cell', () => ({
    it: "manca il codice dell'alloggio: non è possibile controllare se compare due volte. Scrivete il codice.",
    en: 'the dwelling code is missing: it cannot be checked for duplicates. Write the code.',
  })),

  missingService: template<Record<string, never>>('avviso', 'cell', () => ({
    it: "manca il servizio: l'alloggio è considerato SAP. Scrivete SAP, SAS o SAT.",
    en: 'the service is missing: the dwelling is treated as SAP. Write SAP, SAS or SAT.',
  })),

  textTooLong: template<{ length: number; limit: number }>('avviso', 'cell', ({ length, limit }) => ({
    it: `il testo è lungo ${length.toLocaleString('it-IT')} caratteri, più dei ${limit.toLocaleString('it-IT')} che una cella di Excel può contenere: è tagliato a ${limit.toLocaleString('it-IT')} caratteri. Accorciate il testo della cella.`,
    en: `the text is ${length.toLocaleString('en-US')} characters long, more than the ${limit.toLocaleString('en-US')} an Excel cell can hold: it is cut to ${limit.toLocaleString('en-US')} characters. Shorten the cell's text.`,
  })),

  missingAvailabilityDate: template<{ status: UnitStatus }>('avviso', 'cell', ({ status }) => ({
    it: `l'unità ${STATUS_PHRASES[status].it} è senza data di disponibilità: non è contata tra le disponibili. Se diventa assegnabile nell'anno, scrivete la data prevista (gg/mm/aaaa).`,
    en: `the unit ${STATUS_PHRASES[status].en} has no availability date: it is not counted as available. If it becomes assignable during the year, write the expected date (dd/mm/yyyy).`,
  })),
};

export type IssueKind = keyof typeof ISSUES;
export type IssueArgs<K extends IssueKind> = Parameters<(typeof ISSUES)[K]['text']>[0];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function placeText(scope: Scope, place: IssuePlace, context: MessageContext): Bilingual | undefined {
  const it: string[] = [];
  const en: string[] = [];
  if (context.sheetName) {
    it.push(`foglio «${context.sheetName}»`);
    en.push(`sheet "${context.sheetName}"`);
  }
  if (scope === 'cell' && place.row > 0) {
    it.push(`riga ${place.row}`);
    en.push(`row ${place.row}`);
    if (place.cell) {
      const header = place.column ? ` (${place.column})` : '';
      it.push(`cella ${place.cell}${header}`);
      en.push(`cell ${place.cell}${header}`);
    }
  }
  return it.length ? { it: it.join(', '), en: en.join(', ') } : undefined;
}

/** Builds the issue of a kind at a place: severity from the table, place written in front. */
export function makeIssue<K extends IssueKind>(
  kind: K,
  place: IssuePlace,
  args: IssueArgs<K>,
  context: MessageContext = {},
): InventoryIssue {
  const entry = ISSUES[kind] as IssueTemplate<IssueArgs<K>>;
  const body = entry.text(args);
  const where = placeText(entry.scope, place, context);
  const issue: InventoryIssue = {
    row: place.row,
    severity: entry.severity,
    message: capitalise(where ? `${where.it}: ${body.it}` : body.it),
    messageEn: capitalise(where ? `${where.en}: ${body.en}` : body.en),
    kind,
  };
  if (place.column !== undefined) issue.column = place.column;
  if (place.cell !== undefined && entry.scope === 'cell') issue.cell = place.cell;
  if (entry.exclusion && place.row > 0) issue.exclusion = entry.exclusion(args, place);
  return issue;
}
