import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeFsError, fileInTheWay } from '../../src/cli/errors.js';

describe('[errors] describeFsError', () => {
  const fsError = (code: string) => Object.assign(new Error(`${code}: something, open '/x'\n    at open`), { code });
  it.each([
    ['ENOENT', 'no such file or directory'],
    ['EISDIR', 'is a directory, not a file'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['ENOTDIR', 'a part of the path is not a directory'],
    ['ENOSPC', 'no space left on the device'],
    ['EROFS', 'the file system is read-only'],
    ['EIO', 'input/output error'],
    ['EBADF', 'the file descriptor is not open for writing'],
    ['EFBIG', 'the file is too large (a file size limit was reached)'],
    ['EPIPE', 'the reader closed the pipe'],
    ['EXDEV', "EXDEV: something, open '/x'"], // a code without words: its message's first line
  ])('%s → %s', (code, words) => {
    expect(describeFsError(fsError(code))).toBe(words);
  });

  it('anything else: its first line', () => {
    expect(describeFsError('plain string')).toBe('plain string');
  });
});

describe('[errors] fileInTheWay: the file standing where a folder should be, named as typed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inquiry-in-the-way-'));
  writeFileSync(join(dir, 'a.txt'), 'x');
  mkdirSync(join(dir, 'out'));
  symlinkSync(join(dir, 'a.txt'), join(dir, 'link'));
  it.each([
    ['a.txt', 'a.txt is a file, not a folder'],
    ['a.txt/sub', 'a.txt is a file, not a folder'],
    ['a.txt/sub/deeper', 'a.txt is a file, not a folder'],
    ['./out/../a.txt/sub', 'a.txt is a file, not a folder'],
    ['link/sub', 'link is a file, not a folder'],
    // near misses: folders, or nothing in the way (a missing folder is another message)
    ['out', null],
    ['out/new', null],
    ['missing/sub', null],
    ['.', null],
  ])('%s → %s', (typed, words) => {
    expect(fileInTheWay(join(dir, typed), typed)).toBe(words);
  });

  it('a device is no folder either', () => {
    expect(fileInTheWay('/dev/null/x', '/dev/null/x')).toBe('/dev/null is not a folder');
  });
});
