/**
 * Two spellings of one owner or one comune (src/core/plan/spellings.ts): which names are one name
 * loosely, and the one warning per pair that the inventory's problems, the merge's problems and
 * the plan sheet's notes carry. The groups are never merged: the quotas stay as counted.
 */
import { Merge, type CommunicationSource } from '../../src/core/merge/merge';
import { planFromMerge } from '../../src/core/merge/plan';
import { planFromSummary, planSheetLayout, summarizeGrid } from '../../src/core/pipeline';
import { defaultParams } from '../../src/core/plan/params';
import { looseName, similarNames, spellingProblems } from '../../src/core/plan/spellings';
import { tallyOf } from '../../src/core/plan/tally';
import type { SheetLayout } from '../../src/core/sheet/types';
import type { Grid, Unit } from '../../src/core/types';
import { unit, units } from '../helpers/plan-units';

const YEAR = 2027;
const HEADER = ['Codice alloggio', 'Ente proprietario', 'Comune', 'Destinazione', 'Stato'];

/** The audit's inventory (names.csv): one ALER and one Comune, each written several ways. */
const NAMES: Grid = [
  HEADER,
  ['N1', 'ALER Brescia-Cremona-Mantova', 'Cremona', 'SAP', 'libero'],
  ['N2', 'ALER Brescia-Cremona-Mantova', 'Cremona', 'SAP', 'libero'],
  ['N3', 'ALER Brescia Cremona Mantova', 'Cremona', 'SAP', 'libero'],
  ['N4', 'Aler Brescia-Cremona-Mantova', 'CREMONA', 'SAP', 'libero'],
  ['N5', 'Comune di Cremona', 'Cremona', 'SAP', 'libero'],
  ['N6', 'Comune Di Cremona ', 'cremona', 'SAP', 'libero'],
  ['N7', 'Comune di Cremona', 'Cremona (CR)', 'SAP', 'libero'],
  ['N8', 'Comune di  Cremona', 'Cremona', 'SAP', 'libero'],
];

const OWNERS_WARNING =
  "Gli enti proprietari «ALER Brescia-Cremona-Mantova» (3 alloggi; prima occorrenza: foglio «Alloggi», riga 2) e «ALER Brescia Cremona Mantova» (1 alloggio; prima occorrenza: foglio «Alloggi», riga 4) sembrano lo stesso nome scritto in due modi: il piano li conta come due enti distinti, ciascuno con le sue quote. Se sono lo stesso ente, correggete l'inventario perché tutte le righe usino lo stesso nome: le quote sono calcolate per ente e comune e arrotondate per eccesso.";
const COMUNI_WARNING =
  "«Comune di Cremona»: i comuni «Cremona» (3 alloggi; prima occorrenza: foglio «Alloggi», riga 6) e «Cremona (CR)» (1 alloggio; prima occorrenza: foglio «Alloggi», riga 8) sembrano lo stesso nome scritto in due modi: il piano ne fa due gruppi distinti, ciascuno con le sue quote. Se sono lo stesso comune, correggete l'inventario perché tutte le righe usino lo stesso nome: le quote sono calcolate per ente e comune e arrotondate per eccesso.";

