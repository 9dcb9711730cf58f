/**
 * Property tests of the inventory parser (issue #9 item 8): random grids, with the headers and
 * values offices write mixed with hostile ones (Excel errors, formula objects, invisible
 * characters, huge texts, NaN, holes). The parser never throws; every issue has a row; every
 * non-empty data row is either read (a unit) or refused (with an error on that row).
 */
import fc from 'fast-check';
import { parseInventory } from '../../src/core/inventory';
import { HEADER_SYNONYMS } from '../../src/core/inventory/headers';
import { cellValue, isEmptyValue } from '../../src/core/inventory/values';

const HEADERS = [...Object.values(HEADER_SYNONYMS).flat(), 'Note', '', 'Stato', 'STATO ALLOGGIO', 'Ente'];

const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    'libero',
    'sfitto',
    'in turnover',
    'occupato',
    'carenza manutentiva',
    'nuova costruzione',
    'SAP',
    'SAS',
    'SAT',
    'sì',
    'no',
    'Comune di Cremona',
    'ALER Brescia-Cremona-Mantova',
    'A.L.E.R. Pavia-Lodi',
    'Cremona',
    '01/03/2022',
    '31/02/2022',
    '2022-05-01',
    '45,5',
    '1.234',
    '#N/A',
    '#RIF!',
    "=cmd|' /C calc'!A0",
    '+SUM(1)',
    '\u200bComune di Cremona',
    'Comune\u00a0di Cremona',
    '\u001b[31mrosso',
    '',
    '   ',
  ),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date(),
  fc.constant({ error: '#N/A' }),
  fc.record({
    formula: fc.constant('VLOOKUP(A1,B:C,2,0)'),
    result: fc.oneof(fc.constant({ error: '#REF!' }), fc.string(), fc.integer()),
  }),
  fc.record({ richText: fc.array(fc.record({ text: fc.string() }), { maxLength: 3 }) }),
  fc.constant('x'.repeat(40_000)),
);

/** Mostly headers that give a usable inventory (owner, comune and status among others), sometimes anything. */
const REQUIRED = ['Ente proprietario', 'Comune', 'Stato alloggio'];
const headerRow = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.array(fc.oneof(fc.constantFrom(...HEADERS), fc.string()), { maxLength: 10 }), fc.nat())
      .map(([others, seed]) => {
        const headers = [...others];
        REQUIRED.forEach((header, index) => headers.splice((seed >> index) % (headers.length + 1), 0, header));
        return headers;
      }),
  },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom(...HEADERS), fc.string()), { maxLength: 14 }) },
);

const grid = fc
  .tuple(headerRow, fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 30 }), fc.integer({ min: 1, max: 50 }))
  .map(([headers, rows, headerRow]) => ({ grid: [headers, ...rows] as unknown[][], headerRow }));

/** A cell that shows nothing in Excel: empty, blanks, or a formula whose result is empty. */
const isEmptyCell = (value: unknown): boolean => isEmptyValue(cellValue(value));

let usable = 0;
afterAll(() => {
  // The property must have been exercised on usable inventories, not only on fatal ones.
  expect(usable).toBeGreaterThan(1_000);
});

test('random grids: never throws, every issue has a row, rows read + rows refused = rows given', () => {
  fc.assert(
    fc.property(grid, ({ grid: cells, headerRow }) => {
      const result = parseInventory(cells, { headerRow, sheetName: 'Inventario' });
      const lastRow = headerRow + cells.length - 1;
      for (const issue of result.issues) {
        expect(Number.isInteger(issue.row)).toBe(true);
        expect(issue.row === 0 || (issue.row >= headerRow && issue.row <= lastRow)).toBe(true);
        expect(issue.message.length).toBeGreaterThan(0);
        expect(issue.messageEn.length).toBeGreaterThan(0);
      }
      if (result.fatal) {
        expect(result.units).toEqual([]);
        expect(result.issues).toHaveLength(1);
        expect(result.issues[0].severity).toBe('errore');
        return;
      }
      usable += 1;
      const given = new Set<number>();
      cells.slice(1).forEach((row, index) => {
        if (Array.isArray(row) && row.some((value) => !isEmptyCell(value))) given.add(headerRow + 1 + index);
      });
      const read = new Set(result.units.map((unit) => unit.row));
      const refused = new Set(
        result.issues.filter((issue) => issue.severity === 'errore' && issue.row > headerRow).map((i) => i.row),
      );
      // A row is read or refused, never both, never neither.
      for (const row of read) expect(refused.has(row)).toBe(false);
      expect(read.size).toBe(result.units.length);
      expect(new Set([...read, ...refused])).toEqual(given);
    }),
    { numRuns: 3_000 },
  );
});
