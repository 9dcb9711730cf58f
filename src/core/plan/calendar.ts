/**
 * The calendar of a plan year (docs/NORMATIVA.md, "Calendar"): the owners communicate the
 * dwellings expected over the three years to the Comune capofila by 31 October of the year
 * before (R.R. 4/2017 art. 5 c. 1); the Assemblea dei sindaci approves the plan by 31 December
 * of the year before. Late approval is common: the add-in says when a deadline has passed, as
 * information, and never refuses anything because of it.
 */
import type { DateOnly } from '../types';
import { sentence } from '../messages';
import { PLAN_MESSAGES } from './messages';
import type { PlanNote } from './plan';

export interface PlanDeadline {
  key: 'comunicazioni' | 'approvazione';
  date: DateOnly;
  reference: string;
}

/** The deadlines of the plan for `year`, in the order they fall. */
export function planDeadlines(year: number): PlanDeadline[] {
  return [
    { key: 'comunicazioni', date: { year: year - 1, month: 10, day: 31 }, reference: 'R.R. 4/2017 art. 5 c. 1' },
    { key: 'approvazione', date: { year: year - 1, month: 12, day: 31 }, reference: 'R.R. 4/2017 art. 4' },
  ];
}

const dayText = (date: DateOnly): string =>
  `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayTextEn = (date: DateOnly): string => `${date.day} ${MONTHS_EN[date.month - 1]} ${date.year}`;
/** A day as each language writes it: 31/10/2026, 31 Oct 2026. */
export const day = (date: DateOnly): { it: string; en: string } => ({ it: dayText(date), en: dayTextEn(date) });

/** A deadline has passed on `when` when `when` is a later day (local calendar, as the user reads it). */
function after(when: Date, deadline: DateOnly): boolean {
  const day = { year: when.getFullYear(), month: when.getMonth() + 1, day: when.getDate() };
  return day.year * 10_000 + day.month * 100 + day.day > deadline.year * 10_000 + deadline.month * 100 + deadline.day;
}

/**
 * What to say when the plan is prepared after a deadline: one neutral sentence, about the
 * latest deadline passed; nothing when none has.
 */
export function calendarWarnings(year: number, generatedAt: Date): PlanNote[] {
  const [communications, approval] = planDeadlines(year);
  const today = { year: generatedAt.getFullYear(), month: generatedAt.getMonth() + 1, day: generatedAt.getDate() };
  if (after(generatedAt, approval.date)) {
    return [
      sentence(PLAN_MESSAGES['late-approval'], {
        year: String(year),
        today: day(today),
        deadline: day(approval.date),
      }),
    ];
  }
  if (after(generatedAt, communications.date)) {
    return [
      sentence(PLAN_MESSAGES['late-communications'], {
        year: String(year),
        today: day(today),
        deadline: day(communications.date),
        approval: day(approval.date),
      }),
    ];
  }
  return [];
}
