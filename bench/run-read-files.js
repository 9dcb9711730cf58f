#!/usr/bin/env node
// Reading a folder of communications once, as a child process started as bin/casa-piano.js starts
// the command line: from an esbuild bundle, out/bench/read-files.cjs (built here when stale).
//
//   node bench/run-read-files.js <cartella>     prints the number of rows read
'use strict';
const path = require('node:path');
const { buildBundle, isStale } = require('../scripts/build-cli.js');

const ROOT = path.resolve(__dirname, '..');
const entry = path.join(__dirname, 'read-files.ts');
const bundle = path.join(ROOT, 'out', 'bench', 'read-files.cjs');
if (isStale(bundle, [entry, path.join(ROOT, 'src'), path.join(ROOT, 'package.json'), __filename])) {
  buildBundle(entry, bundle);
}
process.setSourceMapsEnabled(true);
const { main } = require(bundle);
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
