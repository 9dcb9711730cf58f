/**
 * The few asynchronous file operations the command line uses, as promises over Node's callback
 * functions. Not `fs.promises`: reaching it loads Node's whole promise-based file system (file
 * handles, streams, readline), about 20 million instructions at every run, more than reading a
 * small inventory. The same operations, the same errors (`code`, `path`, `syscall`).
 */
import * as fs from 'node:fs';
import { promisify } from 'node:util';

export const stat = promisify(fs.stat);
export const readdir = promisify(fs.readdir);
export const open = promisify(fs.open);
export const fstat = promisify(fs.fstat);
export const close = promisify(fs.close);
export const fsync = promisify(fs.fsync);
export const mkdir = promisify(fs.mkdir);
export const link = promisify(fs.link);
export const rename = promisify(fs.rename);
export const unlink = promisify(fs.unlink);
export const realpath = promisify(fs.realpath);

/** Reads `length` bytes at `position` into `buffer` from `offset`; the number of bytes read. */
export function read(
  fd: number,
  buffer: Uint8Array,
  offset: number,
  length: number,
  position: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    fs.read(fd, buffer, offset, length, position, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead)));
  });
}

/** Writes all of `data` to the open file `fd`. */
export function writeAll(fd: number, data: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    fs.writeFile(fd, data, (error) => (error ? reject(error) : resolve()));
  });
}
