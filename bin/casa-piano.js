#!/usr/bin/env node
// casa-piano: runs the command line from its bundle, build/cli/casa-piano.cjs, made by
// `npm run build` (or `npm run build:cli`, or `prepare` during `npm ci`). Nothing is compiled
// here: a missing bundle is a message, a bundle older than the sources a warning.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const BUNDLE = path.join(ROOT, 'build', 'cli', 'casa-piano.cjs');

/**
 * V8's code cache of the bundle: what the engine compiled at an earlier run (the bundle's top
 * level and every function that run called), so that it is not parsed and compiled again at every
 * run: about 90 million instructions and 30 ms of a plan's start-up. Written next to the bundle
 * after a run that found none (or none that V8 accepts: another Node version, other flags), never
 * in the way of the run: a folder that cannot be written, a file that cannot be read, a cache V8
 * rejects all mean the bundle is compiled as without a cache.
 */
const CACHE = `${BUNDLE}.v8-cache`;
/** 'CAS1' and the length of the bundle the cache was made from; then that bundle, then V8's data. */
const CACHE_MAGIC = 0x31534143;
const CACHE_HEADER = 8;

/** The bundle's exports, compiled with its code cache when there is a good one; `save` writes one when there was not. */
function loadBundle() {
  const vm = require('node:vm');
  const Module = require('node:module');
  const text = fs.readFileSync(BUNDLE);
  const source = text.toString('utf8');
  let cachedData;
  try {
    // Used only for the very bundle it was made from, byte for byte (V8 itself checks only the
    // length of the text): a rebuilt bundle is never run with another one's compiled code.
    const file = fs.readFileSync(CACHE);
    const made = CACHE_HEADER + text.length;
    if (
      file.length > made &&
      file.readUInt32LE(0) === CACHE_MAGIC &&
      file.readUInt32LE(4) === text.length &&
      file.subarray(CACHE_HEADER, made).equals(text)
    ) {
      cachedData = file.subarray(made);
    }
  } catch {
    cachedData = undefined;
  }
  // As Node loads a CommonJS file: the same wrapper, module, require, __filename and __dirname.
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const bundle = new Module(BUNDLE, module);
  bundle.filename = BUNDLE;
  bundle.paths = Module._nodeModulePaths(path.dirname(BUNDLE));
  bundle.loaded = true;
  const wrapper = script.runInThisContext();
  wrapper.call(bundle.exports, bundle.exports, Module.createRequire(BUNDLE), bundle, BUNDLE, path.dirname(BUNDLE));
  const save = () => {
    if (cachedData !== undefined && !script.cachedDataRejected) return;
    const temporary = `${CACHE}.${process.pid}.tmp`;
    try {
      const header = Buffer.alloc(CACHE_HEADER);
      header.writeUInt32LE(CACHE_MAGIC, 0);
      header.writeUInt32LE(text.length, 4);
      fs.writeFileSync(temporary, Buffer.concat([header, text, script.createCachedData()]));
      fs.renameSync(temporary, CACHE);
    } catch {
      fs.rmSync(temporary, { force: true });
    }
  };
  return { main: bundle.exports.main, save };
}

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
  let stats;
  try {
    stats = fs.statSync(BUNDLE);
  } catch {
    process.stderr.write(
      'Il comando casa-piano non è ancora compilato: eseguite npm run build:cli (lo fanno anche npm ci e npm run build).\n',
    );
    process.exitCode = 1;
    return;
  }
  // In a working copy, say so when the sources changed after the build (an installed package has no src/).
  const built = stats.mtimeMs;
  if (modifiedAfter(path.join(ROOT, 'src', 'cli'), built) || modifiedAfter(path.join(ROOT, 'src', 'core'), built)) {
    process.stderr.write(
      'Attenzione: i sorgenti sono più recenti del comando compilato; eseguite npm run build:cli per aggiornarlo.\n',
    );
  }
  // With CASA_DEBUG=1 (the only time a stack trace is shown) it points at the TypeScript sources;
  // otherwise the source map is not read: it costs every run start-up time.
  // (Source maps apply to files Node loads itself: then the bundle is required, without its cache.)
  let main;
  let save = () => undefined;
  if (process.env.CASA_DEBUG) {
    process.setSourceMapsEnabled(true);
    ({ main } = require(BUNDLE));
  } else {
    ({ main, save } = loadBundle());
  }
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
      save();
    },
    (error) => {
      settled = true;
      process.stderr.write(`Errore imprevisto: ${error && error.message ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

run();
