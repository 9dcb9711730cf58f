#!/usr/bin/env node
/**
 * Checks the programs some tests drive outside Node: LibreOffice (`soffice`, to recalculate and
 * print the plan workbook), poppler-utils (`pdftoppm`, `pdfinfo`, `pdftotext`) and Chromium (end-to-end tests).
 *
 * Run as `npm test`'s pretest. When everything is there it only looks at the file system (no
 * child process, no apt). When something is missing:
 * - on Linux, as root, with apt-get: installs the missing Debian packages non-interactively;
 * - otherwise: exits with code 1 and prints the exact command to run.
 * CASA_SKIP_SYSTEM_DEPS=1 turns the missing programs into a warning (exit 0): the tests that
 * need them then fail with the same message, they are never skipped silently.
 *
 * Plain Node, no dependencies. `require('./scripts/ensure-system-deps')` gives the lookup to tests.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

/** Debian/Ubuntu packages for each program, and the fonts LibreOffice renders the sheet with. */
const APT_PACKAGES = {
  soffice: 'libreoffice-calc',
  pdftoppm: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftotext: 'poppler-utils',
  chromium: 'chromium',
};
// Carlito has Calibri's metrics, so LibreOffice lays the plan sheet out as Excel does.
const APT_FONTS = ['fonts-dejavu-core', 'fonts-crosextra-carlito'];

const MAC_SOFFICE = '/Applications/LibreOffice.app/Contents/MacOS/soffice';
const MAC_CHROMIUM = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const LINUX_CHROMIUM = '/usr/bin/chromium';

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first executable called `name` on PATH (also name.exe/.cmd on Windows), or undefined. */
function findOnPath(name, env = process.env) {
  const directories = (env.PATH || '').split(path.delimiter).filter(Boolean);
  const extensions = process.platform === 'win32' ? ['', '.exe', '.cmd', '.bat', '.com'] : [''];
  for (const directory of directories) {
    for (const extension of extensions) {
      const candidate = path.join(directory, name + extension);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * Where each program is, or undefined when it is missing. Only file-system lookups: fast.
 * CASA_CHROMIUM (an absolute path) overrides the Chromium lookup.
 */
function findSystemDeps(env = process.env, platform = process.platform) {
  const soffice =
    findOnPath('soffice', env) ||
    findOnPath('libreoffice', env) ||
    (platform === 'darwin' && isExecutable(MAC_SOFFICE) ? MAC_SOFFICE : undefined);
  const chromiumCandidates = [
    ...(env.CASA_CHROMIUM ? [env.CASA_CHROMIUM] : []),
    ...(platform === 'darwin' ? MAC_CHROMIUM : [LINUX_CHROMIUM]),
  ];
  return {
    soffice,
    pdftoppm: findOnPath('pdftoppm', env),
    pdfinfo: findOnPath('pdfinfo', env),
    pdftotext: findOnPath('pdftotext', env),
    chromium: chromiumCandidates.find(isExecutable),
  };
}

/** Names of the missing programs (keys of findSystemDeps), in a stable order. */
function missingSystemDeps(found = findSystemDeps()) {
  return Object.keys(found).filter((name) => !found[name]);
}

function aptPackagesFor(missing) {
  const packages = [...new Set(missing.map((name) => APT_PACKAGES[name]))];
  if (packages.includes('libreoffice-calc')) packages.push(...APT_FONTS);
  return packages;
}

/** What a person should run to install the missing programs on this kind of machine. */
function installHint(missing, platform = process.platform) {
  if (missing.length === 0) return '';
  if (platform === 'darwin') {
    const lines = [];
    if (missing.includes('soffice')) lines.push('brew install --cask libreoffice');
    if (missing.some((name) => name.startsWith('pdf'))) lines.push('brew install poppler');
    if (missing.includes('chromium')) {
      lines.push(
        `brew install --cask chromium   (or Google Chrome; looked for: ${MAC_CHROMIUM.join(', ')};` +
          ' another path: CASA_CHROMIUM=/path/to/chrome)',
      );
    }
    return lines.join('\n');
  }
  if (platform === 'win32') {
    return (
      'Install LibreOffice (https://www.libreoffice.org), poppler (pdftoppm, pdfinfo, pdftotext) and Chromium, and put' +
      ' soffice and the poppler programs on PATH; or run the tests in WSL/Debian.'
    );
  }
  const packages = aptPackagesFor(missing);
  const debian = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  const lines = [`Debian/Ubuntu: ${debian}`];
  if (missing.includes('chromium')) {
    lines.push(
      `Chromium is looked for at ${LINUX_CHROMIUM}; on Ubuntu, where it comes as a snap (sudo snap install chromium),` +
        ' set CASA_CHROMIUM=/snap/bin/chromium.',
    );
  }
  return lines.join('\n');
}

/** The message tests show when a program is missing. */
function missingMessage(missing) {
  const what = missing.map((name) => (name === 'soffice' ? 'soffice (LibreOffice)' : name)).join(', ');
  return `Missing system programs: ${what}.\nInstall them with:\n${installHint(missing)}`;
}

function canInstallWithApt() {
  return (
    process.platform === 'linux' &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    Boolean(findOnPath('apt-get'))
  );
}

function run(command, args, env) {
  process.stdout.write(`$ ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with code ${result.status}`);
}

/** Checks, installs when it may (root + apt-get), and returns the exit code for the pretest. */
function ensureSystemDeps({ log = console.log, error = console.error } = {}) {
  const missing = missingSystemDeps();
  if (missing.length === 0) return 0;
  if (canInstallWithApt()) {
    const packages = aptPackagesFor(missing);
    log(`ensure-system-deps: missing ${missing.join(', ')}; installing ${packages.join(' ')} with apt-get.`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      run('apt-get', ['update'], env);
      run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], env);
    } catch (failure) {
      error(`ensure-system-deps: installation failed (${failure.message}).\n${missingMessage(missing)}`);
      return 1;
    }
    const still = missingSystemDeps();
    if (still.length === 0) {
      log('ensure-system-deps: installed.');
      return 0;
    }
    error(`ensure-system-deps: still missing after apt-get.\n${missingMessage(still)}`);
    return 1;
  }
  if (process.env.CASA_SKIP_SYSTEM_DEPS === '1') {
    error(
      `ensure-system-deps: CASA_SKIP_SYSTEM_DEPS=1, going on; the tests that need them will fail.\n${missingMessage(missing)}`,
    );
    return 0;
  }
  error(
    `${missingMessage(missing)}\n(To run the other tests anyway: CASA_SKIP_SYSTEM_DEPS=1 npm test; the tests that need these programs will fail.)`,
  );
  return 1;
}

module.exports = { findSystemDeps, missingSystemDeps, installHint, missingMessage, ensureSystemDeps, findOnPath };

if (require.main === module) {
  process.exitCode = ensureSystemDeps();
}
