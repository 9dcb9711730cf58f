/**
 * Dependencies a reviewer signs off (issue #9 item 7): the shipped tree has no known high or
 * critical advisory, ExcelJS (and uuid under it) is a development tool held at the patched uuid
 * line, the licence list is the script's, esbuild and tsx are development tools, and what
 * eslint.config.mjs imports is declared.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';

const { shippedPackages } = require('../../scripts/advisories/shipped-tree.js') as {
  shippedPackages: () => { name: string; version: string; license: string }[];
};
const { matchPublished } = require('../../scripts/check-advisories.js') as {
  matchPublished: (packages: unknown[], advisories: unknown[]) => { id: string; severity: string }[];
};
const { render, TARGET } = require('../../scripts/licenses.js') as {
  render: (packages: unknown[]) => string;
  TARGET: string;
};

const ROOT = path.resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const shipped = shippedPackages();

test('no published high or critical advisory applies to the shipped tree', () => {
  const { advisories } = JSON.parse(readFileSync(path.join(ROOT, 'scripts/advisories/published.json'), 'utf8'));
  // React, React DOM and the XML reader, with what they need: the tree was read.
  expect(shipped.map((item) => item.name)).toEqual(
    expect.arrayContaining(['react', 'react-dom', 'scheduler', 'saxes', 'xmlchars']),
  );
  expect(matchPublished(shipped, advisories).filter((match) => ['high', 'critical'].includes(match.severity))).toEqual(
    [],
  );
});

test('ExcelJS is a development tool: nothing shipped uses it (the writers are our own), so neither it nor its uuid is shipped', () => {
  expect(Object.keys(manifest.dependencies)).not.toContain('exceljs');
  expect(Object.keys(manifest.devDependencies)).toContain('exceljs');
  expect(shipped.map((item) => item.name)).not.toEqual(expect.arrayContaining(['exceljs']));
  expect(shipped.map((item) => item.name)).not.toEqual(expect.arrayContaining(['uuid']));
});

test('uuid under ExcelJS (tests, scripts) is the patched line (GHSA-w5hq-g745-h8pq), through the override', () => {
  const { version } = JSON.parse(
    readFileSync(require.resolve('uuid/package.json', { paths: [require.resolve('exceljs')] }), 'utf8'),
  );
  expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(11);
});

test('ExcelJS still writes and reads a workbook through the code that calls uuid (data bars)', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Prova');
  sheet.addRows([[1], [2], [3]]);
  sheet.addConditionalFormatting({
    ref: 'A1:A3',
    rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], gradient: false } as never],
  });
  const bytes = await workbook.xlsx.writeBuffer();
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(bytes as ArrayBuffer);
  expect(read.getWorksheet('Prova')?.getCell('A3').value).toBe(3);
  expect(Buffer.from(bytes as ArrayBuffer).length).toBeGreaterThan(1000);
});

test('the licence list is the one the script makes (npm run licenses), and every licence is permissive', () => {
  expect(readFileSync(TARGET, 'utf8')).toBe(render(shipped));
  const permissive =
    /^(MIT|ISC|Apache-2\.0|BSD-[23]-Clause|0BSD|Unlicense|BlueOak-1\.0\.0|MIT\/X11|\(MIT AND Zlib\)|\(MIT OR GPL-3\.0-or-later\))$/;
  const others = shipped
    .filter((item) => !permissive.test(item.license))
    .map((item) => `${item.name}: ${item.license}`);
  // Every shipped package declares a permissive licence; nothing GPL-only, no HyperFormula.
  expect(others).toEqual([]);
  expect(shipped.some((item) => item.name === 'hyperformula')).toBe(false);
});

test('esbuild and tsx are development tools, not runtime dependencies', () => {
  expect(Object.keys(manifest.dependencies)).not.toEqual(expect.arrayContaining(['esbuild']));
  expect(Object.keys(manifest.dependencies)).not.toContain('tsx');
  expect(shipped.map((item) => item.name)).not.toEqual(expect.arrayContaining(['esbuild']));
  expect(shipped.map((item) => item.name)).not.toContain('tsx');
});

test('every package eslint.config.mjs imports is declared', () => {
  const config = readFileSync(path.join(ROOT, 'eslint.config.mjs'), 'utf8');
  const imported = [...config.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
  expect(imported.length).toBeGreaterThan(0);
  for (const name of imported) expect(Object.keys(manifest.devDependencies)).toContain(name);
});

test('the task pane ships no UI framework besides React: Fluent UI is only a development tool (its tokens, for a test)', () => {
  expect(Object.keys(manifest.dependencies).filter((name) => name.startsWith('@fluentui/'))).toEqual([]);
  expect(shipped.filter((item) => item.name.startsWith('@fluentui/') || item.name.startsWith('@griffel/'))).toEqual([]);
  expect(Object.keys(manifest.devDependencies)).toContain('@fluentui/tokens');
});
