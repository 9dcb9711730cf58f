/**
 * The add-in's own build (webpack, dist/), run when dist/ is missing or older than its sources.
 * Node only; used by the e2e tests' global setup and by scripts/screenshots.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { DIST, ROOT } from './paths';

/** What the build reads: a change in any of these makes dist/ stale. */
const INPUTS = [
  'src',
  'webpack.config.js',
  'manifest.xml',
  'scripts/localize-metadata.js',
  'assets',
  'package.json',
  'tsconfig.json',
];
/** What the workbench and the tests need from dist/. */
const OUTPUTS = ['taskpane.html', 'taskpane.js', 'functions.json', 'functions.en-US.json', 'manifest.xml', 'help.html'];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Why dist/ must be rebuilt, or undefined when it is up to date. */
export function staleReason(): string | undefined {
  const outputs = OUTPUTS.map((name) => path.join(DIST, name));
  const missing = outputs.filter((file) => !existsSync(file));
  if (missing.length > 0) return `missing ${missing.map((file) => path.relative(ROOT, file)).join(', ')}`;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const changed = INPUTS.filter((input) => newestMtime(path.join(ROOT, input)) > oldestOutput);
  return changed.length > 0 ? `changed since the last build: ${changed.join(', ')}` : undefined;
}

/** Runs `webpack --mode <mode>`; throws with webpack's output when the build fails. */
export function buildAddin(
  mode: 'production' | 'development' = 'production',
  log: (line: string) => void = console.log,
): void {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  log(`Building the add-in (webpack --mode ${mode})…`);
  const result = spawnSync(process.execPath, [cli, '--mode', mode], { cwd: ROOT, encoding: 'utf8', env: process.env });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    throw new Error(
      `The add-in build failed (webpack exit ${result.status ?? result.signal}):\n${output.slice(-6000)}`,
    );
  }
}

/** Builds the add-in when dist/ is stale; returns what it did. */
export function ensureAddinBuild(
  mode: 'production' | 'development' = 'production',
  log: (line: string) => void = console.log,
): string {
  const reason = staleReason();
  if (!reason) return 'dist/ is up to date';
  log(`dist/ is stale (${reason}).`);
  buildAddin(mode, log);
  return `built (${reason})`;
}
