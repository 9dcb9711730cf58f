import {
  INVALID,
  cellValue,
  excelErrorOf,
  excelSerialToDate,
  isValidDate,
  normaliseKey,
  ownerKindOf,
  toDate,
  toNumber,
  toOrigin,
  toService,
  toStatus,
  toText,
  toYesNo,
} from '../../src/core/inventory/values';

const date = (day: number, month: number, year: number) => ({ year, month, day });

describe('excelSerialToDate', () => {
  test.each<[number, ReturnType<typeof date> | typeof INVALID]>([
    [1, date(1, 1, 1900)],
    [59, date(28, 2, 1900)],
    [60, INVALID], // the 29/02/1900 that never was
    [61, date(1, 3, 1900)],
    [45292, date(1, 1, 2024)],
    [45351, date(29, 2, 2024)],
    [45292.75, date(1, 1, 2024)], // the time of day is dropped
    [2958465, date(31, 12, 9999)],
    [0, INVALID],
    [-5, INVALID],
    [2958466, INVALID],
    [Number.NaN, INVALID],
  ])('serial %p', (serial, expected) => {
    expect(excelSerialToDate(serial)).toEqual(expected);
  });
});

describe('toDate', () => {
  test.each<[string, unknown, ReturnType<typeof date> | typeof INVALID | undefined]>([
    ['Excel serial', 45292, date(1, 1, 2024)],
    ['serial 61', 61, date(1, 3, 1900)],
    ['serial 60 is the fake leap day', 60, INVALID],
    ['dd/mm/yyyy', '01/03/2025', date(1, 3, 2025)],
    ['d/m/yyyy', '1/3/2025', date(1, 3, 2025)],
    ['d/m/yy means 20yy', '1/3/25', date(1, 3, 2025)],
    ['dd-mm-yyyy', '15-06-2025', date(15, 6, 2025)],
    ['dd.mm.yyyy', '15.06.2025', date(15, 6, 2025)],
    ['dd/mm/yyyy with time', '15/06/2025 00:00:00', date(15, 6, 2025)],
    ['ISO', '2025-06-15', date(15, 6, 2025)],
    ['ISO with time', '2025-06-15T10:30:00', date(15, 6, 2025)],
    ['ISO with time zone keeps the written day', '2025-06-15T23:30:00+02:00', date(15, 6, 2025)],
    ['blanks around', '  01/03/2025 ', date(1, 3, 2025)],
    ['leap day', '29/02/2024', date(29, 2, 2024)],
    ['JS Date at UTC midnight (ExcelJS)', new Date(Date.UTC(2025, 2, 1)), date(1, 3, 2025)],
    ['serial as text (CSV of a General cell)', '45292', date(1, 1, 2024)],
    ['empty', '', undefined],
    ['null', null, undefined],
    ['31 February', '31/02/2024', INVALID],
    ['29 February of a common year', '29/02/2025', INVALID],
    ['month 13', '01/13/2025', INVALID],
    ['ISO day 32', '2025-01-32', INVALID],
    ['words', 'domani', INVALID],
    ['a year alone', '2024', INVALID],
    ['mixed separators', '01/03-2025', INVALID],
    ['invalid Date', new Date(Number.NaN), INVALID],
    ['boolean', true, INVALID],
  ])('%s', (_name, value, expected) => {
    expect(toDate(value)).toEqual(expected);
  });
});

describe('isValidDate', () => {
  test.each<[number, number, number, boolean]>([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2024, 4, 31, false],
    [2024, 12, 31, true],
    [2024, 0, 1, false],
  ])('%p-%p-%p', (year, month, day, expected) => {
    expect(isValidDate(year, month, day)).toBe(expected);
  });
});

describe('toYesNo', () => {
  test.each<[unknown, boolean | typeof INVALID]>([
    ['sì', true],
    ['Sì', true],
    ['SI', true],
    ['si', true],
    ['x', true],
    ['X', true],
    ['vero', true],
    ['VERO', true],
    ['true', true],
    ['yes', true],
    ['y', true],
    ['1', true],
    [1, true],
    [true, true],
    ['no', false],
    ['NO', false],
    ['n', false],
    ['falso', false],
    ['false', false],
    ['0', false],
    [0, false],
    [false, false],
    ['', false],
    [null, false],
    [undefined, false],
    ['-', false],
    ['forse', INVALID],
    [2, INVALID],
  ])('%p', (value, expected) => {
    expect(toYesNo(value)).toBe(expected);
  });
});

