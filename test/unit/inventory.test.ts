import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseCsv } from '../../src/core/csv';
import {
  FIELD_LABELS,
  FIELD_NAMES,
  HEADER_SYNONYMS,
  ISSUES,
  columnLetter,
  makeIssue,
  matchHeaders,
  normaliseHeader,
  parseInventory,
  recogniseHeader,
} from '../../src/core/inventory';
import type { FieldName, Grid, InventoryIssue, ParseOptions, Unit } from '../../src/core/types';

interface ExpectedIssue {
  row: number;
  severity: 'errore' | 'avviso';
  column?: string;
  cell?: string;
  messageIncludes: string;
}

interface Expected {
  description?: string;
  options?: ParseOptions;
  fatal?: boolean;
  units: number | Unit[];
  issues: ExpectedIssue[];
}

const FIXTURES = join(__dirname, '..', 'fixtures', 'inventory');
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function readCase(name: string): { grid: Grid; expected: Expected } {
  const text = readFileSync(join(FIXTURES, name, 'inventory.csv'), 'utf8');
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
  return { grid: parseCsv(text), expected };
}

/** Every message, Italian and English, says where and is a full sentence. */
function expectWellFormed(issue: InventoryIssue): void {
  expect(issue.message).toMatch(/^[A-ZÀ-Ü«].*\.$/s);
  expect(issue.messageEn).toMatch(/^[A-Z"].*\.$/s);
  if (issue.cell) {
    expect(issue.message).toContain(`cella ${issue.cell}`);
    expect(issue.messageEn).toContain(`cell ${issue.cell}`);
  }
}

describe('golden inventories (test/fixtures/inventory/<case>)', () => {
  test('the fixtures folder holds the required cases', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'clean',
        'missing-required-column',
        'empty',
        'duplicate-codes',
        'error-values',
        'bad-dates',
        'unknown-status',
        'text-in-number',
        'no-service-column',
        'no-code-column',
        'platform-id-as-code',
        'mapping-override',
      ]),
    );
  });

  test.each(cases)('%s', (name) => {
    const { grid, expected } = readCase(name);
    const result = parseInventory(grid, expected.options);

    expect(result.fatal).toBe(expected.fatal ?? false);
    if (typeof expected.units === 'number') expect(result.units).toHaveLength(expected.units);
    else expect(result.units).toEqual(expected.units);

    expect(result.issues.map((issue) => `${issue.row} ${issue.severity}: ${issue.message}`)).toHaveLength(
      expected.issues.length,
    );
    expected.issues.forEach((want, index) => {
      const got = result.issues[index];
      expect({ row: got.row, severity: got.severity }).toEqual({ row: want.row, severity: want.severity });
      if (want.column !== undefined) expect(got.column).toBe(want.column);
      if (want.cell !== undefined) expect(got.cell).toBe(want.cell);
      expect(got.message).toContain(want.messageIncludes);
      expectWellFormed(got);
    });
  });
});

