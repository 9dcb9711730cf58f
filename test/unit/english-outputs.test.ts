/**
 * What a user reads in English, taken from the real outputs (not from the tables): the pane's
 * English strings (every text and every counted form), the ribbon's reasons and confirmation,
 * the functions' English metadata and error messages, the English plan sheet (every text cell and the print header and footer), and the engine's notes and problems in
 * English (inventory issues, parameter problems, plan notes, calendar). None may hold an Italian
 * word (test/helpers/italian.ts lists them, and what stays Italian on purpose) or an unfilled
 * placeholder; the Italian outputs are checked for unfilled placeholders too.
 */
import * as fs from 'fs';
import * as path from 'path';
import { OWNERS_SHEET_NAME, parseOwnersList } from '../../src/core/communication/owners';
import { SCELTE_SHEET_NAME, parseScelte } from '../../src/core/communication/scelte';
import { csvRows, decodeCsvBytes } from '../../src/core/csv';
import { layoutOwnersSheet } from '../../src/core/merge/layout';
import { Merge, type CommunicationSource } from '../../src/core/merge/merge';
import { planFromMerge } from '../../src/core/merge/plan';
import type { Unit } from '../../src/core/types';
import { parseInventory } from '../../src/core/inventory';
import { calendarWarnings } from '../../src/core/plan/calendar';
import { defaultParams, paramDefinitions, validateParams, type PlanParams } from '../../src/core/plan/params';
import { computePlan, type Plan } from '../../src/core/plan/plan';
import { PRESETS } from '../../src/core/plan/presets';
import { layoutComparisonSheet } from '../../src/core/scenarios/layout';
import { compareScenarios, parseScenario, scenarioParams } from '../../src/core/scenarios/scenarios';
import { layoutPlanSheet, type SheetLayout } from '../../src/core/sheet';
import {
  PIANO,
  QUOTA_FORZE_POLIZIA,
  QUOTA_INDIGENZA,
  QUOTA_POLIZIA_LOCALE,
  SAT_ALLOCATION,
} from '../../src/functions/functions';
import english from '../../src/functions/metadata.en-US.json';
import { createPlanFromSettings } from '../../src/commands/plan-command';
import { sentenceText } from '../../src/core/messages';
import { stringsFor, type Strings } from '../../src/taskpane/i18n/strings';
import { createFakeAdapter, type FakeAdapterOptions } from '../helpers/fake-adapter';
import { installCustomFunctionsGlobal, setDisplayLanguage } from '../helpers/custom-functions-global';
import { englishProblems, leftoversIn } from '../helpers/italian';
import { ALER, COMUNE_CASTELVERDE, COMUNE_CREMONA, cremonaUnits, largeAmbito, units } from '../helpers/plan-units';
import { resultNow } from '../helpers/streaming';

const ROOT = path.resolve(__dirname, '../..');

type Texts = Array<[where: string, text: string]>;

function expectEnglish(texts: Texts): void {
  const found = texts
    .map(([where, text]) => ({ where, text, problems: englishProblems(text) }))
    .filter((entry) => entry.problems.length > 0);
  expect(found).toEqual([]);
}

function expectFilled(texts: Texts): void {
  expect(texts.filter(([, text]) => leftoversIn(text).length > 0)).toEqual([]);
}

// ---------- the engine: inventories, parameters, plans ----------

