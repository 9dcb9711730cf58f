/**
 * The calendar of a plan year (docs/NORMATIVA.md, "Calendar"): the owners communicate the
 * dwellings expected over the three years to the Comune capofila by 31 October of the year
 * before (R.R. 4/2017 art. 5 c. 1); the Assemblea dei sindaci approves the plan by 31 December
 * of the year before. Late approval is common: the add-in says when a deadline has passed, as
 * information, and never refuses anything because of it.
 */
import type { DateOnly } from '../types';
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
      {
        message: `Il piano ${year} è preparato il ${dayText(today)}, dopo il termine del ${dayText(approval.date)} per l’approvazione dell’Assemblea dei sindaci. Capita spesso: è un’indicazione, non un impedimento; gli avvisi seguono l’approvazione.`,
        messageEn: `The ${year} plan is prepared on ${dayTextEn(today)}, after the ${dayTextEn(approval.date)} deadline for its approval by the Assemblea dei sindaci. This is common: a reminder, not an obstacle; the calls follow the approval.`,
      },
    ];
  }
  if (after(generatedAt, communications.date)) {
    return [
      {
        message: `Il piano ${year} è preparato il ${dayText(today)}, dopo il termine del ${dayText(communications.date)} per le comunicazioni degli enti proprietari: quelle arrivate dopo si possono comunque includere; l’approvazione è attesa entro il ${dayText(approval.date)}.`,
        messageEn: `The ${year} plan is prepared on ${dayTextEn(today)}, after the ${dayTextEn(communications.date)} deadline for the owners' communications: later ones can still be included; the approval is expected by ${dayTextEn(approval.date)}.`,
      },
    ];
  }
  return [];
}

export { dayText, dayTextEn };
