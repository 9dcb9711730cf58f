/** Types of scripts/ensure-system-deps.js, for the tests that reuse its lookup. */

export interface SystemDeps {
  /** LibreOffice's `soffice` (or `libreoffice`). */
  soffice?: string;
  pdftoppm?: string;
  pdfinfo?: string;
  pdftotext?: string;
  chromium?: string;
}

export type SystemDep = keyof SystemDeps;

export function findSystemDeps(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): SystemDeps;
export function missingSystemDeps(found?: SystemDeps): SystemDep[];
export function installHint(missing: SystemDep[], platform?: NodeJS.Platform): string;
export function missingMessage(missing: SystemDep[]): string;
export function ensureSystemDeps(io?: { log?: (text: string) => void; error?: (text: string) => void }): number;
export function findOnPath(name: string, env?: NodeJS.ProcessEnv): string | undefined;
