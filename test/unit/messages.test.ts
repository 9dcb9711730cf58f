/**
 * The message tables (src/core/messages): typed placeholders, rendering, and every message of
 * every table read in both languages: no Italian word in English, nothing left unfilled.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  bilingual,
  bindMessages,
  defineMessages,
  format,
  formatCount,
  messageTables,
  sentence,
  sentenceBilingual,
  sentenceText,
  type Message,
} from '../../src/core/messages';
import { cite } from '../../src/core/messages/citations';
import { RULES } from '../../src/core/rules';
import { englishProblems, italianWordsIn, leftoversIn } from '../helpers/italian';

const SRC = path.resolve(__dirname, '../../src');

/** Every source file that declares a table: all of them are loaded, so no table escapes the checks. */
function tableModules(dir: string = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return tableModules(file);
    if (!/\.tsx?$/.test(entry.name) || file === path.join(SRC, 'core/messages/index.ts')) return [];
    return /\bdefineMessages\(/.test(fs.readFileSync(file, 'utf8')) ? [file] : [];
  });
}

/** Sample values that cannot hide an Italian word: numbers and a neutral name. */
function sampleValues(message: Message): Record<string, string | number> {
  return Object.fromEntries(message.names.map((name, index) => [name, index % 2 === 0 ? 7 : 'X-12']));
}

function allMessages(): Message[] {
  for (const file of tableModules()) require(file);
  return [...messageTables().values()].flatMap((table) => Object.values(table));
}

describe('defineMessages and format', () => {
  const SAMPLE = defineMessages('test.sample', {
    share: { it: 'La quota {name} vale {value}', en: 'The share {name} is {value}' },
    plain: { it: 'Niente da fare', en: 'Nothing to do' },
  });

  test('fills named placeholders, numbers in the language’s notation', () => {
    expect(format(SAMPLE.share, 'it', { name: 'SAT', value: 2.5 })).toBe('La quota SAT vale 2,5');
    expect(format(SAMPLE.share, 'en', { name: 'SAT', value: 2.5 })).toBe('The share SAT is 2.5');
    expect(format(SAMPLE.plain, 'en')).toBe('Nothing to do');
    expect(bilingual(SAMPLE.share, { name: { it: 'indigenza', en: 'poverty' }, value: 3 })).toEqual({
      it: 'La quota indigenza vale 3',
      en: 'The share poverty is 3',
    });
  });

  test('a sentence by a count: one for 1, the other otherwise', () => {
    const ROWS = defineMessages('test.rows', {
      one: { it: '1 riga', en: '1 row' },
      other: { it: '{count} righe', en: '{count} rows' },
    });
    expect(formatCount(1, ROWS.one, ROWS.other, 'it', { count: 1 })).toBe('1 riga');
    expect(formatCount(0, ROWS.one, ROWS.other, 'it', { count: 0 })).toBe('0 righe');
    expect(formatCount(12, ROWS.one, ROWS.other, 'en', { count: 12 })).toBe('12 rows');
    // @ts-expect-error {count} is needed by the other form
    expect(() => formatCount(2, ROWS.one, ROWS.other, 'en')).toThrow('no value for {count}');
  });

  test('a table bound to a language: texts, and functions of the placeholders', () => {
    const english = bindMessages(SAMPLE, 'en');
    expect(english.plain).toBe('Nothing to do');
    expect(english.share({ name: 'SAT', value: 12.5 })).toBe('The share SAT is 12.5');
    expect(bindMessages(SAMPLE, 'it').share({ name: 'SAT', value: 12.5 })).toBe('La quota SAT vale 12,5');
    // @ts-expect-error {value} is missing
    expect(() => english.share({ name: 'SAT' })).toThrow('no value for {value}');
  });

  test("the engine's sentence pair read back in a language, or as both texts", () => {
    const made = sentence(SAMPLE.share, { name: 'SAT', value: 2.5 });
    expect(made.messageKey).toBe('test.sample.share');
    expect(sentenceText(made, 'it')).toBe('La quota SAT vale 2,5');
    expect(sentenceText(made, 'en')).toBe('The share SAT is 2.5');
    expect(sentenceBilingual(made)).toEqual(bilingual(SAMPLE.share, { name: 'SAT', value: 2.5 }));
  });

  test('the types want every placeholder, and the same ones in both languages', () => {
    // @ts-expect-error {value} is missing
    expect(() => format(SAMPLE.share, 'it', { name: 'SAT' })).toThrow('no value for {value}');
    // @ts-expect-error the message has placeholders
    expect(() => format(SAMPLE.share, 'it')).toThrow();
    expect(() =>
      defineMessages('test.mismatch', {
        // @ts-expect-error the English text names another placeholder
        wrong: { it: 'Ciao {nome}', en: 'Hello {name}' },
      }),
    ).toThrow('placeholders {nome} in Italian, {name} in English');
    expect(() => defineMessages('test.sample', {})).toThrow('Two message tables named test.sample');
    const built = 'Ciao ' + '{nome}';
    // @ts-expect-error a text built with + has no literal type: its placeholders could not be checked
    defineMessages('test.built', { hello: { it: built, en: 'Hello {nome}' } });
  });

  test('the checker sees Italian words, citations aside, and unfilled values', () => {
    expect(italianWordsIn('English hints keep art. 7 bis e 7 ter')).toEqual(['e']);
    expect(italianWordsIn('R.R. 4/2017 art. 4 c. 3 lett. c, e (the Comune di Cremona, "Data assegnazione")')).toEqual(
      [],
    );
    expect(italianWordsIn('The percentage percentuale is 30')).toEqual(['percentuale']);
    expect(italianWordsIn('2.5 non va bene')).toEqual(['non', 'va', 'bene']);
    expect(leftoversIn('Value {value} of undefined is NaN [object Object]')).toEqual([
      '{value}',
      'undefined',
      'NaN',
      '[object',
    ]);
  });
});

describe('every message table', () => {
  const messages = allMessages();

  test('the tables are found', () => {
    expect(tableModules().map((file) => path.relative(SRC, file))).toEqual(
      expect.arrayContaining(['core/messages/citations.ts', 'functions/messages.ts']),
    );
    expect(messages.length).toBeGreaterThan(20);
  });

  test.each(messages.map((message) => [message.key, message] as const))(
    '%s: English has no Italian word, nothing unfilled',
    (_, message) => {
      const values = sampleValues(message);
      expect(englishProblems(format(message, 'en', values as never))).toEqual([]);
      expect(leftoversIn(format(message, 'it', values as never))).toEqual([]);
    },
  );
});

describe('legal references in English', () => {
  const references = RULES.flatMap((version) => [
    version.source,
    ...Object.values(version).flatMap((rule) =>
      typeof rule === 'object' && rule !== null ? [rule.reference, rule.maxReference].filter(Boolean) : [],
    ),
  ]) as string[];

  test.each([...new Set(references)])('%s', (reference) => {
    expect(englishProblems(cite(reference).en)).toEqual([]);
    expect(cite(reference).it).toBe(reference);
  });

  test('several references joined are translated one by one', () => {
    expect(cite('R.R. 4/2017 art. 7 bis e art. 4 c. 3 lett. d bis (R.R. 2/2025); L.R. 16/2016 art. 23').en).toBe(
      'R.R. 4/2017 art. 7 bis and art. 4 c. 3 lett. d bis (R.R. 2/2025); L.R. 16/2016 art. 23',
    );
  });
});
