#!/usr/bin/env node
// No known high or critical advisory in the shipped dependency tree (issue #9 item 7).
// 1. `npm audit --omit=dev`: when the registry's audit endpoint answers, its verdict is used.
// 2. When it does not (here it answers "405 Method Not Allowed", and then npm audit proves
//    nothing either way), the shipped tree (npm ls --omit=dev --all, no network) is checked
//    against scripts/advisories/published.json, the published advisories for its packages.
// Exit 1 on any high or critical advisory that applies; lower ones are listed.
//   node scripts/check-advisories.js [--offline]
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const semver = require('semver');
const { ROOT, shippedPackages } = require('./advisories/shipped-tree.js');

const SERIOUS = new Set(['high', 'critical']);

function audit() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  try {
    const report = JSON.parse(result.stdout);
    if (report.error || report.message) {
      return { answered: false, why: report.message ?? report.error?.summary ?? report.error?.code };
    }
    return { answered: true, report };
  } catch {
    return { answered: false, why: (result.stderr || 'no answer').trim().split('\n')[0] };
  }
}

/** The vendored advisories that apply to the shipped tree. */
function matchPublished(packages, advisories) {
  const matches = [];
  for (const advisory of advisories) {
    for (const item of packages) {
      if (item.name === advisory.package && semver.satisfies(item.version, advisory.vulnerable)) {
        matches.push({ ...advisory, version: item.version });
      }
    }
  }
  return matches;
}

function main(args) {
  const packages = shippedPackages();
  if (!args.includes('--offline')) {
    const result = audit();
    if (result.answered) {
      const counts = result.report.metadata?.vulnerabilities ?? {};
      console.log(`npm audit --omit=dev: ${JSON.stringify(counts)} (${packages.length} shipped packages).`);
      return (counts.high ?? 0) + (counts.critical ?? 0) > 0 ? 1 : 0;
    }
    console.log(`npm audit --omit=dev did not answer (${result.why}): checking the shipped tree offline.`);
  }
  const { advisories } = require(path.join(__dirname, 'advisories', 'published.json'));
  const matches = matchPublished(packages, advisories);
  console.log(
    `${packages.length} shipped packages checked against ${advisories.length} published advisories (scripts/advisories/published.json): ${matches.length} apply.`,
  );
  for (const match of matches) {
    console.log(`  ${match.severity}: ${match.package}@${match.version} ${match.id} ${match.title} (${match.url})`);
  }
  return matches.some((match) => SERIOUS.has(match.severity)) ? 1 : 0;
}

module.exports = { matchPublished };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
