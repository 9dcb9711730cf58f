#!/usr/bin/env node
// Builds the command line (src/cli/main.ts) into one JavaScript bundle, build/cli/casa-piano.cjs,
// with esbuild: run by `npm run build`, `npm run build:cli` and `prepare` (so `npm ci` leaves a
// ready command). Nothing is compiled when the command runs, and esbuild stays a development tool.
// Dependencies stay in node_modules (packages external): the bundle holds our code only.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const ENTRY = path.join(ROOT, 'src', 'cli', 'main.ts');
const BUNDLE = path.join(ROOT, 'build', 'cli', 'casa-piano.cjs');

/**
 * Bundles `entry` into `outfile`. Every file is written to a temporary name and renamed, so a
 * command starting meanwhile reads either the old bundle or the new one, never half of one. The
 * bundle is dated from before the build, so that a source saved during the build makes it stale.
 */
function buildBundle(entry, outfile) {
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch {
    console.error('build-cli: esbuild non è installato: eseguite npm ci (o npm install) e riprovate.');
    process.exit(1);
  }
  const started = new Date();
  const result = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    sourcemap: 'linked',
    sourcesContent: false,
    write: false,
    logLevel: 'error',
  });
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  // The map first: the bundle, renamed last, is what the launcher's staleness check looks at.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === outfile) - Number(b.path === outfile));
  for (const file of files) {
    const temporary = `${file.path}.${process.pid}-${Date.now()}.tmp`;
    try {
      fs.writeFileSync(temporary, file.contents);
      fs.utimesSync(temporary, started, started);
      fs.renameSync(temporary, file.path);
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      throw error;
    }
  }
}

/** True when `bundle` is missing or older than a file under one of `sources` (files or folders). */
function isStale(bundle, sources) {
  let built;
  try {
    built = fs.statSync(bundle).mtimeMs;
  } catch {
    return true;
  }
  const newer = (source) => {
    const stats = fs.statSync(source, { throwIfNoEntry: false });
    if (!stats) return false;
    if (!stats.isDirectory()) return stats.mtimeMs > built;
    return fs.readdirSync(source).some((name) => newer(path.join(source, name)));
  };
  return sources.some(newer);
}

module.exports = { BUNDLE, ENTRY, buildBundle, isStale };

if (require.main === module) buildBundle(ENTRY, BUNDLE);
