/** Rows 1-3: the title, the Ambito and its capofila, the generation line (frozen, repeated when printing). */
import { STYLE, text } from '../builder';
import type { SheetStrings } from '../strings';
import type { SectionContext } from './context';

/** Rows of the title block, frozen and repeated when printing. */
export const TITLE_ROWS = 3;

/** "Ambito di Cremona" as typed, "Cremona" as "Ambito Cremona"; '' when the clerk typed none. */
export function ambitoName(strings: SheetStrings, typed: string): string {
  const ambito = typed.trim();
  if (ambito === '') return '';
  return /^ambito\b/i.test(ambito) ? ambito : strings.title.ambito({ ambito });
}

export function addTitle({ sheet, plan, strings, options }: SectionContext): void {
  const title = sheet.addRow([text(strings.title.title({ year: plan.anno }))]);
  sheet.merge(title, 0, sheet.lastColumn);
  sheet.style(sheet.wholeRow(title), STYLE.title);
  sheet.height(title, 24);
  sheet.anchor('titolo', title, 0);

  const capofila = (plan.parametri.capofila ?? '').trim();
  const place = [
    ambitoName(strings, plan.parametri.ambito ?? ''),
    capofila ? strings.title.capofila({ capofila }) : '',
  ].filter((part) => part !== '');
  const subtitle = sheet.addRow([place.length > 0 ? text(place.join(' - ')) : null]);
  sheet.merge(subtitle, 0, sheet.lastColumn);
  sheet.style(sheet.wholeRow(subtitle), STYLE.subtitle);
  sheet.height(subtitle, 18);

  const generated = [
    strings.title.generatedOn({ date: strings.date(options.generatedAt ?? new Date()) }),
    options.fingerprint ? strings.title.fingerprint({ fingerprint: options.fingerprint }) : '',
    strings.title.dwellingsRead({ count: plan.alloggi }),
  ].filter((part) => part !== '');
  const generatedRow = sheet.addRow([text(generated.join(' - '))]);
  sheet.merge(generatedRow, 0, sheet.lastColumn);
  sheet.style(sheet.wholeRow(generatedRow), STYLE.generated);
}
