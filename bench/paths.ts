/**
 * Where the repository is, for the benchmarks run through tsx (bench/<name>.ts) and from their
 * esbuild bundles (out/bench/<name>.cjs, `node bench/run.js <name>`): the nearest folder above
 * this file's with a package.json and a bench/ folder. And the command line's build script, loaded
 * from the repository at run time (bundled, its own paths would point into out/).
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';

function repositoryRoot(from: string): string {
  for (let directory = from; ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, 'package.json')) && existsSync(path.join(directory, 'bench'))) return directory;
    if (path.dirname(directory) === directory) throw new Error(`no repository above ${from}`);
  }
}

export const ROOT = repositoryRoot(__dirname);

export interface CliBuild {
  /** build/cli/casa-piano.cjs, what bin/casa-piano.js runs. */
  BUNDLE: string;
  ENTRY: string;
  buildBundle: (entry: string, outfile: string) => void;
  isStale: (bundle: string, sources: string[]) => boolean;
}

const buildScript = path.join(ROOT, 'scripts', 'build-cli.js');
// A require esbuild cannot follow: the script stays in scripts/, with its own __dirname.
export const cliBuild: CliBuild = module.require(buildScript) as CliBuild;

/** Builds the command line when a source is newer than its bundle. */
export function ensureCliBuild(): void {
  if (cliBuild.isStale(cliBuild.BUNDLE, [path.join(ROOT, 'src'), path.join(ROOT, 'package.json')])) {
    cliBuild.buildBundle(cliBuild.ENTRY, cliBuild.BUNDLE);
  }
}
