#!/usr/bin/env node
// Runs a benchmark from an esbuild bundle of it, as the add-in and the command line run (one
// scope, no per-file module wrappers), in a Node started with --expose-gc so that a benchmark
// can start each measured call from a clean heap:
//
//   node bench/run.js plan [options]         bench/plan.ts, the same as npx tsx bench/plan.ts [options]
//   node bench/run.js functions [--cells N]  any of BENCHMARKS below: bench/<name>.ts
//
// Paths inside a benchmark come from bench/paths.ts (the repository, wherever the bundle is).
// The bundle (out/bench/<name>.cjs) is rebuilt when older than src/, bench/ or package.json.
'use strict';
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { buildBundle, isStale } = require('../scripts/build-cli.js');

const ROOT = path.resolve(__dirname, '..');
/** Every benchmark with a main(argv): bench/<name>.ts. */
const BENCHMARKS = ['plan', 'merge', 'same-plan', 'functions', 'office', 'bundle'];
const [name, ...args] = process.argv.slice(2);
if (!BENCHMARKS.includes(name)) {
  console.error(`Uso: node bench/run.js <${BENCHMARKS.join('|')}> [opzioni]`);
  process.exit(2);
}
const entry = path.join(__dirname, `${name}.ts`);
const bundle = path.join(ROOT, 'out', 'bench', `${name}.cjs`);
if (
  isStale(bundle, [path.join(ROOT, 'src'), __dirname, path.join(ROOT, 'test', 'sim'), path.join(ROOT, 'package.json')])
) {
  buildBundle(entry, bundle);
}
// Every benchmark exports main(argv): the bundle is loaded, then its main is called.
const script = `require(${JSON.stringify(bundle)}).main(process.argv.slice(1)).then((code) => { process.exitCode = code; }, (error) => { console.error(error); process.exitCode = 1; });`;
const run = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', '-e', script, '--', ...args], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exitCode = run.status ?? 1;
