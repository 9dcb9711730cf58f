/**
 * The annex: the dwellings of the inventory the plan does not count, or does not count among the
 * available ones, one row each: code, row of the inventory, the reasons in a few words
 * (Plan.esclusi). What to correct is the pane's business, not the act's.
 */
import { rangeAddress } from '../../address';
import { COUNT_FORMAT, STYLE, TEXT_FORMAT, heightFor, number, text, wrappedLines } from '../builder';
import { formatCount } from '../../messages';
import type { ExcludedDwelling } from '../../plan/plan';
import type { Exclusion, SourcePlace } from '../../types';
import { SHEET_ANNEX } from '../messages';
import type { SheetStrings } from '../strings';
import type { SectionContext } from './context';

/** Most dwellings listed in the annex; the rest are counted in one line. */
export const MAX_ANNEX_ROWS = 200;

const CODE_COLUMN = 0;
const ROW_COLUMN = 1;
const REASON_COLUMN = 2;

/** The file and the sheet of a row ('' when neither is known), as the annex names a place. */
function placeText(strings: SheetStrings, file: string | undefined, sheet: string | undefined): string {
  return [file ? strings.annex.placeFile({ file }) : '', sheet ? strings.annex.placeSheet({ sheet }) : '']
    .filter(Boolean)
    .join(', ');
}

/** Why a dwelling is left out, in a few words. */
function reasonText(strings: SheetStrings, exclusion: Exclusion): string {
  const reasons = strings.annexReasons;
  switch (exclusion.reason) {
    case 'error-value':
      return reasons['error-value']({ column: exclusion.column });
    case 'duplicate-code':
      return reasons['duplicate-code']({ firstRow: exclusion.firstRow });
    case 'same-dwelling':
      return reasons['same-dwelling']({ place: otherPlace(strings, exclusion.other) });
    default:
      return reasons[exclusion.reason];
  }
}

/** The other row of the same dwelling: file, sheet, row. */
function otherPlace(strings: SheetStrings, other: SourcePlace): string {
  const row = other.row ? strings.annex.placeRow({ row: other.row }) : '';
  return [placeText(strings, other.file, other.sheet), row].filter(Boolean).join(', ');
}

export function addAnnex({ sheet, plan, strings, language }: SectionContext): void {
  const excluded = plan.esclusi;
  if (excluded.length === 0) return;
  const annex = strings.annex;
  const last = sheet.lastColumn;
  sheet.addSectionHeader(annex.title, 'allegato');
  sheet.addTextRow(annex.intro);
  // One inventory: its sheet named once, in the header; merged communications: each row's place.
  const placeOf = (dwelling: ExcludedDwelling): string | undefined =>
    dwelling.file || dwelling.sheet ? placeText(strings, dwelling.file, dwelling.sheet) : undefined;
  const places = new Set(excluded.map(placeOf).filter((place) => place !== undefined));
  const [onlyPlace] = places.size === 1 ? [...places] : [];
  const labels: (string | null)[] = Array.from({ length: sheet.columnCount }, () => null);
  labels[CODE_COLUMN] = annex.code;
  labels[ROW_COLUMN] = onlyPlace ? annex.rowIn({ place: onlyPlace }) : annex.row;
  labels[REASON_COLUMN] = annex.reason;
  const header = sheet.addTableHeader(labels, [[REASON_COLUMN, last]]);
  const reasonWidth = sheet.width(REASON_COLUMN, last);
  let row = header;
  for (const dwelling of excluded.slice(0, MAX_ANNEX_ROWS)) {
    const reasons = dwelling.reasons.map((exclusion) => reasonText(strings, exclusion)).join('; ');
    const place = places.size > 1 ? placeOf(dwelling) : undefined;
    const reason = place ? annex.placed({ place, reasons }) : reasons;
    row = sheet.addRow([text(dwelling.code ?? annex.noCode), number(dwelling.row), text(reason)]);
    sheet.merge(row, REASON_COLUMN, last);
    sheet.height(row, heightFor(wrappedLines(reason, reasonWidth)));
    if (dwelling.code === undefined) sheet.style(rangeAddress(row, CODE_COLUMN, row, CODE_COLUMN), STYLE.override);
  }
  sheet.style(rangeAddress(header + 1, 0, row, last), { ...STYLE.body, wrapText: true });
  sheet.style(rangeAddress(header + 1, ROW_COLUMN, row, ROW_COLUMN), { horizontalAlignment: 'center' });
  sheet.format(rangeAddress(header + 1, CODE_COLUMN, row, CODE_COLUMN), TEXT_FORMAT);
  sheet.format(rangeAddress(header + 1, ROW_COLUMN, row, ROW_COLUMN), COUNT_FORMAT);
  sheet.format(rangeAddress(header + 1, REASON_COLUMN, row, REASON_COLUMN), TEXT_FORMAT);
  sheet.anchor('allegato.prima', header + 1, CODE_COLUMN);
  const more = excluded.length - MAX_ANNEX_ROWS;
  if (more > 0)
    sheet.addTextRow(formatCount(more, SHEET_ANNEX.moreOne, SHEET_ANNEX.moreOther, language, { count: more }));
}
