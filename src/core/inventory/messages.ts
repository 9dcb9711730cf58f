/**
 * Every message the inventory parser can show, in Italian and English, with its severity.
 *
 * Convention: an 'errore' on a data row means the row is left out of the units; an 'avviso'
 * means the row (or the inventory) is kept and something was assumed or dropped, as the
 * message says. The place (sheet, row, cell and header) is written in front of every message
 * by `makeIssue`, so builders only say what is wrong and what to do.
 */
import { bilingual, defineMessages } from '../messages';
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

/** Every sentence of the inventory's issues, Italian and English (the place is written in front by `makeIssue`). */
export const INVENTORY_MESSAGES = defineMessages('inventory', {
  'recognised-statuses': {
    it: 'libero (o sfitto, vuoto), in turnover (o in rilascio), in ristrutturazione (o recupero), nuova costruzione (o nuova edificazione), occupato (o assegnato, locato), carenza manutentiva (o stato di fatto)',
    en: 'libero (or sfitto, vuoto), in turnover (or in rilascio), in ristrutturazione (or recupero), nuova costruzione (or nuova edificazione), occupato (or assegnato, locato), carenza manutentiva (or stato di fatto)',
  },
  'recognised-origins': {
    it: 'turnover, nuova edificazione (o nuova costruzione), recupero (o ristrutturazione), carenza manutentiva, conferito da privati',
    en: 'turnover, nuova edificazione (or nuova costruzione), recupero (or ristrutturazione), carenza manutentiva, conferito da privati',
  },
  'row-excluded': { it: 'la riga è esclusa dal calcolo', en: 'the row is left out of the calculation' },
  'status.libero': { it: 'libera', en: 'free' },
  'status.turnover': { it: 'in turnover', en: 'in turnover' },
  'status.ristrutturazione': { it: 'in ristrutturazione', en: 'under renovation' },
  'status.nuova-costruzione': { it: 'di nuova costruzione', en: 'newly built' },
  'status.occupato': { it: 'occupata', en: 'occupied' },
  'status.carenza-manutentiva': { it: 'in carenza manutentiva', en: 'with a maintenance shortfall' },
  'missing.owner': {
    it: "manca l'ente proprietario. Scrivete il Comune o l'ALER proprietario (per esempio «Comune di Cremona» o «ALER Brescia-Cremona-Mantova»)",
    en: 'the owner is missing. Write the owning Comune or ALER (for example "Comune di Cremona" or "ALER Brescia-Cremona-Mantova")',
  },
  'missing.comune': {
    it: "manca il comune. Scrivete il comune in cui si trova l'alloggio",
    en: 'the municipality is missing. Write the comune where the dwelling lies',
  },
  'missing.status': {
    it: "manca lo stato dell'alloggio. Scrivete uno di questi valori: {statuses}",
    en: "the dwelling's status is missing. Write one of: {statuses}",
  },
  'empty-below-headers': {
    it: "l'inventario è vuoto: sotto le intestazioni (riga {row}) non c'è nessun alloggio. Selezionate l'intervallo che comprende anche le righe degli alloggi.",
    en: 'the inventory is empty: there is no dwelling below the headers (row {row}). Select a range that also includes the dwelling rows.',
  },
  'empty-without-headers': {
    it: "l'inventario è vuoto: non ci sono né intestazioni né alloggi. Selezionate il foglio o l'intervallo con l'elenco degli alloggi, intestazioni nella prima riga.",
    en: 'the inventory is empty: there are neither headers nor dwellings. Select the sheet or range that lists the dwellings, with the headers in its first row.',
  },
  'missing-columns': {
    it: 'mancano le colonne obbligatorie: {missing}. Intestazioni trovate (riga {row}): {headers}. Rinominate le colonne o associatele a mano.',
    en: 'required columns are missing: {missing}. Headers found (row {row}): {headers}. Rename the columns or map them by hand.',
  },
  'no-headers-found': { it: 'nessuna', en: 'none' },
  'duplicate-column': {
    it: 'anche questa colonna indica il campo {field}, già letto dalla colonna {letter} («{header}»): si usa la colonna {letter} e questa è ignorata. Se serve questa, associatela a mano.',
    en: 'this column also holds the field {field}, already read from column {letter} ("{header}"): column {letter} is used and this one is ignored. If you need this one, map it by hand.',
  },
  'mapping-out-of-range': {
    it: "l'associazione a mano del campo {field} indica la colonna n. {position} dell'intervallo, che va solo da {first} a {last}: l'associazione è ignorata. Scegliete di nuovo la colonna.",
    en: 'the manual mapping of the field {field} points to column no. {position} of the range, which only spans {first} to {last}: the mapping is ignored. Choose the column again.',
  },
  'no-code-column': {
    it: "nessuna colonna contiene il codice dell'alloggio o l'ID della piattaforma (per esempio «Codice alloggio» o «ID alloggio (piattaforma)»): non è possibile controllare se un alloggio compare due volte. Aggiungete una colonna con i codici o associatela a mano.",
    en: 'no column holds the dwelling code or the platform ID (for example "Codice alloggio" or "ID alloggio (piattaforma)"): duplicate dwellings cannot be checked. Add a column with the codes or map it by hand.',
  },
  'no-service-column': {
    it: "nessuna colonna indica il servizio (SAP, SAS o SAT; per esempio «Destinazione»): ogni alloggio è considerato SAP. Se l'inventario contiene alloggi SAS o SAT, aggiungete la colonna o associatela a mano.",
    en: 'no column gives the service (SAP, SAS or SAT; for example "Destinazione"): every dwelling is treated as SAP. If the inventory holds SAS or SAT dwellings, add the column or map it by hand.',
  },
  'no-date-column.one': {
    it: "nessuna colonna indica la data di disponibilità: un'unità in turnover, in ristrutturazione o di nuova costruzione è senza data di disponibilità: non è contata tra le disponibili. Aggiungete la colonna «Data disponibilità» o associatela a mano.",
    en: 'no column gives the availability date: one unit in turnover, under renovation or newly built has no availability date and is not counted as available. Add a "Data disponibilità" column or map it by hand.',
  },
  'no-date-column.many': {
    it: 'nessuna colonna indica la data di disponibilità: {count} unità in turnover, in ristrutturazione o di nuova costruzione sono senza data di disponibilità: non sono contate tra le disponibili. Aggiungete la colonna «Data disponibilità» o associatela a mano.',
    en: 'no column gives the availability date: {count} units in turnover, under renovation or newly built have no availability date and are not counted as available. Add a "Data disponibilità" column or map it by hand.',
  },
  'missing-value': {
    it: '{missing}: finché manca, {excluded}.',
    en: '{missing}: until then, {excluded}.',
  },
  'error-value': {
    it: "la cella contiene l'errore {error}. Correggete la formula o scrivete il valore: finché c'è l'errore, {excluded}.",
    en: 'the cell contains the error {error}. Fix the formula or type the value: until then, {excluded}.',
  },
  'unknown-status': {
    it: '«{value}» non è uno stato riconosciuto. Valori accettati: {statuses}. Correggete la cella: finché non è riconosciuto, {excluded}.',
    en: '"{value}" is not a recognised status. Accepted values: {statuses}. Correct the cell: until then, {excluded}.',
  },
  'unknown-service': {
    it: '«{value}» non è un servizio riconosciuto. Valori accettati: SAP, SAS, SAT (o per esteso: servizi abitativi pubblici, sociali, transitori). Correggete la cella: finché non è riconosciuto, {excluded}.',
    en: '"{value}" is not a recognised service. Accepted values: SAP, SAS, SAT (or in full: servizi abitativi pubblici, sociali, transitori). Correct the cell: until then, {excluded}.',
  },
  'invalid-date': {
    it: '«{value}» non è una data valida. Scrivete la data come gg/mm/aaaa (per esempio 01/03/2025): finché non è corretta, {excluded}.',
    en: '"{value}" is not a valid date. Write the date as dd/mm/yyyy (for example 01/03/2025): until then, {excluded}.',
  },
  'text-in-number': {
    it: "«{value}» non è un numero: il valore è ignorato e l'alloggio resta nell'inventario. Scrivete solo la cifra (per esempio 45,5).",
    en: '"{value}" is not a number: the value is ignored and the dwelling stays in the inventory. Write the figure alone (for example 45,5).',
  },
  'negative-number': {
    it: "il valore {value} è negativo: è ignorato e l'alloggio resta nell'inventario. Correggete la cella.",
    en: 'the value {value} is negative: it is ignored and the dwelling stays in the inventory. Correct the cell.',
  },
  'invalid-yes-no': {
    it: "«{value}» non è né sì né no: l'alloggio è considerato senza carenza manutentiva, salvo che lo stato lo indichi. Scrivete sì o no.",
    en: '"{value}" is neither yes nor no: the dwelling is treated as having no maintenance shortfall unless its status says so. Write sì or no.',
  },
  'unknown-origin': {
    it: "«{value}» non è un'origine della disponibilità riconosciuta: il valore è ignorato. Valori accettati: {origins}.",
    en: '"{value}" is not a recognised source of availability: the value is ignored. Accepted values: {origins}.',
  },
  'duplicate-code': {
    it: 'codice {code} duplicato: compare già alla riga {row}. Correggete il codice o eliminate la riga doppia: finché è doppia, {excluded}.',
    en: 'duplicate code {code}: it already appears in row {row}. Correct the code or delete the duplicate row: until then, {excluded}.',
  },
  'missing-code': {
    it: "manca il codice dell'alloggio: non è possibile controllare se compare due volte. Scrivete il codice.",
    en: 'the dwelling code is missing: it cannot be checked for duplicates. Write the code.',
  },
  'missing-service': {
    it: "manca il servizio: l'alloggio è considerato SAP. Scrivete SAP, SAS o SAT.",
    en: 'the service is missing: the dwelling is treated as SAP. Write SAP, SAS or SAT.',
  },
  'text-too-long': {
    it: 'il testo è lungo {length} caratteri, più dei {limit} che una cella di Excel può contenere: è tagliato a {limit} caratteri. Accorciate il testo della cella.',
    en: "the text is {length} characters long, more than the {limit} an Excel cell can hold: it is cut to {limit} characters. Shorten the cell's text.",
  },
  'missing-availability-date': {
    it: "l'unità {status} è senza data di disponibilità: non è contata tra le disponibili. Se diventa assegnabile nell'anno, scrivete la data prevista (gg/mm/aaaa).",
    en: 'the unit {status} has no availability date: it is not counted as available. If it becomes assignable during the year, write the expected date (dd/mm/yyyy).',
  },
  sheet: { it: 'foglio «{name}»', en: 'sheet "{name}"' },
  row: { it: 'riga {row}', en: 'row {row}' },
  cell: { it: 'cella {cell}{header}', en: 'cell {cell}{header}' },
});

