#!/usr/bin/env node
// The bare read as a child process, started exactly as bin/casa-piano.js starts the command line:
// the same launcher code builds (when stale) and loads an esbuild bundle, out/bench/bare-read.cjs.
//
//   node bench/run-bare-read.js <file.xlsx>     prints the number of rows
'use strict';
const path = require('node:path');
const LAUNCHER = require.resolve('../bin/casa-piano.js');
const { loadBundled } = require(LAUNCHER);

const ROOT = path.resolve(__dirname, '..');
const { main } = loadBundled({
  entry: path.join(__dirname, 'bare-read.ts'),
  bundle: path.join(ROOT, 'out', 'bench', 'bare-read.cjs'),
  sources: [path.join(__dirname, 'bare-read.ts'), path.join(ROOT, 'package.json'), LAUNCHER, __filename],
});
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