describe('similarNames: written differently, one name loosely', () => {
  test.each([
    ['ALER Brescia-Cremona-Mantova', 'ALER Brescia Cremona Mantova', 'owner'],
    ['ALER Brescia-Cremona-Mantova', 'aler brescia cremona-mantova', 'owner'],
    ['A.L.E.R. Pavia-Lodi', 'ALER Pavia Lodi', 'owner'],
    ['ALER_Milano', 'ALER Milano', 'owner'],
    ["Comune di Sant'Angelo Lodigiano", 'Comune di Santangelo Lodigiano', 'owner'],
    ['Comune di Cantù', 'Comune di Cantu', 'owner'],
    ['Comune di Cremona', 'Comune di Cremona (CR)', 'owner'],
    ['Cremona', 'Cremona (CR)', 'comune'],
    ['Cremona', 'Cremona ( cr )', 'comune'],
    ['Cremona', 'Comune di Cremona', 'comune'],
    ['Cremona', 'comune di Cremona (CR)', 'comune'],
    ["Arzago d'Adda", 'Comune di Arzago d’Adda', 'comune'],
    ['Città di Castello', 'Citta di Castello', 'comune'],
    ['San Martino del Lago', 'San Martino del-Lago', 'comune'],
    ['Sesto S. Giovanni', 'Sesto S Giovanni', 'comune'],
  ] as const)('%s ~ %s (%s)', (first, second, kind) => {
    expect(similarNames(first, second, kind)).toBe(true);
    expect(similarNames(second, first, kind)).toBe(true);
  });

  test.each<[string, string, 'owner' | 'comune', string]>([
    ['Comune di Cremona', 'Comune di Crema', 'owner', 'two comuni'],
    ['ALER Milano', 'ALER Brescia-Cremona-Mantova', 'owner', 'two ALER'],
    ['ALER Pavia-Lodi', 'ALER Pavia', 'owner', 'one name inside the other'],
    ['Comune di Paese 1', 'Comune di Paese 10', 'owner', 'a number more'],
    ['Comune di Cremona', 'ALER Cremona', 'owner', 'a Comune and an ALER'],
    ['Comune di Cremona', 'Cremona', 'owner', '"Comune di" is an owner’s name, not a title'],
    ['Cremona', 'Crema', 'comune', 'two comuni'],
    ['Cremona (CR)', 'Crema (CR)', 'comune', 'two comuni of one province'],
    ['Cremona', 'Cremona Nord', 'comune', 'a word more'],
    ['Comune di Cremona', 'Comune Di Cremona ', 'owner', 'case and spaces: already one group'],
    ['Cremona', 'CREMONA', 'comune', 'case: already one group'],
    ['Cremona', 'Cremona', 'comune', 'the same spelling'],
  ])('%s and %s (%s) are not flagged: %s', (first, second, kind) => {
    expect(similarNames(first, second, kind)).toBe(false);
  });

  test('looseName keeps letters and digits only, without the province and, for a comune, the title', () => {
    expect(looseName('A.L.E.R. Brescia-Cremona-Mantova (CR)', 'owner')).toBe('alerbresciacremonamantova');
    expect(looseName("Comune di Sant'Angelo (LO)", 'comune')).toBe('santangelo');
    expect(looseName("Comune di Sant'Angelo (LO)", 'owner')).toBe('comunedisantangelo');
  });
});

