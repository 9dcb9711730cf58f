/**
 * The plan sheet's words read in one language: every table of messages.ts bound to it
 * (`strings.sections.parameters` is a text, `strings.title.sheetName({ year })` a sentence with
 * its values), and the two things the sheet writes that are formats, not sentences: a day and
 * a percentage.
 */
import { bindMessages, type BoundMessages, type Language } from '../messages';
import { formatPercent } from '../numbers';
import { day } from '../plan/calendar';
import {
  SHEET_ANNEX,
  SHEET_ANNEX_REASONS,
  SHEET_APPROVAL,
  SHEET_CALENDAR,
  SHEET_CELLS,
  SHEET_HEADERS,
  SHEET_NOTES,
  SHEET_OWNER_VALUES,
  SHEET_PARAMETERS_TEXT,
  SHEET_READING,
  SHEET_RESERVE,
  SHEET_SECTIONS,
  SHEET_TITLE,
  SHEET_VALIDATION,
} from './messages';

export type SheetLanguage = Language;

const TABLES = {
  title: SHEET_TITLE,
  sections: SHEET_SECTIONS,
  headers: SHEET_HEADERS,
  cells: SHEET_CELLS,
  /** The values of the reading cell, by reading (`Record<Ordine, string>`). */
  readingLabels: SHEET_READING,
  parameters: SHEET_PARAMETERS_TEXT,
  /** Short names of the values an owner may set, by parameter (`Record<OwnerParamKey, string>`). */
  ownerValueNames: SHEET_OWNER_VALUES,
  calendar: SHEET_CALENDAR,
  reserve: SHEET_RESERVE,
  notes: SHEET_NOTES,
  annex: SHEET_ANNEX,
  annexReasons: SHEET_ANNEX_REASONS,
  approval: SHEET_APPROVAL,
  validation: SHEET_VALIDATION,
};

export type SheetStrings = { readonly [Table in keyof typeof TABLES]: BoundMessages<(typeof TABLES)[Table]> } & {
  /** The generation date: dd/mm/yyyy in Italian, "27 Nov 2026" in English (no day/month ambiguity). */
  readonly date: (date: Date) => string;
  /** A percentage as the reader writes it: "12,5 %" or "12.5 %". */
  readonly percent: (share: number) => string;
};

function bound(language: SheetLanguage): SheetStrings {
  const tables = Object.fromEntries(
    Object.entries(TABLES).map(([name, table]) => [name, bindMessages(table, language)]),
  ) as { [Table in keyof typeof TABLES]: BoundMessages<(typeof TABLES)[Table]> };
  return {
    ...tables,
    date: (date) => day({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() })[language],
    percent: (share) => formatPercent(share, language),
  };
}

/** Each language bound once: the sheet is laid out twice per plan (pages.ts). */
const BOUND = new Map<SheetLanguage, SheetStrings>();

export function sheetStrings(language: SheetLanguage = 'it'): SheetStrings {
  let strings = BOUND.get(language);
  if (!strings) {
    strings = bound(language);
    BOUND.set(language, strings);
  }
  return strings;
}
