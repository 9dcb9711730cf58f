import { createFingerprintBuilder, fnv1a32, inventoryFingerprint } from '../../src/core/fingerprint';
import type { Unit } from '../../src/core/types';
import { cremonaUnits } from '../helpers/plan-units';

/**
 * The implementation before the hash was fed piece by piece (one joined string, iterated by code
 * point): the fingerprints printed on existing plan sheets must not change.
 */
function previousFnv1a32(input: string): string {
  let hash = 0x811c9dc5;
  const addByte = (byte: number): void => {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  };
  for (const character of input) {
    const codePoint = character.codePointAt(0) as number;
    if (codePoint < 0x80) addByte(codePoint);
    else if (codePoint < 0x800) {
      addByte(0xc0 | (codePoint >> 6));
      addByte(0x80 | (codePoint & 0x3f));
    } else if (codePoint < 0x10000) {
      addByte(0xe0 | (codePoint >> 12));
      addByte(0x80 | ((codePoint >> 6) & 0x3f));
      addByte(0x80 | (codePoint & 0x3f));
    } else {
      addByte(0xf0 | (codePoint >> 18));
      addByte(0x80 | ((codePoint >> 12) & 0x3f));
      addByte(0x80 | ((codePoint >> 6) & 0x3f));
      addByte(0x80 | (codePoint & 0x3f));
    }
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function previousFingerprint(units: Unit[]): string {
  const text = (value: string | number | boolean | undefined): string =>
    value === undefined ? '\u0000' : String(value);
  const canonical = (unit: Unit): string =>
    [
      text(unit.code),
      text(unit.owner),
      text(unit.ownerKind),
      text(unit.comune),
      text(unit.address),
      text(unit.service),
      text(unit.status),
      unit.availableFrom === undefined
        ? '\u0000'
        : `${unit.availableFrom.year}-${unit.availableFrom.month}-${unit.availableFrom.day}`,
      text(unit.carenzaManutentiva),
      text(unit.surface),
      text(unit.rooms),
      text(unit.platformId),
      text(unit.origin),
      text(unit.worksCost),
    ].join('\u001f');
  return previousFnv1a32(`${units.length}\u001e${units.map(canonical).join('\u001e')}`);
}

/** Strings whose UTF-8 encoding is easy to get wrong, with the hashes the previous implementation gave. */
const TRICKY: Array<[string, string]> = [
  ['', '811c9dc5'],
  ['Città', '8dc99b72'],
  ['perché Già ù', 'e846e33e'],
  ['€ 8.000', 'a3c05665'],
  ['€', '298f832b'],
  ['casa 🏠', '4a17ddd9'],
  ['🏠', 'bdda34d7'],
  ['👩‍👩‍👧', '9df63ee4'],
  ['x\ud800y', '5b8da5f5'],
  ['\ud800', '75a7b798'],
  ['\udc00', '1581a408'],
  ['a\udc00\ud800b', '518feaf0'],
  ['\ud83c', 'a1a7fcdc'],
  ['end\ud83c', '6697f179'],
  ['\u0000\u001f\u001e', 'ce64543a'],
  ['\u07ff\u0800\uffff', '76b07430'],
  ['e\u0301', 'fa9bc71f'],
  ["Gerre de' Caprioli", '6317939d'],
];

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

  test.each(TRICKY)("gives the previous implementation's hash for %j", (input, hash) => {
    expect(fnv1a32(input)).toBe(hash);
    expect(previousFnv1a32(input)).toBe(hash);
  });

  test('agrees with the previous implementation on random strings with lone and paired surrogates', () => {
    const pieces = [
      'a',
      'é',
      '€',
      '🏠',
      '\ud800',
      '\udbff',
      '\udc00',
      '\udfff',
      '\u0000',
      '\u07ff',
      '\u0800',
      '\uffff',
    ];
    let state = 1;
    const next = (): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    for (let sample = 0; sample < 500; sample++) {
      let text = '';
      const length = Math.floor(next() * 12);
      for (let index = 0; index < length; index++) text += pieces[Math.floor(next() * pieces.length)];
      expect(fnv1a32(text)).toBe(previousFnv1a32(text));
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

  test('is the same as the previous implementation, tricky text included', () => {
    expect(fingerprint).toBe('b126485d');
    expect(previousFingerprint(inventory)).toBe(fingerprint);
    expect(inventoryFingerprint([])).toBe('33ed8ea3');
    const tricky: Unit[] = inventory.slice(0, 3).map((unit, index) => ({
      ...unit,
      owner: ['Comune di Città €', 'ALER 🏠', 'x\ud800'][index],
      address: index === 1 ? undefined : 'Via Libertà \udc00',
      code: index === 2 ? '' : unit.code,
      availableFrom: { year: 2022, month: 3, day: index + 1 },
    }));
    expect(inventoryFingerprint(tricky)).toBe('2981896b');
    expect(previousFingerprint(tricky)).toBe('2981896b');
    const shuffled = inventory.map((unit, index) => ({
      ...unit,
      owner: `${unit.owner}${TRICKY[index % TRICKY.length][0]}`,
      surface: index % 3 ? unit.surface : 42.5,
      worksCost: index % 4 ? undefined : 12_000,
      platformId: index % 5 ? undefined : `P\ud83c${index}`,
    }));
    expect(inventoryFingerprint(shuffled)).toBe(previousFingerprint(shuffled));
  });

  test('changes when only an assignment date changes (lett. g counts them); without any, as before', () => {
    // The sample's dwellings carry no assignment date: its fingerprint is the one it always had.
    expect(inventory.every((unit) => unit.assignedOn === undefined)).toBe(true);
    expect(previousFingerprint(inventory)).toBe(fingerprint);
    const assigned = (year: number): Unit[] =>
      inventory.map((unit, index) => (index === 7 ? { ...unit, assignedOn: { year, month: 3, day: 15 } } : unit));
    expect(inventoryFingerprint(assigned(2026))).not.toBe(fingerprint);
    expect(inventoryFingerprint(assigned(2024))).not.toBe(fingerprint);
    expect(inventoryFingerprint(assigned(2026))).not.toBe(inventoryFingerprint(assigned(2024)));
  });

  test('an absent field differs from an empty one', () => {
    const [first] = inventory;
    expect(inventoryFingerprint([{ ...first, code: undefined }])).not.toBe(
      inventoryFingerprint([{ ...first, code: '' }]),
    );
  });
});

describe('the fingerprint of dwellings read one by one (createFingerprintBuilder)', () => {
  const built = (units: Unit[]): string => {
    const builder = createFingerprintBuilder();
    for (const unit of units) builder.add(unit);
    return builder.digest();
  };

  test('is the fingerprint of the same dwellings: the sample, none, tricky text, numbers and absent fields', () => {
    const inventory = cremonaUnits();
    expect(built(inventory)).toBe('b126485d');
    expect(built([])).toBe('33ed8ea3');
    const varied = inventory.map((unit, index) => ({
      ...unit,
      owner: `${unit.owner}${TRICKY[index % TRICKY.length][0]}`,
      code: index % 7 === 0 ? undefined : index % 11 === 0 ? `x\ud800${index}` : unit.code,
      address: index % 3 === 0 ? undefined : `${unit.address ?? ''} 🏠 ${'lunga '.repeat(index % 5)}`,
      surface: index % 3 ? unit.surface : 42.5,
      rooms: index % 2 ? undefined : 3,
      worksCost: index % 4 ? undefined : 12_000 + index,
      platformId: index % 5 ? undefined : `P\ud83c${index}`,
      carenzaManutentiva: index % 6 === 0,
      availableFrom:
        index % 4 === 1 ? { year: 2020 + (index % 9), month: 1 + (index % 12), day: 1 + (index % 28) } : undefined,
      assignedOn: index % 3 === 2 ? { year: 2018 + (index % 9), month: 1 + (index % 12), day: 1 } : undefined,
    }));
    expect(built(varied)).toBe(inventoryFingerprint(varied));
    // Left out or not, a dwelling with an assignment date is read past as one without.
    const builder = createFingerprintBuilder();
    for (const unit of varied) builder.add(unit);
    const leaveOut = new Set([1, 2, 5, varied.length - 1]);
    expect(builder.digest(leaveOut)).toBe(inventoryFingerprint(varied.filter((_, index) => !leaveOut.has(index))));
  });

  test('many dwellings, with more distinct texts (34,000) than one 16-bit unit numbers', () => {
    const [first] = cremonaUnits();
    const many: Unit[] = Array.from({ length: 17_000 }, (_, index) => ({
      ...first,
      row: index + 2,
      code: `C-${index}`,
      address: `Via ${index}`,
      surface: index / 4,
    }));
    expect(built(many)).toBe(inventoryFingerprint(many));
  });

  test('values met hundreds of times (hashed in one step from then on) give the same fingerprint, some dwellings left out', () => {
    const [first] = cremonaUnits();
    const owners = [
      'Comune di Cremona',
      'ALER Brescia-Cremona-Mantova',
      'Comune di Città 🏠',
      'Comune di Sesto ed Uniti',
    ];
    const comuni = ['Cremona', 'Città', 'Sesto ed Uniti', 'Crema', 'Vescovato'];
    const statuses: Unit['status'][] = ['libero', 'occupato', 'turnover', 'carenza-manutentiva'];
    const many: Unit[] = Array.from({ length: 3_000 }, (_, index) => ({
      ...first,
      row: index + 2,
      code: `C-${index}`,
      owner: owners[index % owners.length],
      ownerKind: index % owners.length === 1 ? 'aler' : 'comune',
      comune: comuni[(index * 7) % comuni.length],
      address: index % 3 ? `Via ${index % 400} à` : undefined,
      status: statuses[(index * 3) % statuses.length],
      service: index % 9 ? 'SAP' : 'SAT',
      surface: 40 + (index % 30),
      rooms: 1 + (index % 4),
      carenzaManutentiva: index % 5 === 0,
      availableFrom: index % 2 ? { year: 2026, month: 1 + (index % 12), day: 1 + (index % 3) } : undefined,
      assignedOn: index % 7 === 0 ? { year: 2025, month: 3, day: 1 } : undefined,
    }));
    expect(built(many)).toBe(inventoryFingerprint(many));
    const builder = createFingerprintBuilder();
    for (const unit of many) builder.add(unit);
    const leaveOut = new Set([0, 17, 256, 257, 1_000, 2_999]);
    expect(builder.digest(leaveOut)).toBe(inventoryFingerprint(many.filter((_, index) => !leaveOut.has(index))));
  });
});

describe('the fingerprint of dwellings read one by one, some left out (the merge)', () => {
  test('is the fingerprint of the dwellings kept', () => {
    const inventory = cremonaUnits();
    const builder = createFingerprintBuilder();
    const positions = inventory.map((unit) => builder.add(unit));
    expect(positions).toEqual(inventory.map((_, index) => index));
    const leaveOut = new Set([0, 3, inventory.length - 1]);
    expect(builder.digest(leaveOut)).toBe(inventoryFingerprint(inventory.filter((_, index) => !leaveOut.has(index))));
    expect(builder.digest(new Set(inventory.map((_, index) => index)))).toBe(inventoryFingerprint([]));
    expect(builder.digest()).toBe(inventoryFingerprint(inventory));
  });
});
