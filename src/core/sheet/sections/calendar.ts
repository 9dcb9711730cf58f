/**
 * The calendar of the plan year (docs/NORMATIVA.md, "Calendar"): the owners' communications by
 * 31 October and the approval by 31 December of the year before; when the sheet is generated
 * after a deadline, one neutral sentence says so (never a blocker).
 */
import { calendarWarnings, dayText, dayTextEn, planDeadlines } from '../../plan/calendar';
import { STYLE } from '../builder';
import type { SectionContext } from './context';

export function addCalendar({ sheet, plan, strings, language, options }: SectionContext): void {
  const [communications, approval] = planDeadlines(plan.anno);
  const date = language === 'en' ? dayTextEn : dayText;
  sheet.addSectionHeader(strings.sections.calendar, 'calendario');
  sheet.addTextRow(
    strings.calendarCommunications(date(communications.date), strings.citation(communications.reference)),
  );
  sheet.addTextRow(strings.calendarApproval(date(approval.date), strings.citation(approval.reference)));
  calendarWarnings(plan.anno, options.generatedAt ?? new Date()).forEach((warning, index) => {
    const row = sheet.addTextRow(language === 'en' ? warning.messageEn : warning.message, STYLE.override);
    sheet.anchor(`calendario.avviso.${index}`, row, 0);
  });
}
