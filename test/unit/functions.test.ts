import {
  DISPONIBILI,
  PIANO,
  QUOTA_FORZE_POLIZIA,
  QUOTA_POLIZIA_LOCALE,
  QUOTA_INDIGENZA,
  SAT_ALLOCATION,
} from '../../src/functions/functions';
import { installCustomFunctionsGlobal, setDisplayLanguage } from '../helpers/custom-functions-global';
import { resultNow } from '../helpers/streaming';

beforeAll(installCustomFunctionsGlobal);

/** A single cell arrives as [[value]] for a matrix parameter; the result is 1x1. */
const one = (value: unknown): unknown => [[value]];

function thrown(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the call to throw');
}

describe('QUOTA_INDIGENZA', () => {
  test.each([
    [10, null, null, 2],
    [10, 0.2, 0.1, 3],
    [18, 0.2, 0.1, 6],
    [1, null, null, 1],
    [0, null, null, 0],
    [10, '30%', null, 3],
    [10, '0,3', null, 3],
    ['12', null, null, 3],
    [10, null, 0.1, 3],
    [10, 0.5, null, 5], // a Comune may go above 20 % on its own stock
    [10, 0.3, 0.1, 4],
  ])('disponibili %p, percentuale %p, maggiorazione %p -> %i', (available, share, increase, expected) => {
    expect(QUOTA_INDIGENZA(one(available) as never, share, increase)).toEqual([[expected]]);
  });

  test('a range gives a result of the same shape, blank cells stay blank', () => {
    expect(
      QUOTA_INDIGENZA(
        [
          [10, 18],
          [null, 1],
        ],
        0.3,
        null,
      ),
    ).toEqual([
      [3, 6],
      ['', 1],
    ]);
  });

  test('a bad cell in a range gives an error in its place only', () => {
    const result = QUOTA_INDIGENZA([[10], ['dieci'], [-1]], null, null) as unknown[][];
    expect(result[0][0]).toBe(2);
    expect(result[1][0]).toMatchObject({ code: '#VALUE!' });
    expect(result[2][0]).toMatchObject({ code: '#NUM!' });
  });

  test('the Invocation object in an optional slot counts as absent (stale metadata)', () => {
    expect(QUOTA_INDIGENZA(one(10) as never, { address: 'Foglio1!A1' }, undefined)).toEqual([[2]]);
  });

  test.each([
    [one('dieci'), null, null, '#VALUE!', 'non è un numero di alloggi'],
    [one(-3), null, null, '#NUM!', 'L’argomento disponibili vale -3: un numero di alloggi non può essere negativo'],
    [one(10.5), null, null, '#NUM!', 'L’argomento disponibili vale 10,5: serve un numero intero di alloggi'],
    [one(true), null, null, '#VALUE!', 'non è un numero'],
    [one(10), 30, null, '#NUM!', 'Scrivete 30 % oppure 0,3'],
    [one(10), -0.1, null, '#NUM!', 'L’argomento percentuale vale -0,1: una percentuale non può essere negativa'],
    [one(10), 'molto', null, '#VALUE!', 'non è una percentuale'],
    [one(10), 0.8, 0.3, '#NUM!', 'superano il 100 %'],
    [one(10), 0.1, null, '#NUM!', 'è inferiore al 20 % fissato dal R.R. 4/2017 art. 13 c. 3'],
    [one(10), 0, 0.1, '#NUM!', 'è inferiore al 20 %'],
    // Audit D3: percentuale is at least the regional 20 % on its own, as the command line's indigenza.
    [one(10), 0.15, 0.1, '#NUM!', 'La quota per l’indigenza (15 %) è inferiore al 20 %'],
    [one(10), 0, 0.3, '#NUM!', 'La quota per l’indigenza (0 %) è inferiore al 20 %'],
  ])('bad arguments: %p %p %p -> %s', (available, share, increase, code, text) => {
    const error = thrown(() => QUOTA_INDIGENZA(available as never, share, increase));
    expect(error.code).toBe(code);
    expect(error.message).toContain(text);
  });

  test('messages are in English when Office runs in English', () => {
    const restore = setDisplayLanguage('en-US');
    try {
      const error = thrown(() => QUOTA_INDIGENZA(one(10) as never, 30, null));
      expect(error.message).toContain('Type 30 % or 0.3, not 30');
    } finally {
      restore();
    }
  });

  // Issue #10: "La percentuale percentuale vale 30" / "The percentage percentuale is 30".
  test('an argument is named once, as Excel shows it in the user’s language', () => {
    expect(thrown(() => QUOTA_INDIGENZA(one(10) as never, 30, null)).message).toBe(
      'L’argomento percentuale vale 30, cioè più del 100 %. Scrivete 30 % oppure 0,3, non 30.',
    );
    const restore = setDisplayLanguage('en-US');
    try {
      expect(thrown(() => QUOTA_INDIGENZA(one(10) as never, 30, null)).message).toBe(
        'The argument percentage is 30, that is more than 100 %. Type 30 % or 0.3, not 30.',
      );
      expect(thrown(() => QUOTA_INDIGENZA(one(10) as never, 0.1, 'molto')).message).toBe(
        'The value "molto" of the argument increase is not a percentage. Type e.g. 30 % or 0.3.',
      );
      expect(thrown(() => SAT_ALLOCATION(one(18) as never, 2.5, null)).message).toBe(
        'The argument requested is 2.5: a whole number of dwellings is needed, e.g. 3 (dwellings cannot be split).',
      );
      expect(thrown(() => QUOTA_POLIZIA_LOCALE(one(18) as never, 0.05, 2024)).message).toBe(
        'This quota is not provided for the 2024 plan (R.R. 4/2017 art. 7 ter, from the 2025 plan (R.R. 2/2025)): leave the argument percentage at 0 %.',
      );
    } finally {
      restore();
    }
  });
});

