/**
 * The rules of the house (ARCHITECTURE.md), checked on the source: src/core is pure, Office.js
 * stays behind src/excel (and the Office.onReady / ribbon glue), and the add-in makes no network
 * calls: no workbook data leaves the computer.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '../../src');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const source = (file: string): string => readFileSync(file, 'utf8');
const relative = (file: string): string => path.relative(SRC, file);
/** Code without comments, so that a comment naming Excel.run is not taken for a call. */
const code = (file: string): string =>
  source(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');

test('src/core imports nothing from Office, React, Node or ExcelJS', () => {
  const offenders = filesUnder(path.join(SRC, 'core')).filter((file) =>
    /from '(react|react-dom|exceljs|node:[a-z]+|fs|path|os|@fluentui\/[^']+|office-[^']+)'|\b(Excel|Office|CustomFunctions)\.[a-zA-Z]/.test(
      code(file),
    ),
  );
  expect(offenders.map(relative)).toEqual([]);
});

test('no task pane component or hook calls Office.js: they receive an ExcelAdapter', () => {
  const pane = filesUnder(path.join(SRC, 'taskpane')).filter((file) => !file.endsWith('index.tsx'));
  const offenders = pane.filter((file) => /\bExcel\.run\b|\bExcel\.[a-zA-Z]+\(|\bOffice\.context\b/.test(code(file)));
  expect(offenders.map(relative)).toEqual([]);
});

test('only src/excel calls Excel.run', () => {
  const offenders = filesUnder(SRC).filter(
    (file) => /\bExcel\.run\b/.test(code(file)) && !relative(file).startsWith(`excel${path.sep}`),
  );
  expect(offenders.map(relative)).toEqual([]);
});

test('the add-in makes no network calls and names no outside address', () => {
  const offenders = filesUnder(SRC).filter((file) => {
    const text = code(file);
    return (
      /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\b/.test(text) ||
      // XML namespace names of the .xlsx package (src/xlsx/spreadsheetml.ts) are identifiers, never fetched.
      /https?:\/\/(?!localhost|127\.0\.0\.1|appsforoffice\.microsoft\.com|schemas\.openxmlformats\.org\/|purl\.org\/dc\/|www\.w3\.org\/2001\/XMLSchema-instance)/.test(
        text,
      )
    );
  });
  expect(offenders.map(relative)).toEqual([]);
});

test('the shipped bundle does not include HyperFormula (GPL-3.0, tests only)', () => {
  const imports = filesUnder(SRC).filter((file) => /hyperformula/i.test(source(file)));
  expect(imports.map(relative)).toEqual([]);
});

/** The source with every defineMessages(...) table taken out: what is left must hold no text pair. */
function outsideTables(text: string): string {
  let rest = text;
  for (let start = rest.indexOf('defineMessages('); start >= 0; start = rest.indexOf('defineMessages(')) {
    let depth = 0;
    let end = start + 'defineMessages'.length;
    for (; end < rest.length; end += 1) {
      if (rest[end] === '(') depth += 1;
      else if (rest[end] === ')' && (depth -= 1) === 0) break;
    }
    rest = rest.slice(0, start) + rest.slice(end + 1);
  }
  return rest;
}

test('every user text of src/ lives in defineMessages tables only', () => {
  // One shape for bilingual text (issue #10 item 8): no { it: '...', en: '...' } literal, no
  // object per language, no `language === 'en' ? ... : ...` choosing a text.
  // Every source file but the tables' own machinery and the numbers' notation ("4,5" / "4.5").
  const exempt = [path.join(SRC, 'core/messages/index.ts'), path.join(SRC, 'core/numbers.ts')];
  const migrated = filesUnder(SRC).filter((file) => !exempt.includes(file));
  const offenders = migrated.filter((file) =>
    /\b(?:it|en)\s*:\s*(?:'[^']|"[^"]|`[^`])|\b(?:language|lang)\s*===\s*'(?:it|en)'|Record<(?:Sheet)?Language,/.test(
      outsideTables(code(file)),
    ),
  );
  expect(offenders.map(relative)).toEqual([]);
});
