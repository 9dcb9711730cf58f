import { fnv1a32, inventoryFingerprint } from '../../src/core/fingerprint';
import { cremonaUnits } from '../helpers/plan-units';

describe('fnv1a32', () => {
  test.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('published test vector %p', (input, hash) => {
    expect(fnv1a32(input)).toBe(hash);
  });

  test('hashes the UTF-8 bytes of accented and astral characters', () => {
    const bytesHash = (text: string): string => {
      let hash = 0x811c9dc5;
      for (const byte of Buffer.from(text, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193);
      return (hash >>> 0).toString(16).padStart(8, '0');
    };
    for (const text of ['Città', 'Proprietà: Comune di Cremona', '€ 8.000', 'casa 🏠']) {
      expect(fnv1a32(text)).toBe(bytesHash(text));
    }
  });
});

describe('inventoryFingerprint', () => {
  const inventory = cremonaUnits();
  const fingerprint = inventoryFingerprint(inventory);

  test('eight hex digits, the same on every run', () => {
    expect(fingerprint).toMatch(/^[0-9a-f]{8}$/);
    expect(inventoryFingerprint(cremonaUnits())).toBe(fingerprint);
  });

  test('changes when a dwelling changes, is added, or the rows are reordered', () => {
    const changed = inventory.map((unit, index) => (index === 5 ? { ...unit, status: 'occupato' as const } : unit));
    expect(inventoryFingerprint(changed)).not.toBe(fingerprint);
    expect(inventoryFingerprint(inventory.slice(1))).not.toBe(fingerprint);
    expect(inventoryFingerprint([...inventory].reverse())).not.toBe(fingerprint);
    const dated = inventory.map((unit, index) =>
      index === 12 ? { ...unit, availableFrom: { year: 2022, month: 3, day: 2 } } : unit,
    );
    expect(inventoryFingerprint(dated)).not.toBe(fingerprint);
  });

  test('ignores the worksheet row numbers (an inserted empty row changes no dwelling)', () => {
    expect(inventoryFingerprint(inventory.map((unit) => ({ ...unit, row: unit.row + 1 })))).toBe(fingerprint);
  });

  test('an absent field differs from an empty one', () => {
    const [first] = inventory;
    expect(inventoryFingerprint([{ ...first, code: undefined }])).not.toBe(
      inventoryFingerprint([{ ...first, code: '' }]),
    );
  });
});