describe('SAT_ALLOCATION', () => {
  test.each([
    [18, 5, null, 4],
    [20, 5, null, 5],
    [40, 5, 0.25, 5],
    [18, null, null, 4],
    [3, 5, null, 0],
    [18, 0, null, 0],
    [18, 5, 0.2, 3],
    [18, 5, 0, 0],
  ])('disponibili %p, richiesti %p, soglia %p -> %i', (available, requested, cap, expected) => {
    expect(SAT_ALLOCATION(one(available) as never, requested, cap)).toEqual([[expected]]);
  });

  test('a column of availabilities spills a column of allocations', () => {
    expect(SAT_ALLOCATION([[18], [20], [3]], 5, null)).toEqual([[4], [5], [0]]);
  });

  test.each([
    [one(18), 2.5, null, '#NUM!', 'L’argomento richiesti vale 2,5: serve un numero intero di alloggi'],
    [one(18), '2,5', null, '#NUM!', 'L’argomento richiesti vale 2,5: serve un numero intero di alloggi'],
    [one(18), 'cinque', null, '#VALUE!', 'non è un numero'],
    [one(18), 5, 25, '#NUM!', 'più del 100 %'],
    [one(18), 5, -0.1, '#NUM!', 'L’argomento soglia vale -0,1: una percentuale non può essere negativa'],
  ])('bad arguments: %p %p %p -> %s', (available, requested, cap, code, text) => {
    const error = thrown(() => SAT_ALLOCATION(available as never, requested, cap));
    expect(error.code).toBe(code);
    expect(error.message).toContain(text);
  });

  // Audit D3: the command line refuses satSoglia above 25 % (L.R. 16/2016 art. 23); so does the function.
  test.each([
    [5, 0.5, '50 %'],
    [null, 1, '100 %'],
    [5, '30%', '30 %'],
    [5, 0.2501, '25,01 %'],
  ])('richiesti %p, soglia %p above the legal 25 %% is refused with the article', (requested, cap, shown) => {
    const error = thrown(() => SAT_ALLOCATION(one(18) as never, requested, cap));
    expect(error.code).toBe('#NUM!');
    expect(error.message).toBe(
      `L’argomento soglia vale ${shown}: supera il massimo del 25 % consentito dalle regole in vigore (L.R. 16/2016 art. 23).`,
    );
  });

  test('the refusal of a cap above 25 % names the argument in English when Office runs in English', () => {
    const restore = setDisplayLanguage('en-US');
    try {
      expect(thrown(() => SAT_ALLOCATION(one(18) as never, 5, 0.5)).message).toBe(
        'The argument cap is 50 %: more than the maximum of 25 % allowed by the rules in force (L.R. 16/2016 art. 23).',
      );
    } finally {
      restore();
    }
  });
});

