/** The plan's notes (reading used, caps that bit), the owners' own values, the inventory's problems. */
import type { InventoryIssue } from '../../types';
import type { SheetLanguage, SheetStrings } from '../strings';
import { definitionOf, ownersWithOwnValues, type SectionContext } from './context';

/** Most inventory problems listed one per row; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;

function overrideNotes({ plan, strings, language, definitions }: SectionContext): string[] {
  return ownersWithOwnValues(plan).map(({ ente, keys, values }) => {
    const listed = keys.map((key) => {
      const definition = definitionOf(definitions, key);
      const value = values[key];
      return `${definition.label[language]} ${definition.kind === 'percent' ? strings.percent(value) : value}`;
    });
    return strings.overrides(ente, listed.join(', '));
  });
}

function problemNotes(strings: SheetStrings, problems: InventoryIssue[], language: SheetLanguage): string[] {
  if (problems.length === 0) return [];
  const errors = problems.filter((problem) => problem.severity === 'errore').length;
  const notes = [strings.problemsSummary(problems.length, errors, problems.length - errors)];
  for (const problem of problems.slice(0, MAX_LISTED_PROBLEMS)) {
    const message = language === 'en' ? problem.messageEn : problem.message;
    // The inventory's messages usually say where they are; the row is added only when missing.
    const placed = problem.row <= 0 || new RegExp(`\\b${problem.row}\\b`).test(message);
    notes.push(placed ? message : strings.problemAt(problem.row, message));
  }
  if (problems.length > MAX_LISTED_PROBLEMS) notes.push(strings.moreProblems(problems.length - MAX_LISTED_PROBLEMS));
  return notes;
}

export function addNotes(context: SectionContext): void {
  const { sheet, plan, strings, language } = context;
  const notes = [
    ...(plan.gruppi.length === 0 ? [strings.noDwellings] : []),
    ...plan.note.map((note) => (language === 'en' ? note.messageEn : note.message)),
    ...overrideNotes(context),
    ...problemNotes(strings, plan.problemi, language),
  ];
  if (notes.length === 0) return;
  sheet.addSectionHeader(strings.sections.notes, 'note');
  for (const note of notes) sheet.addTextRow(note);
}