describe('spellingProblems on the counted groups', () => {
  test('one warning per pair, naming both spellings, their dwellings and first rows', () => {
    const problems = spellingProblems(
      tallyOf([
        ...units(2, { owner: 'ALER Brescia-Cremona-Mantova', comune: 'Cremona' }),
        unit({ owner: 'ALER Brescia Cremona Mantova', comune: 'Cremona', row: 40 }),
        unit({ owner: 'Comune di Crema', comune: 'Crema' }),
        unit({ owner: 'Comune di Cremona', comune: 'Cremona' }),
      ]).groups,
      { sheet: 'Alloggi' },
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 0, severity: 'avviso', kind: 'ownerSpellings' });
    expect(problems[0].message).toContain('«ALER Brescia-Cremona-Mantova» (2 alloggi; prima occorrenza: foglio');
    expect(problems[0].message).toContain(
      '«ALER Brescia Cremona Mantova» (1 alloggio; prima occorrenza: foglio «Alloggi», riga 40)',
    );
    expect(problems[0].messageEn).toContain(
      '"ALER Brescia Cremona Mantova" (1 dwelling; first seen: sheet "Alloggi", row 40)',
    );
  });

  test('three spellings: the two others each paired with the one with most dwellings', () => {
    const problems = spellingProblems(
      tallyOf([
        unit({ owner: 'Comune di Cremona', comune: 'Cremona (CR)' }),
        ...units(3, { owner: 'Comune di Cremona', comune: 'Cremona' }),
        unit({ owner: 'Comune di Cremona', comune: 'Comune di Cremona' }),
      ]).groups,
    );
    expect(problems.map((problem) => problem.kind)).toEqual(['comuneSpellings', 'comuneSpellings']);
    expect(problems[0].message).toMatch(
      /^«Comune di Cremona»: i comuni «Cremona» \(3 alloggi; .*\) e «Cremona \(CR\)» \(1 alloggio; /,
    );
    expect(problems[1].message).toMatch(
      /^«Comune di Cremona»: i comuni «Cremona» \(3 alloggi; .*\) e «Comune di Cremona» \(1 alloggio; /,
    );
  });

  test('the same comune under two owners is not a split group', () => {
    const groups = tallyOf([
      unit({ owner: 'Comune di Cremona', comune: 'Cremona (CR)' }),
      unit({ owner: 'ALER Brescia-Cremona-Mantova', comune: 'Cremona' }),
    ]).groups;
    expect(spellingProblems(groups)).toEqual([]);
  });

  test('the comuni of an owner written two ways are compared as one owner’s', () => {
    const problems = spellingProblems(
      tallyOf([
        unit({ owner: 'ALER Pavia-Lodi', comune: 'Lodi' }),
        unit({ owner: 'ALER Pavia Lodi', comune: 'Lodi (LO)' }),
      ]).groups,
    );
    expect(problems.map((problem) => problem.kind)).toEqual(['ownerSpellings', 'comuneSpellings']);
  });
});

describe('through the pipeline: the audit’s inventory', () => {
  const inventory = summarizeGrid({ grid: NAMES, headerRow: 1, sheetName: 'Alloggi' });
  const outcome = planFromSummary(inventory, defaultParams(YEAR));

  test('the inventory’s problems warn once per pair, with the text the user reads', () => {
    const warnings = inventory.issues.filter((issue) => issue.severity === 'avviso');
    expect(warnings.map((issue) => issue.message)).toEqual([OWNERS_WARNING, COMUNI_WARNING]);
    expect(warnings[0].messageEn).toBe(
      'The owners "ALER Brescia-Cremona-Mantova" (3 dwellings; first seen: sheet "Alloggi", row 2) and "ALER Brescia Cremona Mantova" (1 dwelling; first seen: sheet "Alloggi", row 4) look like one name written two ways: the plan counts them as two separate owners, each with its own quotas. If they are the same owner, correct the inventory so that every row uses the same name: the quotas are computed per owner and comune and rounded up.',
    );
  });

  test('the groups stay as written: the user decides, nothing is merged', () => {
    expect(outcome.plan?.gruppi.map((group) => [group.ente, group.comune, group.indigenza.quota])).toEqual([
      ['Comune di Cremona', 'Cremona', 1],
      ['Comune di Cremona', 'Cremona (CR)', 1],
      ['ALER Brescia Cremona Mantova', 'Cremona', 1],
      ['ALER Brescia-Cremona-Mantova', 'Cremona', 1],
    ]);
    expect(outcome.plan?.problemi).toEqual(inventory.issues);
  });

  test('the plan sheet’s notes carry both warnings, in the sheet’s language', () => {
    const { plan, fingerprint } = outcome;
    if (!plan || !fingerprint) throw new Error('no plan');
    const texts = (layout: SheetLayout): string[] =>
      layout.cells.flat().flatMap((cell) => (cell && typeof cell.value === 'string' ? [cell.value] : []));
    expect(texts(planSheetLayout({ plan, fingerprint }))).toEqual(
      expect.arrayContaining([OWNERS_WARNING, COMUNI_WARNING]),
    );
    expect(texts(planSheetLayout({ plan, fingerprint }, { language: 'en' }))).toEqual(
      expect.arrayContaining([inventory.issues[0].messageEn, inventory.issues[1].messageEn]),
    );
  });

  test('one spelling throughout: no warning', () => {
    const clean = NAMES.map((row, index) =>
      index === 0
        ? row
        : [row[0], /aler/i.test(String(row[1])) ? 'ALER Brescia-Cremona-Mantova' : row[1], 'Cremona', 'SAP', 'libero'],
    );
    expect(summarizeGrid({ grid: clean, headerRow: 1 }).issues).toEqual([]);
  });
});

describe('the capofila’s merge: one owner spelt differently in two files', () => {
  const source = (file: string, dwellings: Unit[]): CommunicationSource => ({
    file,
    inventories: [{ sheet: 'Alloggi', units: dwellings, issues: [] }],
    scelte: [],
  });

  test('one warning naming both spellings, their dwellings and files; the groups are kept apart', () => {
    const merge = new Merge(YEAR);
    merge.add(source('aler-cremona.xlsx', units(3, { owner: 'ALER Brescia-Cremona-Mantova', comune: 'Cremona' })));
    merge.add(
      source('aler-crema.xlsx', [unit({ owner: 'A.L.E.R. Brescia Cremona Mantova', comune: 'Cremona', row: 2 })]),
    );
    merge.add(source('comune.xlsx', [unit({ owner: 'Comune di Crema', comune: 'Crema' })]));
    const result = merge.result();
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ severity: 'avviso', kind: 'ownerSpellings' });
    expect(problem.message).toContain(
      '«A.L.E.R. Brescia Cremona Mantova» (1 alloggio; prima occorrenza: file «aler-crema.xlsx», foglio «Alloggi», riga 2)',
    );
    expect(problem.message).toMatch(
      /^Gli enti proprietari «ALER Brescia-Cremona-Mantova» \(3 alloggi; prima occorrenza: file «aler-cremona\.xlsx», foglio «Alloggi», riga \d+\)/,
    );
    const plan = planFromMerge(result, defaultParams(YEAR));
    expect(plan.problemi).toContainEqual(problem);
    expect(plan.gruppi.filter((group) => group.comune === 'Cremona')).toHaveLength(2);
  });
});