describe('QUOTA_FORZE_POLIZIA (R.R. 4/2017 art. 7 bis)', () => {
  test.each([
    [18, 0.1, 2022, 2],
    [10, 0.1, 2022, 1],
    [20, 0.05, 2022, 1],
    [18, 0.2, 2025, 4],
    [18, 0, 2022, 0],
  ])('%i available at %d in %i -> %i', (available, share, year, expected) => {
    expect(QUOTA_FORZE_POLIZIA(one(available) as never, share, year)).toEqual([[expected]]);
  });

  test('above the legal maximum of the year it is refused, naming the maximum and the article', () => {
    const error = thrown(() => QUOTA_FORZE_POLIZIA(one(18) as never, 0.15, 2024));
    expect(error.code).toBe('#NUM!');
    expect(error.message).toContain('massimo del 10 %');
    expect(error.message).toContain('art. 7 bis');
  });

  test('a year that is not a plan year is refused', () => {
    expect(thrown(() => QUOTA_FORZE_POLIZIA(one(18) as never, 0.1, 'duemila')).message).toContain('anno del piano');
  });
});

describe('QUOTA_POLIZIA_LOCALE (R.R. 4/2017 art. 7 ter, from 2025)', () => {
  test.each([
    [950, 0.05, 2027, 48], // 47.5 -> 48
    [30, 0.1, 2027, 3], // 3, never 4
    [14, 0.1, 2025, 2], // 1.4 -> 2
    [18, 0.2, 2027, 4],
    [18, 0, 2022, 0],
  ])('%i (base of the quotas) at %d in %i -> %i', (available, share, year, expected) => {
    expect(QUOTA_POLIZIA_LOCALE(one(available) as never, share, year)).toEqual([[expected]]);
  });

  test('before 2025 the share does not exist: refused, naming art. 7 ter', () => {
    const error = thrown(() => QUOTA_POLIZIA_LOCALE(one(18) as never, 0.05, 2024));
    expect(error.code).toBe('#NUM!');
    expect(error.message).toBe(
      'Questa quota non è prevista per il piano 2024 (R.R. 4/2017 art. 7 ter, dal piano 2025 (R.R. 2/2025)): lasciate l’argomento percentuale a 0 %.',
    );
  });

  test('above 20 % it is refused, naming art. 4 c. 3 lett. d bis', () => {
    const error = thrown(() => QUOTA_POLIZIA_LOCALE(one(18) as never, 0.25, 2027));
    expect(error.message).toContain('massimo del 20 %');
    expect(error.message).toContain('art. 4 c. 3 lett. d bis');
  });

  test('a range of bases spills a range of quotas', () => {
    expect(QUOTA_POLIZIA_LOCALE([[10], [11], [0]] as never, 0.1, 2027)).toEqual([[1], [2], [0]]);
  });
});

