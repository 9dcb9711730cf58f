#!/usr/bin/env node
// casa-piano: runs the TypeScript command line through tsx (no separate compile step).
'use strict';
require('tsx/cjs');
const { main } = require('../src/cli/main.ts');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
