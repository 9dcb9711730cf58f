import {
  HEADER_FOOTER_PART_LIMIT,
  PAGE_COUNT,
  PAGE_NUMBER,
  PLAN_MARGINS,
  columnWidthPoints,
  headerFooterText,
  pageCapacity,
  paginate,
  printScale,
  type RowInfo,
  type RowRole,
} from '../../src/core/sheet/pages';

/** Rows from a compact description: role letters and heights ("s20" a section's title of 20 points). */
function rows(spec: string): RowInfo[] {
  const roles: Record<string, RowRole> = {
    b: 'blank',
    s: 'section',
    h: 'tableHeader',
    r: 'tableRow',
    t: 'tableTotal',
    g: 'group',
    o: 'other',
  };
  let block = 0;
  return spec.split(/\s+/).map((item) => {
    const role = roles[item[0]];
    if (role === 'tableHeader' || (role === 'group' && item.endsWith('!'))) block += 1;
    const height = Number(item.slice(1).replace('!', '')) || 15;
    return { role, height, block: role.startsWith('table') || role === 'group' ? block : -1 };
  });
}

/** The rows of each page, 1-based, with the repeated headers marked "H". */
function pages(info: RowInfo[], capacity: number): string[] {
  const plan = paginate(info, capacity);
  const starts = new Set([...plan.breaks, ...plan.repeats]);
  const result: string[][] = [[]];
  info.forEach((_, index) => {
    const row = index + 1;
    if (starts.has(row) && row > 1) result.push(plan.repeats.includes(row) ? ['H'] : []);
    result[result.length - 1].push(String(row));
  });
  return result.map((page) => page.join(' '));
}

describe('page breaks', () => {
  test('everything fits: no break', () => {
    expect(paginate(rows('o o b s h r r t'), 1000)).toEqual({ breaks: [], repeats: [] });
  });

  test('a small table that does not fit goes whole to the next page, with its section title', () => {
    // 3 text rows (45) + blank, title, header, 3 rows, totals (105): 150 > 120.
    expect(pages(rows('o o o b s h r r r t'), 120)).toEqual(['1 2 3 4', '5 6 7 8 9 10']);
  });

  test('the blank row before a section stays at the foot of the page only when it fits there', () => {
    expect(pages(rows('o o o o o o b s h r t'), 100)).toEqual(['1 2 3 4 5 6', '7 8 9 10 11']);
  });

  test('a long table repeats its header on every page it continues on; its last row stays with the totals', () => {
    // Header 30, 10 rows, totals: 195 points on pages of 100.
    const info = rows(`s h30 ${'r '.repeat(10)}t`);
    const plan = paginate(info, 100);
    expect(plan.breaks).toEqual([]);
    expect(plan.repeats.length).toBeGreaterThan(0);
    const printed = pages(info, 100);
    // Every page after the first starts with the header printed again.
    for (const page of printed.slice(1)) expect(page.startsWith('H ')).toBe(true);
    // The totals row (13) never starts a page alone.
    expect(printed[printed.length - 1]).toMatch(/\b12 13$/);
    // No page holds more than it can (a repeated header counts 30).
    for (const page of printed) {
      const height = page.split(' ').reduce((sum, row) => sum + (row === 'H' ? 30 : info[Number(row) - 1].height), 0);
      expect(height).toBeLessThanOrEqual(100);
    }
  });

  test('a long table starts a new page when its header and first rows do not fit at the foot of this one', () => {
    const info = rows(`o60 b s20 h30 ${'r '.repeat(12)}t`);
    expect(pages(info, 120)[0]).toBe('1 2');
  });

  test('a text line introducing a table stays with the section title and the table', () => {
    expect(pages(rows('o o o o b s o h r t'), 100)).toEqual(['1 2 3 4 5', '6 7 8 9 10']);
  });

  test('a kept-together block (the approval) is not split', () => {
    expect(pages(rows('o o o b s g28! g28 g28 g'), 120)).toEqual(['1 2 3 4', '5 6 7 8 9']);
  });

  test('a single row taller than a page still gets a page of its own', () => {
    expect(pages(rows('o o200 o'), 100)).toEqual(['1', '2', '3']);
  });
});

describe('page geometry', () => {
  test('the zoom fits the columns in the width of A4 landscape, within the margins', () => {
    const widths = [36, 20, 18, ...Array(9).fill(13)];
    const scale = printScale(widths, 'landscape', PLAN_MARGINS);
    const sheetWidth = widths.reduce((sum, width) => sum + columnWidthPoints(width), 0);
    const printable = 841.89 - (PLAN_MARGINS.left + PLAN_MARGINS.right) * 72;
    expect((sheetWidth * scale) / 100).toBeLessThanOrEqual(printable);
    expect((sheetWidth * (scale + 5)) / 100).toBeGreaterThan(printable);
    expect(Number.isInteger(scale)).toBe(true);
    // More columns (2027: police shares of art. 7 bis and 7 ter) print smaller.
    expect(printScale([...widths, 13, 13], 'landscape', PLAN_MARGINS)).toBeLessThan(scale);
    // Never enlarged.
    expect(printScale([10], 'portrait', PLAN_MARGINS)).toBe(100);
  });

  test('a page holds the printable height, at the zoom, less a safety margin', () => {
    const printable = 595.28 - (PLAN_MARGINS.top + PLAN_MARGINS.bottom) * 72;
    const capacity = pageCapacity(71, 'landscape', PLAN_MARGINS);
    expect(capacity).toBeLessThan(printable / 0.71);
    expect(capacity).toBeGreaterThan((printable / 0.71) * 0.9);
  });
});

describe('header and footer texts', () => {
  test.each<[string, string]>([
    [
      "Piano Annuale dell'Offerta Abitativa 2022 - Ambito di Cremona",
      "&9Piano Annuale dell'Offerta Abitativa 2022 - Ambito di Cremona",
    ],
    [`Pagina ${PAGE_NUMBER} di ${PAGE_COUNT}`, '&9Pagina &P di &N'],
    // An ampersand of the text is doubled, or Excel would read a code.
    ['Ambito Oglio & Po', '&9Ambito Oglio && Po'],
    // A text starting with a digit would lengthen the font size code: no size then.
    ['2022: piano', '2022: piano'],
  ])('%s -> %s', (text, code) => {
    expect(headerFooterText(text)).toBe(code);
  });

  test('a title with the Ambito is never cut; a very long one is cut at a word, within Excel’s 255 characters', () => {
    const english =
      "Annual Housing Offer Plan 2027 (Piano Annuale dell'Offerta Abitativa) - Ambito territoriale di Garbagnate Milanese";
    expect(headerFooterText(english)).toBe(`&9${english}`);
    const code = headerFooterText(`Piano ${'molto '.repeat(100)}lungo & largo`);
    expect(code.length).toBeLessThanOrEqual(HEADER_FOOTER_PART_LIMIT);
    expect(code).toMatch(/^&9Piano (molto )+molto…$/);
    // Never half of a doubled ampersand at the end.
    expect(headerFooterText(`${'a'.repeat(156)}&&&&`)).toBe(`&9${'a'.repeat(156)}…`);
  });
});
