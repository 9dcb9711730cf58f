/**
 * Sizes of the add-in's production bundle: `node bench/run.js bundle` (builds dist/ first when it
 * is stale). Prints every JavaScript file of dist/ with its size and gzipped size (zlib level 9),
 * then the targets of issue #12 as PASS or FAIL with their ratio:
 * - the entry (taskpane.js: custom functions and ribbon command) at most 60 KB gzipped;
 * - the whole (entry + the pane's chunk) at most 180 KB gzipped.
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureAddinBuild } from '../test/workbench/addin-build';
import { DIST } from '../test/workbench/paths';
import { type Target, printTargets, table } from './report';

export const ENTRY = 'taskpane.js';
export const ENTRY_TARGET_KB = 60;
export const WHOLE_TARGET_KB = 180;

export interface BundleFile {
  name: string;
  bytes: number;
  gzipBytes: number;
}

export function bundleFiles(directory = DIST): BundleFile[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.js'))
    .sort((a, b) => (a === ENTRY ? -1 : b === ENTRY ? 1 : a.localeCompare(b)))
    .map((name) => {
      const content = readFileSync(path.join(directory, name));
      return { name, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
}

export function bundleTargets(files: BundleFile[]): Target[] {
  const kb = (bytes: number): number => bytes / 1024;
  const entry = files.find((file) => file.name === ENTRY);
  const whole = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  return [
    {
      name: `entry (${ENTRY}) <= ${ENTRY_TARGET_KB} KB gzipped`,
      ratio: entry ? kb(entry.gzipBytes) / ENTRY_TARGET_KB : Number.NaN,
      detail: entry ? `${kb(entry.gzipBytes).toFixed(1)} KB` : 'missing',
    },
    {
      name: `whole (${files.length} files) <= ${WHOLE_TARGET_KB} KB gzipped`,
      ratio: kb(whole) / WHOLE_TARGET_KB,
      detail: `${kb(whole).toFixed(1)} KB`,
    },
  ];
}

export function bundleReport(files: BundleFile[]): string {
  return table(
    ['file', 'size', 'gzipped'],
    files.map((file) => [
      file.name,
      `${(file.bytes / 1024).toFixed(1)} KB`,
      `${(file.gzipBytes / 1024).toFixed(1)} KB`,
    ]),
  );
}

/** `node bench/run.js bundle`: builds dist/ when stale, prints the sizes and the targets. */
export async function main(): Promise<number> {
  console.log(ensureAddinBuild('production'));
  const files = bundleFiles();
  console.log(`\n${bundleReport(files)}\n`);
  printTargets('Bundle (issue #12 item 4)', bundleTargets(files));
  return 0;
}
