/**
 * Writing the plan workbook so that nothing is lost: the bytes go to a temporary file in the
 * target folder, then take the final name in one step (a link when the name must be new, a rename
 * with --force), so a full disk or a crash never leaves half a plan under the final name. The
 * inventory is never written over, whatever links lead to it, --force or not. Every failure is an
 * Italian sentence naming the path (exit code 2).
 */
import { constants } from 'node:fs';
import * as nodeFs from './fs-async';
import * as path from 'node:path';
import { CLI } from './messages';
import { InputError } from './read';

/** The file operations the writer uses (tests replace some to reproduce a full or read-only disk). */
export interface OutputFiles {
  mkdir(directory: string): Promise<unknown>;
  writeFile(file: string, data: Uint8Array): Promise<void>;
  link(existing: string, target: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  stat(file: string): Promise<{ dev: number; ino: number; isDirectory(): boolean }>;
  realpath(file: string): Promise<string>;
}

export const nodeFiles: OutputFiles = {
  mkdir: (directory) => nodeFs.mkdir(directory, { recursive: true }),
  async writeFile(file, data) {
    // 'wx': the temporary name is ours alone; flushed before it takes the final name.
    const fd = await nodeFs.open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
    try {
      await nodeFs.writeAll(fd, data);
      await nodeFs.fsync(fd);
    } finally {
      await nodeFs.close(fd);
    }
  },
  link: (existing, target) => nodeFs.link(existing, target),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (file) => nodeFs.unlink(file),
  stat: (file) => nodeFs.stat(file),
  realpath: (file) => nodeFs.realpath(file),
};

type Errno = NodeJS.ErrnoException;
const codeOf = (error: unknown): string | undefined => (error as Errno | undefined)?.code;

/** The sentence for a failure to write `target` (shown as `shown`). */
export function outputErrorMessage(error: unknown, shown: string): string | undefined {
  const folder = path.dirname(shown) === '.' ? CLI['current-folder'] : CLI.folder({ folder: path.dirname(shown) });
  const file = shown;
  switch (codeOf(error)) {
    case 'EISDIR':
      return CLI['output-is-folder']({ file, example: path.join(shown, `${CLI['default-plan-name']}.xlsx`) });
    case 'EEXIST':
      return CLI['output-exists']({ file });
    case 'EACCES':
    case 'EPERM':
      return CLI['output-denied']({ file, folder });
    case 'EROFS':
      return CLI['output-read-only']({ file, folder });
    case 'ENOSPC':
    case 'EDQUOT':
      return CLI['output-disk-full']({ file });
    case 'ENOTDIR':
    case 'ENOENT':
      return CLI['output-no-path']({ file });
    case 'ENAMETOOLONG':
      return CLI['output-name-too-long']({ file });
    case 'EIO':
      return CLI['output-disk-error']({ file });
    default:
      return undefined;
  }
}

/** True when `target` is `input` itself: the same path once links are resolved, or the same file (hard link). */
export async function isSameFile(files: OutputFiles, input: string, target: string): Promise<boolean> {
  if (path.resolve(input) === path.resolve(target)) return true;
  try {
    const [a, b] = await Promise.all([files.stat(input), files.stat(target)]);
    if (a.dev === b.dev && a.ino === b.ino) return true;
  } catch {
    // The target does not exist yet: compare where it would be.
  }
  try {
    const realInput = await files.realpath(input);
    const realFolder = await files.realpath(path.dirname(target));
    return path.join(realFolder, path.basename(target)) === realInput;
  } catch {
    return false;
  }
}

export interface WriteOptions {
  /** The inventory: never written over (none for a communication made without one). */
  input?: string;
  /** How the path is named to the user (relative to the working folder). */
  shown: string;
  /** Replace an existing file (never the inventory). */
  force: boolean;
  files?: OutputFiles;
}

/**
 * Writes `data` to `target` atomically. Throws InputError (exit 2) with a sentence naming the path
 * for every failure a user can fix; nothing is left behind under either name.
 */
export async function writeOutputFile(target: string, data: Uint8Array, options: WriteOptions): Promise<void> {
  const files = options.files ?? nodeFiles;
  const { shown } = options;
  if (options.input !== undefined && (await isSameFile(files, options.input, target))) {
    throw new InputError(CLI['output-is-input']({ file: shown }));
  }
  const fail = (error: unknown): never => {
    const message = outputErrorMessage(error, shown);
    if (message) throw new InputError(message);
    throw error;
  };
  try {
    const existing = await files.stat(target);
    if (existing.isDirectory()) fail(Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
    if (!options.force) fail(Object.assign(new Error('exists'), { code: 'EEXIST' }));
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (codeOf(error) !== 'ENOENT') fail(error);
  }
  const folder = path.dirname(target);
  try {
    await files.mkdir(folder);
  } catch (error) {
    fail(error);
  }
  const temporary = path.join(
    folder,
    `.${path.basename(target)}.${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  try {
    await files.writeFile(temporary, data);
    if (options.force) {
      await files.rename(temporary, target);
    } else {
      // A link fails with EEXIST if the name was taken meanwhile: never a silent replacement.
      try {
        await files.link(temporary, target);
      } catch (error) {
        const code = codeOf(error);
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
        // File systems without hard links (FAT, some network shares): check, then rename.
        try {
          await files.stat(target);
          throw Object.assign(new Error('exists'), { code: 'EEXIST' });
        } catch (statError) {
          if (codeOf(statError) !== 'ENOENT') throw statError;
        }
        await files.rename(temporary, target);
      }
    }
  } catch (error) {
    fail(error);
  } finally {
    await files.unlink(temporary).catch(() => undefined);
  }
}
