import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

const { localizeMetadata } = require('../../scripts/localize-metadata') as {
  localizeMetadata: (italian: Metadata, english: unknown) => { metadata: Metadata; missing: string[] };
};
import english from '../../src/functions/metadata.en-US.json';
import { FORZE_POLIZIA, INDIGENZA, POLIZIA_LOCALE, SAT_CAP } from '../../src/core/quota';

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: { stream?: boolean; volatile?: boolean };
}
interface Metadata {
  functions: FunctionMetadata[];
}

const SOURCE = path.resolve(__dirname, '../../src/functions/functions.ts');
let metadata: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE, false);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as Metadata;
}, 60_000);

const byId = (id: string): FunctionMetadata => {
  const found = metadata.functions.find((fn) => fn.id === id);
  if (!found) throw new Error(`function ${id} not in metadata`);
  return found;
};

test('function ids are pinned: workbooks store them in their formulas', () => {
  expect(metadata.functions.map((fn) => fn.id).sort()).toEqual([
    'DISPONIBILI',
    'PIANO',
    'QUOTA_FORZE_POLIZIA',
    'QUOTA_INDIGENZA',
    'QUOTA_POLIZIA_LOCALE',
    'SAT_ALLOCATION',
  ]);
  for (const fn of metadata.functions) expect(fn.name).toBe(fn.id);
});

test.each([
  ['QUOTA_INDIGENZA', ['disponibili', 'percentuale', 'maggiorazione']],
  ['SAT_ALLOCATION', ['disponibili', 'richiesti', 'soglia']],
])('%s has Italian parameters %p, the first a range, the others optional', (id, names) => {
  const fn = byId(id);
  expect(fn.parameters.map((p) => p.name)).toEqual(names);
  expect(fn.parameters[0].dimensionality).toBe('matrix');
  expect(fn.parameters.slice(1).every((p) => p.optional === true)).toBe(true);
  expect(fn.result.dimensionality).toBe('matrix');
  expect(fn.description).toMatch(/alloggi/i);
});

test.each([
  ['QUOTA_FORZE_POLIZIA', ['disponibili', 'percentuale', 'anno'], 2, 'matrix'],
  ['QUOTA_POLIZIA_LOCALE', ['disponibili', 'percentuale', 'anno'], 2, 'matrix'],
  ['DISPONIBILI', ['inventario', 'anno', 'ente', 'comune'], 2, 'scalar'],
  ['PIANO', ['inventario', 'anno', 'indigenza', 'maggiorazione', 'satRichiesti', 'satSoglia'], 2, 'matrix'],
])('%s has parameters %p (%i required) and a %s result', (id, names, required, result) => {
  const fn = byId(id);
  expect(fn.parameters.map((p) => p.name)).toEqual(names);
  expect(fn.parameters.filter((p) => !p.optional)).toHaveLength(required);
  expect(fn.parameters[0].dimensionality).toBe('matrix');
  expect(fn.result.dimensionality ?? 'scalar').toBe(result);
});

test('DISPONIBILI and PIANO stream (their result follows a named inventory); none is volatile', () => {
  expect(metadata.functions.filter((fn) => fn.options?.stream).map((fn) => fn.id)).toEqual(['DISPONIBILI', 'PIANO']);
  expect(metadata.functions.filter((fn) => fn.options?.volatile)).toEqual([]);
  // The invocation Excel adds is no parameter a user sees.
  expect(byId('DISPONIBILI').parameters.map((p) => p.name)).not.toContain('invocation');
});

test('every function and parameter has an English text, and English names differ from Italian', () => {
  const { metadata: localized, missing } = localizeMetadata(metadata, english);
  expect(missing).toEqual([]);
  const quota = localized.functions.find((fn) => fn.id === 'QUOTA_INDIGENZA');
  expect(quota?.parameters.map((p) => p.name)).toEqual(['available', 'percentage', 'increase']);
  expect(quota?.description).toMatch(/poverty/);
});

test('a function without an English text is reported', () => {
  const { missing } = localizeMetadata(
    { functions: [...metadata.functions, { id: 'NUOVA', name: 'NUOVA', parameters: [], result: {} }] },
    english,
  );
  expect(missing).toEqual(['NUOVA']);
});

test.each([
  ['QUOTA_INDIGENZA', INDIGENZA],
  ['QUOTA_FORZE_POLIZIA', FORZE_POLIZIA],
  ['QUOTA_POLIZIA_LOCALE', POLIZIA_LOCALE],
  ['SAT_ALLOCATION', SAT_CAP],
] as const)('%s: its help says what its quota definition says (base, rounding, article)', (id, definition) => {
  const fn = byId(id);
  const translated = (
    english as Record<string, { description: string; parameters: Record<string, { description: string }> }>
  )[id];
  const italian = `${fn.description} ${fn.parameters[0].description}`;
  const inEnglish = `${translated.description} ${translated.parameters[fn.parameters[0].name].description}`;
  expect(italian).toContain(definition.article);
  expect(inEnglish).toContain(definition.article);
  if (definition.rounding === 'up') {
    expect(italian).toMatch(/arrotondat[oa] all'unità superiore/);
    expect(inEnglish).toMatch(/rounded up/);
  } else {
    expect(italian).toMatch(/arrotondata per difetto/);
    expect(inEnglish).toMatch(/rounded down/);
  }
  if (definition.base === 'ripartizione') {
    expect(italian).toMatch(/base delle quote/i);
    expect(italian).toContain('disponibili meno SAT');
    expect(inEnglish).toMatch(/base of the quotas/i);
    expect(inEnglish).toContain('available minus SAT');
  } else {
    expect(italian).toContain('alloggi disponibili');
    expect(inEnglish).toContain('available dwellings');
  }
});

// Audit D3: the functions without a year argument follow the rules in force today, and say so.
test.each([
  [
    'SAT_ALLOCATION',
    'soglia',
    /al massimo il 25 %.*L\.R\. 16\/2016 art\. 23.*R\.R\. 2\/2025/,
    /at most 25 %.*L\.R\. 16\/2016 art\. 23.*R\.R\. 2\/2025/,
  ],
  ['QUOTA_INDIGENZA', 'percentuale', /almeno il 20 %.*R\.R\. 2\/2025/, /at least .*20 %.*R\.R\. 2\/2025/],
])(
  '%s: the help of %s gives its bound and the rules it follows (no year argument)',
  (id, parameter, italian, inEnglish) => {
    const fn = byId(id);
    expect(fn.parameters.find((p) => p.name === parameter)?.description).toMatch(italian);
    const translated = (english as Record<string, { parameters: Record<string, { description: string }> }>)[id];
    expect(translated.parameters[parameter].description).toMatch(inEnglish);
  },
);