describe('toNumber', () => {
  test.each<[unknown, number | typeof INVALID | undefined]>([
    [45.5, 45.5],
    [0, 0],
    ['45', 45],
    ['45,5', 45.5],
    ['1.234,5', 1234.5],
    ['1.234', 1234],
    ['12.345.678', 12345678],
    ['45.5', 45.5],
    ['0.250', 0.25],
    ['-3', -3],
    ['-1.234,5', -1234.5],
    [' 45,5 ', 45.5],
    ['€ 5.000', 5000],
    ['5.000,00 €', 5000],
    ['', undefined],
    [null, undefined],
    ['circa 50', INVALID],
    ['45 mq', INVALID],
    ['1,234.5', INVALID],
    ['1.23,4', INVALID],
    ['12,', INVALID],
    [Number.POSITIVE_INFINITY, INVALID],
    [true, INVALID],
  ])('%p', (value, expected) => {
    expect(toNumber(value)).toBe(expected);
  });
});

describe('toText', () => {
  test.each<[unknown, string | undefined]>([
    ['  A-12  ', 'A-12'],
    ['Comune di\u00a0 Cremona', 'Comune di Cremona'],
    // Issue #9: invisible characters split one owner into two groups that look identical.
    ['Comune\u200b di Cremona', 'Comune di Cremona'],
    ['\ufeffComune di Cremona\u200d', 'Comune di Cremona'],
    ['Comune di\tCremona\r\n', 'Comune di Cremona'],
    ['Comune di \u001b[31mCremona', 'Comune di [31mCremona'],
    ['Citta\u0300', 'Città'],
    [12, '12'],
    [12.0, '12'],
    [12.5, '12.5'],
    ['', undefined],
    ['   ', undefined],
    [null, undefined],
    [{ richText: [{ text: 'Comune ' }, { text: 'di Cremona' }] }, 'Comune di Cremona'],
    [{ formula: 'A1', result: 'ALER' }, 'ALER'],
    [{ text: 'link', hyperlink: 'https://example.org' }, 'link'],
  ])('%p', (value, expected) => {
    expect(toText(value)).toBe(expected);
  });
});

describe('toStatus', () => {
  test.each<[unknown, ReturnType<typeof toStatus>]>([
    ['libero', 'libero'],
    ['Sfitto', 'libero'],
    ['VUOTO', 'libero'],
    ['turnover', 'turnover'],
    ['In turnover', 'turnover'],
    ['in rilascio', 'turnover'],
    ['rilascio', 'turnover'],
    ['in ristrutturazione', 'ristrutturazione'],
    ['Ristrutturazione', 'ristrutturazione'],
    ['recupero', 'ristrutturazione'],
    ['nuova costruzione', 'nuova-costruzione'],
    ['Nuova edificazione', 'nuova-costruzione'],
    ['occupato', 'occupato'],
    ['assegnato', 'occupato'],
    ['locato', 'occupato'],
    ['carenza manutentiva', 'carenza-manutentiva'],
    ['Stato di fatto', 'carenza-manutentiva'],
    ['  in   turnover ', 'turnover'],
    ['', undefined],
    ['affittato', INVALID],
    [3, INVALID],
  ])('%p', (value, expected) => {
    expect(toStatus(value)).toBe(expected);
  });
});

describe('toService', () => {
  test.each<[unknown, ReturnType<typeof toService>]>([
    ['SAP', 'SAP'],
    ['sap', 'SAP'],
    ['S.A.P.', 'SAP'],
    ['SAS', 'SAS'],
    ['SAT', 'SAT'],
    ['Servizi abitativi pubblici', 'SAP'],
    ['servizi abitativi sociali', 'SAS'],
    ['Servizi abitativi transitori', 'SAT'],
    ['sociali', 'SAS'],
    ['transitori', 'SAT'],
    ['', undefined],
    ['ERP', INVALID],
  ])('%p', (value, expected) => {
    expect(toService(value)).toBe(expected);
  });
});

describe('toOrigin', () => {
  test.each<[unknown, ReturnType<typeof toOrigin>]>([
    ['turnover', 'turnover'],
    ['Nuova edificazione', 'nuova-edificazione'],
    ['nuova costruzione', 'nuova-edificazione'],
    ['recupero', 'recupero'],
    ['ristrutturazione', 'recupero'],
    ['Carenza manutentiva', 'carenza-manutentiva'],
    ['conferito da privati', 'conferito-privati'],
    ['privati', 'conferito-privati'],
    ['', undefined],
    ['eredità', INVALID],
  ])('%p', (value, expected) => {
    expect(toOrigin(value)).toBe(expected);
  });
});

