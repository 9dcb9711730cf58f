// The packages the add-in and the command line ship: the runtime dependency tree as npm has
// installed it (`npm ls --omit=dev --all --json`, no network), as name, version, licence, path.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

/** Every installed runtime package once per name@version, sorted. */
function shippedPackages(root = ROOT) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  let text;
  try {
    text = execFileSync(npm, ['ls', '--omit=dev', '--all', '--json', '--long'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    // npm ls exits 1 on extraneous or missing optional packages but still prints the tree.
    text = error.stdout;
  }
  const tree = JSON.parse(text);
  const found = new Map();
  const visit = (node) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      // Optional platform packages that are not installed here (esbuild's, fsevents) are not shipped.
      if (!child.version || child.missing) continue;
      const key = `${name}@${child.version}`;
      if (!found.has(key)) {
        let license = child.license;
        const dir = child.path ?? path.join(root, 'node_modules', name);
        if (!license) {
          try {
            license = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).license;
          } catch {
            license = undefined;
          }
        }
        if (license && typeof license === 'object') license = license.type;
        const repository = typeof child.repository === 'object' ? child.repository.url : child.repository;
        found.set(key, { name, version: child.version, license: license ?? 'UNKNOWN', repository: repository ?? '' });
        visit(child);
      }
    }
  };
  visit(tree);
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

module.exports = { ROOT, shippedPackages };
