/**
 * Coercion of raw inventory cell values (as Office.js, ExcelJS or a CSV give them) into the
 * domain values of a `Unit`.
 *
 * Every coercion distinguishes three outcomes: a value, `undefined` for an empty cell, and
 * `INVALID` for a cell whose content cannot be read as that kind of value. Excel error values
 * are not coerced: callers test them first with `excelErrorOf` so the user is told about the
 * error itself rather than about an unreadable value.
 */
import { parseNumberText } from '../numbers';
import type { DateOnly, Origin, OwnerKind, Service, UnitStatus } from '../types';

/** Marks a cell whose content cannot be read as the expected kind of value. */
export const INVALID: unique symbol = Symbol('invalid cell value');
export type Invalid = typeof INVALID;

/**
 * Excel error values as Office.js and ExcelJS report them, plus the Italian spellings that an
 * Italian Excel writes into CSV exports.
 */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#N/A',
  '#VALUE!',
  '#REF!',
  '#DIV/0!',
  '#NUM!',
  '#NAME?',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#N/D',
  '#VALORE!',
  '#RIF!',
  '#NOME?',
  '#NULLO!',
  '#ESPANSIONE!',
]);

/**
 * Unwraps the cell objects ExcelJS produces (formula results, rich text, hyperlinks) into
 * plain values. Error objects (`{ error: '#N/A' }`) are kept for `excelErrorOf`.
 */
export function cellValue(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || raw instanceof Date) return raw;
  const cell = raw as Record<string, unknown>;
  if ('error' in cell) return raw;
  if ('formula' in cell || 'sharedFormula' in cell || 'result' in cell) return cellValue(cell.result);
  if (Array.isArray(cell.richText)) {
    return cell.richText
      .map((run) => (run && typeof run === 'object' ? String((run as { text?: unknown }).text ?? '') : ''))
      .join('');
  }
  if (typeof cell.text === 'string') return cell.text;
  return raw;
}

/** The Excel error a cell holds (e.g. '#N/A'), or undefined when it holds none. */
export function excelErrorOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (value.indexOf('#') === -1) return undefined;
    const candidate = value.trim().toUpperCase();
    return EXCEL_ERRORS.has(candidate) ? candidate : undefined;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const error = (value as { error?: unknown }).error;
    if (typeof error === 'string') return error.trim().toUpperCase();
    if ('result' in value) return excelErrorOf((value as { result?: unknown }).result);
  }
  return undefined;
}

/** True for cells with nothing in them: null, undefined, '' or blanks only. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim().length === 0;
  return false;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALPHANUMERIC = /[^a-z0-9]+/g;
const NON_ASCII = /[^ -~]/; // anything outside printable ASCII may carry an accent
const BLANK_RUNS = /\s+/g;

/**
 * Reduces a header or a coded value to a comparison key: lower case, accents removed
 * (NFKD, so 'm²' becomes 'm2'), everything but letters and digits dropped.
 * 'Proprietà' -> 'proprieta', 'Cod. U.I.' -> 'codui', 'In turnover' -> 'inturnover'.
 */
export function normaliseKey(text: string): string {
  let lower = text.toLowerCase();
  if (NON_ASCII.test(lower)) lower = lower.normalize('NFKD').replace(COMBINING_MARKS, '');
  return lower.replace(NON_ALPHANUMERIC, '');
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** dd/mm/yyyy, the way dates are written to the user. */
export function formatDate(date: DateOnly): string {
  return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
}

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_TEXT_LIMIT = 32_767;

/** Characters that show nothing: zero-width spaces and joiners, word joiner, BOM, soft hyphen, bidi controls. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069]/g;
/** Control characters (C0, DEL, C1), terminal escape sequences included: they become a space. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Anything `cleanText` changes; most cells have none, and are returned as they are. */
const UNCLEAN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u00a0\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069]|\s\s|[^\S ]|[^\u0000-\u007f]/;

/**
 * Text as the user means it: invisible characters removed (a zero-width space copied into an
 * owner's name would make a second group that looks identical), control characters and every
 * kind of blank (NBSP, tabs, line breaks) as one space, composed accents (NFC: 'Città' typed on a
 * Mac and on Windows is one comune), trimmed.
 */