describe('parseInventory', () => {
  const header = ['Codice', 'Ente proprietario', 'Comune', 'Stato', 'Destinazione', 'Data disponibilità'];

  test('rows and cells follow headerRow and firstColumn', () => {
    const grid: Grid = [
      ['Note', ...header],
      ['', 'Z-1', 'Comune di Cremona', 'Cremona', 'libero', 'SAP', ''],
      [],
      ['', 'Z-2', 'Comune di Cremona', 'Cremona', '#N/A', 'SAP', ''],
    ];
    const result = parseInventory(grid, { headerRow: 5, firstColumn: 26, sheetName: 'Dati' });
    expect(result.units.map((unit) => unit.row)).toEqual([6]);
    expect(result.issues).toEqual([
      expect.objectContaining({ row: 8, cell: 'AE8', column: 'Stato', severity: 'errore' }),
    ]);
    expect(result.issues[0].message).toMatch(
      /^Foglio «Dati», riga 8, cella AE8 \(Stato\): la cella contiene l'errore #N\/A\./,
    );
    expect(result.issues[0].messageEn).toMatch(
      /^Sheet "Dati", row 8, cell AE8 \(Stato\): the cell contains the error #N\/A\./,
    );
    expect(result.unrecognised).toEqual([{ index: 0, header: 'Note' }]);
  });

  test('a text repeated in a column is read once but reported on every row: errors, unknown values, good values', () => {
    // Each column remembers what its texts read as: the same text must still give its problem,
    // or its value, on every row it is in, and a remembered error must not leak into other cells.
    const grid: Grid = [
      header,
      ['R-1', 'Comune di Cremona', 'Cremona', '#N/D', 'SAP', '01/03/2022'],
      ['R-2', 'Comune di Cremona', '#N/D', 'libero', 'SAP', '01/03/2022'],
      ['R-3', 'Comune di Cremona', 'Cremona', '#N/D', 'SAP', 'presto'],
      ['R-4', 'Comune di Cremona', 'Cremona', 'sfitto', 'SAP', 'presto'],
      ['R-5', 'Comune di Cremona', 'Cremona', 'in turnover', 'SAP', '01/03/2022'],
      ['R-6', 'Comune di Cremona', 'Cremona', 'in turnover', 'SAP', '01/03/2022'],
    ];
    const result = parseInventory(grid);
    expect(result.units.map((unit) => unit.code)).toEqual(['R-5', 'R-6']);
    expect(result.units[0].availableFrom).toEqual({ year: 2022, month: 3, day: 1 });
    expect(result.units[1].availableFrom).toBe(result.units[0].availableFrom);
    expect(result.issues.map((issue) => issue.cell)).toEqual(['D2', 'C3', 'D4', 'F4', 'F5']);
    expect(result.issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining("l'errore #N/D"),
      expect.stringContaining("l'errore #N/D"),
      expect.stringContaining("l'errore #N/D"),
      expect.stringContaining('presto'),
      expect.stringContaining('presto'),
    ]);
  });

  test('reads the values Office.js and ExcelJS give: numbers, Dates, error and formula objects', () => {
    const grid: Grid = [
      header,
      [101, 'Comune di Cremona', 'Cremona', 'in turnover', 'SAP', 45383],
      [
        'X-2',
        { richText: [{ text: 'ALER ' }, { text: 'Brescia-Cremona-Mantova' }] },
        'Cremona',
        'in turnover',
        'SAT',
        new Date(Date.UTC(2025, 5, 30)),
      ],
      [
        'X-3',
        'Comune di Cremona',
        'Cremona',
        { formula: 'VLOOKUP(A4;B:C;2;0)', result: { error: '#N/A' } },
        'SAP',
        null,
      ],
      ['X-4', 'Comune di Cremona', { formula: 'B5', result: 'Cremona' }, 'libero', 'SAP', { error: '#VALUE!' }],
    ];
    const result = parseInventory(grid);
    expect(result.units).toEqual([
      expect.objectContaining({ row: 2, code: '101', availableFrom: { year: 2024, month: 4, day: 1 } }),
      expect.objectContaining({
        row: 3,
        owner: 'ALER Brescia-Cremona-Mantova',
        ownerKind: 'aler',
        service: 'SAT',
        availableFrom: { year: 2025, month: 6, day: 30 },
      }),
    ]);
    expect(result.issues.map((issue) => [issue.cell, issue.severity])).toEqual([
      ['D4', 'errore'],
      ['F5', 'errore'],
    ]);
    expect(result.issues[0].message).toContain("l'errore #N/A");
    expect(result.issues[1].message).toContain("l'errore #VALUE!");
  });

  test.each<[string, Grid]>([
    ['no rows at all', []],
    ['an empty header row', [[null, '', '  ']]],
    ['headers with only blank rows', [header, [], ['', null]]],
  ])('an empty inventory is one fatal issue: %s', (_name, grid) => {
    const result = parseInventory(grid);
    expect(result.fatal).toBe(true);
    expect(result.units).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ row: 0, severity: 'errore' });
    expect(result.issues[0].message).toMatch(/^L'inventario è vuoto/);
  });

  test('missing required columns give exactly one fatal issue, even with other header problems', () => {
    const result = parseInventory(
      [
        ['Codice', 'Codice', 'Comune'],
        ['A', 'B', 'C'],
      ],
      { mapping: { rooms: 40 } },
    );
    expect(result.fatal).toBe(true);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0].message).toBe(
      'Mancano le colonne obbligatorie: Ente proprietario, Stato. Intestazioni trovate (riga 1): «Codice», «Codice», «Comune». Rinominate le colonne o associatele a mano.',
    );
    expect(result.issues[0].messageEn).toContain('Required columns are missing: Owner, Status.');
  });

  test('without a mapping the mapping-override inventory is unreadable', () => {
    const { grid } = readCase('mapping-override');
    const result = parseInventory(grid);
    expect(result.fatal).toBe(true);
    expect(result.unrecognised.map((entry) => entry.header)).toEqual([
      'Colonna A',
      'Colonna B',
      'Colonna C',
      'Colonna D',
      'Colonna E',
    ]);
  });

  test('a manual mapping takes a column away from the field recognised in it', () => {
    const grid: Grid = [
      ['Codice', 'Ente', 'Comune', 'Stato', 'Note'],
      ['A-1', 'Comune di Crema', 'Crema', 'libero', 'ALER Brescia-Cremona-Mantova'],
    ];
    const result = parseInventory(grid, { mapping: { owner: 4, address: 1 } });
    expect(result.columns).toMatchObject({ code: 0, owner: 4, address: 1, comune: 2, status: 3 });
    expect(result.units[0]).toMatchObject({
      owner: 'ALER Brescia-Cremona-Mantova',
      ownerKind: 'aler',
      address: 'Comune di Crema',
    });
    expect(result.unrecognised).toEqual([]);
  });

  test('when the mapping takes the column of a field, the next column naming that field serves it', () => {
    const grid: Grid = [
      ['Codice', 'Ente', 'ID', 'Comune', 'Stato'],
      ['LOM-1', 'Comune di Crema', 'A-1', 'Crema', 'libero'],
    ];
    const result = parseInventory(grid, { mapping: { platformId: 0 } });
    expect(result.columns).toMatchObject({ platformId: 0, code: 2 });
    expect(result.units[0]).toMatchObject({ code: 'A-1', platformId: 'LOM-1' });
    expect(result.issues.filter((issue) => issue.row === 1).map((issue) => issue.message)).toEqual([
      expect.stringContaining('ogni alloggio è considerato SAP'),
    ]);
  });

  test('a manual mapping outside the range is ignored with a warning', () => {
    const grid: Grid = [header, ['A-1', 'Comune di Crema', 'Crema', 'libero', 'SAP', '']];
    const result = parseInventory(grid, { mapping: { rooms: 9 } });
    expect(result.units).toHaveLength(1);
    expect(result.issues).toEqual([expect.objectContaining({ row: 1, severity: 'avviso' })]);
    expect(result.issues[0].message).toContain('colonna n. 10');
    expect(result.issues[0].message).toContain('da A a F');
  });

  test('carenza manutentiva comes from the column or from the status', () => {
    const grid: Grid = [
      ['Ente', 'Comune', 'Stato', 'Carenza manutentiva', 'Servizio', 'Codice'],
      ['Comune di Crema', 'Crema', 'libero', 'sì', 'SAP', '1'],
      ['Comune di Crema', 'Crema', 'stato di fatto', 'no', 'SAP', '2'],
      ['Comune di Crema', 'Crema', 'libero', '', 'SAP', '3'],
    ];
    expect(parseInventory(grid).units.map((unit) => unit.carenzaManutentiva)).toEqual([true, true, false]);
  });

  test('every issue of a row is listed from left to right', () => {
    const grid: Grid = [header, ['A-1', '', '', 'boh', 'ERP', 'mai']];
    const result = parseInventory(grid);
    expect(result.issues.map((issue) => issue.cell)).toEqual(['B2', 'C2', 'D2', 'E2', 'F2']);
    expect(result.issues.every((issue) => issue.severity === 'errore')).toBe(true);
  });

  test('a value repeated on many rows is read once but reported on every row that has it', () => {
    // The parser remembers each column's readings of a text (ColumnMemo): the problems are still per row.
    const rows = [
      ['A-1', 'Comune di Cremona', 'Cremona', 'Via Roma 1', 'SAP', 'in turnover', '31/02/2022', 'no', 'sessanta'],
      ['A-2', 'Comune di Cremona', 'Cremona', 'Via Roma 1', 'SAP', 'in turnover', '01/03/2022', 'no', '45,5'],
      ['A-3', 'Comune di Cremona', 'Cremona', 'Via Roma 1', 'SAP', 'in turnover', '31/02/2022', 'no', 'sessanta'],
      ['A-4', 'Comune di Cremona', 'Cremona', 'Via Roma 1', 'SAP', 'in turnover', '01/03/2022', 'no', '45,5'],
    ];
    const grid: Grid = [
      [
        'Codice alloggio',
        'Ente proprietario',
        'Comune',
        'Indirizzo',
        'Destinazione',
        'Stato',
        'Data disponibilità',
        'Carenza manutentiva',
        'Superficie (mq)',
      ],
      ...rows,
    ];
    const result = parseInventory(grid);
    expect(result.issues.map((issue) => [issue.cell, issue.kind])).toEqual([
      ['G2', 'invalidDate'],
      ['I2', 'textInNumber'],
      ['G4', 'invalidDate'],
      ['I4', 'textInNumber'],
    ]);
    expect(result.units.map((unit) => [unit.row, unit.surface, unit.availableFrom])).toEqual([
      [3, 45.5, { year: 2022, month: 3, day: 1 }],
      [5, 45.5, { year: 2022, month: 3, day: 1 }],
    ]);
    // One date object may serve several rows: it cannot be changed through one of them.
    const date = result.units[0].availableFrom as { year: number };
    expect(Object.isFrozen(date)).toBe(true);
    // More distinct texts than a column remembers: every one still read right.
    const many: Grid = [grid[0]];
    for (let i = 0; i < 10_000; i++) {
      many.push([`B-${i}`, `Comune ${i % 5000}`, 'Cremona', `Via ${i}`, 'SAP', 'libero', '', 'no', `${i},5`]);
    }
    const read = parseInventory(many);
    expect(read.issues).toEqual([]);
    expect(read.units.map((unit) => unit.surface)).toEqual(many.slice(1).map((_, i) => i + 0.5));
    expect(read.units.map((unit) => unit.owner)).toEqual(many.slice(1).map((_, i) => `Comune ${i % 5000}`));
  });

  test('100 000 rows parse without losing a row', () => {
    const statuses = ['libero', 'in turnover', 'occupato', 'in ristrutturazione', 'carenza manutentiva'];
    const grid: Grid = [
      [
        'Codice alloggio',
        'Ente proprietario',
        'Comune',
        'Indirizzo',
        'Destinazione',
        'Stato',
        'Data disponibilità',
        'Carenza manutentiva',
        'Superficie (mq)',
        'Vani',
        'ID alloggio (piattaforma)',
        'Origine disponibilità',
        'Costo stimato lavori',
      ],
    ];
    for (let i = 0; i < 100_000; i++) {
      grid.push([
        `A-${i}`,
        i % 3 ? 'Comune di Cremona' : 'ALER Brescia-Cremona-Mantova',
        'Cremona',
        `Via Roma ${i}`,
        'SAP',
        statuses[i % 5],
        i % 2 ? 45292 + (i % 300) : '01/03/2025',
        i % 7 ? 'no' : 'sì',
        '45,5',
        3,
        `P${i}`,
        'turnover',
        i % 5 === 4 ? '5.000' : '',
      ]);
    }
    // Speed is measured by bench/plan.ts (node bench/run.js plan), not here: this checks that nothing is lost.
    const result = parseInventory(grid);
    expect(result.units).toHaveLength(100_000);
    expect(result.issues).toEqual([]);
  });
});