const M = INVENTORY_MESSAGES;
const STATUSES = bilingual(M['recognised-statuses']);
const EXCLUDED = bilingual(M['row-excluded']);

/** A count as each language writes it: 40.009 and 40,009. */
function thousands(count: number): Bilingual {
  return { it: count.toLocaleString('it-IT'), en: count.toLocaleString('en-US') };
}

function quoted(values: readonly string[]): Bilingual {
  return { it: values.map((value) => `«${value}»`).join(', '), en: values.map((value) => `"${value}"`).join(', ') };
}

const MISSING_VALUES = {
  owner: bilingual(M['missing.owner']),
  comune: bilingual(M['missing.comune']),
  status: bilingual(M['missing.status'], { statuses: STATUSES }),
} as const;

export type RequiredValue = keyof typeof MISSING_VALUES;

/** The table of issue kinds: severity, scope and text. */
export const ISSUES = {
  emptyInventory: template<{ hasHeader: boolean; headerRow: number }>('errore', 'sheet', ({ hasHeader, headerRow }) =>
    hasHeader ? bilingual(M['empty-below-headers'], { row: headerRow }) : bilingual(M['empty-without-headers']),
  ),

  missingColumns: template<{ missingIt: string[]; missingEn: string[]; headers: string[]; headerRow: number }>(
    'errore',
    'sheet',
    ({ missingIt, missingEn, headers, headerRow }) =>
      bilingual(M['missing-columns'], {
        missing: { it: missingIt.join(', '), en: missingEn.join(', ') },
        row: headerRow,
        headers: headers.length ? quoted(headers) : bilingual(M['no-headers-found']),
      }),
  ),

  duplicateColumn: template<{ fieldIt: string; fieldEn: string; firstLetter: string; firstHeader: string }>(
    'avviso',
    'cell',
    ({ fieldIt, fieldEn, firstLetter, firstHeader }) =>
      bilingual(M['duplicate-column'], {
        field: { it: fieldIt, en: fieldEn },
        letter: firstLetter,
        header: firstHeader,
      }),
  ),

  mappingOutOfRange: template<{
    fieldIt: string;
    fieldEn: string;
    index: number;
    lastLetter: string;
    firstLetter: string;
  }>('avviso', 'sheet', ({ fieldIt, fieldEn, index, firstLetter, lastLetter }) =>
    bilingual(M['mapping-out-of-range'], {
      field: { it: fieldIt, en: fieldEn },
      position: index + 1,
      first: firstLetter,
      last: lastLetter,
    }),
  ),

  noCodeColumn: template<Record<string, never>>('avviso', 'sheet', () => bilingual(M['no-code-column'])),

  noServiceColumn: template<Record<string, never>>('avviso', 'sheet', () => bilingual(M['no-service-column'])),

  noDateColumn: template<{ count: number }>('avviso', 'sheet', ({ count }) =>
    count === 1 ? bilingual(M['no-date-column.one']) : bilingual(M['no-date-column.many'], { count }),
  ),

  missingValue: template<{ field: RequiredValue }>(
    'errore',
    'cell',
    ({ field }) => bilingual(M['missing-value'], { missing: MISSING_VALUES[field], excluded: EXCLUDED }),
    ({ field }) => ({ reason: MISSING_REASONS[field] }),
  ),

  errorValue: template<{ error: string }>(
    'errore',
    'cell',
    ({ error }) => bilingual(M['error-value'], { error, excluded: EXCLUDED }),
    (_, place) => ({ reason: 'error-value', column: place.column ?? place.cell ?? '' }),
  ),

  unknownStatus: template<{ value: string }>(
    'errore',
    'cell',
    ({ value }) => bilingual(M['unknown-status'], { value, statuses: STATUSES, excluded: EXCLUDED }),
    () => ({ reason: 'unknown-status' }),
  ),

  unknownService: template<{ value: string }>(
    'errore',
    'cell',
    ({ value }) => bilingual(M['unknown-service'], { value, excluded: EXCLUDED }),
    () => ({ reason: 'unknown-service' }),
  ),

  invalidDate: template<{ value: string }>(
    'errore',
    'cell',
    ({ value }) => bilingual(M['invalid-date'], { value, excluded: EXCLUDED }),
    () => ({ reason: 'invalid-date' }),
  ),

  textInNumber: template<{ value: string }>('avviso', 'cell', ({ value }) => bilingual(M['text-in-number'], { value })),

  negativeNumber: template<{ value: string }>('avviso', 'cell', ({ value }) =>
    bilingual(M['negative-number'], { value }),
  ),

  invalidYesNo: template<{ value: string }>('avviso', 'cell', ({ value }) => bilingual(M['invalid-yes-no'], { value })),

  unknownOrigin: template<{ value: string }>('avviso', 'cell', ({ value }) =>
    bilingual(M['unknown-origin'], { value, origins: bilingual(M['recognised-origins']) }),
  ),

  duplicateCode: template<{ code: string; firstRow: number }>(
    'errore',
    'cell',
    ({ code, firstRow }) => bilingual(M['duplicate-code'], { code, row: firstRow, excluded: EXCLUDED }),
    ({ firstRow }) => ({ reason: 'duplicate-code', firstRow }),
  ),

  missingCode: template<Record<string, never>>('avviso', 'cell', () => bilingual(M['missing-code'])),

  missingService: template<Record<string, never>>('avviso', 'cell', () => bilingual(M['missing-service'])),

  textTooLong: template<{ length: number; limit: number }>('avviso', 'cell', ({ length, limit }) =>
    bilingual(M['text-too-long'], { length: thousands(length), limit: thousands(limit) }),
  ),

  missingAvailabilityDate: template<{ status: UnitStatus }>('avviso', 'cell', ({ status }) =>
    bilingual(M['missing-availability-date'], { status: bilingual(M[`status.${status}`]) }),
  ),
};

export type IssueKind = keyof typeof ISSUES;
export type IssueArgs<K extends IssueKind> = Parameters<(typeof ISSUES)[K]['text']>[0];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function placeText(scope: Scope, place: IssuePlace, context: MessageContext): Bilingual | undefined {
  const parts: Bilingual[] = [];
  if (context.sheetName) parts.push(bilingual(M.sheet, { name: context.sheetName }));
  if (scope === 'cell' && place.row > 0) {
    parts.push(bilingual(M.row, { row: place.row }));
    if (place.cell) {
      parts.push(bilingual(M.cell, { cell: place.cell, header: place.column ? ` (${place.column})` : '' }));
    }
  }
  return parts.length
    ? { it: parts.map((part) => part.it).join(', '), en: parts.map((part) => part.en).join(', ') }
    : undefined;
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
