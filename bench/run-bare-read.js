#!/usr/bin/env node
// The bare read as a child process, started as bin/casa-piano.js starts the command line: from an
// esbuild bundle, out/bench/bare-read.cjs (built here when stale, with scripts/build-cli.js).
//
//   node bench/run-bare-read.js <file.xlsx>     prints the number of rows
'use strict';
const path = require('node:path');
const { buildBundle, isStale } = require('../scripts/build-cli.js');

const ROOT = path.resolve(__dirname, '..');
const entry = path.join(__dirname, 'bare-read.ts');
const bundle = path.join(ROOT, 'out', 'bench', 'bare-read.cjs');
if (isStale(bundle, [entry, path.join(ROOT, 'package.json'), __filename])) buildBundle(entry, bundle);
process.setSourceMapsEnabled(true);
const { main } = require(bundle);
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