export function cleanText(text: string): string {
  if (!UNCLEAN.test(text)) return text.trim();
  return text.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, ' ').replace(BLANK_RUNS, ' ').trim();
}

/**
 * Text of a cell, cleaned (see `cleanText`). Numbers become their shortest text ('12', not
 * '12.0'); empty cells give undefined.
 */
export function toText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    const text = cleanText(value);
    return text.length === 0 ? undefined : text;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return value ? 'VERO' : 'FALSO';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? undefined
      : formatDate({ year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() });
  }
  const error = excelErrorOf(value);
  if (error !== undefined) return error;
  const unwrapped = cellValue(value);
  return unwrapped === value ? undefined : toText(unwrapped);
}

/** How a raw value is quoted back to the user in messages. */
export function displayValue(value: unknown): string {
  return toText(value) ?? '';
}

const YES_NO: ReadonlyMap<string, boolean> = new Map([
  ['si', true],
  ['s', true],
  ['x', true],
  ['vero', true],
  ['true', true],
  ['yes', true],
  ['y', true],
  ['1', true],
  ['no', false],
  ['n', false],
  ['falso', false],
  ['false', false],
  ['0', false],
]);
const DASHES = /^[-\u2013\u2014]$/;

/** sì/no in the spellings offices use (sì, si, x, vero, 1, yes...); an empty cell is no. */
export function toYesNo(value: unknown): boolean | Invalid {
  // A column repeats a handful of spellings: each is looked up once (bounded: free text is
  // possible). Only texts with something in them are remembered: one found is not empty.
  if (typeof value === 'string') {
    const remembered = YES_NO_SEEN.get(value);
    if (remembered !== undefined) return remembered;
  }
  if (isEmptyValue(value)) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : INVALID;
  if (typeof value !== 'string') return INVALID;
  const trimmed = value.trim();
  const found = DASHES.test(trimmed) ? false : YES_NO.get(normaliseKey(trimmed));
  const answer = found === undefined ? INVALID : found;
  if (YES_NO_SEEN.size >= 512) YES_NO_SEEN.clear();
  YES_NO_SEEN.set(value, answer);
  return answer;
}
const YES_NO_SEEN = new Map<string, boolean | Invalid>();

/**
 * Numbers as typed by Italian offices ('1.234,5', '45,5', '1.234' thousands, '45.5', '€ 1.200'),
 * read by the one number parser of the add-in (core/numbers.ts). Anything else is INVALID.
 */
export function toNumber(value: unknown): number | undefined | Invalid {
  if (isEmptyValue(value)) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : INVALID;
  if (typeof value !== 'string') return INVALID;
  const parsed = parseNumberText(value);
  return parsed === undefined ? INVALID : parsed;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when the day exists in the Gregorian calendar (31/02 does not, 29/02/2024 does). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const lastDay = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return day <= lastDay;
}

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's calendar for serials up to 59 (31/12/1899, so 1 = 01/01/1900), in days since 1970. */
const EXCEL_DAY0_BEFORE_BUG = Date.UTC(1899, 11, 31) / MS_PER_DAY;
/** From serial 61 the phantom 29/02/1900 shifts the count by one day. */
const EXCEL_DAY0_AFTER_BUG = Date.UTC(1899, 11, 30) / MS_PER_DAY;
/** The fake 29/02/1900 that Excel inherited from Lotus 1-2-3. */
const EXCEL_PHANTOM_LEAP_DAY = 60;
/** 31/12/9999, the last date Excel shows. */
const EXCEL_LAST_SERIAL = 2_958_465;

/**
 * Date of an Excel serial number (1900 date system). The time of day is ignored. Serial 60 is
 * the non-existent 29/02/1900 and is INVALID; serial 61 is 01/03/1900; 45292 is 01/01/2024.
 */
