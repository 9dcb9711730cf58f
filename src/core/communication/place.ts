/**
 * Places in the owners' communications, as the user reads them: «file «a.xlsx», foglio
 * «Scelte dell'ente», cella B5». Every problem of a merge names its place this way, so that
 * a conflict between two sources can name both.
 */
import { bilingual, format, type Bilingual } from '../messages';
import type { InventoryIssue, Severity, SourcePlace } from '../types';
import { PLACE_MESSAGES as M } from './place-messages';

export type { Bilingual };

/** A place with the header of the column (or the parameter) the cell belongs to. */
export interface NamedPlace extends SourcePlace {
  /** Header or parameter label, shown after the cell: "cella B5 (Maggiorazione)". */
  label?: string;
}

/** "file «a.xlsx», foglio «Alloggi», riga 5, cella F5 (Stato)"; undefined when nothing is known. */
export function placeText(place: NamedPlace): Bilingual | undefined {
  const parts: Bilingual[] = [];
  if (place.file) parts.push(bilingual(M['place-file'], { file: place.file }));
  if (place.sheet) parts.push(bilingual(M['place-sheet'], { sheet: place.sheet }));
  if (place.row !== undefined && place.row > 0 && !place.cell)
    parts.push(bilingual(M['place-row'], { row: String(place.row) }));
  if (place.cell) {
    parts.push(
      place.label
        ? bilingual(M['place-cell-label'], { cell: place.cell, label: place.label })
        : bilingual(M['place-cell'], { cell: place.cell }),
    );
  }
  return parts.length > 0
    ? { it: parts.map((part) => part.it).join(', '), en: parts.map((part) => part.en).join(', ') }
    : undefined;
}

/** The place text, or what to say when a source has no name (a sheet pasted in the workbook). */
export function placeOrUnknown(place: NamedPlace): Bilingual {
  return placeText(place) ?? bilingual(M['unknown-source']);
}

/** A name as the user wrote it, quoted in each language: «Comune di Lodi», "Comune di Lodi". */
export function quoted(name: string): Bilingual {
  return bilingual(M.quoted, { name });
}

/** Names quoted and joined: «A», «B». */
export function quotedList(names: readonly string[]): Bilingual {
  const each = names.map(quoted);
  return { it: each.map((name) => name.it).join(', '), en: each.map((name) => name.en).join(', ') };
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
  const problem = { it: decapitalise(issue.message), en: decapitalise(issue.messageEn) };
  return {
    ...issue,
    file,
    ...(sheet && !issue.sheet ? { sheet } : {}),
    message: format(M[placed ? 'in-file-placed' : 'in-file'], 'it', { file, problem }),
    messageEn: format(M[placedEn ? 'in-file-placed' : 'in-file'], 'en', { file, problem }),
  };
}
