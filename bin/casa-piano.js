#!/usr/bin/env node
// casa-piano: runs the command line from its bundle, build/cli/casa-piano.cjs, made by
// `npm run build` (or `npm run build:cli`, or `prepare` during `npm ci`). Nothing is compiled
// here: a missing bundle is a message, a bundle older than the sources a warning.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const BUNDLE = path.join(ROOT, 'build', 'cli', 'casa-piano.cjs');

/** True when a file under `directory` was modified after `since` (ms since the epoch). */
function modifiedAfter(directory, since) {
  let entries;
  try {
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch {
    return false;
  }
  return entries.some((entry) => {
    const file = path.join(directory, entry.name);
    return entry.isDirectory() ? modifiedAfter(file, since) : fs.statSync(file).mtimeMs > since;
  });
}

function run() {
  let built;
  try {
    built = fs.statSync(BUNDLE).mtimeMs;
  } catch {
    process.stderr.write(
      'Il comando casa-piano non è ancora compilato: eseguite npm run build:cli (lo fanno anche npm ci e npm run build).\n',
    );
    process.exitCode = 1;
    return;
  }
  // In a working copy, say so when the sources changed after the build (an installed package has no src/).
  if (modifiedAfter(path.join(ROOT, 'src', 'cli'), built) || modifiedAfter(path.join(ROOT, 'src', 'core'), built)) {
    process.stderr.write(
      'Attenzione: i sorgenti sono più recenti del comando compilato; eseguite npm run build:cli per aggiornarlo.\n',
    );
  }
  // With CASA_DEBUG=1 (the only time a stack trace is shown) it points at the TypeScript sources;
  // otherwise the source map is not read: it costs every run start-up time.
  if (process.env.CASA_DEBUG) process.setSourceMapsEnabled(true);
  const { main } = require(BUNDLE);
  let settled = false;
  // A read that stops without an error and without an end would let Node exit with 0 having
  // printed nothing: that is an error too.
  process.on('beforeExit', () => {
    if (settled) return;
    settled = true;
    process.stderr.write(
      "Errore: la lettura si è fermata prima della fine senza segnalare un errore; nessun piano è stato scritto. Controllate che il file dell'inventario sia completo e riprovate.\n",
    );
    process.exitCode = 1;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      settled = true;
      process.exitCode = code;
    },
    (error) => {
      settled = true;
      process.stderr.write(`Errore imprevisto: ${error && error.message ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

run();
