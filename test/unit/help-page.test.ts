/**
 * @jest-environment jsdom
 *
 * The help page (assets/help.html) in English: the section marked lang="en", and every other
 * element marked English, read as a screen reader would. No Italian word outside the names,
 * citations and values kept as they are (test/helpers/italian.ts), nothing left unfilled. What
 * stays Italian on purpose inside it is marked lang="it", so that it is read in Italian. And the
 * buttons and steps it names are the pane's own, in each language.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { stringsFor } from '../../src/taskpane/i18n/strings';
import { englishProblems, italianWordsIn, leftoversIn } from '../helpers/italian';

const HELP = path.resolve(__dirname, '../../assets/help.html');

function page(): Document {
  return new DOMParser().parseFromString(readFileSync(HELP, 'utf8'), 'text/html');
}

/** The blocks (paragraphs, items, cells, headings) of the English parts, without what is marked Italian. */
function englishBlocks(document: Document): Array<[where: string, text: string]> {
  const english = [...document.querySelectorAll('[lang="en"]')].filter(
    (element) => !element.parentElement?.closest('[lang="en"]'),
  );
  expect(english.length).toBeGreaterThan(0);
  const blocks: Array<[string, string]> = [];
  for (const root of english) {
    const copy = root.cloneNode(true) as Element;
    for (const italian of copy.querySelectorAll('[lang="it"]')) italian.remove();
    const leaves = [...copy.querySelectorAll('h2, h3, p, li, th, td, dt, dd, a, figcaption, caption')].filter(
      (element) => !element.querySelector('p, li, td, th, dd'),
    );
    for (const block of leaves.length > 0 ? leaves : [copy]) {
      const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
      const where = root.id || root.tagName.toLowerCase();
      if (text !== '') blocks.push([`${where} ${block.tagName.toLowerCase()}`, text]);
    }
  }
  return blocks;
}

describe('the help page in English', () => {
  const blocks = englishBlocks(page());

  test('has its sections to read', () => {
    expect(blocks.length).toBeGreaterThan(30);
    expect(blocks.map(([, text]) => text)).toEqual(
      expect.arrayContaining(['The pane', 'The functions', 'The plan sheet', 'The rules', 'Your data']),
    );
  });

  test('no Italian word, nothing unfilled', () => {
    expect(
      blocks
        .map(([where, text]) => ({ where, text, problems: englishProblems(text) }))
        .filter((block) => block.problems.length > 0),
    ).toEqual([]);
  });

  test('the checker would see a slip', () => {
    const document = page();
    const section = document.querySelector('section[lang="en"]') as Element;
    section.insertAdjacentHTML('beforeend', '<p>The quota for {name} is computed on the alloggi disponibili.</p>');
    const slips = englishBlocks(document).filter(([, text]) => englishProblems(text).length > 0);
    expect(slips.map(([, text]) => italianWordsIn(text))).toEqual([['alloggi', 'disponibili']]);
    expect(slips.map(([, text]) => englishProblems(text)[1])).toEqual(['not filled: {name}']);
  });
});

describe('the help page in both languages', () => {
  test('nothing unfilled anywhere', () => {
    expect(leftoversIn(page().body.textContent ?? '')).toEqual([]);
  });

  /** The pane's texts in a language, those with placeholders filled with a number. */
  function paneTexts(language: 'it' | 'en'): string[] {
    const values = new Proxy({}, { get: () => 7 });
    const texts: string[] = [];
    const visit = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') {
        try {
          texts.push(String(value(values)));
        } catch {
          // a text that needs lists: not one the help names
        }
      } else if (value && typeof value === 'object') Object.values(value).forEach(visit);
    };
    Object.values(stringsFor(language)).forEach(visit);
    return texts.map((text) => text.replace(/^\d+\. /, ''));
  }

  test.each(['it', 'en'] as const)('%s: the buttons and steps it names are the pane’s', (language) => {
    const pane = paneTexts(language);
    const section = page().querySelector(`section[lang="${language}"]`) as Element;
    const named = [...section.querySelectorAll('em, strong')]
      .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((text) => !text.startsWith('Home >'));
    expect(named.length).toBeGreaterThan(8);
    expect(named.filter((text) => !pane.some((shown) => shown === text || shown.startsWith(`${text} `)))).toEqual([]);
  });
});