function inventoryFiles(): string[] {
  const folders = [path.join(ROOT, 'test/fixtures/inventory'), path.join(ROOT, 'test/fixtures/bad-inputs')];
  return folders.flatMap((folder) =>
    fs
      .readdirSync(folder, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.csv'))
      .map((file) => path.join(folder, file)),
  );
}

function inventoryIssues(): Array<{ where: string; message: string; messageEn: string }> {
  return inventoryFiles().flatMap((file) => {
    let rows: string[][];
    try {
      rows = [...csvRows(decodeCsvBytes(new Uint8Array(fs.readFileSync(file))).text)];
    } catch {
      return []; // refused before parsing (binary, swallowed rows): the command line's message, not the parser's
    }
    const result = parseInventory(rows, { sheetName: 'Inventario' });
    return result.issues.map((issue) => ({ where: path.relative(ROOT, file), ...issue }));
  });
}

const year2027 = (): PlanParams => ({
  ...defaultParams(2027),
  ambito: 'Ambito di Cremona',
  capofila: 'Comune di Cremona',
});

/** Plans that between them make every kind of note: SAT over the cap, rounding, police, reserve, overrides. */
function plans(): Array<[string, Plan]> {
  const cremona2022 = PRESETS.map((preset) => preset.params(2022));
  const police: PlanParams = { ...year2027(), forzePolizia: 0.1, poliziaLocale: 0.05, categoriaQuota: 0.1 };
  const overrides: PlanParams = {
    ...year2027(),
    satRichiesti: 40,
    enti: {
      [COMUNE_CREMONA]: { maggiorazione: 0.1, satRichiesti: 5, riservaCategorie: ['anziani'] },
      [ALER]: { maggiorazione: 0.1, assegnatiAnnoPrecedente: 4 },
    },
  };
  const small = units(2, { owner: COMUNE_CASTELVERDE, comune: 'Castelverde' });
  const large = largeAmbito();
  return [
    ...cremona2022.map((params, index): [string, Plan] => [`preset ${index}`, computePlan(cremonaUnits(), params)]),
    ['2027 police and reserve', computePlan(cremonaUnits(), police)],
    ['2027 overrides', computePlan(cremonaUnits(), overrides)],
    ['2027 small base', computePlan(small, { ...police, forzePolizia: 0.15, categoriaQuota: 0.2 })],
    ['large Ambito', computePlan(large.inventory, { ...large.params, anno: 2027 }, large.issues)],
  ];
}

/** Parameters wrong in every way the checks know, for the general fields and for an owner. */
function badParams(): PlanParams[] {
  const base = year2027();
  const wrongOwner = {
    indigenza: 0.3,
    maggiorazione: 1.5,
    satRichiesti: 2.5,
    satSoglia: 0.9,
    forzePolizia: 0.3,
    poliziaLocale: 0.15,
    categoriaQuota: -1,
  };
  return [
    { ...base, anno: 1990 },
    { ...base, ordine: 'altro' as never },
    { ...base, ...wrongOwner, riservaCategorie: ['sconosciuta' as never], misure: [{ testo: '', importo: -3 }] },
    { ...base, forzePolizia: 0.15, poliziaLocale: 0.1 },
    { ...base, satRichiesti: Number.NaN },
    { ...defaultParams(2022), forzePolizia: 0.3, poliziaLocale: 0.05, riservaCategorie: ['anziani'] },
    { ...base, enti: { 'Comune di Lodi': { ...wrongOwner, assegnatiAnnoPrecedente: -1 } } },
    { ...defaultParams(2022), enti: { 'Comune di Lodi': { poliziaLocale: 0.1, riservaCategorie: ['anziani'] } } },
  ];
}

function engineTexts(language: 'it' | 'en'): Texts {
  const pick = (sentence: { message: string; messageEn: string }): string =>
    language === 'en' ? sentence.messageEn : sentence.message;
  return [
    ...inventoryIssues().map((issue): [string, string] => [issue.where, pick(issue)]),
    ...badParams().flatMap((params, index) =>
      validateParams(params).map((problem): [string, string] => [`params ${index} ${problem.key}`, pick(problem)]),
    ),
    ...plans().flatMap(([name, plan]) => plan.note.map((note): [string, string] => [`${name} note`, pick(note)])),
    ...[2022, 2027].flatMap((year) =>
      calendarWarnings(year, new Date(year, 1, 10)).map((note): [string, string] => [`calendar ${year}`, pick(note)]),
    ),
  ];
}

describe("the engine's notes and problems", () => {
  test('there are many of them to read', () => {
    expect(engineTexts('en').length).toBeGreaterThan(60);
  });
  test('in English: no Italian word, nothing unfilled', () => expectEnglish(engineTexts('en')));
  test('in Italian: nothing unfilled', () => expectFilled(engineTexts('it')));
});

// ---------- the merge of the owners' communications ----------

/** A merge with every conflict the capofila can meet: the same dwelling twice, choices that disagree or misplaced. */
function mergeTexts(language: 'it' | 'en'): Texts {
  const scelte = (file: string, ente: string, ...rows: unknown[][]) =>
    parseScelte([['Parametro', 'Valore'], ['Ente proprietario', ente], ...rows], {
      anno: 2022,
      file,
      sheetName: SCELTE_SHEET_NAME,
    });
  const source = (file: string, dwellings: Unit[], ...readings: ReturnType<typeof scelte>[]): CommunicationSource => ({
    file,
    inventories: [{ sheet: 'Alloggi', units: dwellings, issues: [] }],
    scelte: readings,
  });
  const owners: Record<string, Unit[]> = {};
  for (const dwelling of cremonaUnits()) (owners[dwelling.owner] ??= []).push(dwelling);
  const twin = { ...owners[COMUNE_CASTELVERDE][0], row: 40 };
  const merge = new Merge(2022);
  for (const item of [
    source(
      'cremona-1.xlsx',
      owners[COMUNE_CREMONA].slice(0, 5),
      scelte('cremona-1.xlsx', COMUNE_CREMONA, ['maggiorazione', 0.1]),
    ),
    source(
      'cremona-2.xlsx',
      owners[COMUNE_CREMONA].slice(5),
      scelte('cremona-2.xlsx', COMUNE_CREMONA, ['maggiorazione', 0.2]),
    ),
    source('castelverde.xlsx', owners[COMUNE_CASTELVERDE], scelte('castelverde.xlsx', ALER, ['satRichiesti', 'tre'])),
    source('aler.xlsx', [...owners[ALER], { ...twin, owner: ALER, ownerKind: 'aler', comune: 'Castelverde' }]),
  ])
    merge.add(item);
  return merge
    .result()
    .problems.map((problem): [string, string] => [
      `merge ${problem.file ?? ''}`,
      language === 'en' ? problem.messageEn : problem.message,
    ]);
}

describe("the merge of the owners' communications", () => {
  test('there are conflicts to read', () => expect(mergeTexts('en').length).toBeGreaterThanOrEqual(3));
  test('in English: no Italian word, nothing unfilled', () => expectEnglish(mergeTexts('en')));
  test('in Italian: nothing unfilled', () => expectFilled(mergeTexts('it')));
});

// ---------- an owner's communication: its choices and the list of owners ----------

/** Every problem a "Scelte dell'ente" sheet and an "Enti dell'Ambito" list can have, in 2022 and 2027. */
function communicationTexts(language: 'it' | 'en'): Texts {
  const read = (anno: number, ...rows: unknown[][]) =>
    parseScelte([['Parametro', 'Valore'], ...rows], { anno, file: 'lodi.xlsx', sheetName: SCELTE_SHEET_NAME }).problems;
  const owner = ['Ente proprietario', 'Comune di Lodi'];
  const problems = [
    ...read(2027, ['Ente proprietario', '']),
    ...read(2027, ['maggiorazione', 0.1]),
    ...read(
      2027,
      owner,
      ['maggiorazione', '#N/A'],
      ['satRichiesti', 'tre'],
      ['satSoglia', 'molto'],
      ['forzePolizia', 30],
      ['Data della comunicazione', '31/02/2027'],
      ['Anno del piano', 'duemila'],
      ['Note', 'da rivedere'],
      ['satRichiesti', 4],
      ['riservaCategorie', 'gatti'],
    ),
    ...read(2027, owner, ['Anno del piano', 2025], ['riservaCategorie', 'gatti; cani'], ['maggiorazione', 0.9]),
    ...read(2022, owner, ['satRichiesti', 2.5], ['forzePolizia', 0.5]),
    ...parseOwnersList([['Ente proprietario'], ['Comune di Lodi'], ['comune di lodi']], {
      file: 'enti.xlsx',
      sheetName: OWNERS_SHEET_NAME,
    }).problems,
  ];
  return problems.map((problem): [string, string] => [
    `${problem.file} ${problem.cell ?? ''}`,
    language === 'en' ? problem.messageEn : problem.message,
  ]);
}

describe("an owner's communication", () => {
  test('every kind of problem is read', () => expect(communicationTexts('en').length).toBeGreaterThanOrEqual(15));
  test('in English: no Italian word, nothing unfilled', () => expectEnglish(communicationTexts('en')));
  test('in Italian: nothing unfilled', () => expectFilled(communicationTexts('it')));
  test('in English, the category names to type are quoted (the sheet is in Italian)', () => {
    expect(communicationTexts('en').map(([, text]) => text)).toContainEqual(
      expect.stringContaining('Write, separated by semicolons: "Anziani"; "Famiglie di nuova formazione";'),
    );
  });
});

// ---------- the plan sheet ----------

/** What the user wrote (names, the Comune's category, measures): shown as written, in any language. */
function userTexts(plan: Plan): Set<string> {
  const params = plan.parametri;
  return new Set(
    [
      params.ambito,
      params.capofila,
      params.categoria?.nome,
      params.categoria?.descrizione,
      ...(params.misure ?? []).map((measure) => measure.testo),
      ...plan.gruppi.flatMap((group) => [group.ente, group.comune]),
    ].filter((text): text is string => typeof text === 'string' && text !== ''),
  );
}

function sheetTexts(layout: SheetLayout, name: string, plan: Plan): Texts {
  const texts: Texts = [];
  const written = userTexts(plan);
  layout.cells.forEach((row, rowIndex) =>
    row.forEach((cell, column) => {
      if (cell && typeof cell.value === 'string' && cell.value.trim() !== '' && !written.has(cell.value))
        texts.push([`${name} R${rowIndex + 1}C${column + 1}`, cell.value]);
    }),
  );
  for (const part of ['header', 'footer'] as const) {
    for (const [side, value] of Object.entries(layout.print[part] ?? {})) {
      if (typeof value === 'string') texts.push([`${name} ${part}.${side}`, value.replace(/&[A-Z0-9]+|&&/g, ' ')]);
    }
  }
  for (const rule of layout.validations ?? []) {
    for (const key of ['title', 'prompt', 'error'] as const) {
      const value = rule[key];
      if (typeof value === 'string') texts.push([`${name} validation ${rule.range} ${key}`, value]);
    }
  }
  return texts;
}

describe('the plan sheet', () => {
  const layouts = (language: 'it' | 'en'): Texts =>
    plans().flatMap(([name, plan]) =>
      sheetTexts(layoutPlanSheet(plan, { language, generatedAt: new Date(2026, 10, 27) }), name, plan),
    );

  test('in English: every text cell without an Italian word or an unfilled placeholder', () =>
    expectEnglish(layouts('en')));
  test('in Italian: nothing unfilled', () => expectFilled(layouts('it')));
});

// ---------- the sheets written next to a plan: "Comunicazioni" and "Confronto scenari" ----------

/** The merged plan of mergeTexts' sources, its "Comunicazioni" sheet with and without the Ambito's list. */
function ownersSheets(language: 'it' | 'en'): Texts {
  const owners: Record<string, Unit[]> = {};
  for (const dwelling of cremonaUnits()) (owners[dwelling.owner] ??= []).push(dwelling);
  const scelte = parseScelte(
    [
      ['Parametro', 'Valore'],
      ['Ente proprietario', COMUNE_CREMONA],
      ['maggiorazione', 0.1],
      ['Data della comunicazione', '02/11/2021'],
    ],
    { anno: 2022, file: 'cremona.xlsx', sheetName: SCELTE_SHEET_NAME },
  );
  const merge = new Merge(2022);
  merge.add({
    file: 'cremona.xlsx',
    inventories: [{ sheet: 'Alloggi', units: owners[COMUNE_CREMONA], issues: [] }],
    scelte: [scelte],
  });
  merge.add({ file: 'aler.xlsx', inventories: [{ sheet: 'Alloggi', units: owners[ALER], issues: [] }], scelte: [] });
  merge.expect([COMUNE_CREMONA, 'Comune di Spinadesco']);
  const plan = planFromMerge(merge.result(), defaultParams(2022));
  return [true, false].flatMap((listed) =>
    sheetTexts(layoutOwnersSheet(plan, { language, listed }), `owners listed=${listed}`, plan),
  );
}

/** Scenarios that change a share, an owner's SAT and the reading of the split. */
function comparisonSheets(language: 'it' | 'en'): Texts {
  const base = { ...year2027(), enti: { [COMUNE_CREMONA]: { maggiorazione: 0.1 } } };
  const spec = (text: string) => scenarioParams(base, parseScenario(text, 2027).values);
  const compute = (params: PlanParams) => computePlan(cremonaUnits(), params);
  const changed = compareScenarios(
    [
      { nome: 'Piano', params: base },
      { nome: 'Alto', params: spec('Alto:maggiorazione=0.3,ordine=indigenza-su-tutti') },
      { nome: 'Sat', params: spec(`Sat:${COMUNE_CREMONA}:satRichiesti=8`) },
    ],
    compute,
  );
  const same = compareScenarios(
    [
      { nome: 'Piano', params: base },
      { nome: 'Uguale', params: base },
    ],
    compute,
  );
  const plan = compute(base);
  return [changed, same].flatMap((comparison, index) =>
    sheetTexts(
      layoutComparisonSheet(comparison, { language, ambito: 'Ambito di Cremona' }),
      `scenarios ${index}`,
      plan,
    ).filter(([, text]) => !comparison.scenari.some((scenario) => scenario.nome === text)),
  );
}

describe('the sheets next to the plan', () => {
  test('"Comunicazioni" in English: no Italian word, nothing unfilled', () => expectEnglish(ownersSheets('en')));
  test('"Comunicazioni" in Italian: nothing unfilled', () => expectFilled(ownersSheets('it')));
  test('"Confronto scenari" in English: no Italian word, nothing unfilled', () =>
    expectEnglish(comparisonSheets('en')));
  test('"Confronto scenari" in Italian: nothing unfilled', () => expectFilled(comparisonSheets('it')));
  test('they have texts to read', () => {
    expect(ownersSheets('en').length).toBeGreaterThan(15);
    expect(comparisonSheets('en').length).toBeGreaterThan(15);
  });
});

// ---------- the custom functions ----------

describe('the custom functions in English', () => {
  beforeAll(installCustomFunctionsGlobal);

  test('their English metadata (names, descriptions, results)', () => {
    const texts: Texts = Object.entries(
      english as Record<
        string,
        { description: string; result?: string; parameters?: Record<string, { name: string; description: string }> }
      >,
    ).flatMap(([id, entry]) => [
      [`${id}`, entry.description] as [string, string],
      ...(entry.result ? [[`${id} result`, entry.result] as [string, string]] : []),
      ...Object.entries(entry.parameters ?? {}).flatMap(([key, parameter]): Texts => [
        [`${id}.${key} name`, parameter.name],
        [`${id}.${key}`, parameter.description],
      ]),
    ]);
    expectEnglish(texts);
  });

  /** Every error message a bad argument can give, as the cell's tooltip shows it. */
  function errors(): Texts {
    const one = (value: unknown): unknown => [[value]];
    const calls: Array<[string, () => unknown]> = [
      ['indigenza text', () => QUOTA_INDIGENZA(one('dieci') as never)],
      ['indigenza negative', () => QUOTA_INDIGENZA(one(-3) as never)],
      ['indigenza 2,5', () => QUOTA_INDIGENZA(one('2,5') as never)],
      ['indigenza huge', () => QUOTA_INDIGENZA(one(1e12) as never)],
      ['indigenza 30', () => QUOTA_INDIGENZA(one(10) as never, 30)],
      ['indigenza negative share', () => QUOTA_INDIGENZA(one(10) as never, -0.1)],
      ['indigenza molto', () => QUOTA_INDIGENZA(one(10) as never, 'molto')],
      ['indigenza sum', () => QUOTA_INDIGENZA(one(10) as never, 0.8, 0.3)],
      ['indigenza below rule', () => QUOTA_INDIGENZA(one(10) as never, 0.1)],
      ['sat 2.5', () => SAT_ALLOCATION(one(18) as never, 2.5)],
      ['sat cap', () => SAT_ALLOCATION(one(18) as never, 5, 25)],
      ['sat above the legal cap', () => SAT_ALLOCATION(one(18) as never, 5, 0.5)],
      ['police max', () => QUOTA_FORZE_POLIZIA(one(18) as never, 0.3, 2022)],
      ['police year', () => QUOTA_FORZE_POLIZIA(one(18) as never, 0.1, 'duemila')],
      ['local police 2024', () => QUOTA_POLIZIA_LOCALE(one(18) as never, 0.05, 2024)],
      ['local police max', () => QUOTA_POLIZIA_LOCALE(one(18) as never, 0.25, 2027)],
    ];
    const texts: Texts = calls.map(([name, call]) => {
      try {
        const result = call() as unknown[][];
        const cell = result[0][0] as { message?: string };
        return [name, cell.message ?? `no error: ${String(cell)}`];
      } catch (error) {
        return [name, (error as { message: string }).message];
      }
    });
    const header = ['Codice', 'Ente proprietario', 'Comune', 'Stato'];
    const inventory = [header, ['A1', 'Comune di Cremona', 'Cremona', 'libero']];
    for (const [name, args] of [
      ['piano cap', [inventory, 2022, null, null, null, 0.4]],
      ['piano year', [inventory, 1990, null, null, null, null]],
      ['piano range', [[[1]], 2022, null, null, null, null]],
      [
        'piano inventory',
        [
          [
            ['Foo', 'Bar'],
            ['1', '2'],
          ],
          2022,
          null,
          null,
          null,
          null,
        ],
      ],
    ] as const) {
      const error = resultNow<{ message?: string }>(PIANO, ...(args as unknown as unknown[]));
      texts.push([name, error.message ?? `no error: ${JSON.stringify(error)}`]);
    }
    return texts;
  }

  test('their error messages', () => {
    const restore = setDisplayLanguage('en-US');
    try {
      const texts = errors();
      expect(texts.filter(([, text]) => text.startsWith('no error'))).toEqual([]);
      expectEnglish(texts);
    } finally {
      restore();
    }
  });

  test('in Italian: nothing unfilled', () => expectFilled(errors()));
});

// ---------- the task pane ----------

/** Placeholders that take a list (joined by the pane); every other one takes a number or a text. */
const LISTS = new Set(['sheetNames', 'reasons', 'fileNames']);

/**
 * Values for any call of the pane's texts, read by name: numbers that reach every counted form
 * (none, one, many), a neutral text, lists of none, one and two names.
 */
function sampleValues(variant: number): Record<string, unknown> {
  const scalar = [0, 1, 7, 'X-12'][variant];
  const list = [[], ['X-12'], ['X-12', 'Y-13'], ['X-12']][variant];
  return new Proxy({}, { get: (_, name) => (LISTS.has(String(name)) ? list : scalar) });
}

function paneTexts(strings: Strings): Texts {
  const texts: Texts = [];
  const visit = (value: unknown, where: string): void => {
    if (typeof value === 'string') texts.push([where, value]);
    else if (typeof value === 'function') {
      if (where === 'citation') return; // the legal references, below
      for (const variant of [0, 1, 2, 3]) {
        texts.push([`${where}(${[0, 1, 7, 'X-12'][variant]})`, String(value(sampleValues(variant)))]);
      }
    } else if (value && typeof value === 'object') {
      for (const [child, inner] of Object.entries(value)) visit(inner, `${where}.${child}`);
    }
  };
  for (const [key, value] of Object.entries(strings)) visit(value, key);
  return texts;
}

describe('the task pane', () => {
  const EN = stringsFor('en');

  test('there are many texts to read', () => expect(paneTexts(EN).length).toBeGreaterThan(300));

  test('in English: every string without an Italian word or an unfilled placeholder', () =>
    expectEnglish(paneTexts(EN)));

  test('in English: the hints and refusals with the real legal references of 2022 and 2027', () => {
    const texts: Texts = [2022, 2027].flatMap((year) =>
      paramDefinitions(year).flatMap((definition): Texts => {
        const reference = EN.citation(definition.reference);
        const where = `${year} ${definition.key}`;
        return [
          [`${where} label`, definition.label.en],
          [`${where} default`, EN.defaultHint({ value: '7', reference })],
          [`${where} fixed`, EN.fixedHint({ value: '7 %', reference })],
          [`${where} over 100`, EN.percentOver100({ label: definition.label.en, text: '130', max: '20 %', reference })],
          [`${where} reserve`, EN.reserveCategoriesHint({ reference })],
          ...(definition.maxReason ? [[`${where} reason`, definition.maxReason.en] as [string, string]] : []),
        ];
      }),
    );
    expectEnglish(texts);
  });
  test('in Italian: nothing unfilled', () => expectFilled(paneTexts(stringsFor('it'))));
});

// ---------- the ribbon ----------

/** Every reason the ribbon's "Crea piano" can give, and its confirmation, as the pane shows them. */
async function ribbonTexts(language: 'it' | 'en'): Promise<Texts> {
  const source = { kind: 'table' as const, name: 'Inventario' };
  const complete = { ...year2027(), anno: 2022 };
  const cases: Array<[string, FakeAdapterOptions]> = [
    ['no saved source', {}],
    ['no saved parameters', { settings: { version: 1, source } as never }],
    ['an unreadable source', { settings: { version: 1, source, params: complete }, readError: new Error('gone') }],
    ['an out-of-bounds parameter', { settings: { version: 1, source, params: { ...complete, satSoglia: 0.9 } } }],
    [
      'no columns',
      {
        settings: { version: 1, source, params: complete },
        grid: [
          ['Foo', 'Bar'],
          ['1', '2'],
        ],
      },
    ],
    ['no Ambito', { settings: { version: 1, source, params: { ...complete, ambito: '' } } }],
    ['no Comune capofila', { settings: { version: 1, source, params: { ...complete, capofila: '' } } }],
    ['written', { settings: { version: 1, source, params: complete } }],
  ];
  const texts: Texts = [];
  for (const [name, options] of cases) {
    const outcome = await createPlanFromSettings(createFakeAdapter(options), {
      language,
      now: () => new Date(2022, 1, 1),
    });
    texts.push([
      `ribbon: ${name}`,
      outcome.status === 'written'
        ? stringsFor(language).ribbonCreated({ sheetName: outcome.sheetName })
        : sentenceText(outcome, language),
    ]);
  }
  return texts;
}

describe("the ribbon's messages", () => {
  test('one for every case, none empty', async () => {
    const texts = await ribbonTexts('en');
    expect(texts.filter(([, text]) => text.trim() === '')).toEqual([]);
    expect(new Set(texts.map(([, text]) => text)).size).toBe(texts.length);
  });
  test('in English: no Italian word, nothing unfilled', async () => expectEnglish(await ribbonTexts('en')));
  test('in Italian: nothing unfilled', async () => expectFilled(await ribbonTexts('it')));
});
