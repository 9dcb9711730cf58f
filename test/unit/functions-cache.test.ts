/**
 * The digest that keys the functions' cache of inventory ranges and measures them against
 * Excel on the web's 5 MB: its size is the JSON size Excel counts, byte for byte, and its key
 * changes with any cell.
 */
import { rangeDigest } from '../../src/functions/inventory-cache';

const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

test.each([
  [
    'plain text and numbers',
    [
      ['Codice', 'Ente'],
      ['CR-1', 12],
      ['CR-2', 3.25],
    ],
  ],
  [
    'accents, euro, quotes and backslashes',
    [
      ['Proprietà', 'Costo €'],
      ['"Casa" \\ via', 'città'],
    ],
  ],
  [
    'control characters and line breaks',
    [
      ['a\nb', 'c\td'],
      ['\u0001', '\r'],
    ],
  ],
  [
    'emoji (surrogate pairs) and CJK',
    [
      ['🏠 casa', '住宅'],
      ['', ''],
    ],
  ],
  [
    'booleans, empty cells, negative and big numbers',
    [
      [true, false],
      ['', -7],
      [1e21, 0.1 + 0.2],
    ],
  ],
  ['a ragged range', [['a'], ['b', 'c', 'd']]],
])('%s: the size is the JSON size in UTF-8', (_what, rows) => {
  expect(rangeDigest(rows as unknown[][]).bytes).toBe(jsonBytes(rows));
});

test('the key changes with any cell, its place, or the shape', () => {
  const base = [
    ['Codice', 'Stato'],
    ['CR-1', 'libero'],
    ['CR-2', 'occupato'],
  ];
  const key = rangeDigest(base).key;
  expect(rangeDigest(base.map((row) => [...row])).key).toBe(key);
  expect(rangeDigest([base[0], base[2], base[1]]).key).not.toBe(key);
  expect(rangeDigest([...base.slice(0, 2), ['CR-2', 'occupatO']]).key).not.toBe(key);
  expect(
    rangeDigest([
      ['Codice', 'Stato', 'CR-1'],
      ['libero', 'CR-2', 'occupato'],
    ]).key,
  ).not.toBe(key);
  // A number and the same digits as text are different cells.
  expect(rangeDigest([['1', 2]]).key).not.toBe(rangeDigest([[1, 2]]).key);
});
