/**
 * compareItalian (src/core/collation.ts) against the ICU collator it stands in for: the owners and
 * comuni of a plan must come out in the same order as `localeCompare(b, 'it', { sensitivity: 'base' })`
 * puts them, whichever of the two does the comparing.
 */
import { compareItalian } from '../../src/core/collation';

const icu = (a: string, b: string): number => a.localeCompare(b, 'it', { sensitivity: 'base' });
const sign = (value: number): number => Math.sign(value);

const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index));

test('every pair of printable ASCII characters compares as ICU compares it', () => {
  const differences: string[] = [];
  for (const a of PRINTABLE) {
    for (const b of PRINTABLE) {
      if (sign(compareItalian(a, b)) !== sign(icu(a, b))) differences.push(`${a} ${b}`);
    }
  }
  expect(differences).toEqual([]);
});

/** A small deterministic generator (xorshift), so that a failure can be replayed. */
function randomTexts(count: number, alphabet: string, seed: number): string[] {
  let state = seed;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * 8);
    let text = '';
    for (let index = 0; index < length; index++) text += alphabet[Math.floor(next() * alphabet.length)];
    return text;
  });
}

test.each([
  ['names', "aAbBeE -'.", 1],
  ['printable ASCII', PRINTABLE.join(''), 2],
  ['accents and other characters, left to ICU', "aAàÀeèé ' -\u00a0ßsS\u0301ǅ", 3],
])('random texts of %s sort as ICU sorts them, ties included', (_, alphabet, seed) => {
  const texts = randomTexts(3000, alphabet, seed);
  for (let index = 0; index + 1 < texts.length; index++) {
    const [a, b] = [texts[index], texts[index + 1]];
    expect([a, b, sign(compareItalian(a, b))]).toEqual([a, b, sign(icu(a, b))]);
  }
  expect([...texts].sort(compareItalian)).toEqual([...texts].sort(icu));
});

test("the owners of the Ambito di Cremona come in ICU's order", () => {
  const owners = [
    'Comune di Sesto ed Uniti',
    'ALER Brescia-Cremona-Mantova',
    "Comune di Gerre de' Caprioli",
    'Comune di Gadesco-Pieve Delmona',
    'comune di cremona',
    'Comune di Cremona',
    'Comune di Cantù',
    'Comune di Castelverde',
    'A.L.E.R. Pavia-Lodi',
    'Aler',
    'ALER',
  ];
  expect([...owners].sort(compareItalian)).toEqual([...owners].sort(icu));
  expect(compareItalian('Aler', 'ALER')).toBe(0);
  expect(compareItalian('', '')).toBe(0);
  expect(sign(compareItalian('', 'a'))).toBe(-1);
});
