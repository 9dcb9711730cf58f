/**
 * Checks add-in manifests offline. Only wires arguments to scripts/manifest/.
 *
 *   npx tsx scripts/validate-manifest.ts [--base-url=https://casa.example.it/addin/] [manifest.xml ...]
 *
 * Each manifest is checked against Microsoft's XSD schemas (scripts/manifest/schema.ts) and by the
 * project's own rules (scripts/manifest/validate.ts: resids, icons, namespace, requirement sets,
 * en-US overrides, SupportUrl...). A manifest inside dist/ must also point where the build said:
 * https://localhost:3000/ only when dist/build-info.json says it is a development build. The
 * custom functions' metadata next to it (functions*.json) is checked against its schema.
 * --base-url (default: $ADDIN_BASE_URL, as for the build) is the production base that the build
 * wrote into dist/manifest.xml; it applies to manifests inside dist/ only.
 * Prints "<file>: OK (n checks)" or one "<file>: [rule] message" line per complaint; exits 1
 * on any complaint. Icons are looked up next to the manifest (repo root: assets/; dist/manifest.xml:
 * dist/assets/). Code URLs must be among the files in dist/ when there is one, else the default list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkAgainstSchemas, checkFunctionsMetadata } from './manifest/schema';
import { checkManifest, DEFAULT_EMITTED_FILES, type Complaint } from './manifest/validate';

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

/** What the build wrote about itself (webpack.config.js): development or production, and its base URL. */
interface BuildInfo {
  development: boolean;
  baseUrl: string;
}

function readBuildInfo(distDir: string): BuildInfo | undefined {
  try {
    return JSON.parse(readFileSync(join(distDir, 'build-info.json'), 'utf8')) as BuildInfo;
  } catch {
    return undefined;
  }
}

const LOCAL = /https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\//i;

/** A built manifest pointing at this computer is only right for a development build. */
function checkBuiltFor(xml: string, distDir: string): Complaint[] {
  const local = LOCAL.exec(xml);
  if (!local) return [];
  const info = readBuildInfo(distDir);
  if (info?.development) return [];
  return [
    {
      rule: 'dev-build',
      message: `the built manifest still points at ${local[0]}, but ${info ? 'the build was a production build' : 'no build-info.json says it is a development build'}: build with ADDIN_BASE_URL=https://<server>/<path>/ npm run build for a server, or npm run build:dev for this computer.`,
    },
  ];
}

export async function main(args: string[], print: (line: string) => void = console.log): Promise<number> {
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
    const inDist = basename(baseDir) === 'dist';
    const baseUrl = inDist ? productionBaseUrl : undefined;
    const { complaints, checks } = checkManifest(xml, { baseDir, baseUrl, emittedFiles: emittedFilesFor(baseDir) });
    const wellFormed = !complaints.some((complaint) => complaint.rule === 'xml-well-formed');
    const schemaComplaints = wellFormed ? await checkAgainstSchemas(xml, basename(file)) : [];
    const all = [...schemaComplaints, ...complaints, ...(inDist ? checkBuiltFor(xml, baseDir) : [])];
    if (all.length === 0) print(`${file}: OK (XSD + ${checks} checks${inDist ? ', build' : ''})`);
    for (const complaint of all) print(`${file}: [${complaint.rule}] ${complaint.message}`);
    failed ||= all.length > 0;
    if (inDist) {
      for (const name of readdirSync(baseDir)
        .filter((entry) => /^functions.*\.json$/.test(entry))
        .sort()) {
        const metadata = join(dirname(file), name);
        const found = checkFunctionsMetadata(readFileSync(metadata, 'utf8'));
        if (found.length === 0) print(`${metadata}: OK (custom functions schema)`);
        for (const complaint of found) print(`${metadata}: [${complaint.rule}] ${complaint.message}`);
        failed ||= found.length > 0;
      }
    }
  }
  return failed ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
