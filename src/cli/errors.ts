/**
 * Errors the user reads: one line naming the file and the problem, never a stack trace.
 * Example: "inquiry: seeds/missing.txt: no such file or directory".
 */
import { lstatSync, readlinkSync, statSync } from 'node:fs';
import { dirname, normalize } from 'node:path';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Node's fs error codes, in words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EISDIR': return 'is a directory, not a file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'EMFILE': return 'too many open files';
    case 'ENOSPC': return 'no space left on the device';
    case 'EROFS': return 'the file system is read-only';
    case 'ENAMETOOLONG': return 'the name is too long';
    case 'EIO': return 'input/output error';
    case 'EBADF': return 'the file descriptor is not open for writing';
    case 'EFBIG': return 'the file is too large (a file size limit was reached)';
    case 'EPIPE': return 'the reader closed the pipe';
    default: return (error as Error)?.message?.split('\n')[0] ?? String(error);
  }
}

/**
 * `describeFsError` for an error met at `path`: a link whose target is gone is said as such
 * ("broken link to ../ext/2023.txt"), not "no such file or directory", which reads as if the
 * link itself were missing.
 */
export function describeFsErrorAt(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ELOOP') {
    try {
      if (lstatSync(path).isSymbolicLink()) return code === 'ELOOP' ? 'a link that leads back to itself' : `broken link to ${readlinkSync(path)}`;
    } catch { /* the path itself is missing */ }
  }
  return describeFsError(error);
}

/**
 * The file standing where a folder of `path` should be, named as the user typed it (`shown`,
 * the same path): `-o in/a.txt/sub/x.json` has no folder in/a.txt/sub because in/a.txt is a file,
 * and that is what the user can act on ("in/a.txt is a file, not a folder"), not ENOTDIR. Null when
 * the nearest part of the path that exists is a folder.
 */
export function fileInTheWay(path: string, shown: string): string | null {
  let named = normalize(shown);
  for (let at = path; ; at = dirname(at), named = dirname(named)) {
    try {
      const stat = statSync(at);
      if (stat.isDirectory()) return null;
      return stat.isFile() ? `${named} is a file, not a folder` : `${named} is not a folder`;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException)?.code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return null;
    }
    if (dirname(at) === at) return null;
  }
}
