import { MAX_SHEET_NAME_LENGTH, sanitizeSheetName, uniqueSheetName } from '../../src/core/sheet';

describe('uniqueSheetName', () => {
  const long = 'Piano Annuale Offerta Abitativa 2022'; // 36 characters
  test.each<[string, string[], string, string]>([
    ['a free name is kept', ['Inventario'], 'Piano 2022', 'Piano 2022'],
    ['an empty workbook', [], 'Piano 2022', 'Piano 2022'],
    ['a taken name gets (2)', ['Inventario', 'Piano 2022'], 'Piano 2022', 'Piano 2022 (2)'],
    ['case is ignored', ['PIANO 2022'], 'Piano 2022', 'Piano 2022 (2)'],
    ['the next free number', ['Piano 2022', 'piano 2022 (2)', 'Piano 2022 (3)'], 'Piano 2022', 'Piano 2022 (4)'],
    ['a gap is reused', ['Piano 2022', 'Piano 2022 (3)'], 'Piano 2022', 'Piano 2022 (2)'],
    ['cut to 31 characters', [], long, long.slice(0, 31)],
    ['cut again to fit the suffix', [long.slice(0, 31)], long, `${long.slice(0, 27)} (2)`],
    ['forbidden characters replaced', [], 'Piano 2022/23: [bozza]?', 'Piano 2022-23- -bozza--'],
    ['apostrophes at the ends dropped', [], "'Piano'", 'Piano'],
    ['empty falls back', ['Foglio1'], '   ', 'Piano'],
    ['History is reserved', [], 'history', 'Piano'],
    ['control characters become spaces', [], 'Piano\t2022', 'Piano 2022'],
    ['English name', ['Plan 2022'], 'Plan 2022', 'Plan 2022 (2)'],
  ])('%s', (_, existing, wanted, expected) => {
    const name = uniqueSheetName(existing, wanted);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
  });

  test('a surrogate pair is never split when cutting', () => {
    const name = sanitizeSheetName(`${'x'.repeat(30)}😀`);
    expect(name).toBe('x'.repeat(30));
  });

  test('double-digit suffixes still fit in 31 characters', () => {
    const base = 'y'.repeat(31);
    const existing = [
      base,
      ...Array.from({ length: 8 }, (_, index) => `${'y'.repeat(27)} (${index + 2})`),
      `${'y'.repeat(26)} (10)`,
    ];
    expect(uniqueSheetName(existing, base)).toBe(`${'y'.repeat(26)} (11)`);
  });
});
