/**
 * The calendar of the plan year (docs/NORMATIVA.md, "Calendar"): the owners' communications by
 * 31 October and the approval by 31 December of the year before; when the sheet is generated
 * after a deadline, one neutral sentence says so (never a blocker).
 */
import { sentenceText } from '../../messages';
import { cite } from '../../messages/citations';
import { calendarWarnings, day, planDeadlines } from '../../plan/calendar';
import { STYLE } from '../builder';
import type { SectionContext } from './context';

export function addCalendar({ sheet, plan, strings, language, options }: SectionContext): void {
  const [communications, approval] = planDeadlines(plan.anno);
  sheet.addSectionHeader(strings.sections.calendar, 'calendario');
  sheet.addTextRow(
    strings.calendar.communications({ date: day(communications.date), reference: cite(communications.reference) }),
  );
  sheet.addTextRow(strings.calendar.approval({ date: day(approval.date), reference: cite(approval.reference) }));
  calendarWarnings(plan.anno, options.generatedAt ?? new Date()).forEach((warning, index) => {
    const row = sheet.addTextRow(sentenceText(warning, language), STYLE.override);
    sheet.anchor(`calendario.avviso.${index}`, row, 0);
  });
}
