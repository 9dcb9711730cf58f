/**
 * The plan's notes: the reading used, the caps that bit, the owners' own values, and what the act
 * must say of the inventory as a whole (every dwelling SAP, codes not checked, dwellings left out
 * and listed in the annex). The clerk's instructions ("correggete la cella...") stay in the pane.
 */
import { formatCount, sentenceText } from '../../messages';
import { SPELLING_KINDS } from '../../plan/spellings';
import type { InventoryIssue } from '../../types';
import { SHEET_NOTES } from '../messages';
import type { SheetLanguage, SheetStrings } from '../strings';
import { definitionOf, ownersWithOwnValues, type SectionContext } from './context';

function overrideNotes({ plan, strings, language, definitions }: SectionContext): string[] {
  return ownersWithOwnValues(plan).map(({ ente, keys, values }) => {
    const listed = keys.map((key) => {
      const definition = definitionOf(definitions, key);
      const value = values[key];
      return `${definition.label[language]} ${definition.kind === 'percent' ? strings.percent(value) : value}`;
    });
    return strings.notes.overrides({ owner: ente, values: listed.join(', ') });
  });
}

/** The inventory's problems that change what the plan counts, as facts of the act. */
function inventoryNotes(
  strings: SheetStrings,
  language: SheetLanguage,
  problems: InventoryIssue[],
  excluded: number,
): string[] {
  const notes: string[] = [];
  if (problems.some((problem) => problem.kind === 'noServiceColumn')) notes.push(strings.notes.allSap);
  if (problems.some((problem) => problem.kind === 'noCodeColumn')) notes.push(strings.notes.noCodes);
  // Two spellings of one owner or comune make groups of their own: the act says so, as the pane does.
  for (const problem of problems) {
    if (problem.kind !== undefined && SPELLING_KINDS.has(problem.kind)) notes.push(sentenceText(problem, language));
  }
  if (excluded > 0) {
    notes.push(
      formatCount(excluded, SHEET_NOTES.excludedOne, SHEET_NOTES.excludedOther, language, { count: excluded }),
    );
  }
  return notes;
}

export function addNotes(context: SectionContext): void {
  const { sheet, plan, strings, language } = context;
  const notes = [
    ...(plan.gruppi.length === 0 ? [strings.notes.noDwellings] : []),
    ...plan.note.map((note) => sentenceText(note, language)),
    ...overrideNotes(context),
    ...inventoryNotes(strings, language, plan.problemi, plan.esclusi.length),
  ];
  if (notes.length === 0) return;
  sheet.addSectionHeader(strings.sections.notes, 'note');
  for (const note of notes) sheet.addTextRow(note);
}
