import {
  formatDecimal,
  formatPercent,
  formatPoints,
  parseNumberText,
  readCount,
  readPercent,
} from '../../src/core/numbers';

test.each<[number, 'it' | 'en', string]>([
  [0.3, 'it', '30 %'],
  [0.2 + 0.1, 'it', '30 %'],
  [0.125, 'it', '12,5 %'],
  [0.125, 'en', '12.5 %'],
  [0, 'en', '0 %'],
  [1, 'it', '100 %'],
])('formatPercent(%d, %s) is %s', (share, language, expected) => {
  expect(formatPercent(share, language)).toBe(expected);
});

test('points and decimals as the reader writes them', () => {
  expect(formatPoints(0.075, 'it')).toBe('7,5');
  expect(formatDecimal(18 * 0.25, 'it')).toBe('4,5');
  expect(formatDecimal(18 * 0.25, 'en')).toBe('4.5');
});

test.each<[string, number | undefined]>([
  ['12', 12],
  ['1.234', 1234],
  ['45,5', 45.5],
  ['1.234,5', 1234.5],
  ['0.3', 0.3],
  ['dieci', undefined],
  ['', undefined],
])('parseNumberText(%p) is %p', (text, expected) => {
  expect(parseNumberText(text)).toBe(expected);
});

test.each<[unknown, boolean, string | number]>([
  [18, true, 18],
  ['18', true, 18],
  [-1, false, 'negative'],
  [2.5, false, 'not-whole'],
  ['tanti', false, 'not-a-number'],
])('readCount(%p)', (raw, ok, expected) => {
  const reading = readCount(raw);
  expect(reading.ok).toBe(ok);
  expect(reading.ok ? reading.value : reading.problem).toBe(expected);
});

test.each<[unknown, boolean, string | number]>([
  [0.3, true, 0.3],
  ['30%', true, 0.3],
  ['30 %', true, 0.3],
  ['0,3', true, 0.3],
  [30, false, 'percent-above-one'],
  [-0.1, false, 'negative'],
])('readPercent(%p)', (raw, ok, expected) => {
  const reading = readPercent(raw);
  expect(reading.ok).toBe(ok);
  if (reading.ok) expect(reading.value).toBeCloseTo(expected as number, 12);
  else expect(reading.problem).toBe(expected);
});
