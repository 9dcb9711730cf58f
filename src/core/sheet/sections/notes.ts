/**
 * The plan's notes: the reading used, the caps that bit, the owners' own values, and what the act
 * must say of the inventory as a whole (every dwelling SAP, codes not checked, dwellings left out
 * and listed in the annex). The clerk's instructions ("correggete la cella...") stay in the pane.
 */
import type { InventoryIssue } from '../../types';
import type { SheetStrings } from '../strings';
import { definitionOf, ownersWithOwnValues, type SectionContext } from './context';

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

/** The inventory's problems that change what the plan counts, as facts of the act. */
function inventoryNotes(strings: SheetStrings, problems: InventoryIssue[], excluded: number): string[] {
  const notes: string[] = [];
  if (problems.some((problem) => problem.kind === 'noServiceColumn')) notes.push(strings.inventoryNotes.allSap);
  if (problems.some((problem) => problem.kind === 'noCodeColumn')) notes.push(strings.inventoryNotes.noCodes);
  if (excluded > 0) notes.push(strings.inventoryNotes.excluded(excluded));
  return notes;
}

export function addNotes(context: SectionContext): void {
  const { sheet, plan, strings, language } = context;
  const notes = [
    ...(plan.gruppi.length === 0 ? [strings.noDwellings] : []),
    ...plan.note.map((note) => (language === 'en' ? note.messageEn : note.message)),
    ...overrideNotes(context),
    ...inventoryNotes(strings, plan.problemi, plan.esclusi.length),
  ];
  if (notes.length === 0) return;
  sheet.addSectionHeader(strings.sections.notes, 'note');
  for (const note of notes) sheet.addTextRow(note);
}