const INVENTORY = [
  ['Codice alloggio', 'Ente proprietario', 'Comune', 'Stato', 'Data disponibilità'],
  ['CR-1', 'Comune di Cremona', 'Cremona', 'libero', ''],
  ['CR-2', 'Comune di Cremona', 'Cremona', 'libero', ''],
  ['CR-3', 'Comune di Cremona', 'Cremona', 'occupato', ''],
  ['CR-4', 'Comune di Cremona', 'Cremona', 'in turnover', 44652], // 1 April 2022
  ['CR-5', 'Comune di Cremona', 'Cremona', 'in turnover', 45017], // 1 April 2023
  ['AL-1', 'ALER Brescia-Cremona-Mantova', 'Cremona', 'libero', ''],
  ['AL-2', 'ALER Brescia-Cremona-Mantova', 'Castelverde', 'libero', ''],
  ['AL-2', 'ALER Brescia-Cremona-Mantova', 'Castelverde', 'libero', ''], // duplicate: left out
];

describe('DISPONIBILI', () => {
  test.each([
    [2022, null, null, 5],
    [2023, null, null, 6],
    [2022, 'comune di cremona', null, 3],
    [2022, 'ALER Brescia-Cremona-Mantova', 'Castelverde', 1],
    [2022, null, 'Cremona', 4],
    [2022, 'Comune di Milano', null, 0],
  ])('in %i for %p in %p -> %i', (year, owner, comune, expected) => {
    expect(resultNow(DISPONIBILI, INVENTORY, year, owner, comune)).toBe(expected);
  });

  test('an inventory without the required columns is refused with the columns named', () => {
    const error = resultNow<{ code: string; message: string }>(
      DISPONIBILI,
      [
        ['Codice', 'Via'],
        ['A', 'B'],
      ],
      2022,
      null,
      null,
    );
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('Ente proprietario');
  });
});

describe('PIANO', () => {
  test('spills a header row, one row per owner and comune, and totals', () => {
    const table = resultNow<unknown[][]>(PIANO, INVENTORY, 2022, 0.2, 0.1, 1, null);
    expect(table[0]).toEqual([
      'Ente proprietario',
      'Tipo',
      'Comune',
      'Disponibili',
      'SAT richiesti',
      'SAT consentiti',
      'Base indigenza',
      '% indigenza',
      'Quota indigenza',
      'Alloggi per avviso',
    ]);
    expect(table.slice(1)).toEqual([
      ['Comune di Cremona', 'Comune', 'Cremona', 3, 1, 0, 3, 0.3, 1, 3],
      ['ALER Brescia-Cremona-Mantova', 'ALER', 'Castelverde', 1, 1, 0, 1, 0.2, 1, 1],
      ['ALER Brescia-Cremona-Mantova', 'ALER', 'Cremona', 1, 1, 0, 1, 0.2, 1, 1],
      ['Totale', '', '', 5, 3, 0, '', '', 3, 5],
    ]);
  });

  test('in English Office: the header and the totals in English, names and kinds as they are', () => {
    const restore = setDisplayLanguage('en-US');
    try {
      const table = resultNow<unknown[][]>(PIANO, INVENTORY, 2022, 0.2, 0.1, 1, null);
      expect(table[0]).toEqual([
        'Owner',
        'Type',
        'Comune',
        'Available',
        'SAT requested',
        'SAT allowed',
        'Poverty base',
        'Poverty %',
        'Poverty quota',
        'Dwellings by public call',
      ]);
      expect(table.slice(1).map((row) => row.slice(0, 3))).toEqual([
        ['Comune di Cremona', 'Comune', 'Cremona'],
        ['ALER Brescia-Cremona-Mantova', 'ALER', 'Castelverde'],
        ['ALER Brescia-Cremona-Mantova', 'ALER', 'Cremona'],
        ['Total', '', ''],
      ]);
    } finally {
      restore();
    }
  });

  test('an out-of-bounds SAT cap is refused with the article', () => {
    const error = resultNow<{ message: string }>(PIANO, INVENTORY, 2022, null, null, null, 0.4);
    expect(error.message).toContain('L.R. 16/2016 art. 23');
  });
});
