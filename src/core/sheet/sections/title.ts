/** Rows 1-3: the title, the Ambito and its capofila, the generation line (frozen, repeated when printing). */
import { STYLE, text } from '../builder';
import type { SectionContext } from './context';

/** Rows of the title block, frozen and repeated when printing. */
export const TITLE_ROWS = 3;

export function addTitle({ sheet, plan, strings, options }: SectionContext): void {
  const title = sheet.addRow([text(strings.title(plan.anno))]);
  sheet.merge(title, 0, sheet.lastColumn);
  sheet.style(sheet.wholeRow(title), STYLE.title);
  sheet.height(title, 24);
  sheet.anchor('titolo', title, 0);

  const place = [
    (plan.parametri.ambito ?? '').trim() ? strings.ambito(plan.parametri.ambito.trim()) : '',
    (plan.parametri.capofila ?? '').trim() ? strings.capofila(plan.parametri.capofila.trim()) : '',
  ].filter((part) => part !== '');
  const subtitle = sheet.addRow([place.length > 0 ? text(place.join(' - ')) : null]);
  sheet.merge(subtitle, 0, sheet.lastColumn);
  sheet.style(sheet.wholeRow(subtitle), STYLE.subtitle);
  sheet.height(subtitle, 18);

  const generated = [
    strings.generatedOn(strings.date(options.generatedAt ?? new Date())),
    options.fingerprint ? strings.fingerprint(options.fingerprint) : '',
    strings.dwellingsRead(plan.alloggi),
  ].filter((part) => part !== '');
  const generatedRow = sheet.addRow([text(generated.join(' - '))]);
  sheet.merge(generatedRow, 0, sheet.lastColumn);
  sheet.style(sheet.wholeRow(generatedRow), STYLE.generated);
}
