import { describe, expect, it } from 'vitest';
import { describeFsError } from '../../src/cli/errors.js';

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
    ['EIO', "EIO: something, open '/x'"],
  ])('%s → %s', (code, words) => {
    expect(describeFsError(fsError(code))).toBe(words);
  });

  it('anything else: its first line', () => {
    expect(describeFsError('plain string')).toBe('plain string');
  });
});