describe('ownerKindOf', () => {
  test.each<[string, 'aler' | 'comune']>([
    ['ALER Brescia-Cremona-Mantova', 'aler'],
    ['Aler Bergamo-Lecco-Sondrio', 'aler'],
    // Issue #9: these spellings got the Comune-only increase.
    ['A.L.E.R.', 'aler'],
    ['A.L.E.R. Pavia-Lodi', 'aler'],
    ['ALER_Milano', 'aler'],
    ['ALER-Varese', 'aler'],
    ['A L E R Bergamo', 'aler'],
    ['\u200bALER\u200b Brescia', 'aler'],
    ["Azienda Lombarda per l'Edilizia Residenziale di Varese - Como - Monza Brianza - Busto Arsizio", 'aler'],
    ['AZIENDA LOMBARDA PER L’EDILIZIA RESIDENZIALE DI MILANO', 'aler'],
    ['Comune di Caleri', 'comune'],
    ['Azienda Lombarda per l’Edilizia Residenziale di Pavia-Lodi', 'aler'],
    ['  azienda lombarda edilizia residenziale', 'aler'],
    ['Comune di Cremona', 'comune'],
    ['Comune di Valeria', 'comune'], // 'aler' inside a word is not ALER
    ['Calerno', 'comune'],
  ])('%p', (owner, expected) => {
    expect(ownerKindOf(owner)).toBe(expected);
  });
});

describe('excelErrorOf', () => {
  test.each([
    '#N/A',
    '#VALUE!',
    '#REF!',
    '#DIV/0!',
    '#NUM!',
    '#NAME?',
    '#NULL!',
    '#SPILL!',
    '#CALC!',
    '#GETTING_DATA',
    '#N/D',
    '#VALORE!',
  ])('%p is an error value, as text and as an ExcelJS object', (error) => {
    expect(excelErrorOf(error)).toBe(error);
    expect(excelErrorOf(` ${error.toLowerCase()} `)).toBe(error);
    expect(excelErrorOf({ error })).toBe(error);
    expect(excelErrorOf({ formula: 'VLOOKUP(A1;B:C;2;0)', result: { error } })).toBe(error);
  });

  test.each<unknown>(['#1 bis', 'N/A', 'Via Roma #3', 45, null, undefined, new Date(0)])('%p is not', (value) => {
    expect(excelErrorOf(value)).toBeUndefined();
  });
});

describe('cellValue', () => {
  test('keeps ExcelJS error objects for excelErrorOf', () => {
    expect(excelErrorOf(cellValue({ formula: 'A1', result: { error: '#REF!' } }))).toBe('#REF!');
  });
});

describe('normaliseKey', () => {
  test.each<[string, string]>([
    ['Proprietà', 'proprieta'],
    ['Cod. U.I.', 'codui'],
    ['  Data  disponibilità (prevista) ', 'datadisponibilitaprevista'],
    ['Superficie (m²)', 'superficiem2'],
    ["Stato dell'alloggio", 'statodellalloggio'],
  ])('%p', (text, expected) => {
    expect(normaliseKey(text)).toBe(expected);
  });
});

describe('remembered spellings (looked up before the empty check): blanks and other values read as before', () => {
  test('after a text is remembered, blanks are still empty and other values still refused or read', () => {
    for (let round = 0; round < 2; round++) {
      expect(toStatus('occupato')).toBe('occupato');
      expect(toStatus('   ')).toBeUndefined();
      expect(toStatus('')).toBeUndefined();
      expect(toStatus(null)).toBeUndefined();
      expect(toStatus(3)).toBe(INVALID);
      expect(toStatus('boh')).toBe(INVALID);
      expect(toService(' SAS ')).toBe('SAS');
      expect(toService('\u00a0')).toBeUndefined();
      expect(toOrigin('turnover')).toBe('turnover');
      expect(toOrigin(' ')).toBeUndefined();
      expect(toYesNo('sì')).toBe(true);
      expect(toYesNo('  ')).toBe(false);
      expect(toYesNo('')).toBe(false);
      expect(toYesNo(true)).toBe(true);
      expect(toYesNo(0)).toBe(false);
      expect(toYesNo('forse')).toBe(INVALID);
    }
  });
});