describe('columnLetter', () => {
  test.each<[number, string]>([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('%p -> %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});

describe('header recognition', () => {
  const cases: Array<[string, FieldName | undefined]> = [
    ...FIELD_NAMES.flatMap((field) => HEADER_SYNONYMS[field].map((spelling): [string, FieldName] => [spelling, field])),
    ['CODICE ALLOGGIO', 'code'],
    ['cod ui', 'code'],
    ['  Proprieta ', 'owner'],
    ['LOCALITÀ', 'comune'],
    ['Data disponibilità (gg/mm/aaaa)', 'availableFrom'],
    ['Data\ndisponibilità\nprevista', 'availableFrom'],
    ['Superficie utile (m²)', 'surface'],
    ['Costo stimato lavori (€)', 'worksCost'],
    ['Stato*', 'status'],
    ['ID alloggio (piattaforma)', 'platformId'],
    ['ID Alloggio - Piattaforma', 'platformId'],
    ['Stato di fatto', 'carenzaManutentiva'],
    ['DATA ASSEGNAZIONE (gg/mm/aaaa)', 'assignedOn'],
    ['Data ultima assegnazione', 'assignedOn'],
    ['Assegnato il', 'assignedOn'],
    ['ID (piattaforma regionale)', undefined],
    ['Codice fiscale', undefined],
    ['Note', undefined],
    ['', undefined],
  ];

  test.each(cases)('%p -> %p', (header, field) => {
    expect(recogniseHeader(header)).toBe(field);
  });

  test('no spelling belongs to two fields', () => {
    const owners = new Map<string, FieldName>();
    for (const field of FIELD_NAMES) {
      for (const spelling of HEADER_SYNONYMS[field]) {
        const key = normaliseHeader(spelling);
        expect([key, owners.get(key) ?? field]).toEqual([key, field]);
        owners.set(key, field);
      }
    }
  });

  test('every field has an Italian and an English name, and the Italian one is recognised', () => {
    for (const field of FIELD_NAMES) {
      expect(FIELD_LABELS[field].it.length).toBeGreaterThan(0);
      expect(FIELD_LABELS[field].en.length).toBeGreaterThan(0);
      expect(recogniseHeader(FIELD_LABELS[field].it)).toBe(field);
    }
    expect(FIELD_LABELS.owner).toEqual({ it: 'Ente proprietario', en: 'Owner' });
  });

  test('the first of two columns naming the same field wins', () => {
    const match = matchHeaders(['ID', 'Ente', 'Codice alloggio', 'Comune', 'Note']);
    expect(match.columns).toEqual({ code: 0, owner: 1, comune: 3 });
    expect(match.duplicates).toEqual([{ field: 'code', index: 2, firstIndex: 0 }]);
    expect(match.unrecognised).toEqual([{ index: 4, header: 'Note' }]);
  });
});

describe('issue messages', () => {
  test.each(Object.keys(ISSUES) as Array<keyof typeof ISSUES>)('%s reads as a sentence in both languages', (kind) => {
    const sampleArgs = {
      hasHeader: true,
      headerRow: 1,
      missingIt: ['Stato'],
      missingEn: ['Status'],
      headers: ['Codice'],
      fieldIt: 'Stato',
      fieldEn: 'Status',
      firstLetter: 'A',
      firstHeader: 'Codice',
      lastLetter: 'F',
      index: 9,
      count: 2,
      field: 'owner',
      error: '#N/A',
      value: 'boh',
      code: 'A-12',
      firstRow: 4,
      status: 'turnover',
      length: 40_000,
      limit: 32_767,
    } as never;
    const issue = makeIssue(kind, { row: 7, cell: 'F7', column: 'Stato' }, sampleArgs, { sheetName: 'Inventario' });
    expect(issue.severity).toBe(ISSUES[kind].severity);
    expect(issue.message).toMatch(/^Foglio «Inventario»/);
    expect(issue.messageEn).toMatch(/^Sheet "Inventario"/);
    expectWellFormed(issue);
  });

  test('the place is written in front of the message', () => {
    const issue = makeIssue('errorValue', { row: 7, cell: 'F7', column: 'Stato' }, { error: '#N/A' });
    expect(issue.message).toMatch(/^Riga 7, cella F7 \(Stato\): la cella contiene l'errore #N\/A\./);
    expect(issue.messageEn).toMatch(/^Row 7, cell F7 \(Stato\): the cell contains the error #N\/A\./);
  });
});

describe('the assignment date (R.R. 4/2017 art. 4 c. 3 lett. g)', () => {
  const grid: Grid = [
    ['Codice', 'Ente proprietario', 'Comune', 'Stato', 'Data assegnazione'],
    ['A1', 'Comune di Cremona', 'Cremona', 'occupato', '15/03/2026'],
    ['A2', 'Comune di Cremona', 'Cremona', 'occupato', 46_023], // 1 January 2026 as an Excel serial
    ['A3', 'Comune di Cremona', 'Cremona', 'libero', ''],
    ['A4', 'Comune di Cremona', 'Cremona', 'occupato', '31/02/2026'],
  ];
  const result = parseInventory(grid, { sheetName: 'Inventario' });

  test('is read as a date, from text or an Excel serial, and is optional', () => {
    expect(result.columns.assignedOn).toBe(4);
    expect(result.units.map((unit) => unit.assignedOn)).toEqual([
      { year: 2026, month: 3, day: 15 },
      { year: 2026, month: 1, day: 1 },
      undefined,
    ]);
  });

  test('an impossible date is a problem at its cell, and the row is left out', () => {
    const errors = result.issues.filter((issue) => issue.severity === 'errore');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 5, cell: 'E5', column: 'Data assegnazione' });
    expect(errors[0].message).toContain('«31/02/2026» non è una data valida');
    expect(result.units.map((unit) => unit.code)).toEqual(['A1', 'A2', 'A3']);
  });
});