export function excelSerialToDate(serial: number): DateOnly | Invalid {
  if (!Number.isFinite(serial)) return INVALID;
  const day = Math.floor(serial);
  if (day < 1 || day > EXCEL_LAST_SERIAL || day === EXCEL_PHANTOM_LEAP_DAY) return INVALID;
  return civilFromDays(day + (day < EXCEL_PHANTOM_LEAP_DAY ? EXCEL_DAY0_BEFORE_BUG : EXCEL_DAY0_AFTER_BUG));
}

/** The Excel serial number (1900 date system) of a date from 01/03/1900 on: 01/01/2024 is 45292. */
export function excelSerialOf(date: DateOnly): number {
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY - EXCEL_DAY0_AFTER_BUG;
}

/**
 * Gregorian date of a count of days since 01/01/1970 (H. Hinnant's civil_from_days), without
 * allocating a Date: inventories hold one date per row.
 */
function civilFromDays(daysSinceEpoch: number): DateOnly {
  const shifted = daysSinceEpoch + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

const TIME_SUFFIX = '(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
/** dd/mm/yyyy, d/m/yy, dd-mm-yyyy, dd.mm.yyyy, optionally followed by a time. */
const DAY_FIRST_DATE = new RegExp(`^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${TIME_SUFFIX}$`);
/** yyyy-mm-dd, optionally followed by a time (ISO 8601). */
const ISO_DATE = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME_SUFFIX}$`);
/**
 * A serial number written as text, as CSV exports of date cells formatted 'General' give it.
 * Only five digits (years 1927-2173) are taken: '2024' is a year typed in the wrong place,
 * not 16/07/1905.
 */
const SERIAL_TEXT = /^\d{5}(?:[.,]\d+)?$/;

function dateOrInvalid(year: number, month: number, day: number): DateOnly | Invalid {
  return isValidDate(year, month, day) ? { year, month, day } : INVALID;
}

/**
 * Dates as they appear in inventories: Excel serial numbers, JS Dates (ExcelJS gives dates at
 * UTC midnight, so their UTC parts are the calendar date), and text in the forms above.
 * Two-digit years are 20yy. Days that do not exist (31/02/2024) are INVALID.
 */
export function toDate(value: unknown): DateOnly | undefined | Invalid {
  if (isEmptyValue(value)) return undefined;
  if (typeof value === 'number') return excelSerialToDate(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return INVALID;
    return dateOrInvalid(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') return INVALID;
  const text = value.trim();
  const dayFirst = DAY_FIRST_DATE.exec(text);
  if (dayFirst) {
    const year = dayFirst[4].length === 2 ? 2000 + Number(dayFirst[4]) : Number(dayFirst[4]);
    return dateOrInvalid(year, Number(dayFirst[3]), Number(dayFirst[1]));
  }
  const iso = ISO_DATE.exec(text);
  if (iso) return dateOrInvalid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (SERIAL_TEXT.test(text)) return excelSerialToDate(Number(text.replace(',', '.')));
  return INVALID;
}

/**
 * A coded value (status, service, origin) looked up by its normalised spelling. Inventories
 * repeat a handful of spellings thousands of times, so answers are remembered per raw text; the
 * memory is bounded because a column may also hold free text.
 */
class KeyTable<T> {
  private static readonly MEMORY_LIMIT = 512;
  private readonly byKey = new Map<string, T>();
  private readonly byText = new Map<string, T | Invalid>();

  constructor(entries: ReadonlyArray<readonly [T, readonly string[]]>) {
    for (const [value, spellings] of entries) {
      for (const spelling of spellings) this.byKey.set(normaliseKey(spelling), value);
    }
  }

  lookup(value: unknown): T | undefined | Invalid {
    // Only texts with something in them are remembered: one found is not empty.
    if (typeof value === 'string') {
      const remembered = this.byText.get(value);
      if (remembered !== undefined) return remembered;
    }
    if (isEmptyValue(value)) return undefined;
    if (typeof value !== 'string') return INVALID;
    const found = this.byKey.get(normaliseKey(value));
    const answer = found === undefined ? INVALID : found;
    if (this.byText.size >= KeyTable.MEMORY_LIMIT) this.byText.clear();
    this.byText.set(value, answer);
    return answer;
  }
}

/** Spellings accepted for each service, shown to the user when a value is not recognised. */
export const SERVICE_SPELLINGS: ReadonlyArray<readonly [Service, readonly string[]]> = [
  ['SAP', ['SAP', 'servizi abitativi pubblici', 'servizio abitativo pubblico', 'pubblici', 'pubblico']],
  ['SAS', ['SAS', 'servizi abitativi sociali', 'servizio abitativo sociale', 'sociali', 'sociale']],
  ['SAT', ['SAT', 'servizi abitativi transitori', 'servizio abitativo transitorio', 'transitori', 'transitorio']],
];
const SERVICES = new KeyTable(SERVICE_SPELLINGS);

/** SAP, SAS or SAT, also written out ('servizi abitativi pubblici', 'sociali', 'transitori'). */
export function toService(value: unknown): Service | undefined | Invalid {
  return SERVICES.lookup(value);
}

/** Spellings accepted for each status; the first one is how the status is named to the user. */
export const STATUS_SPELLINGS: ReadonlyArray<readonly [UnitStatus, readonly string[]]> = [
  ['libero', ['libero', 'sfitto', 'vuoto', 'libera', 'sfitta', 'vuota']],
  ['turnover', ['in turnover', 'turnover', 'in rilascio', 'rilascio']],
  ['ristrutturazione', ['in ristrutturazione', 'ristrutturazione', 'recupero', 'in recupero']],
  ['nuova-costruzione', ['nuova costruzione', 'nuova edificazione', 'di nuova costruzione']],
  ['occupato', ['occupato', 'assegnato', 'locato', 'occupata', 'assegnata', 'locata']],
  ['carenza-manutentiva', ['carenza manutentiva', 'stato di fatto', 'in carenza manutentiva', 'nello stato di fatto']],
];
const STATUSES = new KeyTable(STATUS_SPELLINGS);

/** The status of a dwelling: libero/sfitto/vuoto, in turnover, in ristrutturazione, ... */
export function toStatus(value: unknown): UnitStatus | undefined | Invalid {
  return STATUSES.lookup(value);
}

/** Spellings accepted for the source of availability (R.R. 4/2017 art. 4 c. 3 lett. b). */
export const ORIGIN_SPELLINGS: ReadonlyArray<readonly [Origin, readonly string[]]> = [
  ['turnover', ['turnover', 'in turnover']],
  ['nuova-edificazione', ['nuova edificazione', 'nuova costruzione']],
  ['recupero', ['recupero', 'ristrutturazione']],
  ['carenza-manutentiva', ['carenza manutentiva', 'stato di fatto']],
  ['conferito-privati', ['conferito da privati', 'conferito dai privati', 'privati', 'conferito']],
];
const ORIGINS = new KeyTable(ORIGIN_SPELLINGS);

/** Where an available dwelling comes from: turnover, nuova edificazione, recupero, ... */
export function toOrigin(value: unknown): Origin | undefined | Invalid {
  return ORIGINS.lookup(value);
}

/**
 * Whether the owner is an ALER (Azienda Lombarda per l'Edilizia Residenziale) or a Comune:
 * quotas differ between the two (R.R. 4/2017 art. 13 c. 3). Recognised however it is spelt:
 * "ALER Brescia-Cremona-Mantova", "A.L.E.R. Pavia-Lodi", "ALER_Milano", "A L E R Bergamo",
 * "Azienda Lombarda per l'Edilizia Residenziale di Varese", "Aler", in any case and with accents.
 */
export function ownerKindOf(owner: string): OwnerKind {
  const lower = cleanText(owner).normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  // Dots between letters join them (A.L.E.R. -> aler); every other sign separates words.
  const words = lower
    .replace(/\./g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.includes('aler')) return 'aler';
  const joined = ` ${words.join(' ')} `;
  // Spaced-out initials: "A L E R".
  if (joined.includes(' a l e r ')) return 'aler';
  return joined.includes(' azienda lombarda ') && joined.includes(' edilizia residenziale ') ? 'aler' : 'comune';
}
