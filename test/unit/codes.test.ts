/** The duplicate-code index of the row parser (src/core/inventory/codes.ts) against the Map it replaced. */
import { CodeIndex } from '../../src/core/inventory/codes';

/** What the parser did before: a Map from the lower-case code to its first row. */
function reference(codes: string[]): Array<number | undefined> {
  const seen = new Map<string, number>();
  return codes.map((code, index) => {
    const key = code.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index + 2);
    return first;
  });
}

function indexed(codes: string[]): Array<number | undefined> {
  const index = new CodeIndex();
  return codes.map((code, row) => index.firstRow(code, row + 2));
}

describe('CodeIndex', () => {
  test('the same code in any case is found with the row that first used it', () => {
    const index = new CodeIndex();
    expect(index.firstRow('CR-000123', 2)).toBeUndefined();
    expect(index.firstRow('AL-CR-000123', 3)).toBeUndefined();
    expect(index.firstRow('cr-000123', 7)).toBe(2);
    expect(index.firstRow('Cr-000123', 9)).toBe(2);
    expect(index.firstRow('AL-CR-000123', 10)).toBe(3);
    // A code that only shares a prefix, or has one character more, is another code.
    expect(index.firstRow('CR-00012', 11)).toBeUndefined();
    expect(index.firstRow('CR-0001234', 12)).toBeUndefined();
    expect(index.size).toBe(4);
  });

  test('codes with accents and other scripts compare as toLowerCase does', () => {
    const codes = [
      'CITTÀ-1',
      'città-1',
      'ÀÈÌ',
      'àèì',
      'ΣΟΦΊΑ',
      'σοφία',
      'K-1',
      '\u212A-1',
      'İ-2',
      'i̇-2',
      'ß',
      'SS',
      '😀A',
      '😀a',
    ];
    expect(indexed(codes)).toEqual(reference(codes));
    expect(indexed(codes).filter((row) => row !== undefined)).toHaveLength(6);
  });

  test('200,000 codes: every repeat found, nothing else, as with a Map', () => {
    const codes: string[] = [];
    for (let n = 0; n < 200_000; n++)
      codes.push(`${['AL-', '', 'al-'][n % 3]}CR-${String(n % 150_000).padStart(6, '0')}`);
    const expected = reference(codes);
    expect(indexed(codes)).toEqual(expected);
    expect(expected.filter((row) => row !== undefined).length).toBeGreaterThan(40_000);
  });
});
