/**
 * Checks add-in manifests offline. Only wires arguments to scripts/manifest/validate.ts.
 *
 *   npx tsx scripts/validate-manifest.ts [--base-url=https://casa.example.it/addin/] [manifest.xml ...]
 *
 * --base-url (default: $ADDIN_BASE_URL, as for the build) is the production base that the build
 * wrote into dist/manifest.xml; it applies to manifests inside dist/ only.
 * Prints "<file>: OK (n checks)" or one "<file>: [rule] message" line per complaint; exits 1
 * on any complaint. Icons are looked up next to the manifest (repo root: assets/; dist/manifest.xml:
 * dist/assets/). Code URLs must be among the files in dist/ when there is one, else the default list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkManifest, DEFAULT_EMITTED_FILES } from './manifest/validate';

/** Files under a directory, as the "/"-separated relative paths URLs map to. */
function listFiles(directory: string, prefix = ''): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return listFiles(join(directory, entry.name), `${prefix}${entry.name}/`);
    return entry.isFile() ? [`${prefix}${entry.name}`] : [];
  });
}

function emittedFilesFor(baseDir: string): string[] {
  if (basename(baseDir) === 'dist') return listFiles(baseDir);
  const dist = join(baseDir, 'dist');
  return existsSync(dist) ? listFiles(dist) : DEFAULT_EMITTED_FILES;
}

export function main(args: string[], print: (line: string) => void = console.log): number {
  // Only the built manifest carries the production base; the source one always uses its own origin.
  const productionBaseUrl =
    args.find((arg) => arg.startsWith('--base-url='))?.slice('--base-url='.length) ?? process.env.ADDIN_BASE_URL;
  const files = args.filter((arg) => !arg.startsWith('--'));
  let failed = false;
  const defaults = existsSync('dist/manifest.xml') ? ['manifest.xml', 'dist/manifest.xml'] : ['manifest.xml'];
  for (const file of files.length > 0 ? files : defaults) {
    let xml: string;
    try {
      xml = readFileSync(file, 'utf8');
    } catch (error) {
      print(`${file}: cannot be read (${(error as Error).message})`);
      failed = true;
      continue;
    }
    const baseDir = dirname(resolve(file));
    const baseUrl = basename(baseDir) === 'dist' ? productionBaseUrl : undefined;
    const { complaints, checks } = checkManifest(xml, { baseDir, baseUrl, emittedFiles: emittedFilesFor(baseDir) });
    if (complaints.length === 0) print(`${file}: OK (${checks} checks)`);
    for (const complaint of complaints) print(`${file}: [${complaint.rule}] ${complaint.message}`);
    failed ||= complaints.length > 0;
  }
  return failed ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
