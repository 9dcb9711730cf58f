/**
 * The annex: the dwellings of the inventory the plan does not count, or does not count among the
 * available ones, one row each: code, row of the inventory, the reasons in a few words
 * (Plan.esclusi). What to correct is the pane's business, not the act's.
 */
import { rangeAddress } from '../../address';
import { COUNT_FORMAT, STYLE, TEXT_FORMAT, heightFor, number, text, wrappedLines } from '../builder';
import type { ExcludedDwelling } from '../../plan/plan';
import type { SectionContext } from './context';

/** Most dwellings listed in the annex; the rest are counted in one line. */
export const MAX_ANNEX_ROWS = 200;

const CODE_COLUMN = 0;
const ROW_COLUMN = 1;
const REASON_COLUMN = 2;

export function addAnnex({ sheet, plan, strings }: SectionContext): void {
  const excluded = plan.esclusi;
  if (excluded.length === 0) return;
  const annex = strings.annex;
  const last = sheet.lastColumn;
  sheet.addSectionHeader(annex.title, 'allegato');
  sheet.addTextRow(annex.intro);
  // One inventory: its sheet named once, in the header; merged communications: each row's place.
  const placeOf = (dwelling: ExcludedDwelling): string | undefined =>
    dwelling.file || dwelling.sheet ? annex.place(dwelling.file, dwelling.sheet) : undefined;
  const places = new Set(excluded.map(placeOf).filter((place) => place !== undefined));
  const [onlyPlace] = places.size === 1 ? [...places] : [];
  const labels: (string | null)[] = Array.from({ length: sheet.columnCount }, () => null);
  labels[CODE_COLUMN] = annex.headers.code;
  labels[ROW_COLUMN] = onlyPlace ? annex.headers.rowIn(onlyPlace) : annex.headers.row;
  labels[REASON_COLUMN] = annex.headers.reason;
  const header = sheet.addTableHeader(labels, [[REASON_COLUMN, last]]);
  const reasonWidth = sheet.width(REASON_COLUMN, last);
  let row = header;
  for (const dwelling of excluded.slice(0, MAX_ANNEX_ROWS)) {
    const place = places.size > 1 && placeOf(dwelling) ? `${placeOf(dwelling)}: ` : '';
    const reason = `${place}${dwelling.reasons.map((exclusion) => annex.reason(exclusion)).join('; ')}`;
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
  if (excluded.length > MAX_ANNEX_ROWS) sheet.addTextRow(annex.more(excluded.length - MAX_ANNEX_ROWS));
}
