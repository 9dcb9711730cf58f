#!/usr/bin/env node
// casa-piano: runs the TypeScript command line from one JavaScript bundle built by esbuild.
//
// The bundle (out/cli/casa-piano.cjs, with a linked source map) is rebuilt when it is missing or
// older than a file under src/, package.json or this launcher: a cheap scan of modification times,
// no compile step to remember. If the bundle cannot be built or loaded for any reason (esbuild
// missing, read-only folder...), the command line runs through tsx file by file, as it used to.
// Dependencies stay in node_modules (packages external): the bundle holds our code only.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/** True when a file under `directory` was modified after `since` (ms since the epoch). */
function modifiedAfter(directory, since) {
  let entries;
  try {
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch {
    return false;
  }
  for (const entry of entries) {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (modifiedAfter(file, since)) return true;
    } else if (fs.statSync(file).mtimeMs > since) return true;
  }
  return false;
}

/** True when `bundle` is missing or older than one of `sources` (files or folders). */
function isStale(bundle, sources) {
  let built;
  try {
    built = fs.statSync(bundle).mtimeMs;
  } catch {
    return true;
  }
  return sources.some((source) => {
    const stats = fs.statSync(source, { throwIfNoEntry: false });
    if (!stats) return false;
    return stats.isDirectory() ? modifiedAfter(source, built) : stats.mtimeMs > built;
  });
}

/**
 * Bundles `entry` into `bundle` with esbuild. Every file is written to a temporary name and
 * renamed, so a run starting meanwhile reads either the old bundle or the new one, never half of
 * one. The bundle is dated from before the build, so that a source saved during the build makes
 * it stale again.
 */
function build(entry, bundle) {
  const started = new Date();
  const esbuild = require('esbuild');
  const result = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    sourcemap: 'linked',
    sourcesContent: false,
    write: false,
    logLevel: 'silent',
  });
  fs.mkdirSync(path.dirname(bundle), { recursive: true });
  // The map first: the bundle, renamed last, is what the staleness check looks at.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === bundle) - Number(b.path === bundle));
  for (const file of files) {
    const temporary = `${file.path}.${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`;
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

/**
 * The module exported by `entry` (a TypeScript file), loaded from its esbuild bundle, built first
 * when stale; through tsx when the bundle cannot be built or loaded.
 * @param {{ entry: string, bundle: string, sources: string[] }} options absolute paths
 */
function loadBundled({ entry, bundle, sources }) {
  try {
    if (isStale(bundle, sources)) build(entry, bundle);
    // Stack traces of unexpected errors point at the TypeScript sources, as they do under tsx.
    process.setSourceMapsEnabled(true);
    return require(bundle);
  } catch {
    require('tsx/cjs');
    return require(entry);
  }
}

module.exports = { loadBundled };

if (require.main === module) {
  const { main } = loadBundled({
    entry: path.join(ROOT, 'src', 'cli', 'main.ts'),
    bundle: path.join(ROOT, 'out', 'cli', 'casa-piano.cjs'),
    sources: [path.join(ROOT, 'src'), path.join(ROOT, 'package.json'), __filename],
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
