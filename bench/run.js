#!/usr/bin/env node
// Runs a benchmark from an esbuild bundle of it, as the add-in and the command line run (one
// scope, no per-file module wrappers), in a Node started with --expose-gc so that a benchmark
// can start each measured call from a clean heap:
//
//   node bench/run.js all                    every figure of the README's tables: plan at 10k, 100k and
//                                            1M rows, then office, functions and bundle (about 30 minutes)
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

/** Runs bench/<benchmark>.ts from its bundle, rebuilt when stale; returns the exit code. */
function runBenchmark(benchmark, options) {
  const entry = path.join(__dirname, `${benchmark}.ts`);
  const bundle = path.join(ROOT, 'out', 'bench', `${benchmark}.cjs`);
  const sources = [path.join(ROOT, 'src'), __dirname, path.join(ROOT, 'test', 'sim'), path.join(ROOT, 'package.json')];
  if (isStale(bundle, sources)) buildBundle(entry, bundle);
  // Every benchmark exports main(argv): the bundle is loaded, then its main is called.
  const script = `require(${JSON.stringify(bundle)}).main(process.argv.slice(1)).then((code) => { process.exitCode = code; }, (error) => { console.error(error); process.exitCode = 1; });`;
  const run = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', '-e', script, '--', ...options], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return run.status ?? 1;
}

if (name === 'all') {
  // One after the other, each in its own process: the figures of the README's tables.
  const steps = [['plan', '--sizes', '10000,100000,1000000', ...args], ['office'], ['functions'], ['bundle']];
  let failed = 0;
  for (const [benchmark, ...options] of steps) {
    console.log(`\n=== node bench/run.js ${[benchmark, ...options].join(' ')} ===\n`);
    if (runBenchmark(benchmark, options) !== 0) failed += 1;
  }
  process.exitCode = failed === 0 ? 0 : 1;
} else if (BENCHMARKS.includes(name)) {
  process.exitCode = runBenchmark(name, args);
} else {
  console.error(`Uso: node bench/run.js <all|${BENCHMARKS.join('|')}> [opzioni]`);
  process.exitCode = 2;
}
