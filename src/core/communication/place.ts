/**
 * Places in the owners' communications, as the user reads them: «file «a.xlsx», foglio
 * «Scelte dell'ente», cella B5». Every problem of a merge names its place this way, so that
 * a conflict between two sources can name both.
 */
import type { InventoryIssue, Severity, SourcePlace } from '../types';

export interface Bilingual {
  it: string;
  en: string;
}

/** A place with the header of the column (or the parameter) the cell belongs to. */
export interface NamedPlace extends SourcePlace {
  /** Header or parameter label, shown after the cell: "cella B5 (Maggiorazione)". */
  label?: string;
}

/** "file «a.xlsx», foglio «Alloggi», riga 5, cella F5 (Stato)"; undefined when nothing is known. */
export function placeText(place: NamedPlace): Bilingual | undefined {
  const it: string[] = [];
  const en: string[] = [];
  if (place.file) {
    it.push(`file «${place.file}»`);
    en.push(`file "${place.file}"`);
  }
  if (place.sheet) {
    it.push(`foglio «${place.sheet}»`);
    en.push(`sheet "${place.sheet}"`);
  }
  if (place.row !== undefined && place.row > 0 && !place.cell) {
    it.push(`riga ${place.row}`);
    en.push(`row ${place.row}`);
  }
  if (place.cell) {
    const label = place.label ? ` (${place.label})` : '';
    it.push(`cella ${place.cell}${label}`);
    en.push(`cell ${place.cell}${label}`);
  }
  return it.length > 0 ? { it: it.join(', '), en: en.join(', ') } : undefined;
}

/** The place text, or what to say when a source has no name (a sheet pasted in the workbook). */
export function placeOrUnknown(place: NamedPlace): Bilingual {
  return placeText(place) ?? { it: 'origine sconosciuta', en: 'unknown source' };
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const decapitalise = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** A problem at a place: the place written in front of the sentence, as the inventory's problems are. */
export function placedProblem(
  severity: Severity,
  place: NamedPlace,
  body: Bilingual,
  other?: SourcePlace,
): InventoryIssue {
  const where = placeText(place);
  const issue: InventoryIssue = {
    row: place.row ?? 0,
    severity,
    message: capitalise(where ? `${where.it}: ${body.it}` : body.it),
    messageEn: capitalise(where ? `${where.en}: ${body.en}` : body.en),
  };
  if (place.file !== undefined) issue.file = place.file;
  if (place.sheet !== undefined) issue.sheet = place.sheet;
  if (place.cell !== undefined) issue.cell = place.cell;
  if (place.label !== undefined) issue.column = place.label;
  if (other) issue.other = other;
  return issue;
}

/**
 * An inventory problem of one file among several: the file is named in front ("File «a.xlsx»,
 * foglio «Alloggi», riga 5: ..."), so that the capofila knows which communication to fix.
 */
export function inFile(issue: InventoryIssue, file: string | undefined, sheet?: string): InventoryIssue {
  if (!file) return sheet && !issue.sheet ? { ...issue, sheet } : issue;
  // Messages begin with their place ("Foglio «X», riga 5: ...") or with the sentence itself.
  const placed = /^(Foglio|Sheet) /.test(issue.message);
  const placedEn = /^(Foglio|Sheet) /.test(issue.messageEn);
  return {
    ...issue,
    file,
    ...(sheet && !issue.sheet ? { sheet } : {}),
    message: `File «${file}»${placed ? ', ' : ': '}${decapitalise(issue.message)}`,
    messageEn: `File "${file}"${placedEn ? ', ' : ': '}${decapitalise(issue.messageEn)}`,
  };
}
